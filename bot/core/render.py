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


def contact_name(texts: Texts, lang: str, item: Item) -> str:
    """The name in the person's language, with the official Japanese name to say on the phone."""
    name = texts.text(lang, item.contact.message_id)
    japanese = item.contact.name_ja
    if japanese and lang != "ja" and japanese not in name:
        return f"{name} ({japanese})"
    return name


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


def item_lines(
    texts: Texts, lang: str, item: Item, at: datetime, number: str, *, short: bool = False
) -> list[str]:
    """One contact as a few short lines: name, why (for the first ones), how to reach it.

    `short` keeps a service below the first ones to its name, numbers and hours.
    """
    contact = item.contact
    lines = [f"{number} {contact_name(texts, lang, item)}"]
    if item.reason is not None and not short:
        lines.append("   ➜ " + texts.text(lang, item.reason.why))
    if contact.kind == "action":
        lines.extend(
            "   " + texts.text(lang, n.text) for n in contact.notes if lang not in n.skip_for
        )
        return lines
    alternates = {a.number for a in contact.alt_phones}
    for phone in item.phones:
        if phone in alternates:
            lines.append("   ☎ " + phone + " " + texts.text(lang, "phone-alternate"))
        else:
            lines.append("   ☎ " + phone)
    if item.no_alternate:
        lines.append("   " + texts.text(lang, "phone-no-alternate"))
    for url in contact.urls:
        lines.append("   🌐 " + url)
    status = when(texts, lang, item.availability, at)
    if contact.phones or contact.hours != "unknown" or not contact.web_reports:
        lines.append("   🕘 " + status)
    if contact.web_reports:
        lines.append("   ✉ " + texts.text(lang, "web-any-time"))
    if short:
        return lines
    if not contact.emergency and not (lang == "ja" and item.speaks is Speaks.NOT_STATED):
        lines.append("   🗣 " + speaks_line(texts, lang, item))
    if contact.cost != "unknown":
        lines.append("   " + texts.text(lang, f"cost-{contact.cost}"))
    for note in contact.notes:
        if lang not in note.skip_for:
            lines.append("   " + texts.text(lang, note.text))
    return lines


def referral_text(
    texts: Texts,
    lang: str,
    referral: Referral,
    rights: Sequence[Right],
    max_rights: int,
    intro: str,
    args: Args | None = None,
) -> str:
    """The answer: intro, 110/119 in danger, the best services with why, a few more, places
    to go, an honest summary, and the key rights."""
    blocks = [intro]
    in_danger = Situation.DANGER in referral.situations
    for item in referral.emergency:
        blocks.append("\n".join(item_lines(texts, lang, item, referral.at, "🚨")))
    numbered = 0
    for item in referral.first:
        numbered += 1
        blocks.append("\n".join(item_lines(texts, lang, item, referral.at, f"{numbered}.")))
    if referral.more:
        lines = [texts.text(lang, "more-heading")]
        for item in referral.more:
            numbered += 1
            lines.extend(item_lines(texts, lang, item, referral.at, f"{numbered}.", short=True))
        blocks.append("\n".join(lines))
    if referral.actions:
        lines = [texts.text(lang, "actions-heading")]
        for item in referral.actions:
            lines.extend(item_lines(texts, lang, item, referral.at, "▸"))
        blocks.append("\n".join(lines))
    notes: list[str] = []
    if referral.ip_phone:
        notes.append(texts.text(lang, "ip-phone-shown"))
    if referral.reachable is Reachable.WEB:
        notes.append(texts.text(lang, "reach-web-only"))
    elif referral.reachable is Reachable.ONLY_110 and numbered and not in_danger:
        # Only said under other services, all closed; in danger, 110 already leads the answer.
        notes.append(texts.text(lang, "reach-only-110"))
    if referral.language_gap:
        notes.append(texts.text(lang, "language-gap", {"language": LANGUAGES.get(lang, lang)}))
    if notes:
        blocks.append("\n".join("➤ " + n for n in notes))
    shown = list(rights)[:max_rights]
    if shown:
        blocks.append(rights_block(texts, lang, shown, "rights-heading", args))
    return "\n\n".join(blocks)


def rights_block(
    texts: Texts, lang: str, rights: Sequence[Right], heading: str, args: Args | None = None
) -> str:
    lines = [texts.text(lang, heading)]
    lines.extend("• " + texts.text(lang, r.message_id, args) for r in rights)
    return "\n".join(lines)


def with_footer(texts: Texts, lang: str, body: str) -> str:
    """Every screen ends with the emergency numbers."""
    return body + "\n\n" + texts.text(lang, "footer-emergency")


def emergency_text(texts: Texts, lang: str) -> str:
    """The answer to an emergency word: 110, 119, and the interpreter note where it helps."""
    try:
        parts = [texts.text(lang, "emergency-answer")]
        if lang != "ja":
            parts.append(texts.text(lang, "note-110-interpreter"))
        return "\n\n".join(parts)
    except Exception:  # the numbers must get through even if a text cannot be formatted
        return emergency_answer(lang)


def args_for(for_other: bool) -> Args:
    """Variables every flow text may use."""
    return {"for_other": "yes" if for_other else "no"}


#: Message ids the code itself uses (besides those the flow, contact and rights files name):
#: `check` requires each in every locale, and a test fails on any id the code names that is
#: missing here.
CODE_MESSAGES = (
    "footer-emergency",
    "use-buttons",
    "use-buttons-above",
    "start-over",
    "emergency-words",
    "emergency-answer",
    "note-110-interpreter",
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
    "more-heading",
    "actions-heading",
    "cost-free",
    "cost-charged",
    "phone-alternate",
    "phone-no-alternate",
    "web-any-time",
    "ip-phone-shown",
    "reach-web-only",
    "reach-only-110",
    "language-gap",
    "rights-heading",
    "console-prompt",
    "leave-button",
    "help-text",
    "exit-done",
    "exit-note",
    "old-button",
    "private-only",
    "cmd-start",
    "cmd-help",
    "cmd-language",
    "cmd-exit",
    "bot-description",
    "bot-short-description",
    "referral-intro",
    # Printed cards (ops/card.py).
    "card-outside",
    "card-title",
    "card-danger",
    "card-scan",
    "hours-always",
    "hours-unknown",
    "hours-daily",
    "hours-weekdays",
    "hours-weekend",
    "hours-day",
    "hours-holidays-closed",
)

#: Sample values for every variable a text may use, to render each text in `check`.
SAMPLE_ARGS: tuple[Args, ...] = tuple(
    {
        "for_other": other,
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
    for day in DAYS
)
