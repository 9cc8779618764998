// User Management (AuthKit) with workos-go v6. usermanagement.SetAPIKey takes
// only the API key: the client ID is passed in each call's options.
package main

import (
	"context"
	"log"
	"os"

	"github.com/workos/workos-go/v6/pkg/usermanagement"
)

func main() {
	// #region usage
	usermanagement.SetAPIKey(os.Getenv("WORKOS_API_KEY"))
	clientID := os.Getenv("WORKOS_CLIENT_ID")

	authURL, err := usermanagement.GetAuthorizationURL(usermanagement.GetAuthorizationURLOpts{
		ClientID:    clientID,
		Provider:    "authkit",
		RedirectURI: "https://example.com/callback",
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Println("redirect to:", authURL.String())

	// In the callback handler:
	auth, err := usermanagement.AuthenticateWithCode(context.Background(),
		usermanagement.AuthenticateWithCodeOpts{
			ClientID: clientID,
			Code:     "code_from_callback",
		})
	if err != nil {
		log.Fatal(err)
	}
	log.Println(auth.User.Email, auth.AccessToken != "", auth.RefreshToken != "")
	// #endregion usage
}
