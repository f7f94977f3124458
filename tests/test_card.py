"""`referral-bot card`: printable wallet cards, rendered in a real browser, QR read back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.core.content import Content
from bot.core.situations import Situation
from bot.ops.card import hours_text, services
from testkit import jst
from testkit.browser import chromium, screenshot
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


def scanned(page: Path) -> set[str]:
    """The links the QR codes on a page of cards give when read from its picture."""
    png = page.with_suffix(".png")
    screenshot(page, png, width=800, height=800, scale=3)
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian zbar-tools) is not installed; .ci/run installs it")
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
def test_pdf(tmp_path: Path) -> None:
    chromium()  # skips where there is none
    out = tmp_path / "cards.pdf"
    result = invoke("card", "--lang", "en", "-o", str(out), env=NAMED)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


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
            by_day = services(content, lang, situation, jst(2026, 5, 12, 14))
            on_sunday = services(content, lang, situation, jst(2026, 5, 17, 11))
            assert at_night == by_day == on_sunday, (lang, situation)


def test_a_web_card_says_it_opens_in_a_browser_and_carries_the_web_link(tmp_path: Path) -> None:
    page = tmp_path / "card.html"
    env = {"WEB_BASE_URL": "https://help.example.org"}
    result = invoke("card", "--lang", "en", "--web", "-o", str(page), env=env)
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "in your browser: no app, no account" in html
    assert "(Telegram)" not in html
    assert scanned(page) == {"https://help.example.org/?start=en"}
