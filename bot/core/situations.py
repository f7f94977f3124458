"""The closed set of situations, shared by the flows, the contact directory and `refer`.

Some describe the person ("profile"): who writes, their age, gender and nationality, whether they
are in danger now, whether they can only write. The others are topics: what is happening or what
they need. A second topic is added to the first (both are answered); "start over" forgets all.
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
    SHELTER = "shelter"  # a safe place to stay tonight
    REPORT = "report"  # wants to report, for themselves or someone else
    DOCUMENTS = "documents"  # passport or residence card taken
    DEBT = "debt"  # a debt, a "penalty" or a bill they are told to pay
    HURT = "hurt"  # injured, needs a doctor
    WRITE_ONLY = "write_only"  # cannot talk safely, can only write
    WOMAN = "woman"
    MAN = "man"
    JAPANESE_NATIONAL = "japanese_national"
    FOREIGN_NATIONAL = "foreign_national"


PROFILE: Final[frozenset[Situation]] = frozenset(
    {
        Situation.DANGER,
        Situation.SOMEONE_ELSE,
        Situation.UNDER_18,
        Situation.WRITE_ONLY,
        Situation.WOMAN,
        Situation.MAN,
        Situation.JAPANESE_NATIONAL,
        Situation.FOREIGN_NATIONAL,
    }
)
TOPICS: Final[frozenset[Situation]] = frozenset(Situation) - PROFILE

#: What a person can say they need most (the flow's question of needs), as against what is
#: happening: the right shown first is one about the need.
NEEDS_MOST: Final[frozenset[Situation]] = frozenset(
    {
        Situation.SHELTER,
        Situation.REPORT,
        Situation.DOCUMENTS,
        Situation.DEBT,
        Situation.HURT,
        Situation.GO_HOME,
    }
)

#: Who the person is, for eligibility and language only: no service is "for" being a woman.
IDENTITY: Final[frozenset[Situation]] = frozenset(
    {Situation.WOMAN, Situation.MAN, Situation.JAPANESE_NATIONAL, Situation.FOREIGN_NATIONAL}
)

#: The profile facts that can lengthen an answer (more services, more rights). Who the person
#: is and "can only write" only reorder it or leave services out, so screen-length checks
#: sample these and leave the others unsaid.
LENGTHENING: Final[frozenset[Situation]] = PROFILE - IDENTITY - {Situation.WRITE_ONLY}

#: Pairs a person cannot both be; `refer` and `chat` refuse them, and the flows do not offer a
#: button that would make one (technical intern training is for foreign nationals only).
EXCLUSIVE: Final[tuple[frozenset[Situation], ...]] = (
    frozenset({Situation.WOMAN, Situation.MAN}),
    frozenset({Situation.JAPANESE_NATIONAL, Situation.FOREIGN_NATIONAL}),
    frozenset({Situation.JAPANESE_NATIONAL, Situation.TECHNICAL_INTERN}),
)


def impossible(situations: frozenset[Situation]) -> bool:
    """Whether these cannot all be true of one person."""
    return any(pair <= situations for pair in EXCLUSIVE)


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
