"""The closed set of situations, shared by the flows, the contact directory and `refer`.

Three of them describe the person ("profile"): who writes, their age, whether they are in danger
now. The others are topics: what is happening. A flow replaces the topic when the person looks at
another situation, but keeps the profile.
"""

from enum import StrEnum
from typing import Final


class Situation(StrEnum):
    """One thing a person can tell the bot about their situation."""

    DANGER = "danger"
    SOMEONE_ELSE = "someone_else"
    UNDER_18 = "under_18"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    LABOR = "labor"
    TECHNICAL_INTERN = "technical_intern"
    IMMIGRATION = "immigration"
    SEXUAL_VIOLENCE = "sexual_violence"
    DOMESTIC_VIOLENCE = "domestic_violence"
    ONLINE = "online"
    EVERYDAY = "everyday"
    LEGAL = "legal"
    GO_HOME = "go_home"
    NOT_SURE = "not_sure"


PROFILE: Final[frozenset[Situation]] = frozenset(
    {Situation.DANGER, Situation.SOMEONE_ELSE, Situation.UNDER_18}
)
TOPICS: Final[frozenset[Situation]] = frozenset(Situation) - PROFILE

#: Stable bit positions for packing a set of situations into a button's data. Append only.
_BIT_ORDER: Final[tuple[Situation, ...]] = tuple(Situation)


def to_mask(situations: frozenset[Situation]) -> int:
    """Pack situations into an integer (for button data)."""
    return sum(1 << _BIT_ORDER.index(s) for s in situations)


def from_mask(mask: int) -> frozenset[Situation]:
    """Unpack an integer made by `to_mask`; unknown bits raise ValueError."""
    if mask < 0 or mask >> len(_BIT_ORDER):
        raise ValueError("situation mask out of range")
    return frozenset(s for i, s in enumerate(_BIT_ORDER) if mask >> i & 1)
