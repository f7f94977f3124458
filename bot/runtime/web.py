"""`referral-bot web`: the web chat, with Telegram's webhook beside it when it is configured,
in one or several worker processes that share one listening socket and one counts file.

Each worker is the whole product: any of them can answer any page or any update, because
nothing is kept per person. The first worker alone tells Telegram the webhook and keeps the
last good copy of the files, so that workers never race to write the same thing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram.error import InvalidToken, TelegramError

from bot.channels.http import HEALTH, listening, serving
from bot.channels.line.channel import LineChannel
from bot.channels.line.limits import LINE
from bot.channels.line.webhook import line_route
from bot.channels.telegram.channel import Channel, build_application, describing
from bot.channels.telegram.limits import TELEGRAM
from bot.channels.telegram.webhook import running, tell, webhook_route
from bot.channels.web.app import web_app
from bot.channels.web.limits import WEB
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.hours import TOKYO
from bot.core.links import line_friend_link
from bot.core.notices import Public
from bot.runtime.counts import Counts, writing
from bot.runtime.reload import Reloader, Swap, Then, telegram_swap
from bot.runtime.settings import LineSettings, Settings

log = logging.getLogger(__name__)

#: Several workers write to one counts file; each waits this long for the others' writes.
SHARED_BUSY_TIMEOUT = 10.0
#: The most workers one machine is expected to need (each holds the flows, ~60 MB).
MAX_WORKERS = 32


@dataclass(frozen=True)
class WebOptions:
    host: str
    port: int
    exit_url: str
    data_dir: Path
    flows_dir: Path
    locales_dir: Path
    workers: int = 1
    watch: bool = False
    #: Telegram's settings when its webhook is served beside the web chat.
    telegram: Settings | None = None
    #: LINE's settings when its webhook is served beside the web chat.
    line: LineSettings | None = None


def run_web(options: WebOptions, content: Content | None) -> int:
    """Serve until stopped (Ctrl-C or SIGTERM); 0 when stopped cleanly. Counts are written to
    the data folder once a minute and at the end; SIGHUP reloads the files in every worker."""
    # As for the Telegram bot: only the bot's own user may read the folder, and if it cannot
    # be made the chat still serves (the counts are dropped and say so).
    with contextlib.suppress(OSError):
        options.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        sock = listening(options.host, options.port)
    except OSError as exc:
        print(
            f"referral-bot: cannot listen on {options.host} port {options.port} ({exc.strerror})",
            file=sys.stderr,
        )
        return 1
    log.info(
        "the web chat listens on %s port %s with %s worker(s)%s%s",
        Public(options.host),
        Public(options.port),
        Public(options.workers),
        Public(", and Telegram's webhook" if options.telegram else ""),
        Public(", and LINE's webhook" if options.line else ""),
    )

    def work(index: int) -> int:
        try:
            asyncio.run(_serve(options, content, sock, index))
        except Exception as exc:  # never a traceback: it could carry a person's data
            print(f"referral-bot: a web worker stopped ({type(exc).__name__})", file=sys.stderr)
            return 1
        return 0

    if options.line is not None:
        # The SDK's client loads a second of models: once, before the workers are made, so
        # that they share it rather than each loading its own.
        import bot.channels.line.client  # noqa: F401

    if options.workers == 1:
        return work(0)
    return _supervise(options.workers, work)


async def _serve(
    options: WebOptions, content: Content | None, sock: socket.socket, index: int
) -> None:
    counts = Counts(options.data_dir, busy_timeout=SHARED_BUSY_TIMEOUT)
    # With no files that pass the check and no kept copy: 110 and 119 only, on every page.
    web = _Serving(Engine(content, limits=WEB) if content is not None else None)
    swaps: list[tuple[Swap, Then | None]] = [(web.swap, None)]
    beside: list[Any] = [HEALTH]
    stop = asyncio.Event()
    tasks: set[asyncio.Task[Any]] = set()

    def later(task: asyncio.Task[Any] | None) -> None:
        if task is not None:
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(writing(counts))  # left last: the final counts are kept
        telegram = options.telegram
        bot: tuple[Any, Channel] | None = None
        if telegram is not None and telegram.webhook_url and telegram.webhook_secret:
            engine = Engine(content, limits=TELEGRAM) if content is not None else None
            app, channel = build_application(
                telegram.token, telegram.api_base_url, engine, counts=counts
            )
            bot = (app, channel)
            beside.append(
                webhook_route(app, url=telegram.webhook_url, secret=telegram.webhook_secret)
            )
            swaps.append(telegram_swap(app, channel))
            await stack.enter_async_context(running(app))
        line = options.line
        if line is not None:
            # The SDK's client loads a second of models: only where LINE is served.
            from bot.channels.line.client import replier

            reply = await stack.enter_async_context(replier(line.access_token, line.api_base_url))
            on_line = LineChannel(
                Engine(content, limits=LINE) if content is not None else None,
                reply,
                counts=counts,
                friend_link=line_friend_link(line.bot_id) if line.bot_id else None,
            )
            beside.append(line_route(on_line, secret=line.channel_secret, path=line.webhook_path))
            swaps.append((_line_swap(on_line), None))
            # Unwound after the server stops and before the client closes: replies in flight
            # are finished.
            stack.push_async_callback(on_line.drain)
        asgi = web_app(
            lambda: web.engine,
            lambda: datetime.now(TOKYO),
            exit_url=options.exit_url,
            counts=counts,
            beside=beside,
        )
        reloader = Reloader(
            options.flows_dir,
            options.locales_dir,
            swaps,
            keep_in=options.data_dir if index == 0 else None,
        )
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        loop.add_signal_handler(signal.SIGHUP, lambda: later(reloader.request("SIGHUP")))
        await stack.enter_async_context(serving(asgi, sock))
        if bot is not None and telegram is not None and index == 0:
            await stack.enter_async_context(_telling_telegram(*bot, telegram))
        if options.watch:
            later(asyncio.ensure_future(reloader.watch()))
        await stop.wait()
        for task in list(tasks):
            task.cancel()


def _line_swap(channel: LineChannel) -> Swap:
    def swap(content: Content) -> None:
        channel.engine = Engine(content, limits=LINE)

    return swap


class _Serving:
    """The web chat's engine now; a reload replaces it between two requests."""

    def __init__(self, engine: Engine | None) -> None:
        self.engine = engine

    def swap(self, content: Content) -> None:
        self.engine = Engine(content, limits=WEB)


@contextlib.asynccontextmanager
async def _telling_telegram(app: Any, channel: Channel, settings: Settings) -> AsyncIterator[None]:
    """Tell Telegram the webhook, then the commands in every language; when Telegram cannot
    be told, the web chat serves on and says so (a webhook set before still brings updates)."""
    assert settings.webhook_url and settings.webhook_secret
    try:
        await tell(app, channel, url=settings.webhook_url, secret=settings.webhook_secret)
    except InvalidToken:
        log.error("Telegram refused the token (check TELEGRAM_BOT_TOKEN); the web chat serves on")
    except TelegramError as exc:
        log.warning(
            "could not set Telegram's webhook (%s); the web chat serves on", type(exc).__name__
        )
    else:
        async with describing(app, channel):
            yield
        return
    yield


def _supervise(count: int, work: Callable[[int], int]) -> int:
    """Run `count` workers as child processes and keep them running: one that ends on its own
    is started again (after a pause that grows when it keeps ending). SIGINT and SIGTERM stop
    them all; SIGHUP is passed on to each (reload)."""
    children: dict[int, int] = {}  # process id -> worker number
    stopping = False

    def start(index: int) -> None:
        pid = os.fork()
        if pid == 0:  # the worker
            for signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, signal.SIG_DFL)
            signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the worker's own handler
            code = 1
            try:
                code = work(index)
            finally:
                os._exit(code)
        children[pid] = index

    def forward(signum: int, frame: object) -> None:
        nonlocal stopping
        if signum != signal.SIGHUP:
            stopping = True
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signum)

    # A signal that arrives while the workers start is passed on once they exist.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, forward)
    for index in range(count):
        start(index)
    pause = 1.0
    code = 0
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        index = children.pop(pid)
        ended = os.waitstatus_to_exitcode(status)
        if stopping:
            code = max(code, 1 if ended not in (0, -signal.SIGTERM, -signal.SIGINT) else 0)
            continue
        log.warning(
            "web worker %s ended (exit %s); starting it again in %s s",
            Public(index),
            Public(ended),
            Public(pause),
        )
        time.sleep(pause)
        pause = min(pause * 2, 30.0)
        if not stopping:
            start(index)
    return code
