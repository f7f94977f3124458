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

    web = sub.add_parser(
        "web", help="run the web chat (no account, no cookies; a first version, see CHANGELOG)"
    )
    web.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    web.add_argument("--port", type=int, default=8080, help="port (default: %(default)s)")
    web.add_argument(
        "--exit-url",
        default=None,
        help="the neutral site the quick exit opens (default: a weather page)",
    )
    data_options(web)
    web.set_defaults(handler=run_web_command)


def run_web_command(args: argparse.Namespace) -> int:
    """Serve the web chat. Broken files are served around as `run` does: the last copy that
    passed the check, or with none, a page with 110 and 119 only."""
    from bot.channels.web.app import NEUTRAL_SITE
    from bot.runtime import last_good, logs
    from bot.runtime.settings import SettingsError, data_dir_from, log_level_from
    from bot.runtime.web import run_web

    try:
        logs.setup(log_level_from(os.environ))
    except SettingsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if not 0 < args.port < 65536:
        raise CliError(f"--port {args.port} is not a port (1-65535)", EXIT_USAGE)
    exit_url = args.exit_url or NEUTRAL_SITE
    if not exit_url.startswith("https://"):
        raise CliError("--exit-url must be an https:// address", EXIT_USAGE)
    data_dir = data_dir_from(os.environ)
    content, lines = last_good.choose(*dirs(args), data_dir)
    for line in lines:
        print(line, file=sys.stderr)
    return run_web(content, args.host, args.port, exit_url, data_dir)


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
