"""WorkOS Python SDK (workos 10.8.0): sync and async clients."""

import os

# #region usage
from workos import AsyncWorkOSClient, WorkOSClient, create_public_client


def make_clients() -> tuple[WorkOSClient, AsyncWorkOSClient, WorkOSClient]:
    # Confidential (server) client. api_key / client_id fall back to the
    # WORKOS_API_KEY / WORKOS_CLIENT_ID environment variables when omitted.
    client = WorkOSClient(
        api_key=os.environ["WORKOS_API_KEY"],
        client_id=os.environ["WORKOS_CLIENT_ID"],
    )

    # Same API, awaitable methods.
    async_client = AsyncWorkOSClient(
        api_key=os.environ["WORKOS_API_KEY"],
        client_id=os.environ["WORKOS_CLIENT_ID"],
    )

    # Public client (PKCE only): never sends an API key, even if
    # WORKOS_API_KEY is set.
    public_client = create_public_client(client_id=os.environ["WORKOS_CLIENT_ID"])

    return client, async_client, public_client
# #endregion usage
