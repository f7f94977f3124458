"""The shape of the operator files, as pydantic models: closed node types, unknown keys rejected.

Every scalar arrives as a string (see `yamlfile`); these models turn the strings into numbers,
situations, schedules and language codes, and name the field when they cannot.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from bot.core.hours import Interval, MonthDayRange, Schedule, build_schedule
from bot.core.languages import LANGUAGES
from bot.core.situations import TOPICS, Situation

#: Node and flow ids travel in button data (64 bytes at most), so they are kept short.
_NODE_ID = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_MESSAGE_ID = re.compile(r"^[a-z][a-z0-9-]*$")
#: Numbers as printed: 110, #9110, 0570-013904, 0120-924-839, 03-3368-1860.
_PHONE = re.compile(r"^(\d{3}|#\d{4}|0\d{1,4}-\d{1,6}(-\d{3,4})?)$")
#: The Figure 13 template card's placeholders are not contacts.
PLACEHOLDER_NUMBERS = frozenset({"03-1234-5678", "0000-0000-0000", "00-0000-0000"})


def _node_id(value: str) -> str:
    if not _NODE_ID.match(value):
        raise ValueError("node ids are 1-16 of a-z, 0-9 and _ (they travel in 64-byte button data)")
    return value


def _id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError("ids are 1-40 of a-z, 0-9 and _, starting with a letter")
    return value


def _message_id(value: str) -> str:
    if not _MESSAGE_ID.match(value):
        raise ValueError("message ids are lowercase words joined by '-'")
    return value


def _language(value: str) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"'{value}' is not one of the supported ISO 639-1 codes")
    return value


def _phone(value: str) -> str:
    if value in PLACEHOLDER_NUMBERS or not value.strip("#-0"):
        raise ValueError(f"'{value}' is a placeholder from a template, not a contact")
    if not _PHONE.match(value):
        raise ValueError(f"'{value}' is not a phone number as printed: {_phone_fault(value)}")
    return value


_PHONE_FORMS = "write it as the source prints it, like 110, #9110, 0570-078377 or 0120-007-110"


def _phone_fault(value: str) -> str:
    """What is wrong with a number, in words an operator can act on."""
    if any(ch in value for ch in "０１２３４５６７８９－ー＃"):
        return (
            f"it has full-width characters; type digits, '-' and '#' in half width ({_PHONE_FORMS})"
        )
    if any(not (ch.isascii() and (ch.isdigit() or ch in "-#")) for ch in value):
        return f"only digits, '-' and '#' belong in a number ({_PHONE_FORMS})"
    if "--" in value or value.startswith("-") or value.endswith("-"):
        return f"a dash is doubled or at an end ({_PHONE_FORMS})"
    if value.startswith("#"):
        return f"a # number has 4 digits after the #, like #9110 ({_PHONE_FORMS})"
    digits = sum(ch.isdigit() for ch in value)
    if not value.startswith("0"):
        return f"a number in Japan starts with 0, or is 3 digits such as 110 ({_PHONE_FORMS})"
    if "-" not in value:
        return f"it has no dashes ({_PHONE_FORMS})"
    groups = value.split("-")
    if len(groups[1]) > 6 or (len(groups) == 3 and len(groups[2]) not in (3, 4)):
        return f"its groups of digits are not the usual lengths ({_PHONE_FORMS})"
    return f"it has {digits} digits ({_PHONE_FORMS})"


def _url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        raise ValueError(f"'{value}' is not an http(s) address")
    return value


def _time_range(value: str) -> str:
    Interval.parse(value)  # raises ValueError naming the problem
    return value


def _month_day(value: str) -> str:
    MonthDayRange.parse_day(value)
    return value


def _yes_no(value: Any) -> Any:
    """YAML is read as strings: accept the words an operator would write."""
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in {"true", "yes"}:
            return True
        if lowered in {"false", "no"}:
            return False
    return value


NodeId = Annotated[str, AfterValidator(_node_id)]
Id = Annotated[str, AfterValidator(_id)]
MessageId = Annotated[str, AfterValidator(_message_id)]
Language = Annotated[str, AfterValidator(_language)]
Phone = Annotated[str, AfterValidator(_phone)]
Url = Annotated[str, AfterValidator(_url)]
Flag = Annotated[bool, BeforeValidator(_yes_no)]
TimeRange = Annotated[str, AfterValidator(_time_range)]
MonthDay = Annotated[str, AfterValidator(_month_day)]
Ranges = tuple[TimeRange, ...] | None


class Strict(BaseModel):
    """Frozen, and every key an operator writes must be known."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- flows -----------------------------------------------------------------------------------


class Option(Strict):
    """One button: its label, where it leads, and what it records about the situation."""

    label: MessageId
    next: NodeId
    add: tuple[Situation, ...] = ()
    remove: tuple[Situation, ...] = ()
    topic: Situation | None = Field(
        default=None,
        description="records what is happening or what is needed, beside any chosen before;"
        " entry links land where the button for their topic leads",
    )
    ip_phone: Flag | None = Field(
        default=None, description="true: show numbers for IP phones; false: the usual ones"
    )
    reset: Flag = Field(default=False, description="forget every situation (keeps the language)")
    if_it_changes: Flag = Field(
        default=False,
        description="on an answer: shown only when it would change the first services or the"
        " right shown (for asking gender or nationality only when it matters)",
    )

    @field_validator("topic")
    @classmethod
    def _topic_is_topic(cls, value: Situation | None) -> Situation | None:
        if value is not None and value not in TOPICS:
            raise ValueError(f"'{value}' describes the person, not what is happening: use add")
        return value


class NodeBase(Strict):
    id: NodeId
    text: MessageId


class LanguageNode(NodeBase):
    """Asks for the language: one button per available locale, each in its own name."""

    type: Literal["language"]
    next: NodeId


class ChoiceNode(NodeBase):
    """A question with buttons."""

    type: Literal["choice"]
    options: tuple[Option, ...] = Field(min_length=1)


class ReferralNode(NodeBase):
    """The answer: contacts for the situations so far, open now or when, and the key rights.

    `part: first` is the first answer, short enough for one phone screen (the best three);
    `part: more` shows the services after those, and the steps without a number.
    """

    type: Literal["referral"]
    options: tuple[Option, ...] = Field(min_length=1)
    max_rights: Annotated[int, Field(ge=0, le=10)] = 1
    part: Literal["first", "more"] = "first"


class RightsNode(NodeBase):
    """Every right and safety point that applies to the situations so far."""

    type: Literal["rights"]
    options: tuple[Option, ...] = Field(min_length=1)


Node = Annotated[LanguageNode | ChoiceNode | ReferralNode | RightsNode, Field(discriminator="type")]


class Flow(Strict):
    """A conversation as a state machine: nodes, and the node it starts at."""

    id: NodeId
    start: NodeId
    nodes: tuple[Node, ...] = Field(min_length=1)


class FlowFile(Strict):
    flow: Flow


# --- contacts --------------------------------------------------------------------------------


class AltPhone(Strict):
    """A number the source gives for phones that cannot reach the main one."""

    number: Phone
    for_: tuple[Literal["ip_phone", "prepaid", "iphone"], ...] = Field(alias="for", min_length=1)


class ClosedDates(Strict):
    start: MonthDay = Field(alias="from")
    end: MonthDay = Field(alias="to")


class Hours(Strict):
    """A weekly timetable in Japan time; days not named are closed."""

    mon: Ranges = None
    tue: Ranges = None
    wed: Ranges = None
    thu: Ranges = None
    fri: Ranges = None
    sat: Ranges = None
    sun: Ranges = None
    weekdays: Ranges = None
    weekend: Ranges = None
    daily: Ranges = None
    holidays: Literal["closed", "unknown"] | tuple[TimeRange, ...] = Field(
        default="unknown", description="national holidays: closed, unknown, or time ranges"
    )
    closed: tuple[ClosedDates, ...] = ()
    unsure: tuple[ClosedDates, ...] = Field(
        default=(),
        description="days the source does not address (New Year): shown as 'may be closed'",
    )

    def schedule(self) -> Schedule:
        week = {
            key: value
            for key, value in self.model_dump(exclude={"holidays", "closed", "unsure"}).items()
            if value is not None
        }
        return build_schedule(
            week,
            self.holidays,
            [(c.start, c.end) for c in self.closed],
            [(c.start, c.end) for c in self.unsure],
        )

    @model_validator(mode="after")
    def _parses(self) -> Hours:
        self.schedule()  # raises ValueError with the reason
        return self


class Note(Strict):
    """A line under a contact; `skip_for` hides it for speakers of those languages."""

    text: MessageId
    skip_for: tuple[Language, ...] = ()


#: How much a service is for a situation: where a caseworker sends the person first, a good
#: second, or only when nothing better is there.
Relevance = Literal["core", "useful", "fallback"]

#: Who may use a service, only where the source says so; the closed list `check` accepts.
#: women: not shown to a man; children: only to someone under 18 (or writing for one);
#: foreign_residents: not shown to a Japanese national; trainees: only to technical intern trainees.
Eligibility = Literal["women", "children", "foreign_residents", "trainees"]


class Serves(Strict):
    """What a service is for: situations, how relevant it is to them, the reason and its source."""

    situations: tuple[Situation, ...] = Field(min_length=1)
    as_: Relevance = Field(alias="as")
    why: MessageId = Field(description="the reason shown to the person (a text in locales/)")
    source: str = Field(min_length=3, description="where the source says so")


class Contact(Strict):
    """One contact point a person can use, exactly as the cited source gives it.

    An action card (`kind: action`) is a place or a step the source gives without a number
    (go to your embassy, to the nearest police station): it ranks like a service.
    """

    id: Id
    kind: Literal["service", "action"] = "service"
    report_name: str | None = Field(
        default=None, description="the name the source prints, in English, to find it there"
    )
    name_ja: str | None = Field(default=None, description="official Japanese name, to say it")
    phones: tuple[Phone, ...] = ()
    alt_phones: tuple[AltPhone, ...] = ()
    ip_phone_trouble: Flag = Field(
        default=False,
        description="the source warns that some phones cannot reach the number",
    )
    urls: tuple[Url, ...] = ()
    hours: Literal["always", "unknown"] | Hours = "unknown"
    languages: tuple[Language, ...] = Field(
        default=(), description="only the languages the source names for it"
    )
    other_languages: Flag = Field(
        default=False,
        description="the source says it also serves languages it does not list",
    )
    foreign_languages_only: Flag = Field(
        default=False,
        description="the source offers it to people who do not speak Japanese",
    )
    interpretation: Flag = Field(
        default=False,
        description="the source says it arranges an interpreter (or the person's own language)",
    )
    web_reports: Flag = Field(
        default=False, description="its address takes reports or questions in writing, any time"
    )
    in_person: Flag = Field(
        default=False, description="the person goes there (the page lists the offices)"
    )
    serves: tuple[Serves, ...] = Field(min_length=1)
    only_for: tuple[Eligibility, ...] = Field(
        default=(), description="who may use it, only where the source says so"
    )
    cost: Literal["free", "charged", "unknown"] = "unknown"
    emergency: Flag = False
    not_for_emergencies: Flag = Field(
        default=False,
        description="the source sets it apart from 110: in danger it never takes a top place",
    )
    notes: tuple[Note, ...] = ()
    source: str = Field(min_length=3)

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if self.kind == "service" and not self.phones and not self.urls:
            raise ValueError("a contact needs a phone number or an address (or kind: action)")
        seen: set[Situation] = set()
        for group in self.serves:
            twice = seen.intersection(group.situations)
            if twice:
                names = ", ".join(sorted(twice))
                raise ValueError(f"{names} is graded twice; give each situation one relevance")
            seen.update(group.situations)
        return self

    @property
    def situations(self) -> frozenset[Situation]:
        """Every situation it is for, at any relevance."""
        return frozenset(s for group in self.serves for s in group.situations)

    @property
    def message_id(self) -> str:
        return "contact-" + self.id.replace("_", "-")

    def schedule(self) -> Schedule | str:
        return self.hours if isinstance(self.hours, str) else self.hours.schedule()


class ContactsFile(Strict):
    contacts: tuple[Contact, ...] = Field(min_length=1)


# --- rights ----------------------------------------------------------------------------------


class Right(Strict):
    """A right or safety point, shown when any of its situations apply (or always)."""

    id: Id
    situations: tuple[Situation, ...] = ()
    always: Flag = False
    skip_for: tuple[Language, ...] = ()
    not_for: tuple[Situation, ...] = Field(
        default=(), description="never shown to a person with any of these (japanese_national)"
    )
    source: str = Field(min_length=3)

    @model_validator(mode="after")
    def _when(self) -> Right:
        if not self.always and not self.situations:
            raise ValueError("a right needs situations, or always: true")
        return self

    @property
    def message_id(self) -> str:
        return "right-" + self.id.replace("_", "-")


class RightsFile(Strict):
    rights: tuple[Right, ...] = Field(min_length=1)


# --- entry-link sources ----------------------------------------------------------------------


class Source(Strict):
    """An outreach partner's code for entry links, counted in aggregate only."""

    code: str = Field(pattern=r"^[a-z0-9_]{1,16}$")
    partner: str = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _not_a_language_or_situation(self) -> Source:
        if self.code in LANGUAGES or self.code in {s.value for s in Situation}:
            raise ValueError(f"'{self.code}' is a language code or a situation id; pick another")
        if self.code == OTHER_SOURCE:
            raise ValueError(f"'{OTHER_SOURCE}' is reserved for codes not listed here")
        return self


#: Any code in a link that is not listed in sources.yaml is counted under this name.
OTHER_SOURCE = "other"


class SourcesFile(Strict):
    sources: tuple[Source, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> SourcesFile:
        codes = [s.code for s in self.sources]
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            raise ValueError(f"repeated code(s): {', '.join(repeated)}")
        return self
