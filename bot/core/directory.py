"""Matching: a person's language, situations and the time in Japan -> the answer, best first.

Each service says how relevant it is to each situation (core / useful / fallback) and why. A
service is left out when the source says the person may not use it (a women's service for a
man, a foreign residents' service for a Japanese national, a child line for an adult) or when it
names its languages and the person's is not one of them. The rest get a score:

- relevance: the best grade among the person's situations, plus a little for each further one
  it fits; being under 18 weighs more, so child protection leads for a child;
- language: named by the source, or an interpreter arranged, counts as speaking it; "other
  languages too" a little less; a service whose source names no language (most likely Japanese
  only, but the source does not say so) is worth little to someone who does not read Japanese;
- now: open now, or at any hour, counts most when the person is in danger, needs a bed tonight
  or is hurt; a written report at any time is not a person answering, except for someone who
  can only write; hours not given are worth a try; closed ranks last.

Relevance outweighs the rest: a core service that is closed still ranks above a fallback one
that is open, and no fallback service is shown while a core one is cut. In danger, 110 leads
the answer and 119 follows; when nothing else can be reached now, 110 is added and the answer
says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from bot.core.hours import Availability, Schedule, Status, availability
from bot.core.models import Contact, Serves
from bot.core.situations import Situation

#: How many services the answer puts first, and how many more it shows below them.
FIRST: Final = 3
MORE: Final = 5

#: Weight of each grade of relevance (score points before language and hours).
GRADE: Final[dict[str, int]] = {"core": 100, "useful": 50, "fallback": 20}
#: How much each situation weighs against a topic (1.0): being under 18 weighs most, so that
#: child protection leads; who the person is, and vague topics, weigh less.
WEIGHT: Final[dict[Situation, float]] = {
    Situation.UNDER_18: 2.0,
    Situation.SHELTER: 1.5,
    Situation.EVERYDAY: 0.6,
    Situation.NOT_SURE: 0.6,
    Situation.WOMAN: 0.4,
    Situation.MAN: 0.4,
    Situation.JAPANESE_NATIONAL: 0.3,
    Situation.FOREIGN_NATIONAL: 0.3,
    Situation.SOMEONE_ELSE: 0.6,
    Situation.WRITE_ONLY: 0.6,
}
#: Share of each further situation's points added to the best one.
FURTHER: Final = 0.15
#: How much of its relevance a service keeps for the person's language: named or interpreted,
#: "other languages too", or not stated (most likely Japanese only) for someone who does not
#: read Japanese.
LANGUAGE: Final[dict[str, float]] = {
    "yes": 1.0,
    "interpreted": 1.0,
    "maybe": 0.85,
    "not_stated": 0.6,
    "no": 0.0,  # left out of the answer
}
#: Below "first", a service is shown only when it fits at least this well.
ENOUGH: Final = 45.0
#: Going somewhere in person counts a little less than a line that answers, except when no
#: line names the person's language: then a place with interpreters counts more.
IN_PERSON: Final = -10.0
IN_PERSON_WHEN_GAP: Final = 15.0
LANGUAGE_GAP_NOT_STATED: Final = 0.5
#: Situations where someone answering now matters more than anything but relevance.
URGENT: Final[frozenset[Situation]] = frozenset(
    {Situation.DANGER, Situation.SHELTER, Situation.HURT}
)
#: Needs that come before anything else: a bed tonight, a doctor. A service that meets none of
#: them keeps this share of its relevance.
NEEDS: Final[frozenset[Situation]] = frozenset({Situation.SHELTER, Situation.HURT})
OTHER_THAN_NEEDS: Final = 0.7
#: Someone who writes in Japanese and says nothing of their nationality is most likely
#: Japanese: a service for foreign residents keeps this share of its relevance.
PROBABLY_JAPANESE: Final = 0.5
#: Closed now, but opening within this time, is almost as good for what is not urgent.
SOON: Final = timedelta(hours=12)


class Speaks(StrEnum):
    """Whether a contact serves the person in their language."""

    YES = "yes"  # the source names the language
    INTERPRETED = "interpreted"  # the source says it arranges an interpreter
    MAYBE = "maybe"  # the source says it also works in languages it does not list
    NOT_STATED = "not_stated"  # the source names no language at all
    NO = "no"  # the source names languages, and this is not one of them


class Reachable(StrEnum):
    """What the person can use right now, for the honest summary under the list."""

    PHONE = "phone"  # at least one service (besides 110/119) is open now
    WEB = "web"  # only websites that take messages at any time
    ONLY_110 = "only_110"  # nothing but the emergency numbers


@dataclass(frozen=True)
class Item:
    """One contact in an answer, with what it means right now for this person."""

    contact: Contact
    availability: Availability
    phones: tuple[str, ...]  # in the order to try, as dialed
    speaks: Speaks
    no_alternate: bool  # the person asked for IP-phone numbers and the source gives none
    reason: Serves | None = None  # why it is here: the best-graded situation it serves
    score: float = 0.0

    @property
    def usable_now(self) -> bool:
        return self.availability.status in (Status.OPEN, Status.ALWAYS) or self.contact.web_reports

    @property
    def open_now(self) -> bool | None:
        """True or False where hours are known; None where always open or not stated."""
        if self.availability.status is Status.OPEN:
            return True
        if self.availability.status is Status.CLOSED:
            return False
        return None

    @property
    def answers_now(self) -> bool:
        """Someone answers right now (a web form that takes messages does not count)."""
        web_only = self.contact.web_reports and not self.contact.phones
        return not web_only and self.availability.status in (Status.OPEN, Status.ALWAYS)


@dataclass(frozen=True)
class Referral:
    """The answer for one person at one moment, in the order it is shown."""

    lang: str
    situations: frozenset[Situation]
    at: datetime
    ip_phone: bool
    emergency: tuple[Item, ...]  # 110 and 119 when in danger (110 also when nothing is open)
    first: tuple[Item, ...]  # the best services, with why
    more: tuple[Item, ...]  # a few more, in order
    actions: tuple[Item, ...]  # places and steps without a number that did not rank above
    reachable: Reachable
    language_gap: bool  # no service in the answer names the person's language

    @property
    def items(self) -> tuple[Item, ...]:
        """Everything shown, in order: the emergency numbers, then the services, then actions."""
        return (*self.emergency, *self.first, *self.more, *self.actions)

    @property
    def services(self) -> tuple[Item, ...]:
        return (*self.first, *self.more)


class Directory:
    """The contact points, with their schedules parsed once."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self.contacts = tuple(contacts)
        self.by_id = {c.id: c for c in self.contacts}
        self._schedules: dict[str, Schedule | str] = {c.id: c.schedule() for c in self.contacts}
        self._order = {c.id: i for i, c in enumerate(self.contacts)}
        self._grades: dict[str, dict[Situation, Serves]] = {
            c.id: {s: group for group in c.serves for s in group.situations} for c in self.contacts
        }
        # Availability only changes with the minute: the same moment is asked for every
        # service of every answer (and `check` asks for a few moments many times).
        self._availability: dict[tuple[str, datetime], Availability] = {}
        # The same answer is asked for more than once per screen (the screen's own, and the
        # one a button asked only when it changes the answer compares it with).
        self._answers: dict[tuple[object, ...], Referral] = {}

    def police(self) -> Contact | None:
        """The emergency contact that answers 110, reachable at any hour."""
        return next((c for c in self.contacts if c.emergency and "110" in c.phones), None)

    def serving(self, situation: Situation) -> list[Contact]:
        return [c for c in self.contacts if situation in c.situations]

    def item(self, contact: Contact, lang: str, at: datetime, ip_phone: bool) -> Item:
        alternates = tuple(a.number for a in contact.alt_phones)
        phones = (*alternates, *contact.phones) if ip_phone else contact.phones
        return Item(
            contact=contact,
            availability=self._availability_at(contact.id, at),
            phones=phones,
            speaks=speaks(contact, lang),
            no_alternate=ip_phone and contact.ip_phone_trouble and not alternates,
        )

    def _availability_at(self, contact_id: str, at: datetime) -> Availability:
        key = (contact_id, at.replace(second=0, microsecond=0))  # hours are in whole minutes
        found = self._availability.get(key)
        if found is None:
            if len(self._availability) > 4096:
                self._availability.clear()
            found = availability(self._schedules[contact_id], at)
            self._availability[key] = found
        return found

    def match(
        self,
        lang: str,
        situations: Iterable[Situation],
        at: datetime,
        *,
        ip_phone: bool = False,
        first: int = FIRST,
        more: int = MORE,
        by_hour: bool = True,
    ) -> Referral:
        """The answer for this person now (see the module docstring for the order).

        `by_hour=False` leaves the hour out of the score, for what is printed to keep (cards):
        relevance and language only, the same whenever it is printed.
        """
        wanted = frozenset(situations)
        key = (lang, wanted, at, ip_phone, first, more, by_hour)
        known = self._answers.get(key)
        if known is None:
            if len(self._answers) >= 1024:
                self._answers.clear()
            known = self._answers[key] = self._match(
                lang, wanted, at, ip_phone, first, more, by_hour
            )
        return known

    def _match(
        self,
        lang: str,
        wanted: frozenset[Situation],
        at: datetime,
        ip_phone: bool,
        first: int,
        more: int,
        by_hour: bool,
    ) -> Referral:
        danger = Situation.DANGER in wanted
        # In danger, 110 and 119; hurt, 119 (and 110 only when in danger too).
        urgent = wanted & {Situation.DANGER, Situation.HURT}
        emergency = [
            self.item(c, lang, at, ip_phone)
            for c in self.contacts
            if c.emergency and urgent & c.situations
        ]
        if Situation.HURT in wanted:
            # Hurt: the ambulance first, then the police.
            emergency.sort(key=lambda i: "119" not in i.contact.phones)
        fitting = [
            c
            for c in self.contacts
            if not c.emergency
            and not wanted.isdisjoint(self._grades[c.id])
            and eligible(c, wanted)
            and speaks(c, lang) is not Speaks.NO
        ]
        # No line that answers the phone names the person's language: in-person help with an
        # interpreter comes first, and a line whose language is not given counts even less.
        gap = lang != "ja" and not any(c.phones and speaks(c, lang) is Speaks.YES for c in fitting)
        candidates = [self._scored(c, lang, at, ip_phone, wanted, by_hour, gap) for c in fitting]
        candidates.sort(key=lambda i: (-i.score, self._order[i.contact.id]))
        places = first
        if danger and any("110" in i.contact.phones for i in emergency):
            places = max(0, first - 1)  # 110 leads: it takes the first of the first places
        shown = _without_cut_core(candidates, places + more)
        shown = [i for n, i in enumerate(shown) if n < places or i.score >= ENOUGH]
        if danger:
            # A line the source sets apart from the emergency number (#9110) gives way.
            shown = _keep_out_of_top(shown, places)
        top, below = shown[:places], shown[places:]
        listed = {i.contact.id for i in shown}
        spare_actions = tuple(
            i for i in candidates if i.contact.kind == "action" and i.contact.id not in listed
        )[:2]
        services_shown = [*top, *below]
        language_gap = (
            lang != "ja"
            and bool(services_shown)
            and not any(i.speaks is Speaks.YES for i in services_shown)
        )
        if any(i.answers_now for i in services_shown):
            reachable = Reachable.PHONE
        elif any(i.usable_now for i in services_shown):
            reachable = Reachable.WEB
        else:
            reachable = Reachable.ONLY_110
        if reachable is Reachable.ONLY_110 and not any("110" in i.phones for i in emergency):
            police_contact = self.police()
            if police_contact is not None:
                emergency.append(self.item(police_contact, lang, at, ip_phone))
        return Referral(
            lang=lang,
            situations=wanted,
            at=at,
            ip_phone=ip_phone,
            emergency=tuple(emergency),
            first=tuple(top),
            more=tuple(below),
            actions=spare_actions,
            reachable=reachable,
            language_gap=language_gap,
        )

    def _scored(
        self,
        contact: Contact,
        lang: str,
        at: datetime,
        ip_phone: bool,
        wanted: frozenset[Situation],
        by_hour: bool,
        gap: bool = False,
    ) -> Item:
        base = self.item(contact, lang, at, ip_phone)
        points = sorted(
            (
                (GRADE[group.as_] * weight(s, wanted), group)
                for s in wanted
                if (group := self._grades[contact.id].get(s)) is not None
            ),
            key=lambda pair: -pair[0],
        )
        best, reason = points[0]
        relevance = best + FURTHER * sum(p for p, _ in points[1:])
        if wanted & NEEDS and wanted.isdisjoint(NEEDS & self._grades[contact.id].keys()):
            relevance *= OTHER_THAN_NEEDS
        if (
            "foreign_residents" in contact.only_for
            and lang == "ja"
            and Situation.FOREIGN_NATIONAL not in wanted
        ):
            relevance *= PROBABLY_JAPANESE
        if lang == "ja" and base.speaks is Speaks.NOT_STATED:
            factor = 1.0  # every service here is in Japan: read as answering in Japanese
        elif gap and base.speaks is Speaks.NOT_STATED:
            factor = LANGUAGE_GAP_NOT_STATED
        else:
            factor = LANGUAGE[base.speaks.value]
        score = relevance * factor
        if contact.kind == "action" or contact.in_person:
            score += IN_PERSON_WHEN_GAP if gap else IN_PERSON
        if by_hour:
            score += _now_points(base, wanted, at)
        return Item(
            contact=base.contact,
            availability=base.availability,
            phones=base.phones,
            speaks=base.speaks,
            no_alternate=base.no_alternate,
            reason=reason,
            score=score,
        )


def eligible(contact: Contact, wanted: frozenset[Situation]) -> bool:
    """False where the source says this person may not use it."""
    for rule in contact.only_for:
        if rule == "women" and Situation.MAN in wanted:
            return False
        if rule == "children" and Situation.UNDER_18 not in wanted:
            return False
        if rule == "foreign_residents" and Situation.JAPANESE_NATIONAL in wanted:
            return False
        if rule == "trainees" and Situation.TECHNICAL_INTERN not in wanted:
            return False
    return True


def speaks(contact: Contact, lang: str) -> Speaks:
    if lang in contact.languages:
        return Speaks.YES
    if lang == "ja":
        # Every service here is in Japan: one that names foreign languages is read as also
        # answering in Japanese, unless the source offers it only to those who do not.
        return Speaks.NO if contact.foreign_languages_only else Speaks.NOT_STATED
    if contact.interpretation:
        return Speaks.INTERPRETED
    if contact.other_languages:
        return Speaks.MAYBE
    if not contact.languages:
        return Speaks.NOT_STATED
    return Speaks.NO


def weight(situation: Situation, wanted: frozenset[Situation]) -> float:
    """How much one of the person's situations counts, given the others."""
    value = WEIGHT.get(situation, 1.0)
    if Situation.DANGER in wanted and situation in (Situation.REPORT, Situation.SOMEONE_ELSE):
        value *= 0.3  # in danger, 110 is the report; what comes next matters more
    if Situation.UNDER_18 in wanted and situation is Situation.DOMESTIC_VIOLENCE:
        value *= 0.5  # violence at home against a child is for child protection first
    return value


def _now_points(item: Item, wanted: frozenset[Situation], at: datetime) -> float:
    urgent = bool(wanted & URGENT)
    status = item.availability.status
    if item.answers_now:
        return 30 if urgent else 15
    if item.contact.web_reports:
        return 30 if Situation.WRITE_ONLY in wanted else 8
    if item.contact.kind == "action" or status is Status.UNKNOWN:
        return 6
    opens = item.availability.next_open
    if not urgent and opens is not None and opens - at <= SOON:
        return 3
    return -10 if urgent else 0


def _keep_out_of_top(shown: list[Item], places: int) -> list[Item]:
    """Lines not meant for emergencies move just below the first places."""
    top = [i for i in shown if not i.contact.not_for_emergencies][:places]
    rest = [i for i in shown if i not in top]
    return [*top, *rest]


def _without_cut_core(scored: list[Item], room: int) -> list[Item]:
    """The first `room` items, except that no fallback stays while a core one is cut."""
    chosen = list(scored[:room])
    cut_core = [i for i in scored[room:] if i.reason is not None and i.reason.as_ == "core"]
    for core in cut_core:
        fallback = next(
            (i for i in reversed(chosen) if i.reason is not None and i.reason.as_ == "fallback"),
            None,
        )
        if fallback is None:
            break
        chosen.remove(fallback)
        chosen.append(core)
    chosen.sort(key=lambda i: -i.score)
    return chosen
