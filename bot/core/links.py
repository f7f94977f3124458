"""Entry links for outreach workers: `https://t.me/<bot>?start=vi-labor-kanto_union`.

The payload is what `/start` receives: a language, optionally `u18` (for schools and youth
workers: the person is under 18), optionally a situation, optionally an outreach partner's code
from flows/sources.yaml: `ja-u18-online-school1`. It is at most 64 of A-Z a-z 0-9 _ -, as
Telegram requires. `payload` writes it and `parse_payload` reads it back, for every channel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from bot.core.languages import LANGUAGES
from bot.core.models import OTHER_SOURCE
from bot.core.situations import TOPICS, Situation

#: Payloads that can come back: at most 64 of A-Z a-z 0-9 _ -.
_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
MAX_PAYLOAD = 64


class LinkError(ValueError):
    """A link that cannot be made; the message says what to change."""


#: The part of a payload that says the person is under 18.
UNDER_18 = "u18"


def payload(
    lang: str, situation: Situation | None, source: str | None, *, under_18: bool = False
) -> str:
    if lang not in LANGUAGES:
        raise LinkError(f"unknown language '{lang}' (use one of: {' '.join(LANGUAGES)})")
    if situation is not None and situation not in TOPICS:
        topics = " ".join(sorted(t.value for t in TOPICS))
        raise LinkError(f"'{situation.value}' cannot start a link (use one of: {topics})")
    parts = [lang]
    if under_18:
        parts.append(UNDER_18)
    if situation is not None:
        parts.append(situation.value)
    if source:
        parts.append(source)
    text = "-".join(parts)
    if len(text) > MAX_PAYLOAD:
        raise LinkError(f"the link's payload would be {len(text)} characters; Telegram takes 64")
    return text


def check_username(username: str) -> str:
    name = username.strip().removeprefix("@")
    if not _USERNAME.match(name):
        raise LinkError("TELEGRAM_BOT_USERNAME is not a bot username (letters, digits and _)")
    return name


def link(username: str, text: str) -> str:
    return f"https://t.me/{check_username(username)}?start={text}"


_BASE = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d{1,5})?(/[A-Za-z0-9._~/-]*)?$")


def web_link(base: str, text: str) -> str:
    """The web chat's entry link: `https://help.example.org/?start=vi-labor`."""
    address = base.strip()
    if not _BASE.match(address):
        raise LinkError(
            "WEB_BASE_URL is not the web chat's address (like https://help.example.org, "
            "without ? or #)"
        )
    return f"{address.rstrip('/')}/?start={text}"


_LINE_ID = re.compile(r"^@[a-z0-9._-]{2,30}$")


def line_friend_link(bot_id: str) -> str:
    """LINE's add-friend link for the official account `@...`."""
    if not _LINE_ID.match(bot_id):
        raise LinkError("LINE_BOT_ID is not a LINE account ID (like @123abcde)")
    return f"https://line.me/R/ti/p/{quote(bot_id)}"


def line_link(bot_id: str, text: str) -> str:
    """LINE's entry link: it opens the chat with `start vi-labor` ready to send, the same
    payload as Telegram's `/start vi-labor` (the person taps send; the bot answers it)."""
    if not _LINE_ID.match(bot_id):
        raise LinkError("LINE_BOT_ID is not a LINE account ID (like @123abcde)")
    return f"https://line.me/R/oaMessage/{quote(bot_id)}/?{quote('start ' + text)}"


@dataclass(frozen=True)
class Entry:
    """What an entry link asks for: `/start vi`, `/start vi-labor`, `/start vi-labor-kanto`."""

    lang: str | None = None
    topic: Situation | None = None
    #: The source code to count: "" without one, OTHER_SOURCE when it is not a listed code.
    source: str = ""
    under_18: bool = False


def parse_payload(args: list[str], sources: frozenset[str] = frozenset()) -> Entry:
    """A language, then optionally u18, a topic and a source code; anything else the plain
    start."""
    if len(args) != 1 or not _PAYLOAD.match(args[0]):
        return Entry()
    lang, *rest = args[0].split("-")
    under_18 = bool(rest) and rest[0] == UNDER_18
    if under_18:
        rest = rest[1:]
    if lang not in LANGUAGES or len(rest) > 2:
        return Entry()
    topic: Situation | None = None
    source = ""
    for part in rest:
        if topic is None and not source and part in _TOPIC_IDS:
            topic = Situation(part)
        elif not source:
            source = part if part in sources else OTHER_SOURCE
    return Entry(lang, topic, source, under_18)


_TOPIC_IDS = frozenset(t.value for t in TOPICS)
