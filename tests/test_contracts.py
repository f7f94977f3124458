"""Data contracts over every flow and every locale: same texts, same variables, every screen."""

from __future__ import annotations

import ast
import itertools
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content
from bot.core.engine import Engine, State
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.limits import utf16_units
from bot.core.situations import LENGTHENING, PROFILE, TOPICS, Situation
from bot.ops.check import check
from bot.ops.texts import code_texts, declared
from testkit import FLOWS, LOCALES, ROOT, jst
from testkit.command import invoke
from testkit.files import copy_files, file_options

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
    assert set(declared(content)) <= set(mine)


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


#: A message id as the code writes it: lower-case words joined by hyphens.
MESSAGE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")


@dataclass
class Named:
    """What the code under bot/ names as a text, outside the TEXTS declarations themselves."""

    looked_up: set[str] = field(default_factory=set)  # literals given to .text() or .render()
    literals: set[str] = field(default_factory=set)  # every string literal shaped like an id
    prefixes: set[str] = field(default_factory=set)  # f"hours-{key}" given to a lookup


def _lookup_argument(call: ast.Call) -> ast.expr | None:
    """The message id argument of `texts.text(lang, id)` or `catalog.render(id)`."""
    if not isinstance(call.func, ast.Attribute):
        return None
    if call.func.attr == "text" and len(call.args) >= 2:
        return call.args[1]
    if call.func.attr == "render" and call.args:
        return call.args[0]
    return None


def _named_by_the_code() -> Named:
    named = Named()
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        declarations = {
            id(node)
            for assign in ast.walk(tree)
            if isinstance(assign, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "TEXTS" for t in assign.targets)
            for node in ast.walk(assign)
        }
        for node in ast.walk(tree):
            if id(node) in declarations:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if MESSAGE_ID.fullmatch(node.value):
                    named.literals.add(node.value)
            elif isinstance(node, ast.Call):
                argument = _lookup_argument(node)
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    named.looked_up.add(argument.value)
                elif isinstance(argument, ast.JoinedStr) and argument.values:
                    start = argument.values[0]
                    if isinstance(start, ast.Constant) and isinstance(start.value, str):
                        named.prefixes.add(start.value)
    return named


def test_every_text_the_code_names_is_declared(content: Content) -> None:
    """A text the code shows but no TEXTS declares would pass `check` in a language that lacks
    it, then fall back to English in front of a person (or print English on a card), and be
    missing from the translators' review page. Literals given to a lookup, any literal that is
    an English id (`prefix = "when-closed"`, a dict of ids), and ids built from a literal start
    (`f"hours-{key}"`: every English id with that start) all count."""
    named = _named_by_the_code()
    english = set(content.texts.catalogs[REFERENCE].messages)
    shown = set(declared(content))
    assert named.looked_up and named.prefixes, "the scan found no lookups at all"
    assert named.looked_up <= shown, sorted(named.looked_up - shown)
    assert named.literals & english <= shown, sorted(named.literals & english - shown)
    for prefix in named.prefixes:
        built = {m for m in english if m.startswith(prefix)}
        assert built, f"no English text starts with {prefix!r}"
        assert built <= shown, sorted(built - shown)


def test_every_text_a_part_of_the_code_declares_is_used_by_it() -> None:
    """A declared text the code no longer shows is work for fifteen translators for nothing."""
    named = _named_by_the_code()
    unused = {
        m
        for m in code_texts()
        if m not in named.literals and not any(m.startswith(p) for p in named.prefixes)
    }
    assert not unused, sorted(unused)


def test_every_english_text_is_declared(content: Content) -> None:
    english = set(content.texts.catalogs[REFERENCE].messages)
    assert english == set(declared(content)), sorted(english ^ set(declared(content)))


def test_check_names_an_english_text_that_nothing_shows(tmp_path: Path) -> None:
    """A left-over text is named but is no error: an operator who removes a screen from a flow
    must not have the reload refused over its texts."""
    copy_files(tmp_path, languages=())
    with (tmp_path / "locales" / "en" / "common.ftl").open("a", encoding="utf-8") as out:
        out.write("orphan-text = Shown nowhere\n")
    result = invoke("check", *file_options(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "English texts nothing shows (declare them in the TEXTS of the code" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].endswith(": orphan-text")


def test_a_text_only_a_card_uses_is_still_required_by_check(tmp_path: Path) -> None:
    shutil.copytree(LOCALES, tmp_path / "locales")
    for path in (tmp_path / "locales").glob("*/card.ftl"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(x for x in lines if not x.startswith("card-danger")), "utf-8")
    report = check(FLOWS, tmp_path / "locales")
    assert not report.ok
    assert any("card-danger" in str(problem) for problem in report.problems)
