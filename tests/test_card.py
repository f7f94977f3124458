"""`referral-bot card`: printable wallet cards, rendered in a real browser, QR read back."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.core.content import Content
from bot.core.languages import LANGUAGES
from bot.core.situations import Situation
from bot.ops.card import PAPERS, card, hours_text, missing_fonts, page, services
from testkit import jst
from testkit.browser import chromium, screenshot
from testkit.cards import contact_sheet, entry_link, measure, pdf_pages
from testkit.command import invoke

NAMED = {"TELEGRAM_BOT_USERNAME": "help_info_jp_bot"}


@pytest.mark.long
def test_the_card_in_a_browser_gives_the_exact_link(tmp_path: Path) -> None:
    page = tmp_path / "card.html"
    result = invoke("card", "--lang", "vi", "--situation", "labor", "-o", str(page), env=NAMED)
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert html.count('class="card"') == 5  # an A4 sheet of cards
    assert "0120-924-839" in html and "110" in html  # the lines that work without the bot
    assert "匿名通報ダイヤル" in html  # the Japanese name alongside
    assert "<script" not in html and not re.search(r"""(src|href)=["']https?:""", html)
    assert scanned(page) == {"https://t.me/help_info_jp_bot?start=vi-labor"}


def scanned(page: Path, png: Path | None = None) -> set[str]:
    """The links the QR codes on a page of cards give when read from its picture."""
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian zbar-tools) is not installed; .ci/run installs it")
    if png is None:
        png = page.with_suffix(".png")
        screenshot(page, png, width=800, height=800, scale=3)
    decoded = subprocess.run(
        [zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    return set(decoded.stdout.split())


def test_one_sheet_for_several_languages(tmp_path: Path) -> None:
    page = tmp_path / "cards.html"
    result = invoke(
        "card", "--lang", "my", "--lang", "ne", "--lang", "en", "-o", str(page), env=NAMED
    )
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    for code in ("my", "ne", "en"):
        assert f'<div class="card" lang="{code}">' in html


def test_the_outside_says_nothing_alarming(content: Content) -> None:
    for code, catalog in content.texts.catalogs.items():
        outside = catalog.render("card-outside")
        assert not re.search(r"\d", outside), code
    english = content.texts.text("en", "card-outside").lower()
    for word in ("traffick", "police", "help", "danger", "escape", "victim"):
        assert word not in english


def test_hours_come_from_the_contact_file(content: Content) -> None:
    by_id = {c.id: c for c in content.directory.contacts}
    texts = content.texts
    assert hours_text(texts, "en", by_id["police_110"]) == "open day and night"
    assert hours_text(texts, "en", by_id["anonymous_hotline"]) == "hours: ask"
    hotline = hours_text(texts, "en", by_id["foreign_language_human_rights_hotline"])
    assert hotline == "Mon–Fri 9:00–12:00, 13:00–16:00; closed on public holidays"


@pytest.mark.long
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_five_cards_to_a_page_of_either_paper(content: Content, tmp_path: Path, paper: str) -> None:
    chromium()  # skips where there is none
    langs = drawable(content)
    args = [x for lang in langs for x in ("--lang", lang)]
    out = tmp_path / "cards.pdf"
    result = invoke("card", *args, "--paper", paper, "-o", str(out), env=NAMED)
    assert result.returncode == 0, result.stderr
    pdf = out.read_bytes()
    assert pdf[:5] == b"%PDF-"
    # The last page is filled up with the languages again: every page holds exactly five.
    assert pdf_pages(pdf) == -(-len(langs) // 5)
    width = {"a4": b"594.9", "letter": b"612"}[paper]
    assert re.search(rb"/MediaBox \[0 0 " + width, pdf)


def drawable(content: Content) -> list[str]:
    """The languages whose every character has a font on this computer (all fifteen in CI,
    where .ci/run installs the fonts); the others are refused, as
    test_a_language_without_a_font_here_is_refused_not_printed_as_boxes checks."""
    return [lang for lang in LANGUAGES if not missing_fonts(page_of(content, lang))]


def page_of(content: Content, lang: str) -> str:
    return page(PAPERS["a4"], card(content, lang, entry_link("telegram", lang), None))


def longest(content: Content, lang: str) -> Situation | None:
    """The situation whose services take the most room on a card in this language."""

    def room(situation: Situation | None) -> int:
        picks = services(content, lang, situation)
        return sum(
            len(content.texts.text(lang, p.contact.message_id))
            + len(p.contact.name_ja or "")
            + len(hours_text(content.texts, lang, p.contact))
            for p in picks
        )

    return max([None, *Situation], key=room)


@pytest.mark.long
def test_every_language_and_link_fits_its_card_in_a_browser(
    content: Content, tmp_path: Path
) -> None:
    """Laid out by Chromium: no panel's content taller or wider than the panel, on either
    paper, for each language, each kind of link, and the situation that needs most room;
    body type at least 8 pt, and 110 and 119 the largest type on the card."""
    cards = {}
    for lang in LANGUAGES:
        for situation in {None, longest(content, lang)}:
            for kind in ("telegram", "web", "line"):
                url = entry_link(kind, lang)
                cards[f"{lang}/{situation}/{kind}"] = card(
                    content, lang, url, situation, opens=kind
                )
    for paper in ("a4", "letter"):
        measured = measure(cards, paper, tmp_path)
        assert len(measured) == len(cards)
        for record in measured:
            key = (paper, record["key"])
            assert [p["over"] for p in record["panels"]] == [0, 0], key
            assert record["smallest"] >= 8 * 96 / 72 - 0.01, key  # 8 pt in CSS pixels
            assert record["big"] > 1.5 * record["largest_other"], key
            assert abs(record["height"] - PAPERS[paper].card_mm * 96 / 25.4) < 1, key


@pytest.mark.long
def test_the_contact_sheet_reads_back_every_languages_link(
    content: Content, tmp_path: Path
) -> None:
    """Every language's card on one picture: each QR code gives that language's exact link,
    and every character on the cards has a font here (else that language is refused)."""
    png = tmp_path / "cards-contact-sheet.png"
    source = contact_sheet(content, png)
    assert scanned(source, png) == {entry_link("telegram", lang) for lang in LANGUAGES}
    missing = {lang: missing_fonts(page_of(content, lang)) for lang in LANGUAGES}
    if os.environ.get("CI"):
        assert not any(missing.values()), missing


def test_a_language_without_a_font_here_is_refused_not_printed_as_boxes(
    content: Content, tmp_path: Path
) -> None:
    """With fontconfig shown only Latin fonts, a Burmese card is an error naming the package
    (and nothing is written); the same holds on any computer that lacks a script's font."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if shutil.which("fc-list") is None or not dejavu.is_dir():
        pytest.skip("needs fontconfig and fonts-dejavu-core")
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{dejavu}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    out = tmp_path / "cards.html"
    env = {**NAMED, "FONTCONFIG_FILE": str(config)}
    result = invoke("card", "--lang", "my", "--lang", "ja", "-o", str(out), env=env)
    assert result.returncode == 1
    assert "Burmese" in result.stderr and "fonts-noto-core" in result.stderr
    assert "fonts-noto-cjk" in result.stderr  # the Japanese names on every card
    assert not out.exists()
    for lang in set(LANGUAGES) - set(drawable(content)):  # here, without a Korean font, for one
        refused = invoke("card", "--lang", lang, "-o", str(out), env=NAMED)
        assert refused.returncode == 1 and "install the Debian package" in refused.stderr


def test_a_line_that_may_answer_only_in_japanese_is_marked_with_the_words_to_ask(
    content: Content,
) -> None:
    english = card(content, "en", "https://t.me/help_info_jp_bot?start=en", None)
    # The anonymous line's source names no language: marked, and the sentence explains it.
    assert '0120-924-839</span> <span class="mark">Japanese</span>' in english
    assert "Eigo no tsūyaku o onegai shimasu" in english
    japanese = card(content, "ja", "https://t.me/help_info_jp_bot?start=ja", None)
    assert 'class="mark"' not in japanese


def test_the_card_claims_free_only_for_110_and_119(content: Content) -> None:
    """The report gives 110 and 119 as toll-free and Houterasu as charged at the usual rate;
    it says nothing of the cost of the other lines."""
    for lang in ("en", "ja"):
        html = card(content, lang, f"https://t.me/help_info_jp_bot?start={lang}", Situation.LEGAL)
        free = {"en": "Free", "ja": "無料"}[lang]
        assert html.count(free) == 1
        assert free in content.texts.text(lang, "card-danger")
        assert "0570-078377" in html  # Houterasu is on the legal card, without a word on cost


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--lang", "en", "-o", "card.docx"], "-o must name a .html or .pdf"),
        (["--lang", "xx", "-o", "card.html"], "unknown language"),
        (["--lang", "en", "--source", "nobody", "-o", "card.html"], "not listed"),
    ],
)
def test_card_bad_input(args: list[str], says: str) -> None:
    result = invoke("card", *args, env=NAMED)
    assert result.returncode == 2
    assert says in result.stderr


def test_the_services_on_a_card_do_not_depend_on_the_hour_it_is_printed(content: Content) -> None:
    for lang in content.texts.languages:
        for situation in [None, *Situation]:
            at_night = services(content, lang, situation, jst(2026, 5, 12, 3))
            at_new_year = services(content, lang, situation, jst(2026, 1, 1, 10))
            by_day = services(content, lang, situation, jst(2026, 5, 12, 14))
            on_sunday = services(content, lang, situation, jst(2026, 5, 17, 11))
            assert at_night == by_day == on_sunday == at_new_year, (lang, situation)


@pytest.mark.long
def test_a_web_card_says_it_opens_in_a_browser_and_carries_the_web_link(tmp_path: Path) -> None:
    page = tmp_path / "card.html"
    env = {"WEB_BASE_URL": "https://help.example.org"}
    result = invoke("card", "--lang", "en", "--web", "-o", str(page), env=env)
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "in your browser: no app, no account" in html
    assert "(Telegram)" not in html
    assert scanned(page) == {"https://help.example.org/?start=en"}
    line = tmp_path / "line.html"
    result = invoke(
        "card", "--lang", "en", "--line", "-o", str(line), env={"LINE_BOT_ID": "@123abcde"}
    )
    assert result.returncode == 0, result.stderr
    assert "LINE opens with a message ready" in line.read_text(encoding="utf-8")
    assert scanned(line) == {entry_link("line", "en")}
