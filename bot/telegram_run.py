"""`referral-bot run`: the Telegram bot, by polling or a webhook, until stopped; safe logs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

from telegram.error import InvalidToken, NetworkError, TelegramError

from bot import logs
from bot.content import Content
from bot.counts import Counts
from bot.engine import Engine
from bot.settings import Settings
from bot.telegram_channel import build_application, polling
from bot.webhook import webhook

log = logging.getLogger(__name__)


def run_bot(settings: Settings, content: Content) -> int:
    """Serve until SIGINT or SIGTERM; one clear line and a non-zero code when it cannot start."""
    logs.setup(settings.log_level, settings.secrets)
    # Every file the bot writes goes here; only the bot's own user may read it. If it cannot
    # be made, the bot still serves: the counts are dropped and say so when they are written.
    with contextlib.suppress(OSError):
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        asyncio.run(_serve(settings, content))
    except InvalidToken:
        print(
            "referral-bot: Telegram refused the token (check TELEGRAM_BOT_TOKEN)", file=sys.stderr
        )
        return 2
    except OSError as exc:  # the webhook port is taken or not allowed
        print(f"referral-bot: cannot listen for the webhook ({exc.strerror})", file=sys.stderr)
        return 1
    except NetworkError as exc:
        print(f"referral-bot: cannot reach the Bot API ({type(exc).__name__})", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"referral-bot: the Bot API failed ({type(exc).__name__})", file=sys.stderr)
        return 1
    return 0


async def _serve(settings: Settings, content: Content) -> None:
    counts = Counts(settings.data_dir)
    app, channel = build_application(
        settings.token, settings.api_base_url, Engine(content), counts=counts
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    if settings.webhook_url and settings.webhook_secret:
        async with webhook(
            app,
            channel,
            url=settings.webhook_url,
            secret=settings.webhook_secret,
            listen=settings.webhook_listen,
            port=settings.webhook_port,
        ) as port:
            log.info("serving the webhook on %s port %d", settings.webhook_listen, port)
            await stop.wait()
    else:
        async with polling(app, channel):
            log.info("serving by long polling")
            await stop.wait()
    log.info("stopped")
