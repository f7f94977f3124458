"""The `referral-bot` command: one small module per group of commands, errors printed here.

Every command answers bad input with one clear line and a non-zero exit code, never a traceback:
a command raises `CliError`, and `main` prints it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot import __version__
from bot.cli import conversation, counts, files, outreach, serve
from bot.cli.common import EXIT_OK, CliError

#: The groups, in the order `--help` lists their commands.
GROUPS = (conversation, files, counts, outreach, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="referral-bot",
        description="Referral bot for people at risk of human trafficking in Japan. "
        "Without a command (and without TELEGRAM_BOT_TOKEN) it starts the terminal chat.",
    )
    parser.add_argument("--version", action="version", version=f"referral-bot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run" if os.environ.get("TELEGRAM_BOT_TOKEN") else "chat"])
    try:
        code: int = args.handler(args)
    except CliError as exc:
        print(f"referral-bot: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print()
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
