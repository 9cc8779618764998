"""Sealed session cookie: authenticate, then refresh when needed."""

import os

from workos import WorkOSClient
from workos.session import RefreshWithSessionCookieSuccessResponse


# #region usage
def check_session(client: WorkOSClient, cookie_value: str) -> str | None:
    session = client.user_management.load_sealed_session(
        session_data=cookie_value,
        cookie_password=os.environ["WORKOS_COOKIE_PASSWORD"],
    )

    auth = session.authenticate()
    if auth.authenticated:
        return cookie_value  # still valid

    refreshed = session.refresh()
    if isinstance(refreshed, RefreshWithSessionCookieSuccessResponse):
        # Set this as the new session cookie.
        return refreshed.sealed_session
    return None  # sign the user in again
# #endregion usage
