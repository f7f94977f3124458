"""`referral-bot card`: printable wallet cards in a person's language, five to a page.

Each card is a strip of two panels, 170 mm wide, folded once with the print inside to the size
of a bank card (85 x 54 mm; 85 x 52 mm on US Letter, see PAPERS). Folded, the outside is blank
paper: nothing on it can alarm someone who finds it. Inside, in the person's language with the
Japanese names alongside: 110 and 119 in large type, the anonymous report line and the three
best services for the situation with their hours, a mark on those whose source names no
language (they may answer only in Japanese) with the words to ask for an interpreter, and a QR
code to the bot. Only facts from flows/contacts.yaml are printed, and what is printed does not
depend on when: a card is kept for months, so "open now" has no part in the choice.
"""

from __future__ import annotations

import html
import re
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.core.content import Content
from bot.core.directory import Speaks
from bot.core.hours import TOKYO
from bot.core.i18n import Texts
from bot.core.languages import LANGUAGES
from bot.core.models import Contact, Hours
from bot.core.situations import Situation
from bot.ops import browser, fonts

#: The report's anonymous line; shown on every card.
ANONYMOUS = "anonymous_hotline"
#: Services per card, besides 110, 119 and the anonymous line.
SERVICES = 3
CARDS_PER_PAGE = 5
#: The moment the directory is asked at. The card's choice leaves the hour out (by_hour=False),
#: so any fixed moment gives the same services; a fixed one makes that plain.
PRINTED_AT = datetime(2026, 1, 5, 12, tzinfo=TOKYO)


@dataclass(frozen=True)
class Paper:
    """A paper size and the card height that puts five cards on it with room to spare for
    what printers cannot print (at least 8 mm at the top and bottom)."""

    name: str
    css: str  # the CSS @page size
    card_mm: int  # height of a card (and of the folded card)
    margin: str  # the CSS @page margin: what is left above and below five cards


#: A4 (297 mm): five bank-card-high strips (5 x 54 = 270 mm) and 13 mm above and below. US
#: Letter is 279.4 mm: five 54 mm strips would leave under 5 mm above and below, which many
#: printers cannot print, so on Letter each card is 52 mm high (a folded card of 85 x 52 mm,
#: which still fits a wallet's card slot) and about 9.7 mm is left above and below.
PAPERS = {
    "a4": Paper("A4", "A4", 54, "13mm 0"),
    "letter": Paper("US Letter", "letter", 52, "9mm 0"),
}

FONTS = (
    '"Noto Sans", "Noto Sans Myanmar", "Noto Sans Khmer", "Noto Sans Devanagari", '
    '"Noto Sans Thai", "Noto Sans CJK JP", "Droid Sans Fallback", sans-serif'
)

CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: FONTS; color: #000; }
:lang(zh) { font-family: "Noto Sans", "Noto Sans CJK SC", "Droid Sans Fallback", sans-serif; }
:lang(ko) { font-family: "Noto Sans", "Noto Sans CJK KR", "NanumGothic", sans-serif; }
:lang(ja) { font-family: "Noto Sans", "Noto Sans CJK JP", "Droid Sans Fallback", sans-serif; }
.page { display: flex; justify-content: center; gap: 2mm; break-after: page; }
.page:last-child { break-after: auto; }
.howto { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 8pt; line-height: 1.2;
         color: #333; margin: 0; text-align: center; }
.card { width: 170mm; height: var(--card); display: flex; border: 0.3mm dashed #777;
        border-bottom: none; break-inside: avoid; overflow: hidden; }
.card:last-child { border-bottom: 0.3mm dashed #777; }
.panel { width: 85mm; height: 100%; padding: 1.8mm 2.8mm 1.6mm; overflow: hidden;
         font-size: 8pt; line-height: 1.16; display: flex; flex-direction: column; }
.panel:first-child { border-right: 0.3mm dotted #777; }
:lang(my) .panel, :lang(km) .panel, :lang(th) .panel, :lang(ne) .panel { line-height: 1.24; }
p { margin: 0; }
h1 { font-size: 9pt; line-height: 1.15; margin: 0 0 0.6mm; }
.sos { display: flex; gap: 2.5mm; margin: 0 0 0.8mm; }
.sos > div { display: flex; align-items: center; gap: 1.2mm; min-width: 0; }
.sos > div:last-child { flex: 1 1 0; }
.big { font-size: 26pt; font-weight: bold; line-height: 1; letter-spacing: -0.5pt; }
.who .ja { display: block; white-space: nowrap; }
.svc { margin: 0 0 0.5mm; }
.phone { font-weight: bold; font-size: 9.5pt; white-space: nowrap; }
.ja { color: #333; }
.mark { border: 0.25mm solid #000; border-radius: 0.8mm; padding: 0 0.5mm; font-weight: bold;
        white-space: nowrap; }
.legend { margin-top: auto; }
.bot { display: flex; gap: 2mm; align-items: flex-end; margin-top: auto; }
.qr { width: 21mm; height: 21mm; flex: none; }
.qr svg { width: 21mm; height: 21mm; display: block; }
.title { font-weight: bold; font-size: 9pt; line-height: 1.15; margin: 0 0 0.5mm; }
"""


@dataclass(frozen=True)
class Pick:
    """A service chosen for a card, and whether it is known to speak the card's language."""

    contact: Contact
    speaks: Speaks

    def japanese_only(self, lang: str) -> bool:
        """The source names no language this line speaks: it may answer only in Japanese."""
        return lang != "ja" and self.speaks in (Speaks.NOT_STATED, Speaks.NO)


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
) -> list[Pick]:
    """The best services with a phone for the situation, those that speak the language first.

    Relevance and language only: the directory is asked with the hour left out, so `at` (the
    moment it is asked at, PRINTED_AT by default) changes nothing a card shows.
    """
    wanted = {situation} if situation else {Situation.NOT_SURE}
    if under_18:
        wanted.add(Situation.UNDER_18)
    moment = at or PRINTED_AT
    referral = content.directory.match(lang, wanted, moment, first=100, more=0, by_hour=False)
    items = [i for i in referral.items if not i.contact.emergency and i.contact.phones]
    items = [i for i in items if i.contact.id != ANONYMOUS]
    speaking = [i for i in items if i.speaks in (Speaks.YES, Speaks.INTERPRETED)]
    others = [i for i in items if i not in speaking]
    return [Pick(i.contact, i.speaks) for i in (speaking + others)[:SERVICES]]


def _qr_svg(url: str) -> str:
    import segno  # here, not at the top: `check` and every start import this module for TEXTS

    code = segno.make(url, error="q", micro=False, boost_error=False)
    return str(code.svg_inline(scale=4, border=4, omitsize=True))


def _ja(lang: str, text: str) -> str:
    """Japanese alongside the person's language, marked as Japanese for fonts and readers."""
    return f' <span class="ja" lang="ja">{_e(text)}</span>' if lang != "ja" and text else ""


def _service(texts: Texts, lang: str, pick: Pick) -> str:
    contact = pick.contact
    name, name_ja = texts.text(lang, contact.message_id), contact.name_ja or ""
    for number in contact.phones:  # "#9110" is in some names already: print it once
        name, name_ja = name.replace(number, "").strip(), name_ja.replace(number, "").strip()
    phones = " / ".join(_e(str(p)) for p in contact.phones)
    mark = (
        f' <span class="mark">{_e(texts.text(lang, "card-japanese"))}</span>'
        if pick.japanese_only(lang)
        else ""
    )
    hours = hours_text(texts, lang, contact)
    return (
        f'<p class="svc"><span class="phone">{phones}</span>{mark} {_e(name)}'
        f'{_ja(lang, name_ja)} · <span class="hours">{_e(hours)}</span></p>'
    )


#: What a card says its QR code opens, by channel.
SCAN = {"telegram": "card-scan", "web": "card-scan-web", "line": "card-scan-line"}

#: The texts a card shows (see `bot/ops/texts.py`): `check` requires them in every language.
TEXTS = (
    "card-outside",
    "card-title",
    "card-danger",
    "card-police",
    "card-ambulance",
    "card-japanese",
    "note-110-interpreter",
    "say-on-phone",
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
    """One card: the numbers panel and the services panel, side by side."""
    texts = content.texts
    t = texts.text
    by_id = {c.id: c for c in content.directory.contacts}
    picks = services(content, lang, situation, under_18=under_18)
    anonymous = by_id.get(ANONYMOUS)
    if anonymous is not None:
        picks.insert(0, Pick(anonymous, Speaks.NOT_STATED))
    danger = t(lang, "card-danger")
    if lang != "ja":
        danger += " " + t(lang, "note-110-interpreter")
    sos = (
        f'<div><span class="big">110</span><span class="who">{_e(t(lang, "card-police"))}'
        f"{_ja(lang, t('ja', 'card-police'))}</span></div>"
        f'<div><span class="big">119</span><span class="who">{_e(t(lang, "card-ambulance"))}'
        f"{_ja(lang, t('ja', 'card-ambulance'))}</span></div>"
    )
    numbers = (
        f'<div class="panel numbers"><h1>{_e(t(lang, "card-outside"))}</h1>'
        f'<div class="sos">{sos}</div><p class="danger">{_e(danger)}</p>'
        f'<div class="bot"><div class="qr">{_qr_svg(url)}</div>'
        f'<div><p class="title">{_e(t(lang, "card-title"))}</p>'
        f"<p>{_e(t(lang, SCAN[opens]))}</p></div></div></div>"
    )
    legend = ""
    if any(p.japanese_only(lang) for p in picks):
        legend = (
            f'<p class="legend"><span class="mark">{_e(t(lang, "card-japanese"))}</span> '
            f"{_e(t(lang, 'say-on-phone'))}</p>"
        )
    lines = "".join(_service(texts, lang, p) for p in picks)
    return (
        f'<div class="card" lang="{lang}">{numbers}'
        f'<div class="panel services">{lines}{legend}</div></div>'
    )


def page(paper: Paper, body: str, title: str = "Wallet cards") -> str:
    """A printable HTML document around `body` (pages of cards), for `paper`."""
    css = CSS.replace("FONTS", FONTS)
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title>"
        f"<style>@page {{ size: {paper.css}; margin: {paper.margin}; }}\n"
        f":root {{ --card: {paper.card_mm}mm; }}\n{css}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def sheet(
    content: Content,
    langs: list[str],
    urls: dict[str, str],
    situation: Situation | None,
    *,
    under_18: bool = False,
    opens: str = "telegram",
    paper: str = "a4",
) -> str:
    """Pages of five cards: the languages in turn until the last page is full. `opens`: what
    the QR codes open ("telegram", "web" or "line"), which the cards say."""
    cards = [
        card(content, lang, urls[lang], situation, under_18=under_18, opens=opens) for lang in langs
    ]
    pages = -(-len(cards) // CARDS_PER_PAGE)
    filled = [cards[i % len(cards)] for i in range(pages * CARDS_PER_PAGE)]
    howto = (
        '<p class="howto">Print at 100% (not "fit to page"), cut on the dashed lines, fold on '
        "the dotted line with the print inside: the outside stays blank.</p>"
    )
    body = "".join(
        f'<section class="page">{howto}<div class="cards">'
        f"{''.join(filled[n : n + CARDS_PER_PAGE])}</div></section>"
        for n in range(0, len(filled), CARDS_PER_PAGE)
    )
    names = ", ".join(LANGUAGES[lang] for lang in langs)
    return page(PAPERS[paper], body, f"Wallet cards: {names}")


def text_of(page_html: str) -> str:
    """What a page shows as characters (tags and the QR drawing left out), for font checks."""
    visible = re.sub(r"<style>.*?</style>|<svg.*?</svg>|<[^>]+>", " ", page_html, flags=re.S)
    return html.unescape(visible)


def missing_fonts(page_html: str) -> list[fonts.Missing]:
    """The scripts on the page that no installed font draws (empty boxes if printed)."""
    return fonts.missing(text_of(page_html))


def to_pdf(page_html: str, out: Path) -> None:
    """Print the page to PDF with a headless Chromium (Debian package chromium)."""
    program = browser.find()
    if program is None:
        raise RuntimeError("PDF needs Chromium (Debian package chromium); or write .html")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "card.html"
        source.write_text(page_html, encoding="utf-8")
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
