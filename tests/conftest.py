"""Shared fixtures: the real operator files, loaded once, and Japan-time moments."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.content import Content, load_content
from bot.engine import Engine
from bot.hours import TOKYO

ROOT = Path(__file__).resolve().parent.parent
FLOWS = ROOT / "flows"
LOCALES = ROOT / "locales"


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
    return Engine(content)
