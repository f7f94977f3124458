"""What every command shares: the one error type, argument types, where the files are."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import DIRS_RULE, Content, default_dirs, load_content
from bot.core.hours import to_tokyo
from bot.core.languages import LANGUAGES
from bot.core.situations import Situation

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
#: The terminal chat, `refer` and the previews show what Telegram users get, within its limits.
SHOWN_AS = TELEGRAM


class CliError(Exception):
    """One clear line for the person at the terminal, and the exit code; printed in one place."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def moment(text: str) -> datetime:
    """ISO 8601 date and time; without an offset it is taken as Japan time."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date and time like 2026-05-04T20:00+09:00"
        ) from None
    return to_tokyo(value)


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-24") from None


def threshold(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return int(text)


def language(text: str) -> str:
    if text not in LANGUAGES:
        known = " ".join(LANGUAGES)
        raise argparse.ArgumentTypeError(f"unknown language '{text}' (use one of: {known})")
    return text


def situation(text: str) -> Situation:
    try:
        return Situation(text)
    except ValueError:
        known = " ".join(s.value for s in Situation)
        raise argparse.ArgumentTypeError(
            f"unknown situation '{text}' (use one of: {known})"
        ) from None


def data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--flows", type=Path, help=f"flows folder (where from: {DIRS_RULE})")
    parser.add_argument("--locales", type=Path, help="locales folder (the same rule)")


def dirs(args: argparse.Namespace) -> tuple[Path, Path]:
    flows, locales = default_dirs()
    return (getattr(args, "flows", None) or flows, getattr(args, "locales", None) or locales)


def load(args: argparse.Namespace) -> Content:
    """The operator files, or their problems printed and a CliError."""
    content, problems = load_content(*dirs(args))
    if content is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise CliError("the files above need fixing (see `referral-bot check`)")
    return content


def writing(path: Path, exc: OSError) -> CliError:
    return CliError(f"cannot write {path} ({exc.strerror})")


def known_languages(content: Content, langs: list[str]) -> None:
    missing = [code for code in langs if not content.texts.has(code)]
    if missing:
        raise CliError(f"no texts yet in: {', '.join(missing)}", EXIT_USAGE)
