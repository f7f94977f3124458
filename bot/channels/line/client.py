"""Replies through the official SDK's async client (`line-bot-sdk`): the only way the bot
sends anything on LINE. Its errors are turned into the kind of failure only: the SDK's own
exception text holds LINE's answer and headers, which never reach a log."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    ReplyMessageRequest,
)

from bot.channels.line.channel import Replier, ReplyError
from bot.channels.line.messages import Message

#: LINE's Messaging API; the tests point LINE_API_BASE_URL at a local fake.
DEFAULT_API = "https://api.line.me"
#: The longest wait for one answer from LINE.
REQUEST_TIMEOUT = 10.0


@asynccontextmanager
async def replier(
    access_token: str, base_url: str = DEFAULT_API, *, timeout: float = REQUEST_TIMEOUT
) -> AsyncIterator[Replier]:
    """A reply function on one connection pool, open for the duration of the block."""
    config = Configuration(host=base_url.rstrip("/"), access_token=access_token)
    async with AsyncApiClient(config) as client:
        api = AsyncMessagingApi(client)

        async def reply(token: str, messages: list[Message]) -> None:
            request = ReplyMessageRequest.from_dict({"replyToken": token, "messages": messages})
            try:
                await api.reply_message(request, _request_timeout=timeout)
            except ApiException as exc:
                status = int(exc.status or 0)
                raise ReplyError(status, retry=status == 429 or status >= 500) from None
            except (TimeoutError, aiohttp.ClientError, OSError):
                raise ReplyError(0, retry=True) from None
            except Exception:
                # Sent, but the answer could not be read: sending again would repeat it.
                raise ReplyError(200, retry=False) from None

        yield reply
