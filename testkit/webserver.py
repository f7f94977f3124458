"""The web chat, and LINE's webhook beside it, served by uvicorn on 127.0.0.1 in the test's own
process, on a free port."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from bot.channels.http import listening, port_of, serving
from bot.channels.line.channel import LineChannel, Patience
from bot.channels.line.webhook import line_route
from bot.channels.web.app import web_app
from bot.core.engine import Engine
from bot.core.events import Recorder
from testkit.fakeline import FakeLineApi


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@asynccontextmanager
async def web_server(
    engine: Engine | None, at: datetime, *, exit_path: str | None = None
) -> AsyncIterator[str]:
    """Serve the web chat (as `referral-bot web` does, at the fixed time `at`); yield its URL.
    With `engine` None, as when no files can be served: 110 and 119 only.

    `exit_path` makes the quick exit lead to that path on this same server (a browser in a
    test reaches nothing else), instead of the neutral site.
    """
    sock = listening("127.0.0.1", 0)
    base = f"http://127.0.0.1:{port_of(sock)}"
    if exit_path:
        app = web_app(lambda: engine, lambda: at, exit_url=base + exit_path)
    else:
        app = web_app(lambda: engine, lambda: at)
    async with serving(app, sock):
        yield base


@asynccontextmanager
async def line_webhook(
    api: FakeLineApi, engine: Engine | None, at: datetime, *, counts: Recorder | None = None
) -> AsyncIterator[LineChannel]:
    """LINE's webhook served as `referral-bot web` serves it (beside the web chat, at the
    fixed time `at`), replying through the real SDK client to the fake LINE API `api`,
    which is told where to post events."""
    from bot.channels.line.client import replier  # a second of the SDK's models: only here

    sock = listening("127.0.0.1", 0)
    base = f"http://127.0.0.1:{port_of(sock)}"
    async with replier(api.access_token, api.base_url) as reply:
        channel = LineChannel(engine, reply, clock=lambda: at, counts=counts, patience=QUICK_LINE)
        route = line_route(channel, secret=api.secret)
        app = web_app(lambda: None, lambda: at, beside=[route])
        async with serving(app, sock):
            api.webhook_url = base + "/line"
            yield channel
        await channel.drain()


#: A LINE reply's patience a tenth as long, for tests that see it retry and give up.
QUICK_LINE = Patience(urgent=4.5, ordinary=0.8, first_pause=0.05, longest_pause=0.8)
