"""Screens as text: the referral, the rights, opening times and the emergency line.

Plain text only (no markup), so the same words work in the terminal and in Telegram, and phone
numbers stay plain digits that phones make tappable. Every text comes from the locales.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.directory import Item, Reachable, Referral, Speaks
from bot.core.emergency import emergency_answer
from bot.core.hours import DAYS, Availability, Status, to_tokyo
from bot.core.i18n import Args, Texts
from bot.core.languages import LANGUAGES
from bot.core.models import Right
from bot.core.situations import Situation

#: How many other languages a contact line names before "+N".
LANGUAGES_SHOWN = 4


def hm(moment: datetime) -> str:
    """9:00, 17:15 (Japan time)."""
    local = to_tokyo(moment)
    return f"{local.hour}:{local.minute:02d}"


def when(texts: Texts, lang: str, avail: Availability, at: datetime) -> str:
    """'Open now, until 17:00', 'Closed now, opens Tuesday 9:00', 'Hours not given', ..."""
    if avail.status is Status.ALWAYS:
        return texts.text(lang, "when-always")
    if avail.status is Status.OPEN and avail.closes_at is not None:
        return texts.text(lang, "when-open-until", {"time": hm(avail.closes_at)})
    if avail.status is Status.UNKNOWN and not avail.holiday_unsure:
        return texts.text(lang, "when-unknown")
    if avail.status is Status.UNKNOWN:
        prefix = "when-season-unsure" if avail.season_unsure else "when-holiday-unsure"
    else:
        prefix = "when-closed"
    if avail.next_open is None:
        return texts.text(lang, prefix)
    return texts.text(lang, prefix) + " · " + opens(texts, lang, avail.next_open, at)


def opens(texts: Texts, lang: str, moment: datetime, at: datetime) -> str:
    """'opens today 17:00', 'opens tomorrow 9:00', 'opens Tuesday 9:00', 'opens 1/4 9:00'."""
    local, now = to_tokyo(moment), to_tokyo(at)
    days = (local.date() - now.date()).days
    time = hm(local)
    if days == 0:
        return texts.text(lang, "opens-today", {"time": time})
    if days == 1:
        return texts.text(lang, "opens-tomorrow", {"time": time})
    if days < 7:
        return texts.text(lang, "opens-weekday", {"day": DAYS[local.weekday()], "time": time})
    return texts.text(lang, "opens-date", {"month": local.month, "date": local.day, "time": time})


def speaks_line(texts: Texts, lang: str, item: Item) -> str:
    own = LANGUAGES.get(lang, lang)
    if item.speaks is Speaks.YES:
        return texts.text(lang, "speaks-yours", {"language": own})
    if item.speaks is Speaks.INTERPRETED:
        return texts.text(lang, "speaks-interpreter")
    if item.speaks is Speaks.NOT_STATED:
        return texts.text(lang, "speaks-not-stated")
    names = [LANGUAGES[c] for c in item.contact.languages]
    shown = ", ".join(names[:LANGUAGES_SHOWN])
    if len(names) > LANGUAGES_SHOWN:
        shown += f" +{len(names) - LANGUAGES_SHOWN}"
    key = "speaks-also-others" if item.speaks is Speaks.MAYBE else "speaks-list"
    if not names:
        return texts.text(lang, "speaks-others-only")
    return texts.text(lang, key, {"languages": shown})


#: The first answer fits one phone screen: at most this many units of the channel's measure
#: (UTF-16 on Telegram), in every language; the engine shows fewer services rather than more.
ANSWER_MAX = 1300


def _speaks_here(lang: str, item: Item) -> bool:
    """The service is known to speak the person's language (or, for Japanese, is in Japan)."""
    return item.speaks is Speaks.YES or (lang == "ja" and item.speaks is Speaks.NOT_STATED)


def may_answer_in_japanese(lang: str, items: Sequence[Item]) -> bool:
    """A phone line among `items` may answer only in Japanese: for anyone not reading in
    Japanese, the screen says once what to say to ask for an interpreter."""
    unsure = (Speaks.NOT_STATED, Speaks.NO)
    return lang != "ja" and any(
        item.phones and item.contact.kind == "service" and item.speaks in unsure for item in items
    )


def card_lines(texts: Texts, lang: str, item: Item, at: datetime, number: str) -> list[str]:
    """One service in at most three short lines: name and number; why; when, and the language
    only when it is not the person's. Hours the source does not give are a footnote (*)."""
    contact = item.contact
    name = texts.text(lang, contact.message_id)
    phones = [p for p in item.phones if p not in name]  # "#9110" may be in its name already
    if phones:
        # With IP-phone numbers asked for, the source's other number comes first (the note
        # above the cards says so); a service without one says that below.
        reach = " ☎ " + " / ".join(phones)
    elif contact.urls and contact.kind == "service" and not item.phones:
        reach = " 🌐 " + contact.urls[0]
    else:
        reach = ""
    unknown = item.availability.status is Status.UNKNOWN and not (
        item.availability.holiday_unsure or item.availability.season_unsure
    )
    mark = " *" if unknown and contact.kind == "service" and not contact.web_reports else ""
    lines = [f"{number} {name}{reach}{mark}"]
    if item.reason is not None:
        lines.append("   ➜ " + texts.text(lang, item.reason.why))
    if contact.kind == "action":
        first_note = next((n for n in contact.notes if lang not in n.skip_for), None)
        if first_note is not None:
            lines.append("   " + texts.text(lang, first_note.text))
        return lines
    details: list[str] = []
    if contact.web_reports and not item.answers_now:
        details.append("✉ " + texts.text(lang, "web-any-time"))
    elif not unknown:
        details.append("🕘 " + when(texts, lang, item.availability, at))
    if not _speaks_here(lang, item) and not (item.phones and item.speaks is Speaks.NOT_STATED):
        # A phone line whose languages are not given: the line under the cards says what to
        # say if it answers in Japanese (see `may_answer_in_japanese`), once for all of them.
        details.append("🗣 " + speaks_line(texts, lang, item))
    if item.no_alternate:
        details.append(texts.text(lang, "phone-no-alternate"))
    if details:
        lines.append("   " + " · ".join(details))
    return lines


def answer_text(
    texts: Texts,
    lang: str,
    referral: Referral,
    rights: Sequence[Right],
    intro: str,
    args: Args | None = None,
) -> str:
    """The first answer, for one phone screen: what can be reached now in one line, 110 and
    119 when needed, the best three with why, one right, and a footnote for missing hours."""
    blocks = [intro]
    notes = _summary(texts, lang, referral, bool(referral.first))
    if notes:
        blocks.append("\n".join("➤ " + n for n in notes))
    urgent = referral.situations & {Situation.DANGER, Situation.HURT}
    for item in referral.emergency if urgent else ():
        # Without danger, 110 is in the line under every screen and in the note above.
        lines = [f"🚨 {texts.text(lang, item.contact.message_id)} ☎ {' / '.join(item.phones)}"]
        lines += [
            "   " + texts.text(lang, n.text) for n in item.contact.notes if lang not in n.skip_for
        ]
        blocks.append("\n".join(lines))
    cards = [
        "\n".join(card_lines(texts, lang, item, referral.at, f"{n}."))
        for n, item in enumerate(referral.first, start=1)
    ]
    blocks.extend(cards)
    below = []
    if any(" *" in card.splitlines()[0] for card in cards):
        below.append("* " + texts.text(lang, "hours-footnote"))
    if may_answer_in_japanese(lang, referral.first):
        below.append("🗣 " + texts.text(lang, "say-on-phone"))
    if below:
        blocks.append("\n".join(below))
    if rights:
        blocks.append(rights_block(texts, lang, rights, "rights-heading", args))
    return "\n\n".join(blocks)


def more_text(texts: Texts, lang: str, referral: Referral, intro: str) -> str:
    """ "More options": the services after the first ones, in the same card form, the steps
    without a number, and the longer notes on hours and language."""
    blocks = [intro]
    start = len(referral.first) + 1
    cards = [
        "\n".join(card_lines(texts, lang, item, referral.at, f"{n}."))
        for n, item in enumerate(referral.more, start=start)
    ]
    blocks.extend(cards)
    if referral.actions:
        lines = [texts.text(lang, "actions-heading")]
        for item in referral.actions:
            lines.extend(card_lines(texts, lang, item, referral.at, "▸"))
        blocks.append("\n".join(lines))
    notes: list[str] = []
    if referral.ip_phone:
        notes.append(texts.text(lang, "ip-phone-shown"))
    if any(" *" in card.splitlines()[0] for card in cards):
        notes.append(texts.text(lang, "hours-footnote"))
    if may_answer_in_japanese(lang, referral.more):
        notes.append(texts.text(lang, "say-on-phone"))
    if referral.reachable is Reachable.WEB:
        notes.append(texts.text(lang, "reach-web-only"))
    elif referral.reachable is Reachable.ONLY_110 and Situation.DANGER not in referral.situations:
        notes.append(texts.text(lang, "reach-only-110"))
    if referral.language_gap:
        notes.append(texts.text(lang, "language-gap", {"language": LANGUAGES.get(lang, lang)}))
    if notes:
        blocks.append("\n".join("➤ " + n for n in notes))
    return "\n\n".join(blocks)


def _summary(texts: Texts, lang: str, referral: Referral, numbered: bool) -> list[str]:
    """One honest line or two above the cards: what can be reached now, and the language."""
    notes: list[str] = []
    if referral.ip_phone:
        notes.append(texts.text(lang, "ip-phone-shown"))
    in_danger = Situation.DANGER in referral.situations
    if referral.reachable is Reachable.WEB:
        notes.append(texts.text(lang, "reach-web-short"))
    elif referral.reachable is Reachable.ONLY_110 and numbered and not in_danger:
        notes.append(texts.text(lang, "reach-none-short"))
    if referral.language_gap and not any(i.speaks is Speaks.INTERPRETED for i in referral.first):
        notes.append(
            texts.text(lang, "language-gap-short", {"language": LANGUAGES.get(lang, lang)})
        )
    return notes


def rights_block(
    texts: Texts, lang: str, rights: Sequence[Right], heading: str, args: Args | None = None
) -> str:
    lines = [texts.text(lang, heading)]
    lines.extend("• " + texts.text(lang, r.message_id, args) for r in rights)
    return "\n".join(lines)


def with_footer(texts: Texts, lang: str, body: str) -> str:
    """Every screen ends with the emergency numbers."""
    return body + "\n\n" + texts.text(lang, "footer-emergency")


def finished(texts: Texts, lang: str, body: str, first: Referral | None = None) -> str:
    """A screen as sent: with the emergency line at the end, unless it is a first answer that
    already shows 110 and 119 on top (in danger), where the line would say them a third time."""
    if first is not None and shows_emergency(first):
        return body
    return with_footer(texts, lang, body)


def shows_emergency(referral: Referral) -> bool:
    """The first answer shows both 110 and 119 in its own block on top."""
    if not referral.situations & {Situation.DANGER, Situation.HURT}:
        return False
    numbers = {phone for item in referral.emergency for phone in item.phones}
    return {"110", "119"} <= numbers


def emergency_text(texts: Texts, lang: str) -> str:
    """The answer to an emergency word: 110, 119, and the interpreter note where it helps."""
    try:
        parts = [texts.text(lang, "emergency-answer")]
        if lang != "ja":
            parts.append(texts.text(lang, "note-110-interpreter"))
        return "\n\n".join(parts)
    except Exception:  # the numbers must get through even if a text cannot be formatted
        return emergency_answer(lang)


def self_harm_text(texts: Texts, lang: str) -> str:
    """The answer to words about ending one's life: kind, and 119/110 first. The report gives
    no line for this, so none is named."""
    try:
        return texts.text(lang, "self-harm-answer")
    except Exception:  # the numbers must get through even if a text cannot be formatted
        return emergency_answer(lang)


def args_for(for_other: bool, hurt: bool = False) -> Args:
    """Variables every flow text may use: writing for someone else, and being hurt (the
    danger answer says 119 first then)."""
    return {"for_other": "yes" if for_other else "no", "hurt": "yes" if hurt else "no"}


#: The texts this module shows (collected with every other part's in `bot/ops/texts.py`, which
#: `check` and the review page read).
TEXTS = (
    "footer-emergency",
    "emergency-answer",
    "note-110-interpreter",
    "self-harm-answer",
    "when-always",
    "when-open-until",
    "when-closed",
    "when-unknown",
    "when-holiday-unsure",
    "when-season-unsure",
    "opens-today",
    "opens-tomorrow",
    "opens-weekday",
    "opens-date",
    "speaks-yours",
    "speaks-list",
    "speaks-also-others",
    "speaks-others-only",
    "speaks-not-stated",
    "speaks-interpreter",
    "say-on-phone",
    "hours-footnote",
    "actions-heading",
    "phone-no-alternate",
    "web-any-time",
    "ip-phone-shown",
    "reach-web-only",
    "reach-only-110",
    "language-gap",
    "language-gap-short",
    "reach-none-short",
    "reach-web-short",
    "rights-heading",
)

#: Sample values for every variable a text may use, to render each text in `check`.
SAMPLE_ARGS: tuple[Args, ...] = tuple(
    {
        "for_other": other,
        "hurt": hurt,
        "time": "17:15",
        "day": day,
        "month": 12,
        "date": 28,
        "language": "English",
        "languages": "English, 中文",
        "link": "https://t.me/example_bot",
        "times": "9:00–17:00",
    }
    for other in ("yes", "no")
    for hurt in ("yes", "no")
    for day in DAYS
)
