"""The emergency answer built into the code matches the locales, and says 110 and 119."""

from __future__ import annotations

import pytest

from bot.core import render
from bot.core.content import Content
from bot.core.emergency import BUILT_IN, emergency_answer


def test_the_built_in_copy_is_the_locales_own_text(content: Content) -> None:
    """If a translator changes the emergency answer, copy it into bot/core/emergency.py too."""
    assert set(BUILT_IN) == set(content.texts.languages)
    for code in content.texts.languages:
        assert BUILT_IN[code] == render.emergency_text(content.texts, code), code


@pytest.mark.parametrize("code", sorted(BUILT_IN))
def test_every_built_in_answer_gives_both_numbers_with_japanese_below(code: str) -> None:
    text = emergency_answer(code)
    assert "110" in text and "119" in text
    assert text.startswith(BUILT_IN[code])
    assert text.endswith(BUILT_IN["ja"])


def test_an_unknown_language_gets_english_and_japanese() -> None:
    assert emergency_answer("xx") == BUILT_IN["en"] + "\n\n" + BUILT_IN["ja"]
    assert emergency_answer(None) == emergency_answer("xx")
