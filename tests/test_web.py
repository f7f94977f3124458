"""The web chat over real HTTP: uvicorn on 127.0.0.1, a client that submits the forms a person
taps, every response checked for what it must never carry (cookies, caching, referrers). What
only a real browser can show is in test_web_browser.py."""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from bot.channels.web.app import HEADERS, NEUTRAL_SITE
from bot.channels.web.limits import WEB
from bot.channels.web.page import SCRIPT, STYLE, STYLE_HASH
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.situations import Situation
from bot.runtime.counts import read_rows
from testkit import NOW, ROOT
from testkit.files import copy_files, edit, file_options
from testkit.process import seed
from testkit.webserver import free_port, web_server

_BUTTON = re.compile(r'name="p" value="([^"]*)"><button>([^<]*)</button>')


@pytest.fixture
async def site(content: Content) -> AsyncIterator[httpx.AsyncClient]:
    async with (
        web_server(Engine(content, limits=WEB), NOW) as url,
        httpx.AsyncClient(base_url=url, follow_redirects=False) as client,
    ):
        yield client


def buttons(page: str) -> dict[str, str]:
    """The page's buttons: label -> the position its form posts."""
    return {html.unescape(label): html.unescape(data) for data, label in _BUTTON.findall(page)}


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


async def tap(client: httpx.AsyncClient, page: str, label: str) -> str:
    choices = buttons(page)
    assert label in choices, f"no {label!r} in {list(choices)}"
    response = await client.post("/", data={"p": choices[label]})
    assert response.status_code == 200, response.text
    assert_no_trace(response)
    return response.text


def assert_no_trace(response: httpx.Response) -> None:
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, name
    assert "set-cookie" not in response.headers


async def test_a_whole_journey_in_the_browser_language(site: httpx.AsyncClient) -> None:
    first = await site.get("/", headers={"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5"})
    assert first.status_code == 200
    assert_no_trace(first)
    assert next(iter(buttons(first.text))) == "Tiếng Việt"  # the browser's language first
    assert 'href="tel:110"' in first.text and 'href="tel:119"' in first.text
    page = await tap(site, first.text, "English")
    assert "Who needs help?" in text_of(page)
    for label in ["Me", "No, not right now", "I need legal advice"]:
        page = await tap(site, page, label)
    page = await tap(site, page, "Advice on what can be done")
    assert 'href="tel:05700783' in page  # Houterasu's number, tap to call
    assert "More places that can help" in buttons(page)
    # The answer's title says nothing of what the page is about.
    assert "<title>Info</title>" in page


@pytest.mark.parametrize(
    ("lang", "name", "path"),
    [
        ("ja", "日本語", ["自分", "いいえ、今すぐの危険はない"]),
        ("tl", "Tagalog", ["Ako", "Hindi, hindi sa ngayon"]),
    ],
)
async def test_journeys_in_other_languages_reach_the_question_of_needs(
    site: httpx.AsyncClient, content: Content, lang: str, name: str, path: list[str]
) -> None:
    page = (await site.get("/")).text
    page = await tap(site, page, name)
    assert f'<html lang="{lang}" dir="ltr">' in page
    for label in path:
        page = await tap(site, page, label)
    labor = content.texts.text(lang, "what-labor")
    page = await tap(site, page, labor)
    question = content.texts.text(lang, "need-question", {"for_other": "no"})
    assert question in text_of(page)


async def test_an_entry_link_carries_the_language_and_the_situation(
    site: httpx.AsyncClient,
) -> None:
    page = await site.get("/?start=en-labor")
    assert "What do you need most right now?" in text_of(page.text)
    nonsense = await site.get("/?start=" + "x" * 300)
    assert "Choose your language." in text_of(nonsense.text)


@pytest.mark.parametrize(
    "body",
    [
        {"p": "1|main|zzzzz|nowhere|en|0|0|0x"},
        {"p": ""},
        {"q": "hello"},
        {"p": "<script>alert(1)</script>"},
        {"p": "x" * 10_000},
    ],
)
async def test_a_position_the_bot_did_not_make_gets_the_start_kindly(
    site: httpx.AsyncClient, body: dict[str, str]
) -> None:
    response = await site.post("/", data=body)
    assert response.status_code == 400
    assert_no_trace(response)
    assert "Choose your language." in text_of(response.text)
    assert "<script>alert" not in response.text
    assert "Traceback" not in response.text


async def test_quick_exit_clears_and_leaves_for_a_neutral_site(site: httpx.AsyncClient) -> None:
    response = await site.get("/exit")
    assert response.status_code == 303
    assert response.headers["location"] == NEUTRAL_SITE
    assert "storage" in response.headers["clear-site-data"]
    assert_no_trace(response)


async def test_every_response_carries_the_headers_even_errors(site: httpx.AsyncClient) -> None:
    for response in [
        await site.get("/nowhere"),
        await site.put("/"),
        await site.get("/favicon.ico"),
    ]:
        assert_no_trace(response)
        assert response.status_code in (204, 404, 405)


def test_the_policy_allows_exactly_the_page_style() -> None:
    """The Content-Security-Policy names the one inline style by its hash, and nothing else."""
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
    assert f"sha256-{digest}" == STYLE_HASH
    policy = HEADERS["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "unsafe" not in policy


async def test_nothing_about_the_person_reaches_a_log(
    site: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    marked = {"X-Forwarded-For": "203.0.113.77", "User-Agent": "Marked-Agent/7.7"}
    page = (await site.get("/", headers=marked)).text
    await site.post("/", data={"p": buttons(page)["English"]}, headers=marked)
    await site.post("/", data={"p": "secret-typed-words"}, headers=marked)
    # What the server side logged (the test's own client, httpx, logs its requests itself).
    server = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in server)
    assert not [r for r in server if r.name == "uvicorn.access"]
    assert "HTTP/1.1" not in logged and "127.0.0.1:" not in logged
    assert "203.0.113.77" not in logged
    assert "Marked-Agent" not in logged
    assert "secret-typed-words" not in logged


async def test_the_page_about_leaving_and_back_to_the_same_screen(
    site: httpx.AsyncClient,
) -> None:
    page = (await site.get("/?start=en")).text
    assert "To leave this page quickly, press Shift three times." in text_of(page)
    here = re.search(r'action="/leaving"><input type="hidden" name="p" value="([^"]*)"', page)
    assert here is not None
    about = await site.post("/leaving", data={"p": html.unescape(here.group(1))})
    assert about.status_code == 200
    assert_no_trace(about)
    assert "Clear History and Website Data" in text_of(about.text)
    back = re.search(r'action="/here"><input type="hidden" name="p" value="([^"]*)"', about.text)
    assert back is not None
    again = await site.post("/here", data={"p": html.unescape(back.group(1))})
    assert "Who needs help?" in text_of(again.text)


def test_the_policy_allows_exactly_the_page_script() -> None:
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in HEADERS["Content-Security-Policy"]


async def test_every_page_is_small_for_a_bad_connection(
    site: httpx.AsyncClient, content: Content
) -> None:
    """Under 30 KB each, in every language: the picker, and the longest first answer."""
    engine = Engine(content, limits=WEB)
    sizes = {"picker": len((await site.get("/")).content)}
    for lang in content.texts.catalogs:
        state = engine.start(lang=lang, topic=Situation.SEXUAL_EXPLOITATION)
        state = replace(
            state,
            node="referral",
            situations=state.situations | {Situation.UNDER_18, Situation.SOMEONE_ELSE},
        )
        page = await site.post("/here", data={"p": engine.encode(state, "0")})
        assert page.status_code == 200
        sizes[lang] = len(page.content)
    assert max(sizes.values()) < 30_000, sizes


@pytest.mark.long
async def test_two_workers_share_the_counts_file_without_losing_one(tmp_path: Path) -> None:
    """Two real `referral-bot web` processes, one data folder: every start and answer counted."""
    data = tmp_path / "data"
    # The checked copy of the real files, as an earlier run leaves it: loaded, not checked again.
    seed(data)
    files: tuple[str, ...] = ()
    ports = [free_port(), free_port()]
    env = {**os.environ, "REFERRAL_DATA_DIR": str(data), "LOG_LEVEL": "WARNING"}
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "web", "--port", str(port), *files],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        async with httpx.AsyncClient() as client:
            for port in ports:
                await _until_it_answers(client, f"http://127.0.0.1:{port}/")
            journeys = [_answer_by_link(client, f"http://127.0.0.1:{port}") for port in ports * 6]
            await asyncio.gather(*journeys)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        outputs = [worker.communicate(timeout=30) for worker in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    rows = await read_rows(data / "counts.sqlite3")
    starts = sum(n for _, kind, _, _, n in rows if kind == "start")
    answers = sum(n for _, kind, key, _, n in rows if kind == "screen" and key == "referral")
    assert (starts, answers) == (12 + 2, 12), rows  # two more starts: the checks that it runs
    assert "Traceback" not in "".join(
        out + err for out, err in (map(bytes.decode, o) for o in outputs)
    )


async def _until_it_answers(client: httpx.AsyncClient, url: str) -> None:
    for _ in range(200):
        try:
            if (await client.get(url)).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError(f"{url} never answered")


async def _answer_by_link(client: httpx.AsyncClient, base: str) -> None:
    page = (await client.get(base + "/?start=en-legal")).text
    advice = buttons(page)["Advice on what can be done"]
    answer = await client.post(base + "/", data={"p": advice})
    assert "These can help." in text_of(answer.text)


def _here(page: str) -> str:
    found = re.search(
        r'action="/say" class="say"><input type="hidden" name="p" value="([^"]*)"', page
    )
    assert found is not None
    return html.unescape(found.group(1))


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("please HELP me", "call 110 (police)"),
        ("GIUP TOI", "110"),
        ("死にたい", "119"),
    ],
)
async def test_typed_emergency_words_get_110_and_119_at_once(
    site: httpx.AsyncClient, typed: str, says: str
) -> None:
    page = (await site.get("/?start=en")).text
    assert 'autocomplete="off"' in page
    answer = await site.post("/say", data={"p": _here(page), "t": typed})
    assert answer.status_code == 200
    assert_no_trace(answer)
    assert says in text_of(answer.text)
    assert "110" in text_of(answer.text) and "119" in text_of(answer.text)
    assert typed not in answer.text or (typed == "GIUP TOI" and "GIUP TOI" not in answer.text)


async def test_other_typed_words_keep_the_person_where_they_were(
    site: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    page = (await site.get("/?start=en")).text
    answer = await site.post("/say", data={"p": _here(page), "t": "my name is Aiko in Shinjuku"})
    shown = text_of(answer.text)
    assert "Please use the buttons below. What you type is not saved." in shown
    assert "Who needs help?" in shown
    assert "Aiko" not in answer.text and "Aiko" not in caplog.text
    garbage = await site.post("/say", data={"p": "forged", "t": "x" * 5000})
    assert garbage.status_code == 200
    assert "Choose your language." in text_of(garbage.text)


@pytest.mark.long
async def test_broken_files_and_no_kept_copy_still_give_110_and_119(tmp_path: Path) -> None:
    """A real `referral-bot web` on files that fail the check, with nothing kept: it serves,
    and every page is the emergency numbers in the browser's language, as tap-to-call links."""
    files = copy_files(tmp_path / "files", languages=["vi"])
    edit(files / "flows" / "main.yaml", "next: who", "next: nowhere")
    port = free_port()
    env = {**os.environ, "REFERRAL_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "WARNING"}
    worker = subprocess.Popen(
        [sys.executable, "-m", "bot", "web", "--port", str(port), *file_options(files)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            await _until_it_answers(client, f"http://127.0.0.1:{port}/")
            pages = [
                await client.get("/", headers={"Accept-Language": "vi"}),
                await client.post("/", data={"p": "anything"}, headers={"Accept-Language": "vi"}),
            ]
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    for page in pages:
        assert page.status_code == 200
        assert_no_trace(page)
        assert 'href="tel:110"' in page.text and 'href="tel:119"' in page.text
        assert "Nếu bạn đang gặp nguy hiểm" in text_of(page.text)
    assert "nowhere" in err.decode() and "emergency numbers" in err.decode()
    assert worker.returncode == 0


@pytest.mark.parametrize(
    ("rule", "fore", "back"),
    [
        ("body{", "#111", "#fff"),
        (".call{", "#fff", "#b00020"),
        (".exit{", "#fff", "#111"),
        ("button{", "#1a4d8f", "#fff"),
        (".hint{", "#444", "#fff"),
    ],
)
def test_text_colours_have_the_contrast_wcag_aa_asks(rule: str, fore: str, back: str) -> None:
    """At least 4.5:1 for every text colour on its background, as the style declares them."""
    declared = STYLE[STYLE.index(rule) :].split("}", 1)[0]
    assert f"color:{fore}" in declared
    on_the_page = rule == ".hint{"  # no background of its own: the page's white
    assert on_the_page or f"background:{back}" in declared

    def luminance(colour: str) -> float:
        digits = colour.lstrip("#")
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(fore), luminance(back)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/", b"p=%ff%fe%00&p=1"),
        ("POST", "/say", b"t=%00%00&p=" + b"A" * 3000),
        ("POST", "/leaving", b"\xff\xfe\xfd"),
        ("POST", "/here", b"p=1|main|zzzzz|who|en|ffffff|1|0"),
        ("GET", "/?start=%00%ff", b""),
        ("GET", "/?start=ja-u18-online-" + "x" * 2000, b""),
        ("POST", "/", b"x" * 20_000),
        ("GET", "/exit?next=https://evil.example", b""),
    ],
)
async def test_hostile_requests_get_a_page_never_a_server_error(
    site: httpx.AsyncClient, method: str, path: str, body: bytes
) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    response = await site.request(method, path, content=body, headers=headers)
    assert response.status_code in (200, 303, 400), response.text[:200]
    assert_no_trace(response)
    assert "Traceback" not in response.text
    if response.status_code == 303:
        assert response.headers["location"] == NEUTRAL_SITE  # never a place the request names
