"""End to end: the real Application polling over HTTP on 127.0.0.1 against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.engine import Engine
from bot.telegram_channel import build_application, polling
from tests.conftest import jst
from tests.fakebot import FakeBotApi, Person

TOKEN = "123456789:AAH-fake-test-token-value_0123456789abc"  # noqa: S105 - made up
NOW = jst(2026, 5, 12, 14, 0)


@pytest.fixture
async def api(engine: Engine) -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(TOKEN)
    await server.start()
    app, channel = build_application(TOKEN, server.base_url, engine, clock=lambda: NOW)
    async with polling(app, channel, timeout=1):
        yield server
    await server.stop()


async def tap(api: FakeBotApi, person: Person, label: str) -> None:
    message = api.last_bot_message(person.id)
    before = message["text"]
    data = next((d for text, d in api.buttons(message) if text == label), None)
    assert data is not None, f"no {label!r} in {api.buttons(message)}"
    answered = api.methods().count("answerCallbackQuery")
    await api.press(person, message["message_id"], data)
    await api.wait_for(lambda: api.methods().count("answerCallbackQuery") > answered)
    await api.wait_for(lambda: api.last_bot_message(person.id)["text"] != before)


async def test_a_whole_journey_by_polling(api: FakeBotApi) -> None:
    person = Person()
    await api.send(person, "/start")
    await api.wait_for(lambda: any(s.from_bot for s in api.visible(person.id)))
    first = api.last_bot_message(person.id)
    assert api.buttons(first)[0][0] == "English"  # the account's language first
    await tap(api, person, "English")
    await tap(api, person, "Me")
    await tap(api, person, "18 or over")
    await tap(api, person, "No, not right now")
    await tap(api, person, "I need legal advice")
    final = api.last_bot_message(person.id)
    assert "0570-078377" in final["text"]
    # One message, edited in place: the person's /start and the bot's single screen.
    assert len([s for s in api.visible(person.id) if s.from_bot]) == 1
    assert api.buttons(final)[-1][0] == "✖ Leave"
    assert "setMyCommands" in api.methods()
