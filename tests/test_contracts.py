"""Data contracts over every flow and every locale: same texts, same variables, every screen."""

from __future__ import annotations

import itertools

import pytest

from bot.core.content import Content
from bot.core.engine import MAX_BUTTON_DATA, MAX_TEXT, Engine, State, telegram_length
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.situations import PROFILE, TOPICS
from bot.ops.check import check, used_messages
from tests.conftest import FLOWS, LOCALES, jst

LOCALE_CODES = sorted(p.name for p in LOCALES.iterdir() if p.is_dir())
MOMENTS = (jst(2026, 5, 12, 14, 0), jst(2026, 5, 4, 23, 0), jst(2027, 1, 2, 3, 0))


def test_check_passes_on_the_real_files() -> None:
    report = check(FLOWS, LOCALES)
    assert report.problems == []


def test_english_and_japanese_are_complete() -> None:
    assert {"en", "ja"} <= set(LOCALE_CODES)


@pytest.mark.parametrize("code", LOCALE_CODES)
def test_locale_has_exactly_the_reference_texts_and_variables(content: Content, code: str) -> None:
    assert code in LANGUAGES
    reference = content.texts.catalogs[REFERENCE].messages
    mine = content.texts.catalogs[code].messages
    assert set(mine) == set(reference)
    for message_id, message in reference.items():
        assert mine[message_id].variables == message.variables, message_id
    assert set(used_messages(content)) <= set(mine)


@pytest.mark.parametrize("code", LOCALE_CODES)
def test_every_screen_renders_in_every_situation(engine: Engine, code: str) -> None:
    profiles = [
        frozenset(c) for n in range(len(PROFILE) + 1) for c in itertools.combinations(PROFILE, n)
    ]
    for flow in engine.content.flows.values():
        for node in flow.nodes:
            for profile, topic, moment in itertools.product(profiles, sorted(TOPICS), MOMENTS):
                state = State(flow.id, node.id, code, profile | {topic})
                screen = engine.screen(state, moment)
                assert 0 < telegram_length(screen.text) <= MAX_TEXT
                assert "{" not in screen.text and "$" not in screen.text, screen.text
                for button in screen.buttons:
                    assert button.label.strip()
                    assert 0 < len(button.data.encode()) <= MAX_BUTTON_DATA


@pytest.mark.parametrize("code", LOCALE_CODES)
def test_every_locale_names_emergency_words(engine: Engine, code: str) -> None:
    words = engine.texts.catalogs[code].render("emergency-words").split(",")
    for word in words:
        if word.strip():
            assert engine.emergency_language(word) is not None, word
