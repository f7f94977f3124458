"""`referral-bot card`: a printable wallet card, and an A4 sheet of them, in a person's language.

Each card is a strip of two panels, 170 x 54 mm, folded once with the print inside to the size
of a bank card (85 x 54 mm). Folded, the outside is blank paper: nothing on it can alarm
someone who finds it. Inside, in the person's language with the Japanese names alongside: 110
and 119, the anonymous report line, the services for the situation that speak the language,
with their hours, and a QR code to the bot. Only facts from flows/contacts.yaml are printed.
"""

from __future__ import annotations

import html
import re
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import segno

from bot.core.content import Content
from bot.core.directory import Speaks
from bot.core.hours import TOKYO
from bot.core.i18n import Texts
from bot.core.languages import LANGUAGES
from bot.core.models import Contact, Hours
from bot.core.situations import Situation
from bot.ops import browser

#: The report's anonymous line; shown on every card.
ANONYMOUS = "anonymous_hotline"
#: Services per card, besides 110 and the anonymous line: what fits a bank-card panel.
SERVICES = 3
CARDS_PER_SHEET = 5

CSS = """
@page { size: A4; margin: 12mm 20mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", "Noto Sans CJK JP", "Noto Sans Myanmar",
       "Noto Sans Khmer", "Noto Sans Devanagari", "Noto Sans Thai", sans-serif; color: #000; }
.howto { font-size: 8pt; color: #444; margin: 0 0 4mm; }
.card { width: 170mm; height: 54mm; display: flex; border: 0.3mm dashed #888;
        margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.panel { width: 85mm; height: 100%; padding: 2.5mm 3mm; overflow: hidden; }
.numbers { border-right: 0.3mm dotted #888; font-size: 6.4pt; line-height: 1.22; }
.numbers h1 { font-size: 7.5pt; margin: 0 0 1mm; }
.numbers.dense { font-size: 5.6pt; line-height: 1.18; }
.numbers.dense .phone { font-size: 7pt; }
.line { margin: 0 0 .9mm; }
.phone { font-weight: bold; font-size: 8pt; }
.ja { color: #333; }
.hours { color: #333; }
.bot { display: flex; gap: 2.5mm; align-items: flex-start; font-size: 6.8pt; line-height: 1.25; }
.bot .qr { width: 30mm; height: 30mm; flex: none; }
.bot .qr svg { width: 30mm; height: 30mm; display: block; }
.bot h2 { font-size: 8pt; margin: 0 0 1.5mm; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _times(ranges: tuple[str, ...]) -> str:
    """ "09:00-17:00" as "9:00–17:00"; several ranges joined by commas."""

    def one(text: str) -> str:
        start, end = text.split("-")
        return f"{start.removeprefix('0')}–{end.removeprefix('0')}"

    return ", ".join(one(r) for r in ranges)


def hours_text(texts: Texts, lang: str, contact: Contact) -> str:
    """The weekly hours in the person's language, from the contact file only."""
    hours = contact.hours
    if hours == "always":
        return texts.text(lang, "hours-always")
    if not isinstance(hours, Hours):
        return texts.text(lang, "hours-unknown")
    parts = []
    for key in ("daily", "weekdays", "weekend"):
        value = getattr(hours, key)
        if value:
            parts.append(texts.text(lang, f"hours-{key}", {"times": _times(value)}))
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        value = getattr(hours, day)
        if value:
            parts.append(texts.text(lang, "hours-day", {"day": day, "times": _times(value)}))
    if hours.holidays == "closed":
        parts.append(texts.text(lang, "hours-holidays-closed"))
    return "; ".join(parts) or texts.text(lang, "hours-unknown")


def services(
    content: Content,
    lang: str,
    situation: Situation | None,
    at: datetime | None = None,
    *,
    under_18: bool = False,
) -> list[Contact]:
    """Services with a phone for the situation, those that speak the language first.

    A card is kept for months: the order leaves out whether a service is open at the moment
    it is printed (`at` only decides nothing but the hours computed alongside).
    """
    wanted = {situation} if situation else {Situation.NOT_SURE}
    if under_18:
        wanted.add(Situation.UNDER_18)
    moment = at or datetime.now(TOKYO)
    referral = content.directory.match(lang, wanted, moment, first=100, more=0, by_hour=False)
    items = [i for i in referral.items if not i.contact.emergency and i.contact.phones]
    items = [i for i in items if i.contact.id != ANONYMOUS]
    speaking = [i for i in items if i.speaks in (Speaks.YES, Speaks.INTERPRETED)]
    others = [i for i in items if i not in speaking]
    return [i.contact for i in (speaking + others)[:SERVICES]]


#: About how many characters the numbers panel holds at the smaller type size.
FITS = 650


def _visible_length(lines: list[str]) -> int:
    """Characters a reader sees (tags left out), to judge what fits a panel."""
    return sum(len(re.sub(r"<[^>]+>", "", html.unescape(line))) for line in lines)


def _qr_svg(url: str) -> str:
    code = segno.make(url, error="q", micro=False, boost_error=False)
    return str(code.svg_inline(scale=4, border=4, omitsize=True))


def _line(texts: Texts, lang: str, contact: Contact) -> str:
    name = texts.text(lang, contact.message_id)
    ja = (
        f' <span class="ja">{_e(contact.name_ja)}</span>'
        if contact.name_ja and lang != "ja"
        else ""
    )
    phones = " / ".join(_e(str(p)) for p in contact.phones)
    hours = hours_text(texts, lang, contact)
    return (
        f'<div class="line"><span class="phone">{phones}</span> {_e(name)}{ja}'
        f' · <span class="hours">{_e(hours)}</span></div>'
    )


#: What a card says its QR code opens, by channel.
SCAN = {"telegram": "card-scan", "web": "card-scan-web", "line": "card-scan-line"}

#: The texts a card shows (see `bot/ops/texts.py`): `check` requires them in every language.
TEXTS = (
    "card-outside",
    "card-title",
    "card-danger",
    *SCAN.values(),
    "hours-always",
    "hours-unknown",
    "hours-daily",
    "hours-weekdays",
    "hours-weekend",
    "hours-day",
    "hours-holidays-closed",
)


def card(
    content: Content,
    lang: str,
    url: str,
    situation: Situation | None,
    *,
    under_18: bool = False,
    opens: str = "telegram",
) -> str:
    texts = content.texts
    scan = SCAN[opens]  # what the QR code opens
    by_id = {c.id: c for c in content.directory.contacts}
    lines = [
        f'<div class="line">{_e(texts.text(lang, "card-danger"))}</div>',
    ]
    if lang != "ja":
        lines.append(f'<div class="line ja">{_e(texts.text("ja", "card-danger"))}</div>')
    anonymous = by_id.get(ANONYMOUS)
    if anonymous is not None:
        lines.append(_line(texts, lang, anonymous))
    # Languages with long words get fewer services and smaller type, so that everything
    # printed fits the panel rather than being cut off.
    chosen = services(content, lang, situation, under_18=under_18)
    while chosen and _visible_length(lines + [_line(texts, lang, c) for c in chosen]) > FITS:
        chosen = chosen[:-1]
    lines += [_line(texts, lang, c) for c in chosen]
    dense = " dense" if _visible_length(lines) > FITS * 0.75 else ""
    title = texts.text(lang, "card-title")
    return (
        f'<div class="card" lang="{lang}">'
        f'<div class="panel numbers{dense}"><h1>{_e(texts.text(lang, "card-outside"))}</h1>'
        f"{''.join(lines)}</div>"
        f'<div class="panel bot"><div class="qr">{_qr_svg(url)}</div>'
        f"<div><h2>{_e(title)}</h2><p>{_e(texts.text(lang, scan))}</p>"
        f'<p class="ja">{_e(texts.text("ja", scan)) if lang != "ja" else ""}</p>'
        f"</div></div></div>"
    )


def sheet(
    content: Content,
    langs: list[str],
    urls: dict[str, str],
    situation: Situation | None,
    *,
    under_18: bool = False,
    opens: str = "telegram",
) -> str:
    """An A4 page of cards: the languages in turn until the page is full. `opens`: what the
    QR codes open ("telegram", "web" or "line"), which the cards say."""
    cards = [
        card(content, lang, urls[lang], situation, under_18=under_18, opens=opens) for lang in langs
    ]
    count = max(CARDS_PER_SHEET, len(cards))
    filled = [cards[i % len(cards)] for i in range(count)]
    names = ", ".join(LANGUAGES[lang] for lang in langs)
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8"><title>Wallet cards</title>'
        f"<style>{CSS}</style></head><body>"
        f'<p class="howto">Wallet cards ({_e(names)}). Print at 100%, cut on the dashed line, '
        "and fold on the dotted line with the print inside: folded, the card is the size of a "
        "bank card and its outside is blank.</p>"
        f"{''.join(filled)}</body></html>\n"
    )


def to_pdf(page: str, out: Path) -> None:
    """Print the page to PDF with a headless Chromium (Debian package chromium)."""
    program = browser.find()
    if program is None:
        raise RuntimeError("PDF needs Chromium (Debian package chromium); or write .html")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "card.html"
        source.write_text(page, encoding="utf-8")
        args = ["--no-pdf-header-footer", f"--print-to-pdf={out.resolve()}", source.as_uri()]
        result = subprocess.run(  # noqa: S603 - a fixed program with our own file
            browser.command(program, f"{work}/profile", *args),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if result.returncode != 0 or not out.exists():
        raise RuntimeError("Chromium could not print the card to PDF")
