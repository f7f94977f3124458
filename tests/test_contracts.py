"""Data contracts over every flow and every locale: same texts, same variables, every screen."""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core import render
from bot.core.content import Content
from bot.core.engine import Engine, State
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.limits import utf16_units
from bot.core.situations import LENGTHENING, PROFILE, TOPICS, Situation
from bot.ops.check import check, used_messages
from testkit import FLOWS, LOCALES, ROOT, jst

LOCALE_CODES = sorted(p.name for p in LOCALES.iterdir() if p.is_dir())
MOMENTS = (jst(2026, 5, 12, 14, 0), jst(2026, 5, 4, 23, 0), jst(2027, 1, 2, 3, 0))


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
    lengthening = sorted(LENGTHENING)
    profiles = [
        frozenset(c)
        for n in range(len(lengthening) + 1)
        for c in itertools.combinations(lengthening, n)
    ]
    profiles.append(frozenset(PROFILE - {Situation.MAN, Situation.JAPANESE_NATIONAL}))
    for flow in engine.content.flows.values():
        for node in flow.nodes:
            # Only an answer changes with the hour; a question only with who is asked about.
            # Every profile at one hour; the other hours with the longest profiles (the text
            # of every profile at every sample hour is `check`'s, which renders them all).
            cases = list(itertools.product(profiles, sorted(TOPICS), MOMENTS[:1]))
            if node.type == "referral":
                cases += itertools.product(profiles[-2:], sorted(TOPICS), MOMENTS[1:])
            for profile, topic, moment in cases:
                state = State(flow.id, node.id, code, profile | {topic})
                screen = engine.screen(state, moment)
                assert 0 < utf16_units(screen.text) <= TELEGRAM.text
                assert "{" not in screen.text and "$" not in screen.text, screen.text
                for button in screen.buttons:
                    assert button.label.strip()
                    assert 0 < len(button.data.encode()) <= TELEGRAM.button_data


@pytest.mark.parametrize("code", LOCALE_CODES)
def test_every_locale_names_emergency_words(engine: Engine, code: str) -> None:
    words = engine.texts.catalogs[code].render("emergency-words").split(",")
    for word in words:
        if word.strip():
            assert engine.emergency_language(word) is not None, word


def test_every_message_id_the_code_names_is_declared() -> None:
    """CODE_MESSAGES is what check holds every locale to: an id the code uses and the list
    forgets would pass check and then fail for a person (or a printed card)."""
    named: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named |= set(re.findall(r"\.text\(\s*[^,()]+,\s*[\"']([a-z][a-z0-9-]*)[\"']", source))
        named |= set(re.findall(r"\.render\(\s*[\"']([a-z][a-z0-9-]*)[\"']", source))
    assert named, "the pattern found no message ids at all"
    assert named <= set(render.CODE_MESSAGES), sorted(named - set(render.CODE_MESSAGES))


def test_a_text_only_a_card_uses_is_still_required_by_check(tmp_path: Path) -> None:
    shutil.copytree(LOCALES, tmp_path / "locales")
    for path in (tmp_path / "locales").glob("*/card.ftl"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(x for x in lines if not x.startswith("card-danger")), "utf-8")
    report = check(FLOWS, tmp_path / "locales")
    assert not report.ok
    assert any("card-danger" in str(problem) for problem in report.problems)
