"""`referral-bot run`: the Telegram bot, until stopped."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import Any

from bot.cli.common import EXIT_USAGE, CliError, data_options, dirs


def register(sub: Any) -> None:
    run = sub.add_parser(
        "run",
        help="run the Telegram bot (settings from the environment: TELEGRAM_BOT_TOKEN, ...)",
    )
    run.add_argument(
        "--watch",
        action="store_true",
        help="reload flows and locales when their files change (SIGHUP always reloads)",
    )
    data_options(run)
    run.set_defaults(handler=run_bot_command)


def run_bot_command(args: argparse.Namespace) -> int:
    """Start the bot; only a wrong setting stops it. Broken files are served around, loudly."""
    from bot.runtime import last_good, logs
    from bot.runtime.run import Sources, run_bot
    from bot.runtime.settings import SettingsError, from_env

    flows_dir, locales_dir = dirs(args)
    try:
        settings = from_env(os.environ)
    except SettingsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    logs.setup(settings.log_level, settings.secrets)  # before anything below can log
    # A reload asked for while the files are being checked must not end the process (SIGHUP's
    # default); the start reads the files as they are now anyway.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    content, lines = last_good.choose(flows_dir, locales_dir, settings.data_dir)
    for line in lines:
        print(line, file=sys.stderr)
    return run_bot(settings, content, Sources(flows_dir, locales_dir, args.watch))
