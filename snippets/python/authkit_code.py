"""AuthKit (User Management): authorization URL and code exchange."""

from workos import WorkOSClient


# #region usage
def authkit_login_url(client: WorkOSClient) -> str:
    return client.user_management.get_authorization_url(
        provider="authkit",
        redirect_uri="https://example.com/callback",
    )


def authkit_callback(client: WorkOSClient, code: str) -> tuple[str, str, str]:
    auth = client.user_management.authenticate_with_code(code=code)
    return auth.user.email, auth.access_token, auth.refresh_token
# #endregion usage
