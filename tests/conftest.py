"""Shared fixtures: the real operator files, loaded once, and the fake Bot API.

Helpers that tests share live in `testkit/`, which the benchmark uses too.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content, load_content
from bot.core.engine import Engine
from testkit import FLOWS, LOCALES, TOKEN
from testkit.fakebot import FakeBotApi

#: Where a command run by a test keeps its files unless the test names a folder of its own:
#: never `./data` in the checkout, which `stats` would then read as real counts.
SCRATCH = Path(tempfile.mkdtemp(prefix="referral-tests-"))
os.environ["REFERRAL_DATA_DIR"] = str(SCRATCH / "data")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests first: the workers share them out at the start and end together on short
    ones, instead of one worker finishing a long test alone while the other waits."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(scope="session", autouse=True)
def _scratch() -> Iterator[None]:
    yield
    shutil.rmtree(SCRATCH, ignore_errors=True)


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
