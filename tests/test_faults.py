"""Faults from Telegram's side, in the real Application over HTTP against the fake Bot API:
late taps, outages, slow answers, forged buttons, a flood of refused webhook requests."""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.channels.telegram.channel import PATIENCE, Patience, build_application, retrying
from bot.core.engine import Engine
from bot.runtime.counts import Counts
from testkit import NOW, TOKEN
from testkit.fakebot import FakeBotApi, Injected, Person
from testkit.serving import QUICK, polling_bot, webhook_bot
from testkit.taps import replies_to, started, tap

SECRET = "a-webhook-secret-for-fault-tests_42"  # noqa: S105 - made up


def tries(patience: Patience, window: float) -> list[float]:
    """When a call that always fails is made, in seconds from the first, if none took any time."""
    at, pause, made = 0.0, patience.first_pause, [0.0]
    while at + pause <= window:
        at += pause
        made.append(at)
        pause = min(pause * 2, patience.longest_pause)
    return made


def test_the_bot_is_as_patient_as_it_promises() -> None:
    """90 s for the emergency numbers, 8 s for a screen, 2 s for a tap's acknowledgement; the
    tests below hold a quicker patience to what these values promise."""
    assert (
        Patience(urgent=90.0, ordinary=8.0, first_pause=0.5, longest_pause=8.0, answer=2.0)
        == PATIENCE
    )
    assert tries(PATIENCE, PATIENCE.ordinary) == [0.0, 0.5, 1.5, 3.5, 7.5]
    assert len(tries(QUICK, QUICK.ordinary)) == len(tries(PATIENCE, PATIENCE.ordinary))
    _, channel = build_application(TOKEN, "http://127.0.0.1:9/bot", None)
    assert channel.patience == PATIENCE
    assert inspect.signature(retrying).parameters["patience"].default == PATIENCE


@pytest.fixture
async def served(fake_api: FakeBotApi, engine: Engine) -> AsyncIterator[tuple[FakeBotApi, Counts]]:
    counts = Counts(None, lambda: NOW)
    async with polling_bot(fake_api, engine, counts=counts, patience=QUICK):
        yield fake_api, counts


@pytest.mark.parametrize("kind", ["too-old", "slow"])
async def test_a_callback_answer_that_fails_or_lags_never_holds_up_the_screen(
    served: tuple[FakeBotApi, Counts], kind: str
) -> None:
    """Too old to answer (after downtime), or slow to answer: the screen comes all the same."""
    api, _ = served
    person = Person()
    await started(api, person)
    message = api.last_bot_message(person.id)
    api.slow_seconds = 8.0
    api.failures.append(Injected("answerCallbackQuery", kind, times=1))
    await api.press(person, message["message_id"], dict(api.buttons(message))["English"])
    await api.wait_for(lambda: "Who needs help?" in api.last_text(person.id), timeout=4)


async def test_the_emergency_answer_outlasts_an_outage(
    served: tuple[FakeBotApi, Counts],
) -> None:
    """Six seconds of outage at the bot's own patience (1.2 s at QUICK's): 110 and 119, once."""
    api, _ = served
    person = Person()
    api.failures.append(Injected("sendMessage", "500", until=time.monotonic() + 1.2))
    await api.send(person, "help")
    await api.wait_for(lambda: "110" in api.last_text(person.id), timeout=20)
    assert "119" in api.last_text(person.id)
    assert len([s for s in api.visible(person.id) if s.from_bot]) == 1


async def test_an_ordinary_screen_gives_up_within_seconds(
    served: tuple[FakeBotApi, Counts], caplog: pytest.LogCaptureFixture
) -> None:
    """A screen is not worth a minute of retries; the person taps again when it is back."""
    api, _ = served
    person = Person()
    api.failures.append(Injected("sendMessage", "500", until=time.monotonic() + 30))
    await api.send(person, "/start")
    # Tries at 0, 0.1, 0.3, 0.7 and 1.5 s; the next would be past the 2 s window (at the bot's
    # own patience: 0, 0.5, 1.5, 3.5 and 7.5 s of 8 s). Then the update has failed for good.
    await api.wait_for(lambda: "update failed: NetworkError" in caplog.text, timeout=12)
    assert api.methods().count("sendMessage") == len(tries(QUICK, QUICK.ordinary)) == 5
    api.failures.clear()
    await started(api, person)


@pytest.mark.parametrize(
    "data",
    [
        "1|main|{rev}|who|-|0|0|0",  # a question screen without a language
        "1|main|{rev}|danger|-|1|0|1",  # a later screen, still without one
        "x|zz",  # a quick exit in a language the bot does not have
        "1|main|{rev}|language|en|0|0|@vi",  # the picker, but already with a language
    ],
)
async def test_forged_button_data_counts_nothing(
    served: tuple[FakeBotApi, Counts], engine: Engine, data: str
) -> None:
    api, counts = served
    person = Person()
    await started(api, person)
    message = api.last_bot_message(person.id)
    before = sum(counts.pending.values())
    answered = api.methods().count("answerCallbackQuery")
    forged = data.format(rev=engine.content.revisions["main"])
    await api.press(person, message["message_id"], forged)
    await api.wait_for(lambda: api.methods().count("answerCallbackQuery") > answered)
    await asyncio.sleep(0.3)
    assert sum(counts.pending.values()) == before, counts.pending


async def test_a_genuine_tap_is_still_counted(
    served: tuple[FakeBotApi, Counts],
) -> None:
    api, counts = served
    person = Person()
    await started(api, person)
    await tap(api, person, "English")
    await api.wait_for(lambda: any(kind == "language" for _, kind, _, _ in counts.pending))


async def test_refused_webhook_requests_are_counted_not_logged_one_by_one(
    fake_api: FakeBotApi, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    server = fake_api
    caplog.set_level(logging.DEBUG)
    async with webhook_bot(server, engine, secret=SECRET, path="/tg") as served:
        url = f"http://127.0.0.1:{served.port}/tg"
        async with httpx.AsyncClient() as client:
            for _ in range(100):
                await client.get(url)
                await client.post(
                    url, content=b"{}", headers={"X-Telegram-Bot-Api-Secret-Token": "no"}
                )
                await client.put(url, content=b"x")
        server.webhook = {"url": url, "secret_token": SECRET}
        person = Person()
        assert "110" in await replies_to(server, person, text="help")
    # The server's own start and stop lines aside, the refusals make one line, not 300.
    lines = [
        r
        for r in caplog.records
        if r.name.startswith("bot.channels")
        or (r.name.startswith(("uvicorn", "starlette")) and r.levelno >= logging.WARNING)
    ]
    assert len(lines) <= 1, [r.getMessage() for r in lines]


async def test_commands_the_bot_api_refuses_never_hold_up_an_answer(
    fake_api: FakeBotApi, engine: Engine
) -> None:
    server = fake_api
    for method in ("setMyCommands", "setMyDescription", "setMyShortDescription"):
        server.failures.append(Injected(method, "500", until=time.monotonic() + 60))
    async with polling_bot(server, engine):
        person = Person()
        began = time.monotonic()
        assert "110" in await replies_to(server, person, text="help")
        assert time.monotonic() - began < 2
