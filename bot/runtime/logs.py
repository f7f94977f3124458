"""Logging that cannot leak: quiet library loggers and one filter every record passes.

httpx logs each request URL at INFO, and the URL holds the bot token; python-telegram-bot at
DEBUG logs call parameters (chat ids, texts), and on some error paths whole update batches or
answers (names, usernames, typed text) at ERROR and CRITICAL, whatever the level. So the
filter sits on the root handler, where every logger's records arrive, and:

- keeps the bot's own records (its code never formats a person into a line), with secrets and
  long digit runs scrubbed from their arguments;
- reduces a library's record to the first line of its message template, never its arguments,
  and names the known offenders in words of its own;
- withholds any line that still looks like it carries an update, a user or a message;
- keeps only the type of an exception, never its message or traceback.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

from bot.core.notices import Public

NOISY = (
    "asyncio",
    "httpx",
    "httpcore",
    "telegram",
    "telegram.ext",
    "apscheduler",
    "hpack",
    "aiosqlite",
    "uvicorn",
    "uvicorn.error",
    "uvicorn.access",
    "starlette",
    "linebot",
    "aiohttp",
    "urllib3",
)
_IDS = re.compile(r"(?<![\w.])-?\d{5,}(?![\w.])")
_BOT_URL = re.compile(r"bot\d+:[A-Za-z0-9_-]+")
#: Field names and reprs that only appear in text about a person or their messages.
_PAYLOAD = re.compile(
    r"update_id|first_name|last_name|username|language_code|chat_instance|callback_query"
    r"|['\"](?:text|caption|from|chat|data)['\"]\s*:|\b(?:Update|Message|User|Chat|CallbackQuery)\(",
    re.IGNORECASE,
)
#: Library lines known to carry a person's data in their arguments, said in our own words.
KNOWN = {
    "Error while parsing updates! Received data was %r": (
        "an update from Telegram could not be read (its content is not logged)"
    ),
    'Can not load invalid JSON data: "%s"': (
        "the Bot API answered with something that is not JSON (its content is not logged)"
    ),
}
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]")
WITHHELD = "a library line that may hold a person's data was withheld"
_OWN = ("bot", "__main__")


class Scrub(logging.Filter):
    """Rewrites every record into a line that cannot hold a person's data or a secret."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.text(record)
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True

    def text(self, record: logging.LogRecord) -> str:
        own = record.name.split(".")[0] in _OWN
        text = _own_text(record, self.secrets) if own else _library_text(record)
        if record.exc_info and record.exc_info[0] is not None:
            # Tracebacks and exception messages can carry an Update's repr: the type only.
            text += f" ({record.exc_info[0].__name__})"
        if _PAYLOAD.search(text):
            return WITHHELD if not own else "a line that may hold a person's data was withheld"
        # The bot's own arguments are scrubbed one by one already (bar the Public ones).
        return text if own else scrub(text, self.secrets)


def _own_text(record: logging.LogRecord, secrets: Iterable[str]) -> str:
    template = str(record.msg)
    args = record.args
    if not args:
        return template
    if isinstance(args, dict):
        args = (args,)
    safe = tuple(_safe_arg(a, secrets) for a in args)
    try:
        return template % safe
    except (TypeError, ValueError):
        return template


def _safe_arg(value: object, secrets: Iterable[str]) -> object:
    """An argument of the bot's own line: small numbers stay numbers (for %d), text is scrubbed."""
    if isinstance(value, Public):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 10_000:
        return value
    return scrub(str(value), secrets)


def _library_text(record: logging.LogRecord) -> str:
    """The template's first line, never the arguments that fill it."""
    template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
    if template in KNOWN:
        return KNOWN[template]
    if record.name == "py.warnings" and isinstance(record.args, tuple) and record.args:
        template = str(record.args[0])  # the warning itself, already formatted by Python
    elif record.args:
        template = _PLACEHOLDER.sub("…", template)
    lines = template.strip().splitlines()
    return lines[0][:200] if lines else ""


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    for secret in secrets:
        text = text.replace(secret, "[secret]")
    text = _BOT_URL.sub("bot[token]", text)
    return _IDS.sub("[id]", text)


def setup(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """One stderr handler with the scrub filter; every library no louder than WARNING.

    The root logger stays at WARNING, so a library's debug and info lines (aiosqlite's
    statements, httpx's URLs) are never even made; only the bot's own loggers follow
    LOG_LEVEL. Python's warnings are routed through logging, so they pass the filter too.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Scrub(secrets))
    root.addHandler(handler)
    numeric = logging.getLevelName(level)
    root.setLevel(max(logging.WARNING, numeric))
    logging.getLogger("bot").setLevel(numeric)
    logging.captureWarnings(True)
    for name in NOISY:  # in case a library set a level of its own
        logging.getLogger(name).setLevel(max(logging.WARNING, numeric))
