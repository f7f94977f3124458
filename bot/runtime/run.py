"""`referral-bot run`: the Telegram bot, by polling or a webhook, until stopped; safe logs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.channels.telegram.channel import build_application, polling
from bot.channels.telegram.limits import TELEGRAM
from bot.channels.telegram.polling import PollingEndedError
from bot.channels.telegram.webhook import webhook
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.notices import Public
from bot.runtime import logs
from bot.runtime.counts import Counts, writing
from bot.runtime.reload import Reloader, telegram_swap
from bot.runtime.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sources:
    """Where the operator files live, for hot reload."""

    flows_dir: Path
    locales_dir: Path
    watch: bool = False


#: Exit code when Telegram stops accepting the token while the bot runs: the service manager
#: restarts the bot, which then exits 2 at start if the token is really revoked.
EXIT_REFUSED = 3


def run_bot(settings: Settings, content: Content | None, sources: Sources | None = None) -> int:
    """Serve until SIGINT or SIGTERM; one clear line and a non-zero code when it cannot go on.

    With `content` None the bot serves in emergency mode (110 and 119 only) until a reload
    brings files that pass the check.
    """
    logs.setup(settings.log_level, settings.secrets)
    # Every file the bot writes goes here; only the bot's own user may read it. If it cannot
    # be made, the bot still serves: the counts are dropped and say so when they are written.
    with contextlib.suppress(OSError):
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        asyncio.run(_serve(settings, content, sources))
    except InvalidToken:
        print(
            "referral-bot: Telegram refused the token (check TELEGRAM_BOT_TOKEN)", file=sys.stderr
        )
        return 2
    except PollingEndedError:
        print(
            "referral-bot: Telegram stopped accepting the token while running "
            "(revoked? check TELEGRAM_BOT_TOKEN); exiting so the service manager restarts",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except OSError as exc:  # the webhook port is taken or not allowed
        print(f"referral-bot: cannot listen for the webhook ({exc.strerror})", file=sys.stderr)
        return 1
    except NetworkError as exc:
        print(f"referral-bot: cannot reach the Bot API ({type(exc).__name__})", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"referral-bot: the Bot API failed ({type(exc).__name__})", file=sys.stderr)
        return 1
    except Exception as exc:  # never a traceback: it could carry a person's data
        print(
            f"referral-bot: stopped by an unexpected error ({type(exc).__name__})", file=sys.stderr
        )
        return 1
    return 0


async def _serve(settings: Settings, content: Content | None, sources: Sources | None) -> None:
    counts = Counts(settings.data_dir)
    engine = Engine(content, limits=TELEGRAM) if content is not None else None
    app, channel = build_application(settings.token, settings.api_base_url, engine, counts=counts)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    tasks: set[asyncio.Task[object]] = set()
    reloader = None
    if sources is not None:
        reloader = Reloader(
            sources.flows_dir,
            sources.locales_dir,
            [telegram_swap(app, channel)],
            keep_in=settings.data_dir,
        )

        def on_hangup() -> None:
            task = reloader.request("SIGHUP")
            if task is not None:
                tasks.add(task)
                task.add_done_callback(tasks.discard)

        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signal.SIGHUP, on_hangup)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(writing(counts))  # left last: the final counts are kept
        ended: asyncio.Future[None] = loop.create_future()  # polling only: a fatal end
        if settings.webhook_url and settings.webhook_secret:
            port = await stack.enter_async_context(
                webhook(
                    app,
                    channel,
                    url=settings.webhook_url,
                    secret=settings.webhook_secret,
                    listen=settings.webhook_listen,
                    port=settings.webhook_port,
                )
            )
            log.info("serving the webhook on %s port %s", settings.webhook_listen, Public(port))
        else:
            poller = await stack.enter_async_context(polling(app, channel))
            ended = poller
            log.info("serving by long polling")
        if sources is not None:
            where = (Public(str(sources.flows_dir)), Public(str(sources.locales_dir)))
            log.info("operator files from %s and %s", *where)
        if channel.emergency_only:
            log.warning("emergency mode: every message gets 110 and 119 only (see the lines above)")
        if reloader is not None and sources is not None and sources.watch:
            watcher = asyncio.ensure_future(reloader.watch())
            tasks.add(watcher)
            log.info("watching flows and locales for changes")
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait((stopping, ended), return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        for task in tasks:
            task.cancel()
        if ended.done() and not ended.cancelled() and ended.exception() is not None:
            raise ended.exception()  # type: ignore[misc]
    log.info("stopped")
