"""Entry links and QR codes for outreach workers: valid for Telegram, read back by the bot."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.hours import TOKYO
from bot.core.links import Entry, parse_payload
from bot.core.situations import Situation
from testkit import ROOT, TOKEN
from testkit.command import invoke
from testkit.fakebot import BOT_USERNAME, FakeBotApi
from testkit.files import edit

NAMED = {"TELEGRAM_BOT_USERNAME": "help_info_jp_bot"}


@pytest.mark.parametrize(
    ("args", "link", "entry"),
    [
        (["--lang", "vi"], "https://t.me/help_info_jp_bot?start=vi", Entry("vi")),
        (
            ["--lang", "vi", "--situation", "labor"],
            "https://t.me/help_info_jp_bot?start=vi-labor",
            Entry("vi", Situation.LABOR),
        ),
        (
            ["--lang", "my", "--situation", "technical_intern"],
            "https://t.me/help_info_jp_bot?start=my-technical_intern",
            Entry("my", Situation.TECHNICAL_INTERN),
        ),
        (
            ["--lang", "ja", "--under-18"],
            "https://t.me/help_info_jp_bot?start=ja-u18",
            Entry("ja", under_18=True),
        ),
        (
            ["--lang", "ja", "--under-18", "--situation", "online"],
            "https://t.me/help_info_jp_bot?start=ja-u18-online",
            Entry("ja", Situation.ONLINE, under_18=True),
        ),
    ],
)
def test_link_is_read_back_by_the_bot(args: list[str], link: str, entry: Entry) -> None:
    result = invoke("link", *args, env=NAMED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == link
    start = link.split("start=")[1]
    assert len(start) <= 64
    assert parse_payload([start]) == entry


def test_a_listed_source_code_goes_into_the_link(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    edit(
        tmp_path / "flows" / "sources.yaml",
        "sources: []",
        "sources:\n  - code: kanto_union\n    partner: A union",
    )
    flows = ["--flows", str(tmp_path / "flows")]
    result = invoke(
        "link", "--lang", "vi", "--situation", "labor", "--source", "kanto_union", *flows, env=NAMED
    )
    assert result.stdout.strip() == "https://t.me/help_info_jp_bot?start=vi-labor-kanto_union"
    result = invoke("link", "--lang", "vi", "--source", "kanto_union", *flows, env=NAMED)
    start = result.stdout.strip().split("start=")[1]
    assert parse_payload([start], frozenset({"kanto_union"})) == Entry("vi", None, "kanto_union")


@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (["--lang", "xx"], NAMED, "unknown language"),
        (["--lang", "vi", "--situation", "danger"], NAMED, "cannot start a link"),
        (["--lang", "vi", "--source", "nobody"], NAMED, "not listed in flows/sources.yaml"),
        (["--lang", "vi"], {"TELEGRAM_BOT_USERNAME": "not a name!"}, "not a bot username"),
        (["--lang", "vi"], {"TELEGRAM_BOT_USERNAME": ""}, "set TELEGRAM_BOT_USERNAME"),
    ],
)
def test_link_bad_input(args: list[str], env: dict[str, str], says: str) -> None:
    result = invoke("link", *args, env=env)
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_qr_code_decodes_to_the_exact_link(tmp_path: Path, suffix: str) -> None:
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian zbar-tools) is not installed; .ci/run installs it")
    out = tmp_path / f"code{suffix}"
    result = invoke("qr", "--lang", "vi", "--situation", "labor", "-o", str(out), env=NAMED)
    assert result.returncode == 0, result.stderr
    image = out
    if suffix == ".svg":
        assert out.read_text(encoding="utf-8").lstrip().startswith("<svg")
        return  # zbarimg reads raster images; the PNG below is the same code
    decoded = subprocess.run(
        [zbarimg, "-q", "--raw", str(image)], capture_output=True, text=True, check=False
    )
    assert decoded.stdout.strip() == "https://t.me/help_info_jp_bot?start=vi-labor"


def test_qr_needs_an_image_file_name(tmp_path: Path) -> None:
    result = invoke("qr", "--lang", "vi", "-o", str(tmp_path / "code.pdf"), env=NAMED)
    assert result.returncode == 2
    assert "-o must name a .svg or .png" in result.stderr


async def test_without_a_username_the_link_asks_telegram(fake_api: FakeBotApi) -> None:
    token = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake_api.base_url}
    # In a thread: the command runs its own event loop, and this one serves the fake Bot API.
    result = await asyncio.to_thread(invoke, "link", "--lang", "ko", env=token)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"https://t.me/{BOT_USERNAME}?start=ko"
    assert "getMe" in fake_api.methods()


def test_an_under_18_link_leads_to_the_childrens_answer(content: Content) -> None:
    """A school's link for online harm: no age question, and child protection first."""
    engine = Engine(content)
    entry = parse_payload(["ja-u18-online"])
    state = engine.start(lang=entry.lang, topic=entry.topic, under_18=entry.under_18)
    assert Situation.UNDER_18 in state.situations
    at = datetime(2026, 6, 10, 16, 0, tzinfo=TOKYO)
    # One question (what is needed most), then the answer.
    asked = engine.screen(state, at)
    assert state.node == "need"
    advice = content.texts.text("ja", "need-advice")
    state = engine.press(next(b.data for b in asked.buttons if b.label == advice))
    screen = engine.screen(state, at)
    assert screen.referral is not None
    first = [i.contact.id for i in screen.referral.first]
    assert {"child_guidance_centers", "childrens_rights_hotline"} <= set(first)
    # Without u18 the same link gives the adult answer.
    adult = engine.start(lang="ja", topic=Situation.ONLINE)
    assert Situation.UNDER_18 not in adult.situations


def test_u18_is_read_only_in_its_place() -> None:
    assert parse_payload(["ja-online-u18"]).under_18 is False
    assert parse_payload(["u18"]) == Entry()
    assert parse_payload(["ja-u18-online-school1-extra"]) == Entry()


def test_web_links_carry_the_same_payload_as_telegrams() -> None:
    env = {"WEB_BASE_URL": "https://help.example.org/"}
    made = invoke("link", "--lang", "vi", "--situation", "labor", "--under-18", "--web", env=env)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "https://help.example.org/?start=vi-u18-labor"
    assert parse_payload(["vi-u18-labor"]) == Entry("vi", Situation.LABOR, "", under_18=True)


@pytest.mark.parametrize(
    ("base", "says"),
    [
        ("", "--web needs WEB_BASE_URL"),
        ("javascript:alert(1)", "is not the web chat's address"),
        ("https://help.example.org/?x=1", "without ? or #"),
    ],
)
def test_a_web_link_without_a_usable_address_is_a_clear_error(base: str, says: str) -> None:
    made = invoke("link", "--lang", "vi", "--web", env={"WEB_BASE_URL": base})
    assert made.returncode == 2
    assert says in made.stderr
