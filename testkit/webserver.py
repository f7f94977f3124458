"""The web chat served by uvicorn on 127.0.0.1 in the test's own process, on a free port."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from bot.channels.http import listening, port_of, serving
from bot.channels.web.app import web_app
from bot.core.engine import Engine


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
