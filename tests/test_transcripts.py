"""Whole journeys as data (taps in, screens out), replayed through the engine on every change.

Each file in tests/transcripts/ is one journey. A step may `type` text, then states what the
screen shows (`screen`, `not_screen`), which contacts the referral gives (`contacts` as the first
ones in order, `contacts_include`, `first_three` in any order, counting 110/119 on top, and
`never` anywhere), which are `open` or `closed` now, and then `press`es a button by its label.
`first_answer_after` is the number of taps from the first screen to the first answer that
names a place to contact (a number, or the site where the source gives no number); every
first answer on the way is held to the one-screen budget.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.channels.telegram.limits import TELEGRAM
from bot.core.engine import Engine, Screen
from bot.core.models import ReferralNode
from bot.core.render import ANSWER_MAX
from bot.core.situations import Situation

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.yaml"))


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(engine: Engine, path: Path) -> None:
    journey = load(path)
    at = datetime.fromisoformat(journey["at"])
    start = journey.get("start", {})
    topic = Situation(start["topic"]) if "topic" in start else None
    state = engine.start(lang=start.get("lang"), topic=topic)
    screen = engine.screen(state, at)
    taps = 0
    first_number: int | None = None
    for number, step in enumerate(journey["steps"], start=1):
        where = f"{path.name} step {number}"
        if "type" in step:
            screen = engine.reply_to_text(screen.state, step["type"], at).screen or screen
        if first_number is None and names_a_contact(screen):
            first_number = taps
        node = engine.node(screen.state)
        if isinstance(node, ReferralNode) and node.part == "first":
            size = TELEGRAM.measure(screen.text)
            assert size <= ANSWER_MAX, f"{where}: the first answer is {size} units"
        verify(screen, step, where)
        if "press" in step:
            label = str(step["press"])
            button = next((b for b in screen.buttons if b.label == label), None)
            assert button is not None, (
                f"{where}: no button {label!r}: {[b.label for b in screen.buttons]}"
            )
            screen = engine.screen(engine.press(button.data), at)
            taps += 1
    if "first_answer_after" in journey:
        assert first_number == journey["first_answer_after"], (
            f"{path.name}: the first answer came after {first_number} taps"
        )


def names_a_contact(screen: Screen) -> bool:
    """An answer with a place to contact (110 in the line under every screen does not count)."""
    referral = screen.referral
    return referral is not None and any(i.phones or i.contact.urls for i in referral.items)


def verify(screen: Screen, step: dict[str, Any], where: str) -> None:
    for needle in step.get("screen", []):
        assert needle in screen.text, f"{where}: {needle!r} not on screen:\n{screen.text}"
    for needle in step.get("not_screen", []):
        assert needle not in screen.text, f"{where}: {needle!r} should not be on screen"
    items = {i.contact.id: i for i in screen.referral.items} if screen.referral else {}
    order = list(items)
    if "contacts" in step:
        expected = step["contacts"]
        assert order[: len(expected)] == expected, f"{where}: contacts {order}"
    for contact in step.get("contacts_include", []):
        assert contact in items, f"{where}: {contact} not in {order}"
    if "first_three" in step:
        assert screen.referral is not None, f"{where}: not an answer"
        top = [i.contact.id for i in (*screen.referral.emergency, *screen.referral.first)][:3]
        missing = [c for c in step["first_three"] if c not in top]
        assert not missing, f"{where}: {missing} not in the first three {top}"
    wrong = sorted(set(step.get("never", [])) & set(items))
    assert not wrong, f"{where}: {wrong} should not be shown"
    for contact in step.get("open", []):
        assert items[contact].open_now is True, f"{where}: {contact} should be open"
    for contact in step.get("closed", []):
        assert items[contact].open_now is False, f"{where}: {contact} should be closed"


def test_every_flow_has_a_transcript(engine: Engine) -> None:
    # Journeys start in the main flow; a new flow needs its own transcripts.
    assert set(engine.content.flows) == {"main"}
    assert TRANSCRIPTS
