"""LINE end to end: the real webhook route over HTTP on 127.0.0.1, replying through the
official SDK's async client to a fake LINE Messaging API, which signs and posts the events a
person causes (adding the account, typing, tapping) and holds every reply to LINE's limits."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.channels.line.limits import LINE
from bot.channels.line.menu import install
from bot.channels.line.messages import problems, screen_messages
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.languages import LANGUAGES
from bot.core.render import args_for
from bot.core.situations import Situation
from testkit import NOW
from testkit.command import invoke
from testkit.fakeline import ACCESS_TOKEN, FakeLineApi, LinePerson, buttons, calls, text_of
from testkit.webserver import line_webhook


class Counted:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def add(self, kind: str, key: str, lang: str) -> None:
        self.rows.append((kind, key, lang))


@pytest.fixture
async def line(content: Content) -> AsyncIterator[tuple[FakeLineApi, Counted]]:
    counted = Counted()
    async with (
        FakeLineApi() as api,
        line_webhook(api, Engine(content, limits=LINE), NOW, counts=counted),
    ):
        yield api, counted


def label(content: Content, lang: str, message_id: str) -> str:
    return content.texts.text(lang, message_id, args_for(False))


JOURNEY = ("who-me", "danger-no", "what-labor", "need-documents")


@pytest.mark.parametrize("lang", ["en", "ja", "vi", "tl"])
async def test_a_journey_by_postbacks_to_the_answer(
    line: tuple[FakeLineApi, Counted], content: Content, lang: str
) -> None:
    api, counted = line
    person = LinePerson()
    picker = await api.follow(person)
    assert [name for name, _ in buttons(picker)][: len(LANGUAGES)] == list(LANGUAGES.values())
    assert calls(picker) == ["tel:110", "tel:119"]
    reply = await api.tap(person, LANGUAGES[lang])
    for step in JOURNEY:
        assert calls(reply) == ["tel:110", "tel:119"], step
        reply = await api.tap(person, label(content, lang, step))
    # The answer is the core's, as the terminal chat and Telegram show it.
    engine = Engine(content, limits=LINE)
    state = engine.start(lang=lang)
    for step in JOURNEY:
        screen = engine.screen(state, NOW)
        button = next(b for b in screen.buttons if b.label == label(content, lang, step))
        state = engine.press(button.data)
    assert text_of(reply) == engine.screen(state, NOW).text
    assert calls(reply) == ["tel:110", "tel:119"]
    assert label(content, lang, "line-leave-button") in [name for name, _ in buttons(reply)]
    # Every reply used its own event's token, once; nothing was pushed; LINE took them all.
    assert len(api.replies) == 2 + len(JOURNEY)
    assert len({r.token for r in api.replies}) == len(api.replies)
    assert api.other_calls == [] and api.refused == []
    assert ("start", "", "") in counted.rows
    assert ("language", "", lang) in [
        (k, key, lg) for k, key, lg in counted.rows if k == "language"
    ] or any(k == "language" and lg == lang for k, _, lg in counted.rows)


async def test_a_wrong_or_missing_signature_is_refused_before_the_body_is_read(
    line: tuple[FakeLineApi, Counted],
) -> None:
    api, _ = line
    person = LinePerson()
    body = json.dumps({"events": [api.event(person, "follow")]}).encode()
    assert await api.post(body, None) == 400
    assert await api.post(body, "") == 400
    assert await api.post(body, api.sign(body + b" ")) == 403
    assert await api.post(body, "not-base64-at-all!") == 403
    # Not JSON, and a wrong signature: 403, so the signature is checked before parsing.
    assert await api.post(b"{not json", api.sign(b"other")) == 403
    async with httpx.AsyncClient() as client:
        bare = await client.post(api.webhook_url, content=body)
    assert bare.status_code == 400 and bare.content == b""
    assert api.replies == []
    # Signed but not events: a bare 400; signed with no events (LINE's check): 200.
    assert await api.post(b"[1, 2]", api.sign(b"[1, 2]")) == 400
    empty = b'{"destination": "U0", "events": []}'
    assert await api.post(empty, api.sign(empty)) == 200
    assert api.replies == []


@pytest.mark.parametrize("typed", ["help", "助けて", "giup toi", "tasukete"])
async def test_an_emergency_word_gets_110_and_119_at_once(
    line: tuple[FakeLineApi, Counted], typed: str
) -> None:
    api, _ = line
    reply = await api.says(LinePerson(), typed)
    assert "110" in text_of(reply) and "119" in text_of(reply)
    assert calls(reply) == ["tel:110", "tel:119"]


async def test_other_words_point_to_the_buttons_and_start_words_start(
    line: tuple[FakeLineApi, Counted], content: Content
) -> None:
    api, counted = line
    person = LinePerson()
    other = await api.says(person, "my boss took my passport, what do I do")
    assert text_of(other).startswith(content.texts.text("en", "use-buttons-above")[:20])
    # The pre-filled message of an entry link: the same payload as Telegram's /start.
    linked = await api.says(person, "start vi-labor")
    assert (
        text_of(linked)
        == Engine(content, limits=LINE)
        .screen(Engine(content).start(lang="vi", topic=Situation.LABOR), NOW)
        .text
    )
    assert ("start", "", "vi") in counted.rows


async def test_leaving_says_how_to_delete_the_chat(
    line: tuple[FakeLineApi, Counted], content: Content
) -> None:
    api, counted = line
    person = LinePerson()
    await api.follow(person)
    await api.tap(person, "Tiếng Việt")
    reply = await api.tap(person, label(content, "vi", "line-leave-button"))
    assert text_of(reply) == (
        content.texts.text("vi", "exit-done") + "\n\n" + content.texts.text("vi", "line-exit-steps")
    )
    assert buttons(reply) == [] and calls(reply) == []  # a neutral line, nothing else
    assert ("exit", "", "vi") in counted.rows
    typed = await api.says(person, "exit")
    assert content.texts.text("en", "line-exit-steps") in text_of(typed)


async def test_a_journey_survives_a_restart(content: Content) -> None:
    """The position travels in the postback data: a new server, a new engine, the same tap."""
    person = LinePerson()
    async with FakeLineApi() as api:
        async with line_webhook(api, Engine(content, limits=LINE), NOW):
            await api.follow(person)
            await api.tap(person, "English")
            await api.tap(person, "Me")
        async with line_webhook(api, Engine(content, limits=LINE), NOW):
            reply = await api.tap(person, label(content, "en", "danger-no"))
    assert label(content, "en", "what-labor") in [name for name, _ in buttons(reply)]


async def test_forged_postback_data_gets_the_start_kindly(
    line: tuple[FakeLineApi, Counted], content: Content
) -> None:
    api, _ = line
    reply = await api.postback(LinePerson(), "v9|main|referral|en|zzz|0")
    assert content.texts.text("en", "old-button") in text_of(reply)
    assert "English" in [name for name, _ in buttons(reply)]


async def test_the_reply_is_retried_through_an_outage_and_given_up_on_a_refusal(
    line: tuple[FakeLineApi, Counted], caplog: pytest.LogCaptureFixture
) -> None:
    api, _ = line
    person = LinePerson()
    api.failures = ["500", "429"]
    assert "110" in text_of(await api.says(person, "help"))
    assert api.failures == []
    # A refused token is not retried: one counted line, no traceback, nothing about the person.
    caplog.set_level(logging.DEBUG)
    api.failures = ["401"]
    event = api.event(person, "message", message={"type": "text", "id": "1", "text": "help"})
    body = json.dumps({"events": [event]}).encode()
    calls_before = api.reply_calls
    assert await api.post(body, api.sign(body)) == 200
    await api.wait_for(lambda: api.reply_calls > calls_before)
    await asyncio.sleep(0.1)
    assert api.reply_calls == calls_before + 1  # a refusal is not retried
    assert "Traceback" not in caplog.text and person.user_id not in caplog.text


async def test_nothing_about_the_person_reaches_a_log_at_debug(
    content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    person = LinePerson()
    typed = "I am at Glimmerwick flat 4B"
    async with FakeLineApi() as api, line_webhook(api, Engine(content, limits=LINE), NOW):
        await api.follow(person)
        await api.tap(person, "English")
        await api.says(person, typed)
        # LINE answers garbage: taken as sent (sending again could repeat it), never logged.
        api.failures = ["garbage"]
        event = api.event(person, "message", message={"type": "text", "id": "2", "text": "help"})
        body = json.dumps({"events": [event]}).encode()
        calls_before = api.reply_calls
        assert await api.post(body, api.sign(body)) == 200
        await api.wait_for(lambda: api.reply_calls > calls_before)
        await asyncio.sleep(0.1)  # whatever the bot logs about it, it has logged by now
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    for mark in (person.user_id, person.display_name, typed, "reply-token-"):
        assert mark not in logged, mark


def test_every_screen_of_a_journey_fits_lines_limits(content: Content) -> None:
    engine = Engine(content, limits=LINE)
    for lang in content.texts.catalogs:
        screen = engine.screen(engine.start(), NOW)
        assert problems(screen_messages(screen, "✖")) == []
        state = engine.start(lang=lang, topic=Situation.TECHNICAL_INTERN)
        screen = engine.screen(state, NOW)
        leave = content.texts.text(lang, "line-leave-button")
        assert problems(screen_messages(screen, leave)) == [], lang


async def test_line_menu_puts_110_and_119_under_every_chat() -> None:
    """What `referral-bot line-menu` does, twice against the fake: one menu, the newest, is
    everyone's default, with 110 and 119 as its two call areas."""
    async with FakeLineApi() as api:
        await install(api.access_token, api.base_url)
        made, replaced = await install(api.access_token, api.base_url)
    assert replaced == 1
    assert list(api.menus) == [made] and api.default_menu == made
    areas = api.menus[made]["areas"]
    assert [a["action"]["uri"] for a in areas] == ["tel:110", "tel:119"]
    assert api.images[made].startswith(b"\x89PNG")


def test_line_menu_says_what_is_missing_and_exits_2() -> None:
    missing = invoke("line-menu", env={"LINE_CHANNEL_SECRET": "", "LINE_CHANNEL_ACCESS_TOKEN": ""})
    assert missing.returncode == 2 and "LINE_CHANNEL_SECRET" in missing.stderr
    wrong = invoke(
        "line-menu",
        env={"LINE_CHANNEL_SECRET": "x", "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN},
    )
    assert wrong.returncode == 2 and "32 hexadecimal" in wrong.stderr
    assert "Traceback" not in missing.stderr + wrong.stderr


def test_line_links_carry_the_same_payload_as_telegram() -> None:
    env = {"LINE_BOT_ID": "@123abcde"}
    link = invoke("link", "--lang", "vi", "--situation", "labor", "--line", env=env)
    assert link.returncode == 0, link.stderr
    assert link.stdout.strip() == "https://line.me/R/oaMessage/%40123abcde/?start%20vi-labor"
    missing = invoke("link", "--lang", "vi", "--line", env={"LINE_BOT_ID": ""})
    assert missing.returncode == 2 and "LINE_BOT_ID" in missing.stderr
    both = invoke("link", "--lang", "vi", "--line", "--web", env=env)
    assert both.returncode == 2


async def test_in_a_group_the_flow_never_runs(content: Content) -> None:
    async with FakeLineApi() as api:
        sock_engine = Engine(content, limits=LINE)
        async with line_webhook(api, sock_engine, NOW) as channel:
            channel.friend_link = "https://line.me/R/ti/p/%40123abcde"
            event = api.event(LinePerson(), "join")
            event["source"] = {"type": "group", "groupId": "Cgroup0001"}
            reply = await api.deliver(event)
    assert "https://line.me/R/ti/p/%40123abcde" in text_of(reply)
    assert buttons(reply) == []


def test_check_holds_lines_buttons_to_its_limits(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.channels.line import messages
    from bot.ops.check import _check_line_buttons

    assert _check_line_buttons(content) == []
    monkeypatch.setattr(messages, "BUBBLE_BYTES", 2000)
    found = [str(p) for p in _check_line_buttons(content)]
    assert any("on LINE, screen 'what'" in f and "bytes (max 2000)" in f for f in found), found


def test_the_signature_check_agrees_with_the_sdks() -> None:
    from linebot.v3 import SignatureValidator

    from bot.channels.line.webhook import genuine

    api = FakeLineApi()
    for body in (b"", b'{"events": []}', "日本語 ✖".encode(), bytes(range(256))):
        right = api.sign(body)
        sdk = SignatureValidator(api.secret)
        text = body.decode("utf-8", "surrogateescape")
        assert genuine(api.secret.encode(), body, right)
        assert not genuine(api.secret.encode(), body, right[:-2] + "AA")
        assert not genuine(b"another-secret", body, right)
        if body.isascii() or body == "日本語 ✖".encode():
            assert sdk.validate(text, right)
