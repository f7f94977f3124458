"""Whole answers on the real directory, as a caseworker judges them (tests/cases/answers.yaml),
through `refer --json` in process: what must come first, what must never appear, and the
answer's shape (first three with why, at most five more, actions, the emergency block)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.channels.telegram.limits import TELEGRAM
from bot.cli import main
from bot.cli.common import SHOWN_AS
from bot.cli.conversation import answer_json
from bot.core.content import Content
from bot.core.directory import FIRST, MORE
from bot.core.engine import Engine
from bot.core.render import ANSWER_MAX
from bot.core.situations import Situation

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "answers.yaml").read_text(encoding="utf-8")
)


def refer_json(capsys: pytest.CaptureFixture[str], case: dict[str, Any]) -> dict[str, Any]:
    """What `referral-bot refer --json` prints for the case (the real command, in-process)."""
    args = ["refer", "--json", "--lang", case["lang"], "--at", case["at"]]
    for situation in case["situations"]:
        args += ["--situation", situation]
    if case.get("ip_phone"):
        args.append("--ip-phone")
    assert main(args) == 0
    answer: dict[str, Any] = json.loads(capsys.readouterr().out)
    return answer


@pytest.fixture(scope="module")
def shown_as(content: Content) -> Engine:
    return Engine(content, limits=SHOWN_AS)


def answer_for(engine: Engine, case: dict[str, Any]) -> dict[str, Any]:
    """The same JSON, from the same function `refer --json` prints, on the shared files."""
    situations = frozenset(Situation(s) for s in case["situations"])
    at = datetime.fromisoformat(case["at"])
    screen = engine.answer(case["lang"], situations, at, ip_phone=bool(case.get("ip_phone")))
    return json.loads(json.dumps(answer_json(engine, screen), ensure_ascii=False))


def test_refer_json_is_the_function_the_cases_use(
    capsys: pytest.CaptureFixture[str], shown_as: Engine
) -> None:
    for case in (CASES[0], CASES[6]):
        assert refer_json(capsys, case) == answer_for(shown_as, case)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_what_a_caseworker_insists_on_comes_first(shown_as: Engine, case: dict[str, Any]) -> None:
    answer = answer_for(shown_as, case)
    top = [e["id"] for e in answer["emergency"]] + [i["id"] for i in answer["first"]]
    shown = {i["id"] for part in ("emergency", "first", "more", "actions") for i in answer[part]}
    missing = [wanted for wanted in case["first"] if wanted not in top]
    assert not missing, f"{case['id']} ({case['note']}): {missing} not first; got {top}"
    wrong = sorted(shown.intersection(case["never"]))
    assert not wrong, f"{case['id']} ({case['note']}): must not show {wrong}"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_answer_has_its_shape_and_says_why(shown_as: Engine, case: dict[str, Any]) -> None:
    answer = answer_for(shown_as, case)
    situations = set(case["situations"])
    assert 1 <= len(answer["first"]) <= FIRST
    assert len(answer["more"]) <= MORE
    if "danger" in situations:
        assert answer["emergency"][0]["phones"] == ["110"]
        assert len(answer["first"]) <= FIRST - 1  # 110 takes the first place
    for item in answer["first"]:
        assert item["why"] and item["why_source"], item["id"]
        assert item["relevance"] in ("core", "useful", "fallback")
        assert set(item["matched"]) <= situations and item["matched"]
    every = answer["first"] + answer["more"] + answer["actions"]
    assert len({i["id"] for i in every}) == len(every)  # never a service twice
    for item in every:
        # No number that the contact file (and so the report) does not give.
        assert all(p.replace("-", "").lstrip("#").isdigit() for p in item["phones"])
    # The text is what the bot shows: the first ones named in it, in order, with their why,
    # on one phone screen.
    text = answer["text"]
    assert TELEGRAM.measure(text) <= ANSWER_MAX
    places = [text.index(i["name"]) for i in answer["first"]]
    assert places == sorted(places)
    for item in answer["first"]:
        assert item["why"] in text


def test_refer_json_gives_exactly_what_the_bot_shows(shown_as: Engine) -> None:
    """The JSON's order is the screen's order, for the same person at the same moment."""
    engine, content = shown_as, shown_as.content
    at = datetime.fromisoformat("2026-03-12T16:30:00+09:00")
    wanted = frozenset({Situation.SEXUAL_EXPLOITATION, Situation.IMMIGRATION})
    screen = engine.answer("th", wanted, at, ip_phone=True)
    assert screen.referral is not None
    lines = screen.text.splitlines()
    numbered = [line for line in lines if line[:1].isdigit() and ". " in line]
    assert len(numbered) == len(screen.referral.first)
    for line, item in zip(numbered, screen.referral.first, strict=True):
        assert content.texts.text("th", item.contact.message_id) in line


def test_a_person_cannot_be_both(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["refer", "--lang", "en", "--situation", "woman", "--situation", "man"])
    assert code != 0
    assert "cannot both" in capsys.readouterr().err


def test_never_japanese_only_where_the_source_does_not_say_so(content: Content) -> None:
    """Only a service whose source names Japanese as its one language may read as such."""
    for contact in content.directory.contacts:
        if contact.languages == ("ja",):
            assert "Japanese text only" in contact.source or "Japanese only" in contact.source


def test_every_reason_is_cited_and_every_action_card_has_no_number(content: Content) -> None:
    for contact in content.directory.contacts:
        for group in contact.serves:
            assert "L" in group.source or "Figure" in group.source, contact.id
        if contact.kind == "action":
            assert not contact.phones and not contact.alt_phones, contact.id
