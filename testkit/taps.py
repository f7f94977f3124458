"""A person at the fake Bot API, in their terms: start the bot, tap a button, type and read.

Each step waits for what a person would wait for (the spinner to stop, the screen to change,
an answer to arrive), never for a fixed time.
"""

from __future__ import annotations

from typing import Any

from testkit.fakebot import FakeBotApi, Person


def from_bot(api: FakeBotApi, chat_id: int) -> int:
    """How many of the bot's messages the chat shows."""
    return len([s for s in api.visible(chat_id) if s.from_bot])


async def started(api: FakeBotApi, person: Person) -> None:
    """The person sends /start and the bot has answered."""
    await api.send(person, "/start")
    await api.wait_for(lambda: from_bot(api, person.id) > 0)


async def tap(api: FakeBotApi, person: Person, label: str) -> None:
    """Tap the button labelled `label` on the bot's latest message; wait for the new screen."""
    message = api.last_bot_message(person.id)
    before = message["text"]
    data = next((d for text, d in api.buttons(message) if text == label), None)
    assert data is not None, f"no {label!r} in {api.buttons(message)}"
    answered = api.methods().count("answerCallbackQuery")
    await api.press(person, message["message_id"], data)
    await api.wait_for(lambda: api.methods().count("answerCallbackQuery") > answered)
    await api.wait_for(lambda: api.last_text(person.id) != before)


async def replies_to(api: FakeBotApi, person: Person, **message: Any) -> str:
    """Send something (`text=...`, a sticker, ...) and return the text of the bot's answer."""
    count = from_bot(api, person.id)
    await api.send(person, **message)
    await api.wait_for(lambda: from_bot(api, person.id) > count)
    return str(api.last_bot_message(person.id)["text"])
