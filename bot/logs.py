"""Logging that cannot leak: quiet library loggers and a filter that scrubs every record.

httpx logs each request URL at INFO, and the URL holds the bot token; python-telegram-bot at
DEBUG logs call parameters (chat ids, texts). Those loggers are held at WARNING, and every record
that reaches a handler is rendered, scrubbed of secrets and long digit runs (ids), and emptied of
its arguments and traceback before it is written.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

NOISY = (
    "asyncio",
    "httpx",
    "httpcore",
    "telegram",
    "telegram.ext",
    "apscheduler",
    "hpack",
    "tornado",
)
_IDS = re.compile(r"(?<![\w.])-?\d{5,}(?![\w.])")
_BOT_URL = re.compile(r"bot\d+:[A-Za-z0-9_-]+")


class Scrub(logging.Filter):
    """Replaces secrets and numeric ids in the final text of every record."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            # Tracebacks can carry an Update's repr; keep only the exception's type.
            text += f" ({record.exc_info[0].__name__})"
        record.msg = scrub(text, self.secrets)
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    for secret in secrets:
        text = text.replace(secret, "[secret]")
    text = _BOT_URL.sub("bot[token]", text)
    return _IDS.sub("[id]", text)


def setup(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """One stderr handler with the scrub filter; library loggers no louder than WARNING."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Scrub(secrets))
    root.addHandler(handler)
    root.setLevel(level)
    for name in NOISY:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
