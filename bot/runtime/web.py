"""`referral-bot web`: the web chat under uvicorn, with no access log (no IP addresses kept)."""

from __future__ import annotations

from datetime import datetime

import uvicorn
from starlette.types import ASGIApp

from bot.channels.web.app import web_app
from bot.channels.web.limits import WEB
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.hours import TOKYO


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


def run_web(content: Content, host: str, port: int, exit_url: str) -> int:
    """Serve until stopped (Ctrl-C or SIGTERM); 0 when stopped cleanly."""
    engine = Engine(content, limits=WEB)
    app = web_app(lambda: engine, lambda: datetime.now(TOKYO), exit_url=exit_url)
    uvicorn.Server(server_config(app, host, port)).run()
    return 0
