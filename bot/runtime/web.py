"""`referral-bot web`: the web chat under uvicorn, with no access log (no IP addresses kept)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import uvicorn
from starlette.types import ASGIApp

from bot.channels.web.app import web_app
from bot.channels.web.limits import WEB
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.hours import TOKYO
from bot.runtime.counts import Counts, writing


def server_config(app: ASGIApp, host: str, port: int) -> uvicorn.Config:
    """How uvicorn serves the web chat, here and in the tests."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        access_log=False,  # a line per request would keep each person's IP address
        log_config=None,  # our own logging (bot.runtime.logs) is already set up
        server_header=False,
        date_header=False,
        # The address a proxy forwards is a person's; nothing here needs it.
        proxy_headers=False,
        lifespan="off",
    )


#: Several workers write to one counts file; each waits this long for the others' writes.
SHARED_BUSY_TIMEOUT = 10.0


def run_web(content: Content | None, host: str, port: int, exit_url: str, data_dir: Path) -> int:
    """Serve until stopped (Ctrl-C or SIGTERM); 0 when stopped cleanly. Counts are written to
    `data_dir` once a minute and at the end, as the Telegram bot writes them; several workers
    may share the folder."""
    # As for the Telegram bot: only the bot's own user may read the folder, and if it cannot
    # be made the chat still serves (the counts are dropped and say so).
    with contextlib.suppress(OSError):
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    asyncio.run(_serve(content, host, port, exit_url, data_dir))
    return 0


async def _serve(
    content: Content | None, host: str, port: int, exit_url: str, data_dir: Path
) -> None:
    # With no files that pass the check and no kept copy: 110 and 119 only, on every page.
    engine = Engine(content, limits=WEB) if content is not None else None
    counts = Counts(data_dir, busy_timeout=SHARED_BUSY_TIMEOUT)
    app = web_app(lambda: engine, lambda: datetime.now(TOKYO), exit_url=exit_url, counts=counts)
    server = _Server(server_config(app, host, port))
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, server.stop)
    async with writing(counts):  # the last counts are written after the server stops
        await server.serve()


class _Server(uvicorn.Server):
    """uvicorn's server, stopped by our own signal handlers. Its own ones raise the signal
    again once it has shut down, which would end the process before the last counts are
    written."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def stop(self) -> None:
        self.should_exit = True
