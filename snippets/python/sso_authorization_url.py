"""SSO: build an authorization URL, then exchange the callback code."""

from workos import WorkOSClient


# #region usage
def sso_login_url(client: WorkOSClient) -> str:
    # Pass one of connection=, organization= or provider=.
    return client.sso.get_authorization_url(
        organization="org_123",
        redirect_uri="https://example.com/callback",
        state="opaque-state",
    )


def sso_callback(client: WorkOSClient, code: str) -> str:
    result = client.sso.get_profile_and_token(code=code)
    return result.profile.email
# #endregion usage
