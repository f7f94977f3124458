"""The root log filter against the library paths known to write a person into the log.

Each test feeds the real library (python-telegram-bot, asyncio) the poisoned input, at every
level, and reads what reached stderr.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Iterator

import pytest
from telegram.error import TelegramError
from telegram.ext import ExtBot
from telegram.request import BaseRequest

from bot.core.notices import Public
from bot.runtime import logs
from testkit import TOKEN
from testkit.fakebot import FakeBotApi

NAME, USERNAME, WORDS = "Corvinalis", "hush_owl_4471", "Ravensgate took my card"
USER = {"id": 7123456789, "is_bot": False, "first_name": NAME, "username": USERNAME}
LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]


@pytest.fixture
def logged(capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("bot").setLevel(logging.NOTSET)
    logging.captureWarnings(False)


def assert_clean(text: str) -> None:
    for needle in (NAME, USERNAME, "Ravensgate", "7123456789", TOKEN.split(":")[1]):
        assert needle not in text, f"{needle!r} in:\n{text}"


@pytest.mark.parametrize("level", LEVELS)
def test_invalid_json_from_the_bot_api(
    logged: None, capsys: pytest.CaptureFixture[str], level: str
) -> None:
    logs.setup(level, [TOKEN])
    payload = f'{{"ok": true, "result": [{{"message": {{"from": {USER}, "text": "{WORDS}"'
    with pytest.raises(TelegramError):
        BaseRequest.parse_json_payload(payload.encode())  # the library's own, which logs it
    err = capsys.readouterr().err
    assert "not JSON (its content is not logged)" in err
    assert_clean(err)


@pytest.mark.parametrize("level", LEVELS)
async def test_an_update_the_library_cannot_parse(
    logged: None, capsys: pytest.CaptureFixture[str], level: str
) -> None:
    logs.setup(level, [TOKEN])
    api = FakeBotApi(TOKEN)
    await api.start()
    chat = {"id": USER["id"], "type": "private", "first_name": NAME}
    await api.push_raw(
        {"update_id": 9, "message": {"message_id": 1, "date": "x", "chat": chat, "text": WORDS}}
    )
    bot = ExtBot(TOKEN, base_url=api.base_url)
    async with bot:
        with pytest.raises(TypeError):
            await bot.get_updates()  # the library's own, which logs the batch at CRITICAL
    await api.stop()
    err = capsys.readouterr().err
    assert "could not be read (its content is not logged)" in err
    assert_clean(err)


def test_a_task_that_failed_with_a_person_in_its_message(
    logged: None, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.setup("DEBUG", [TOKEN])

    async def fails() -> None:
        raise ValueError(f"{USER} wrote {WORDS}")

    async def main() -> None:
        task = asyncio.ensure_future(fails())
        await asyncio.sleep(0.01)
        del task
        gc.collect()

    asyncio.run(main())
    err = capsys.readouterr().err
    assert "Task exception was never retrieved" in err
    assert_clean(err)


def test_any_library_line_that_carries_a_person_is_withheld(
    logged: None, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.setup("DEBUG", [TOKEN])
    library = logging.getLogger("some.library")
    library.error(f"Update(update_id=3, message=Message(from_user=User(first_name='{NAME}')))")
    library.error("received %s", {"text": WORDS, "username": USERNAME})
    library.warning("%r", USER)
    err = capsys.readouterr().err
    assert logs.WITHHELD in err
    assert_clean(err)


def test_own_lines_keep_what_the_bot_vouches_for(
    logged: None, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.setup("INFO", [TOKEN])
    own = logging.getLogger("bot.example")
    own.info("serving the webhook on %s port %s", "127.0.0.1", Public(18443))
    own.info("a stray id %s and the token %s", 7123456789, TOKEN)
    own.warning("reload (%s) refused: %d problem(s)", "SIGHUP", 3)
    err = capsys.readouterr().err
    assert "port 18443" in err
    assert "a stray id [id] and the token [secret]" in err
    assert "reload (SIGHUP) refused: 3 problem(s)" in err
    assert_clean(err)


def test_library_debug_lines_are_never_made(
    logged: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """aiosqlite and httpx log statements and URLs below WARNING: at DEBUG they stay silent."""
    logs.setup("DEBUG", [TOKEN])
    logging.getLogger("aiosqlite").debug("executing %s", "insert 2026-12-06 ...")
    logging.getLogger("some.new.library").info("GET %s", "https://api.telegram.org/bot...")
    logging.getLogger("bot.example").debug("the bot's own debug line")
    err = capsys.readouterr().err
    assert "executing" not in err and "GET" not in err
    assert "the bot's own debug line" in err
