"""Every person of tests/cases/answers.yaml, walked through the real flow by taps.

A person taps what is true for them: at each question the button that records the most of
their situations and nothing that is not theirs (or, when none does, the one that records
nothing new: "me", "no", "advice"); under an answer, "add another situation" while a
situation is missing, and "I am a man" or "I have Japanese nationality" when it is offered
(it is offered only when it changes the answer); "I can only write", and the IP-phone
numbers, when that is theirs. The walk counts the taps to the first answer that names a place
to contact, from the language picker and from an entry link that carries the language, holds
every first answer to the one-screen budget, and judges the last answer as a caseworker would:
what must be among the first three, and what must never be shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content
from bot.core.engine import Engine, Screen, State, apply
from bot.core.languages import LANGUAGES
from bot.core.models import Option, ReferralNode
from bot.core.render import ANSWER_MAX
from bot.core.situations import Situation

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "answers.yaml").read_text(encoding="utf-8")
)
#: The issue's limits: taps from the language picker, and from a link with the language.
FROM_PICKER = 6
FROM_LINK = 4
#: Enough for the longest walk (three situations added after the first answer, the IP switch).
MOST_TAPS = 30


@dataclass
class Walk:
    """What a person saw and did, for the assertions and their messages."""

    taps: list[str] = field(default_factory=list)
    first_answer: int | None = None
    last: Screen | None = None


@pytest.fixture(scope="module")
def engine(content: Content) -> Engine:
    return Engine(content, limits=TELEGRAM)


def walk(engine: Engine, case: dict[str, Any], *, by_link: bool) -> Walk:
    lang: str = case["lang"]
    at = datetime.fromisoformat(case["at"])
    wanted = frozenset(Situation(s) for s in case["situations"])
    ip_phone = bool(case.get("ip_phone"))
    state = engine.start(lang=lang) if by_link else engine.start()
    done = Walk()
    while len(done.taps) < MOST_TAPS:
        screen = engine.screen(state, at)
        node = engine.node(state)
        if isinstance(node, ReferralNode) and node.part == "first":
            size = TELEGRAM.measure(screen.text)
            assert size <= ANSWER_MAX, f"{case['id']}: a first answer of {size} units"
        if done.first_answer is None and names_a_contact(screen):
            done.first_answer = len(done.taps)
        if state.lang is None:
            label = LANGUAGES[lang]
        else:
            label = choose(engine, screen, at, wanted, ip_phone)
            if label is None:
                done.last = screen
                return done
        button = next(b for b in screen.buttons if b.label == label)
        done.taps.append(label)
        state = engine.press(button.data)
    raise AssertionError(f"{case['id']}: no end after {done.taps}")


def choose(
    engine: Engine, screen: Screen, at: datetime, wanted: frozenset[Situation], ip: bool
) -> str | None:
    """The button this person taps on `screen`, or None when the answer is theirs."""
    state = screen.state
    options = [option for _, option in engine.visible_options(state, at)]
    assert len(options) == len(screen.buttons)
    shown = [(button.label, option) for button, option in zip(screen.buttons, options, strict=True)]
    node = engine.node(state)
    missing = wanted - state.situations
    if isinstance(node, ReferralNode):
        by_id = {option.label: label for label, option in shown}
        if node.part == "more":
            if ip and not state.ip_phone:
                return by_id["phone-cannot-connect"]
            return by_id["back-to-contacts"]
        for label, option in shown:
            if option.if_it_changes and set(option.add) <= wanted and set(option.add) & missing:
                return label
        if missing - _identity_and_writing():
            return by_id.get("another-situation") or by_id["danger-tell-more"]
        if Situation.WRITE_ONLY in missing:
            return by_id["only-write"]
        if ip and not state.ip_phone:
            return by_id["more-options"]
        return None
    return best(state, shown, wanted)


def best(state: State, shown: list[tuple[str, Option]], wanted: frozenset[Situation]) -> str:
    """The button recording the most of what is true and nothing that is not."""

    def gain(option: Option) -> tuple[int, int, bool]:
        after = apply(state, option).situations
        new = after - state.situations
        # Nothing here fits: "I'm not sure / something else", as a person would.
        return (len(new & wanted), -len(new - wanted), option.topic is Situation.NOT_SURE)

    true_only = [(label, option) for label, option in shown if gain(option)[1] == 0]
    pool = true_only or shown
    return max(pool, key=lambda pair: gain(pair[1]))[0]


def _identity_and_writing() -> frozenset[Situation]:
    return frozenset(
        {
            Situation.WOMAN,
            Situation.MAN,
            Situation.JAPANESE_NATIONAL,
            Situation.FOREIGN_NATIONAL,
            Situation.WRITE_ONLY,
        }
    )


def names_a_contact(screen: Screen) -> bool:
    """An answer with a place to contact (110 in the line under every screen does not count)."""
    referral = screen.referral
    return referral is not None and any(i.phones or i.contact.urls for i in referral.items)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_each_person_reaches_the_right_help_in_a_few_taps(
    engine: Engine, case: dict[str, Any]
) -> None:
    done = walk(engine, case, by_link=False)
    where = f"{case['id']} ({case['note']}), tapping {done.taps}"
    assert done.first_answer is not None, where
    assert done.first_answer <= FROM_PICKER, f"{where}: {done.first_answer} taps to an answer"
    linked = walk(engine, case, by_link=True)
    assert linked.first_answer is not None and linked.first_answer <= FROM_LINK, (
        f"{case['id']}: {linked.first_answer} taps from an entry link, tapping {linked.taps}"
    )
    screen = done.last
    assert screen is not None and screen.referral is not None, where
    recorded = screen.state.situations
    # Everything the person could say was recorded; who they are only where it was asked.
    unsaid = frozenset(Situation(s) for s in case["situations"]) - recorded
    assert unsaid <= _identity_and_writing() - {Situation.WRITE_ONLY}, f"{where}: {unsaid}"
    referral = screen.referral
    top = [i.contact.id for i in (*referral.emergency, *referral.first)]
    missing = [wanted for wanted in case["first"] if wanted not in top]
    assert not missing, f"{where}: {missing} not among the first {top}"
    shown = {i.contact.id for i in referral.items}
    wrong = sorted(shown.intersection(case["never"]))
    assert not wrong, f"{where}: must not show {wrong}"


def test_the_walk_takes_the_fewest_taps_the_flow_allows(engine: Engine) -> None:
    """A person with one situation and nothing else: language, who, danger, what, need."""
    case = {
        "id": "x",
        "note": "legal advice",
        "lang": "en",
        "at": "2026-05-12T14:00:00+09:00",
        "situations": ["legal"],
    }
    done = walk(engine, case, by_link=False)
    assert done.taps == [
        "English",
        "Me",
        "No, not right now",
        "I need legal advice",
        "Advice on what can be done",
    ]
    assert done.first_answer == 5
    danger = walk(engine, {**case, "situations": ["danger"]}, by_link=False)
    assert danger.first_answer == 3
    assert danger.taps[:3] == ["English", "Me", "Yes, in danger now"]
