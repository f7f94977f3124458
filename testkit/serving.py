"""The real Application in the test's own process, polling or by webhook, against the fake Bot API.

The same code as `referral-bot run` (python-telegram-bot over real HTTP on 127.0.0.1), without
the second or so a new Python process takes to start. Each bot runs in a task of its own, which
enters and leaves `polling` or `webhook`: pytest-asyncio sets a fixture up and tears it down in
different tasks, and polling left from another task than the one that entered it waits out its
last long poll (a second per test).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from bot.channels.telegram.channel import (
    PATIENCE,
    REQUEST_TIMEOUT,
    Channel,
    Patience,
    build_application,
    polling,
)
from bot.channels.telegram.webhook import webhook
from bot.core.engine import Engine
from bot.core.events import Recorder
from testkit import NOW, TOKEN
from testkit.fakebot import FakeBotApi

T = TypeVar("T")
App = Any  # python-telegram-bot's Application, whose six type parameters say nothing here

#: The bot's patience a fifth as long, for tests that see it retry and give up in seconds rather
#: than minutes. The ordinary window is 2 s rather than 1.6 s: its last try (at 1.5 s) keeps the
#: half second of room before the window closes that the real one (at 7.5 s of 8 s) has.
QUICK = Patience(urgent=18.0, ordinary=2.0, first_pause=0.1, longest_pause=1.6, answer=0.4)


@dataclass
class Served:
    """A bot serving in this process: its Application and its channel (and webhook port)."""

    app: App
    channel: Channel
    port: int = 0


@asynccontextmanager
async def in_own_task(manager: AbstractAsyncContextManager[T]) -> AsyncIterator[T]:
    """Enter `manager` in a new task, yield what it gives, and leave it in that same task."""
    entered: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    leave = asyncio.Event()

    async def hold() -> None:
        async with manager as value:
            entered.set_result(value)
            await leave.wait()

    task = asyncio.create_task(hold())
    either: set[asyncio.Future[Any]] = {task, entered}
    await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
    if not entered.done():
        await task  # it ended before it served: its error is raised here
        raise RuntimeError("the bot ended before it served")
    try:
        yield entered.result()
    finally:
        leave.set()
        await task


def application(
    api: FakeBotApi,
    engine: Engine | None,
    *,
    clock: Callable[[], datetime] = lambda: NOW,
    counts: Recorder | None = None,
    request_timeout: float = REQUEST_TIMEOUT,
    patience: Patience = PATIENCE,
) -> tuple[App, Channel]:
    """The bot's real Application and channel, pointed at the fake Bot API."""
    return build_application(
        TOKEN,
        api.base_url,
        engine,
        clock=clock,
        counts=counts,
        request_timeout=request_timeout,
        patience=patience,
    )


@asynccontextmanager
async def polling_bot(
    api: FakeBotApi, engine: Engine | None, **options: Any
) -> AsyncIterator[Served]:
    """The bot long polling `api` for the duration of the block (a 1 s long poll).

    `options` go to `application`: `clock` (a Tuesday afternoon unless given), `counts`,
    `request_timeout`, `patience`.
    """
    app, channel = application(api, engine, **options)
    async with in_own_task(polling(app, channel, timeout=1)):
        yield Served(app, channel)


@asynccontextmanager
async def webhook_bot(
    api: FakeBotApi, engine: Engine | None, *, secret: str, path: str = "/tg/hook", **options: Any
) -> AsyncIterator[Served]:
    """The bot serving a webhook on a free port; `api` posts each update to it, with `secret`."""
    app, channel = application(api, engine, **options)
    placeholder = "http://127.0.0.1:{port}" + path  # the URL given to Telegram
    manager = webhook(app, channel, url=placeholder.format(port=0), secret=secret, port=0)
    async with in_own_task(manager) as port:
        assert api.webhook is not None, "the bot did not set its webhook"
        api.webhook["url"] = placeholder.format(port=port)
        yield Served(app, channel, port)
