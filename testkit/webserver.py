"""The web chat served by uvicorn on 127.0.0.1 in the test's own process, on a free port."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

import uvicorn

from bot.channels.web.app import web_app
from bot.core.engine import Engine
from bot.runtime.web import server_config


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@asynccontextmanager
async def web_server(
    engine: Engine, at: datetime, *, exit_path: str | None = None
) -> AsyncIterator[str]:
    """Serve the web chat (as `referral-bot web` does, at the fixed time `at`); yield its URL.

    `exit_path` makes the quick exit lead to that path on this same server (a browser in a
    test reaches nothing else), instead of the neutral site.
    """
    port = free_port()
    if exit_path:
        app = web_app(lambda: engine, lambda: at, exit_url=f"http://127.0.0.1:{port}{exit_path}")
    else:
        app = web_app(lambda: engine, lambda: at)
    server = uvicorn.Server(server_config(app, "127.0.0.1", port))
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
