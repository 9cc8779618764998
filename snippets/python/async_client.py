"""AsyncWorkOSClient: the same resources, with awaitable API calls."""

import asyncio
import os

from workos import AsyncWorkOSClient


# #region usage
async def callback(code: str) -> str:
    client = AsyncWorkOSClient(
        api_key=os.environ["WORKOS_API_KEY"],
        client_id=os.environ["WORKOS_CLIENT_ID"],
    )
    auth = await client.user_management.authenticate_with_code(code=code)
    return auth.user.id
# #endregion usage


if __name__ == "__main__":
    print(asyncio.run(callback("code_from_callback")))
