"""Webhook mode: Telegram's updates arrive as a route of the one ASGI application.

python-telegram-bot's own webhook server compares the secret with `!=` and, when an update
cannot be read, logs the whole body (names, text) at CRITICAL. This route compares the secret
in constant time, answers anything without it with a bare 403, never logs a request, and hands
each update to the Application's queue. `referral-bot run` serves it alone (with `/healthz`);
`referral-bot web` serves it beside the web chat, in every worker.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import Update

from bot.channels.http import HEALTH, Guarded, limited_body, listening, port_of, serving
from bot.channels.telegram.channel import ALLOWED_UPDATES, Channel, describing, retrying
from bot.core.notices import Throttled

log = logging.getLogger(__name__)
#: Anyone can send requests to the webhook: refusals are counted, at most one line a minute.
refused = Throttled(log, "webhook requests refused (wrong secret or too large)")
#: Telegram re-sends an update until it is confirmed, holding back the ones behind it.
skipped = Throttled(log, "skipped updates that could not be read (content not logged)")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
#: Telegram's updates are a few kilobytes; anything much larger is not from Telegram.
MAX_BODY = 1024 * 1024

AnyApp = Any  # telegram.ext.Application with its six type parameters


def webhook_path(url: str) -> str:
    """The path Telegram posts to: that of WEBHOOK_URL, or `/telegram` when it has none."""
    path = urlsplit(url).path.rstrip("/")
    return path or "/telegram"


def webhook_route(app: AnyApp, *, url: str, secret: str) -> Route:
    """POST from Telegram: the secret checked, then the update goes on the Application's queue."""
    expected = secret.encode()

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, expected):
            refused()
            return Response(status_code=403)
        body = await limited_body(request, MAX_BODY)
        if body is None:
            refused()
            return Response(status_code=413)
        try:
            data = json.loads(body)
            update = Update.de_json(data, app.bot) if isinstance(data, dict) else None
        except Exception:  # its content is never logged: it holds names and text
            update = None
        if update is None:
            # From Telegram (the secret matched) but unreadable: confirm it and go on, as
            # polling does, or Telegram would keep re-sending it ahead of everyone else's.
            skipped()
        else:
            await app.update_queue.put(update)
        return Response(status_code=200)

    return Route(webhook_path(url), receive, methods=["POST"])


@asynccontextmanager
async def running(app: AnyApp) -> AsyncIterator[None]:
    """The Application initialised and handling what arrives on its queue."""
    async with app:
        await app.start()
        try:
            yield
        finally:
            await app.stop()


async def tell(app: AnyApp, channel: Channel, *, url: str, secret: str) -> None:
    """Tell Telegram the URL, the secret and the update types the bot uses (pending updates
    are kept, so that nobody who wrote during a restart goes unanswered)."""
    await retrying(
        lambda: app.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES),
        patience=channel.patience,
    )


@asynccontextmanager
async def webhook(
    app: AnyApp,
    channel: Channel,
    *,
    url: str,
    secret: str,
    listen: str = "127.0.0.1",
    port: int = 8443,
) -> AsyncIterator[int]:
    """Serve the webhook alone (and `/healthz`) for the duration of the block; yields the
    port actually bound. The server listens before Telegram is told the URL."""
    sock = listening(listen, port)
    routes = [HEALTH, webhook_route(app, url=url, secret=secret)]
    asgi = Guarded(Starlette(routes=routes), {"Cache-Control": "no-store"})
    async with running(app), serving(asgi, sock):
        await tell(app, channel, url=url, secret=secret)
        async with describing(app, channel):
            yield port_of(sock)
