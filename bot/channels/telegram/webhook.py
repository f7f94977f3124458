"""Webhook mode: a small tornado server that hands Telegram's updates to the Application.

python-telegram-bot's own webhook server compares the secret with `!=` and, when an update
cannot be read, logs the whole body (names, text) at CRITICAL. This one compares the secret in
constant time, answers anything without it with a bare 403, never logs a request, and adds
`GET /healthz` for the service manager or the reverse proxy.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.channels.telegram.channel import ALLOWED_UPDATES, Channel, describing, retrying
from bot.core.notices import Throttled

log = logging.getLogger(__name__)
#: Anyone can send requests to the webhook: refusals are counted, at most one line a minute.
refused = Throttled(log, "webhook requests refused (wrong method or secret)")
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


class _Quiet(tornado.web.RequestHandler):
    """No default error pages, headers that say nothing, and no logging of any request."""

    def set_default_headers(self) -> None:
        self.clear_header("Server")
        self.set_header("Cache-Control", "no-store")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()

    def log_exception(self, *args: Any) -> None:  # a traceback could carry the body
        refused()


class UpdateHandler(_Quiet):
    """POST from Telegram: checked secret, then the update goes on the Application's queue."""

    def initialize(self, app: AnyApp, secret: bytes) -> None:
        self.app = app
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self.secret):
            refused()
            self.set_status(403)
            self.finish()
            return
        try:
            data = json.loads(self.request.body)
            update = Update.de_json(data, self.app.bot) if isinstance(data, dict) else None
        except Exception:  # its content is never logged: it holds names and text
            update = None
        if update is None:
            # From Telegram (the secret matched) but unreadable: confirm it and go on, as
            # polling does, or Telegram would keep re-sending it ahead of everyone else's.
            skipped()
        else:
            await self.app.update_queue.put(update)
        self.set_status(200)
        self.finish()


class HealthHandler(_Quiet):
    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("ok\n")


class NotFoundHandler(_Quiet):
    def prepare(self) -> None:
        self.set_status(404)
        self.finish()


def make_server(app: AnyApp, path: str, secret: str) -> HTTPServer:
    routes = [
        (r"/healthz", HealthHandler),
        (
            re.escape(path),
            UpdateHandler,
            {"app": app, "secret": secret.encode()},
        ),
    ]
    web = tornado.web.Application(
        routes,  # type: ignore[arg-type]
        default_handler_class=NotFoundHandler,
        log_function=lambda handler: None,
        compress_response=False,
    )
    return HTTPServer(web, max_body_size=MAX_BODY, xheaders=False)


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
    """Serve the webhook for the duration of the block; yields the port actually bound.

    Telegram is told the URL, the secret and the update types the bot uses; pending updates
    are kept so that nobody who wrote during a restart goes unanswered.
    """
    server = make_server(app, webhook_path(url), secret)
    sockets = bind_sockets(
        port, listen, family=socket.AF_INET if "." in listen else socket.AF_UNSPEC
    )
    bound = int(sockets[0].getsockname()[1])
    async with app:
        await app.start()
        server.add_sockets(sockets)
        await retrying(
            lambda: app.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES),
            patience=channel.patience,
        )
        try:
            async with describing(app, channel):
                yield bound
        finally:
            server.stop()
            await asyncio.wait_for(server.close_all_connections(), 5)
            await app.stop()
