// SSO with workos-go v6: configure the package-level default client once,
// then call the package functions.
package main

import (
	"context"
	"log"
	"os"

	"github.com/workos/workos-go/v6/pkg/sso"
)

func main() {
	// #region usage
	sso.Configure(os.Getenv("WORKOS_API_KEY"), os.Getenv("WORKOS_CLIENT_ID"))

	// One of Connection, Organization or Provider is required.
	authURL, err := sso.GetAuthorizationURL(sso.GetAuthorizationURLOpts{
		Organization: "org_123",
		RedirectURI:  "https://example.com/callback",
		State:        "opaque-state",
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Println("redirect to:", authURL.String())

	// In the callback handler: exchange the code for a profile.
	res, err := sso.GetProfileAndToken(context.Background(), sso.GetProfileAndTokenOpts{
		Code: "code_from_callback",
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Println(res.Profile.Email, res.AccessToken != "")
	// #endregion usage
}
