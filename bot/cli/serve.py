"""`referral-bot run`: the Telegram bot, until stopped."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import Any

from bot.cli.common import EXIT_USAGE, CliError, data_options, dirs


def watch_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--watch",
        action="store_true",
        help="reload flows and locales when their files change (SIGHUP always reloads)",
    )


def register(sub: Any) -> None:
    run = sub.add_parser(
        "run",
        help="run the Telegram bot (settings from the environment: TELEGRAM_BOT_TOKEN, ...)",
    )
    watch_option(run)
    data_options(run)
    run.set_defaults(handler=run_bot_command)

    web = sub.add_parser(
        "web",
        help="run the web chat (no account, no cookies), and beside it Telegram's webhook "
        "(TELEGRAM_BOT_TOKEN and WEBHOOK_URL set) and LINE's (LINE_CHANNEL_SECRET and "
        "LINE_CHANNEL_ACCESS_TOKEN set)",
    )
    web.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    web.add_argument("--port", type=int, default=8080, help="port (default: %(default)s)")
    web.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the port and the counts (default: %(default)s)",
    )
    web.add_argument(
        "--exit-url",
        default=None,
        help="the neutral site the quick exit opens (default: a weather page)",
    )
    watch_option(web)
    data_options(web)
    web.set_defaults(handler=run_web_command)

    menu = sub.add_parser(
        "line-menu",
        help="put 110 and 119 under every LINE chat with the bot (a rich menu; needs "
        "LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN)",
    )
    menu.set_defaults(handler=run_line_menu)


def run_line_menu(args: argparse.Namespace) -> int:
    """Create LINE's rich menu with 110 and 119, and make it everyone's default."""
    import asyncio

    from bot.channels.line.menu import MenuError, install
    from bot.runtime.settings import SettingsError, line_from

    try:
        line = line_from(os.environ)
    except SettingsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if line is None:
        raise CliError(
            "line-menu needs LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN", EXIT_USAGE
        )
    try:
        made, replaced = asyncio.run(install(line.access_token, line.api_base_url))
    except MenuError as exc:
        raise CliError(str(exc)) from None
    print(f"rich menu {made} with 110 and 119 is now the default ({replaced} older one(s) deleted)")
    return 0


def run_web_command(args: argparse.Namespace) -> int:
    """Serve the web chat. Broken files are served around as `run` does: the last copy that
    passed the check, or with none, a page with 110 and 119 only."""
    from bot.channels.web.app import NEUTRAL_SITE
    from bot.runtime import last_good, logs
    from bot.runtime.settings import (
        SettingsError,
        data_dir_from,
        line_from,
        log_level_from,
        webhook_beside_web,
    )
    from bot.runtime.web import MAX_WORKERS, WebOptions, run_web

    try:
        telegram = webhook_beside_web(os.environ)
        line = line_from(os.environ)
        secrets = (telegram.secrets if telegram else ()) + (line.secrets if line else ())
        logs.setup(log_level_from(os.environ), secrets)
    except SettingsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if not 0 < args.port < 65536:
        raise CliError(f"--port {args.port} is not a port (1-65535)", EXIT_USAGE)
    if not 0 < args.workers <= MAX_WORKERS:
        raise CliError(f"--workers must be 1 to {MAX_WORKERS}", EXIT_USAGE)
    exit_url = args.exit_url or NEUTRAL_SITE
    if not exit_url.startswith("https://"):
        raise CliError("--exit-url must be an https:// address", EXIT_USAGE)
    if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip() and telegram is None:
        print(
            "referral-bot: TELEGRAM_BOT_TOKEN is set without WEBHOOK_URL: Telegram is not "
            "served here (`referral-bot run` polls)",
            file=sys.stderr,
        )
    flows_dir, locales_dir = dirs(args)
    data_dir = data_dir_from(os.environ)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as `run`: the start reads the files anyway
    content, lines = last_good.choose(flows_dir, locales_dir, data_dir)
    for problem in lines:
        print(problem, file=sys.stderr)
    options = WebOptions(
        host=args.host,
        port=args.port,
        exit_url=exit_url,
        data_dir=data_dir,
        flows_dir=flows_dir,
        locales_dir=locales_dir,
        workers=args.workers,
        watch=args.watch,
        telegram=telegram,
        line=line,
    )
    return run_web(options, content)


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
