"""The conversation at the terminal: `chat`, and `refer` for one referral as text or JSON."""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.channels.console import show
from bot.cli.common import (
    EXIT_OK,
    SHOWN_AS,
    CliError,
    data_options,
    language,
    load,
    moment,
    situation,
)
from bot.core import render
from bot.core.directory import Item, Referral
from bot.core.engine import Engine, Screen
from bot.core.hours import TOKYO
from bot.core.situations import EXCLUSIVE, Situation
from bot.runtime.counts import Counts


def register(sub: Any) -> None:
    chat = sub.add_parser("chat", help="talk to the bot in this terminal (no account, no network)")
    chat.add_argument("--lang", type=language, help="skip the language question")
    chat.add_argument(
        "--situation",
        type=situation,
        action="append",
        default=[],
        help="start with this situation recorded (repeat for several; any id `refer` takes): "
        "the first one the flow asks about decides where the chat starts",
    )
    chat.add_argument("--at", type=moment, help="pretend it is this time (ISO 8601)")
    chat.add_argument(
        "--count-into",
        type=Path,
        metavar="FOLDER",
        help="count the steps as the bot would, into FOLDER/counts.sqlite3 (for trying `stats`; "
        "never the bot's own data folder)",
    )
    data_options(chat)
    chat.set_defaults(handler=run_chat_command)

    refer = sub.add_parser("refer", help="print the referral the bot would give")
    refer.add_argument("--lang", type=language, required=True, help="the person's language")
    refer.add_argument(
        "--situation",
        type=situation,
        action="append",
        required=True,
        help="a situation id (repeat for several)",
    )
    refer.add_argument("--at", type=moment, help="the time (ISO 8601; default: now)")
    refer.add_argument("--ip-phone", action="store_true", help="calling from an IP phone")
    refer.add_argument(
        "--screen",
        choices=SCREENS,
        default="first",
        help="which of the bot's screens: the first answer (default), 'more places that can "
        "help', or the rights",
    )
    refer.add_argument("--json", action="store_true", help="print JSON")
    data_options(refer)
    refer.set_defaults(handler=run_refer)


def run_chat_command(args: argparse.Namespace) -> int:
    content = load(args)
    from bot.channels.console import run_chat

    fixed: datetime | None = args.at

    def clock() -> datetime:
        return fixed or datetime.now(TOKYO)

    def write(text: str) -> None:
        print(text, flush=True)

    counts = Counts(args.count_into, clock) if args.count_into else None
    chosen = frozenset(args.situation)
    _refuse_impossible(chosen)
    engine = Engine(content, limits=SHOWN_AS)
    topic = next((s for s in args.situation if engine.leads_somewhere(s)), None)
    code = run_chat(
        engine,
        lang=args.lang,
        topic=topic,
        known=chosen,
        clock=clock,
        read=lambda: input("> "),
        write=write,
        counts=counts,
    )
    if counts is not None:
        args.count_into.mkdir(parents=True, exist_ok=True)
        if not asyncio.run(counts.flush()):
            raise CliError(f"could not write the counts into {args.count_into}")
        print(f"counted into {args.count_into}: try referral-bot stats --data {args.count_into}")
    return code


def run_refer(args: argparse.Namespace) -> int:
    content = load(args)
    engine = Engine(content, limits=SHOWN_AS)
    at: datetime = args.at or datetime.now(TOKYO)
    situations = frozenset(args.situation)
    _refuse_impossible(situations)
    screen = engine.answer(args.lang, situations, at, ip_phone=args.ip_phone)
    if args.screen != "first":
        try:
            screen = engine.screen(engine.answer_part(screen.state, args.screen), at)
        except ValueError as exc:
            raise CliError(f"the flow's answer has no such screen: {exc}") from None
    if args.json and screen.referral is None:
        print(json.dumps(rights_json(engine, screen), ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.json:
        print(json.dumps(answer_json(engine, screen), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(show(screen, "").rstrip())
    return EXIT_OK


#: The answer's screens `refer --screen` prints, as the bot shows them.
SCREENS = ("first", "more", "rights")


def _refuse_impossible(situations: frozenset[Situation]) -> None:
    for pair in EXCLUSIVE:
        if pair <= situations:
            both = " and ".join(sorted(pair))
            raise CliError(f"--situation {both} cannot both be true of one person; give one")


def rights_json(engine: Engine, screen: Screen) -> dict[str, Any]:
    """The rights screen as data: every right and safety point that applies, in order."""
    lang = screen.lang
    args = render.args_for(Situation.SOMEONE_ELSE in screen.state.situations)
    return {
        "lang": lang,
        "situations": sorted(screen.state.situations),
        "rights": [
            {"id": r.id, "text": engine.texts.text(lang, r.message_id, args), "source": r.source}
            for r in screen.rights
        ],
        "buttons": [b.label for b in screen.buttons],
        "text": screen.text,
    }


def answer_json(engine: Engine, screen: Screen) -> dict[str, Any]:
    """The answer as data, exactly as the bot shows it: 110/119, the first three with why,
    a few more, places to go, and the rights on the screen."""
    referral = screen.referral
    if referral is None:
        raise CliError("the flow's answer screen gave no referral")
    texts, lang = engine.texts, referral.lang
    args = render.args_for(Situation.SOMEONE_ELSE in referral.situations)
    shown_rights = screen.rights[: engine.max_rights(screen.state)]
    return {
        "lang": lang,
        "situations": sorted(referral.situations),
        "at": referral.at.isoformat(),
        "ip_phone": referral.ip_phone,
        "emergency": [_item_json(engine, item, referral) for item in referral.emergency],
        "first": [_item_json(engine, item, referral) for item in referral.first],
        "more": [_item_json(engine, item, referral) for item in referral.more],
        "actions": [_item_json(engine, item, referral) for item in referral.actions],
        "rights": [
            {"id": r.id, "text": texts.text(lang, r.message_id, args), "source": r.source}
            for r in shown_rights
        ],
        "reachable_now": referral.reachable.value,
        "language_gap": referral.language_gap,
        "footer": texts.text(lang, "footer-emergency"),
        "buttons": [b.label for b in screen.buttons],
        "text": screen.text,
    }


def _item_json(engine: Engine, item: Item, referral: Referral) -> dict[str, Any]:
    texts, lang, contact = engine.texts, referral.lang, item.contact
    avail = item.availability
    reason = item.reason
    numbers = [*contact.phones, *(a.number for a in contact.alt_phones)]
    report_name = contact.report_name or texts.text("en", contact.message_id)
    return {
        "id": contact.id,
        "kind": contact.kind,
        "name": texts.text(lang, contact.message_id),
        "report_name": report_name,
        "label": f"{report_name} ({', '.join(numbers)})" if numbers else report_name,
        "name_ja": contact.name_ja,
        "why": texts.text(lang, reason.why) if reason else None,
        "why_en": texts.text("en", reason.why) if reason else None,
        "relevance": reason.as_ if reason else None,
        "why_source": reason.source if reason else None,
        "matched": sorted(s for s in referral.situations if s in contact.situations),
        "only_for": list(contact.only_for),
        "phones": list(item.phones),
        "urls": list(contact.urls),
        "languages": list(contact.languages),
        "speaks_your_language": item.speaks.value,
        "open_now": item.open_now,
        "status": avail.status.value,
        "closes_at": avail.closes_at.isoformat() if avail.closes_at else None,
        "next_open": avail.next_open.isoformat() if avail.next_open else None,
        "when": render.when(texts, lang, avail, referral.at),
        "cost": contact.cost,
        "emergency": contact.emergency,
        "notes": [texts.text(lang, n.text) for n in contact.notes if lang not in n.skip_for],
        "score": round(item.score, 1),
        "source": contact.source,
    }
