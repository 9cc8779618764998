// workos-go v6 has no unified client: each package has its own default
// client, configured separately.
package main

import (
	"context"
	"log"
	"os"

	"github.com/workos/workos-go/v6/pkg/directorysync"
	"github.com/workos/workos-go/v6/pkg/organizations"
	"github.com/workos/workos-go/v6/pkg/sso"
	"github.com/workos/workos-go/v6/pkg/usermanagement"
)

func main() {
	// #region usage
	apiKey := os.Getenv("WORKOS_API_KEY")

	sso.Configure(apiKey, os.Getenv("WORKOS_CLIENT_ID")) // SSO needs the client ID too
	usermanagement.SetAPIKey(apiKey)
	directorysync.SetAPIKey(apiKey)
	organizations.SetAPIKey(apiKey)

	// Or build an explicit client instead of using a package default:
	um := usermanagement.NewClient(apiKey)
	// #endregion usage

	users, err := um.ListUsers(context.Background(), usermanagement.ListUsersOpts{Limit: 10})
	if err != nil {
		log.Fatal(err)
	}
	log.Println(len(users.Data))

	dirUsers, err := directorysync.ListUsers(context.Background(), directorysync.ListUsersOpts{
		Directory: "directory_123",
		Limit:     10,
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, u := range dirUsers.Data {
		log.Println(u.Email, u.CustomAttributes)
	}
}
