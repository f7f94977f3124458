"""Matching: a person's language, situations and the time in Japan -> an ordered referral.

Order: in danger, 110 first and 119 next. Then the services for the situations: those that speak
the person's language first; then those open now, those open all the time or taking written
reports, those whose hours the source does not give, and last those closed now; then those that
serve what is happening (not only who the person is), those that fit more of the situations, the
more specialised ones; then the order of the contact file. No service twice. When
nothing in the list can be reached right now, 110 is added and the answer says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.hours import Availability, Schedule, Status, availability
from bot.core.models import Contact
from bot.core.situations import TOPICS, Situation

#: How many services (besides the emergency numbers) one referral shows at most.
MAX_SERVICES = 12


class Speaks(StrEnum):
    """Whether a contact serves the person in their language."""

    YES = "yes"  # the source names the language
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
    """One contact in a referral, with what it means right now for this person."""

    contact: Contact
    availability: Availability
    phones: tuple[str, ...]  # in the order to try, as dialed
    speaks: Speaks
    no_alternate: bool  # the person asked for IP-phone numbers and the source gives none

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


@dataclass(frozen=True)
class Referral:
    """The answer for one person at one moment."""

    lang: str
    situations: frozenset[Situation]
    at: datetime
    ip_phone: bool
    items: tuple[Item, ...]
    reachable: Reachable
    language_gap: bool  # no service in the list names the person's language


class Directory:
    """The contact points, with their schedules parsed once."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self.contacts = tuple(contacts)
        self.by_id = {c.id: c for c in self.contacts}
        self._schedules: dict[str, Schedule | str] = {c.id: c.schedule() for c in self.contacts}
        self._order = {c.id: i for i, c in enumerate(self.contacts)}

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
            availability=availability(self._schedules[contact.id], at),
            phones=phones,
            speaks=speaks(contact, lang),
            no_alternate=ip_phone and contact.ip_phone_trouble and not alternates,
        )

    def match(
        self,
        lang: str,
        situations: Iterable[Situation],
        at: datetime,
        *,
        ip_phone: bool = False,
        limit: int = MAX_SERVICES,
        by_hour: bool = True,
    ) -> Referral:
        """The ordered referral for this person now (see the module docstring for the order).

        `by_hour=False` leaves the hour out of the order, for what is printed to keep (cards):
        relevance and language only, the same whenever it is printed.
        """
        wanted = frozenset(situations)
        emergency = [
            self.item(c, lang, at, ip_phone)
            for c in self.contacts
            if c.emergency and Situation.DANGER in wanted and Situation.DANGER in c.situations
        ]
        services = [
            self.item(c, lang, at, ip_phone)
            for c in self.contacts
            if not c.emergency and wanted.intersection(c.situations)
        ]
        services.sort(key=lambda item: self._rank(item, wanted, by_hour=by_hour))
        items = emergency + services[:limit]
        language_gap = bool(services) and not any(i.speaks is Speaks.YES for i in services)
        if any(i.usable_now and not i.contact.emergency and i.open_now for i in items):
            reachable = Reachable.PHONE
        elif any(i.usable_now and not i.contact.emergency for i in items):
            reachable = Reachable.WEB
        else:
            reachable = Reachable.ONLY_110
        if reachable is Reachable.ONLY_110 and not emergency:
            police = self.police()
            if police is not None:
                items.append(self.item(police, lang, at, ip_phone))
        return Referral(
            lang=lang,
            situations=wanted,
            at=at,
            ip_phone=ip_phone,
            items=tuple(items),
            reachable=reachable,
            language_gap=language_gap,
        )

    def _rank(
        self, item: Item, wanted: frozenset[Situation], *, by_hour: bool = True
    ) -> tuple[int, ...]:
        language = list(Speaks).index(item.speaks)
        if not by_hour:
            now = 0
        elif item.open_now:
            now = 0  # a person can talk to someone right now
        elif item.usable_now:
            now = 1  # open all the time, or takes written reports at any time
        elif item.availability.status is Status.UNKNOWN:
            now = 2
        else:
            now = 3
        served = item.contact.situations
        topical = 0 if wanted.intersection(TOPICS).intersection(served) else 1
        fit = -len(wanted.intersection(served))
        return (language, now, topical, fit, len(served), self._order[item.contact.id])


def speaks(contact: Contact, lang: str) -> Speaks:
    if lang in contact.languages:
        return Speaks.YES
    if contact.other_languages:
        return Speaks.MAYBE
    if not contact.languages:
        return Speaks.NOT_STATED
    return Speaks.NO
