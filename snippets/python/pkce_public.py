"""PKCE with a public client (no API key)."""

import os

from workos import create_public_client


# #region usage
def pkce_flow(code_from_callback: str) -> str:
    client = create_public_client(client_id=os.environ["WORKOS_CLIENT_ID"])

    start = client.user_management.get_authorization_url_with_pkce(
        redirect_uri="myapp://callback",
        provider="authkit",
    )
    # Redirect to start["url"]; keep start["state"] and start["code_verifier"].

    auth = client.user_management.authenticate_with_code_pkce(
        code=code_from_callback,
        code_verifier=start["code_verifier"],
    )
    return auth.access_token
# #endregion usage
