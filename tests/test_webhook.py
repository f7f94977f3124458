"""End to end in webhook mode: the fake Bot API posts updates to the bot's own HTTP server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from bot.channels.telegram.channel import ALLOWED_UPDATES
from bot.channels.telegram.webhook import webhook_path
from bot.core.engine import Engine
from testkit.fakebot import FakeBotApi, Person
from testkit.serving import webhook_bot
from testkit.taps import started, tap

SECRET = "a-webhook-secret-for-tests_0123456789"  # noqa: S105 - made up


@pytest.fixture
async def hook(fake_api: FakeBotApi, engine: Engine) -> AsyncIterator[tuple[FakeBotApi, str]]:
    """The fake server and the address of the bot's webhook server."""
    async with webhook_bot(fake_api, engine, secret=SECRET) as served:
        yield fake_api, f"http://127.0.0.1:{served.port}"


async def test_a_whole_journey_by_webhook(hook: tuple[FakeBotApi, str]) -> None:
    api, _ = hook
    assert api.webhook is not None
    assert api.webhook["secret_token"] == SECRET
    assert api.webhook["allowed_updates"] == ALLOWED_UPDATES
    person = Person(language_code="ja")
    await started(api, person)
    assert api.buttons(api.last_bot_message(person.id))[0][0] == "日本語"
    await tap(api, person, "English")
    await tap(api, person, "Me")
    await tap(api, person, "No, not right now")
    await tap(api, person, "I need legal advice")
    await tap(api, person, "Advice on what can be done")
    assert "0570-078377" in api.last_text(person.id)
    assert "getUpdates" not in api.methods()
    assert set(api.deliveries) == {200}


@pytest.mark.parametrize("secret", [None, "", "wrong-secret-0123456789", SECRET[:-1], SECRET + "x"])
async def test_a_wrong_or_missing_secret_gets_403_and_nothing_else(
    hook: tuple[FakeBotApi, str], secret: str | None
) -> None:
    api, _ = hook
    person = Person()
    update = {
        "update_id": 99,
        "message": {
            "message_id": 1,
            "date": 1,
            "text": "/start",
            "chat": {"id": person.id, "type": "private"},
            "from": person.as_json(),
        },
    }
    status = await api.deliver(update, secret)
    assert status == 403
    # The same update with the right secret is answered, so the 403 was the secret's doing.
    assert await api.deliver(update, SECRET) == 200
    await api.wait_for(lambda: bool(api.last_text(person.id)))
    assert api.methods().count("sendMessage") == 1


async def test_the_403_says_nothing(hook: tuple[FakeBotApi, str]) -> None:
    api, _ = hook
    assert api.webhook is not None
    async with httpx.AsyncClient() as client:
        response = await client.post(api.webhook["url"], json={"update_id": 1})
    assert response.status_code == 403
    assert response.content == b""
    assert "server" not in {k.lower() for k in response.headers}


async def test_health_and_other_paths(hook: tuple[FakeBotApi, str]) -> None:
    api, base = hook
    async with httpx.AsyncClient() as client:
        health = await client.get(base + "/healthz")
        elsewhere = await client.post(base + "/other", json={})
        get_hook = await client.get(base + "/tg/hook")
        garbage = await client.post(
            base + "/tg/hook",
            content=b"{not json",
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
    assert (health.status_code, health.text) == (200, "ok\n")
    assert elsewhere.status_code == 404
    assert get_hook.status_code == 405
    assert garbage.status_code == 200  # from Telegram, unreadable: confirmed and skipped
    assert "sendMessage" not in api.methods()


async def test_an_update_the_library_cannot_parse_is_confirmed_and_the_next_served(
    hook: tuple[FakeBotApi, str],
) -> None:
    api, _ = hook
    person = Person()
    chat = {"id": person.id, "type": "private", "first_name": person.first_name}
    poisoned = {"update_id": 77, "message": {"message_id": 1, "date": "x", "chat": chat}}
    assert await api.deliver(poisoned, SECRET) == 200
    await started(api, person)


def test_the_webhook_path_comes_from_the_url() -> None:
    assert webhook_path("https://bot.example.org/tg/abc/") == "/tg/abc"
    assert webhook_path("https://bot.example.org") == "/telegram"
