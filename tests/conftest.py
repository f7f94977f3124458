"""Shared fixtures: the real operator files, loaded once, and Japan-time moments."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content, load_content
from bot.core.engine import Engine
from bot.core.hours import TOKYO
from tests.fakebot import FakeBotApi

ROOT = Path(__file__).resolve().parent.parent
#: A made-up bot token the fake Bot API accepts.
TOKEN = "123456789:AAH-fake-test-token-value_0123456789abc"  # noqa: S105
FLOWS = ROOT / "flows"
LOCALES = ROOT / "locales"
#: Where a command run by a test keeps its files unless the test names a folder of its own:
#: never `./data` in the checkout, which `stats` would then read as real counts.
SCRATCH = Path(tempfile.mkdtemp(prefix="referral-tests-"))
os.environ["REFERRAL_DATA_DIR"] = str(SCRATCH / "data")


@pytest.fixture(scope="session", autouse=True)
def _scratch() -> Iterator[None]:
    yield
    shutil.rmtree(SCRATCH, ignore_errors=True)


def jst(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A moment in Japan time."""
    return datetime(year, month, day, hour, minute, tzinfo=TOKYO)


@pytest.fixture(scope="session")
def content() -> Content:
    loaded, problems = load_content(FLOWS, LOCALES, strict_texts=True)
    assert loaded is not None, "\n".join(str(p) for p in problems)
    return loaded


@pytest.fixture(scope="session")
def engine(content: Content) -> Engine:
    return Engine(content, limits=TELEGRAM)


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API on 127.0.0.1, for tests that start the bot as a separate process."""
    server = FakeBotApi(TOKEN)
    await server.start()
    yield server
    await server.stop()
