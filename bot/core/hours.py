"""Opening hours as structured weekly schedules in Japan time, and what they mean right now.

A schedule says which hours a service is open on each weekday, what it does on Japan's national
holidays (closed, open with its own hours, or not stated by the source), and which calendar days
it is closed whatever the weekday. "Open now" is computed in Asia/Tokyo. When the source does not
say (no hours at all, or a holiday rule it leaves out), the answer is "unknown", never "open".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

import holidays as holidays_lib

TOKYO: Final = ZoneInfo("Asia/Tokyo")
DAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How far ahead `next_open` looks; New Year closures are the longest gaps (about a week).
LOOKAHEAD_DAYS: Final = 21

_INTERVAL = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Status(StrEnum):
    """Whether a person can reach a service at a given moment."""

    OPEN = "open"  # inside its stated hours
    ALWAYS = "always"  # no hours: 110, a web form
    CLOSED = "closed"  # outside its stated hours, or a stated closure
    UNKNOWN = "unknown"  # the source gives no hours, or not for this kind of day


@dataclass(frozen=True)
class Interval:
    """Open from `start` (inclusive) to `end` (exclusive), in minutes after midnight."""

    start: int
    end: int

    @classmethod
    def parse(cls, text: str) -> Interval:
        match = _INTERVAL.match(text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a time range like 09:00-17:00")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end > 24 * 60 or start >= end:
            raise ValueError(f"'{text}' must end after it starts, on the same day")
        return cls(start, end)

    def contains(self, minute: int) -> bool:
        return self.start <= minute < self.end


@dataclass(frozen=True)
class MonthDayRange:
    """A yearly closure such as 12-28 to 01-03 (inclusive, may wrap over the new year)."""

    start: tuple[int, int]
    end: tuple[int, int]

    @staticmethod
    def parse_day(text: str) -> tuple[int, int]:
        match = _MONTH_DAY.match(text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a month-day like 12-28")
        return int(match.group(1)), int(match.group(2))

    def contains(self, day: date) -> bool:
        key = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= key <= self.end
        return key >= self.start or key <= self.end


@dataclass(frozen=True)
class Schedule:
    """A weekly timetable with holiday rules; `None` hours means the source gives none."""

    week: tuple[tuple[Interval, ...], ...]  # index 0 = Monday
    holidays: tuple[Interval, ...] | None  # None: the source does not say
    closed: tuple[MonthDayRange, ...]
    unsure: tuple[MonthDayRange, ...] = ()  # days the source does not address (New Year)

    def unsure_on(self, day: date) -> bool:
        """A day the source leaves out (around New Year): open hours are not sure."""
        return any(r.contains(day) for r in self.unsure)

    def intervals_on(self, day: date) -> tuple[tuple[Interval, ...], bool]:
        """Hours on a calendar day, and whether the source is sure of them.

        On a national holiday whose rule the source leaves out, the weekday's hours are returned
        as not sure: the service may or may not be open then, and is surely closed outside them.
        """
        if any(r.contains(day) for r in self.closed):
            return (), True
        unsure = self.unsure_on(day)
        if is_national_holiday(day):
            if self.holidays is None:
                return self.week[day.weekday()], False
            # Closed on holidays stays sure; holiday hours on a day left out are not.
            return self.holidays, not (unsure and self.holidays)
        return self.week[day.weekday()], not unsure


@dataclass(frozen=True)
class Availability:
    """What a schedule means at one moment."""

    status: Status
    closes_at: datetime | None = None  # when OPEN: the end of the current interval
    next_open: datetime | None = None  # when CLOSED or UNKNOWN: the next sure opening
    holiday_unsure: bool = False  # UNKNOWN because the source is silent on national holidays
    season_unsure: bool = False  # UNKNOWN because the source is silent on these days of the year


@lru_cache(maxsize=8)
def _holidays_for(year: int) -> frozenset[date]:
    return frozenset(holidays_lib.country_holidays("JP", years=year).keys())


def is_national_holiday(day: date) -> bool:
    """Japan's national holidays, including substitute days, from the `holidays` package."""
    return day in _holidays_for(day.year)


def to_tokyo(moment: datetime) -> datetime:
    """Any aware datetime in Japan time; naive ones are taken as already in Japan time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TOKYO)
    return moment.astimezone(TOKYO)


def availability(schedule: Schedule | str, moment: datetime) -> Availability:
    """Open, closed, always or unknown at `moment`, with the next sure opening when closed.

    `schedule` is a Schedule, or the words "always" / "unknown" for services without hours.
    """
    if schedule == "always":
        return Availability(Status.ALWAYS)
    if schedule == "unknown" or isinstance(schedule, str):
        return Availability(Status.UNKNOWN)
    now = to_tokyo(moment)
    minute = now.hour * 60 + now.minute
    today, sure = schedule.intervals_on(now.date())
    for interval in today:
        if interval.contains(minute):
            if not sure:
                season = schedule.unsure_on(now.date())
                return Availability(
                    Status.UNKNOWN,
                    next_open=next_opening(schedule, now),
                    holiday_unsure=not season,
                    season_unsure=season,
                )
            return Availability(Status.OPEN, closes_at=_at(now.date(), interval.end))
    return Availability(Status.CLOSED, next_open=next_opening(schedule, now))


def next_opening(schedule: Schedule, after: datetime) -> datetime | None:
    """The first moment after `after` when the schedule is surely open (None if none soon)."""
    now = to_tokyo(after)
    minute = now.hour * 60 + now.minute
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = now.date() + timedelta(days=offset)
        intervals, sure = schedule.intervals_on(day)
        if not sure:
            continue
        for interval in intervals:
            if offset == 0 and interval.start <= minute:
                continue
            return _at(day, interval.start)
    return None


def _at(day: date, minute: int) -> datetime:
    if minute >= 24 * 60:
        return datetime.combine(day + timedelta(days=1), time(0), TOKYO)
    return datetime.combine(day, time(minute // 60, minute % 60), TOKYO)


def build_schedule(
    week: dict[str, Iterable[str]],
    holidays: str | Iterable[str],
    closed: Iterable[tuple[str, str]],
    unsure: Iterable[tuple[str, str]] = (),
) -> Schedule:
    """Make a Schedule from operator words; raises ValueError naming what is wrong.

    `week` maps day keys (mon..sun, weekdays, weekend, daily) to time ranges; days not named are
    closed. `holidays` is "closed", "unknown" (the source does not say) or a list of time ranges.
    """
    days: dict[str, tuple[Interval, ...]] = {d: () for d in DAYS}
    groups = {"weekdays": DAYS[:5], "weekend": DAYS[5:], "daily": DAYS}
    seen: set[str] = set()
    for key, ranges in week.items():
        targets = groups.get(key, (key,) if key in DAYS else ())
        if not targets:
            raise ValueError(f"'{key}' is not a day (mon..sun, weekdays, weekend, daily)")
        intervals = _intervals(ranges)
        for day in targets:
            if day in seen:
                raise ValueError(f"'{day}' is given twice")
            seen.add(day)
            days[day] = intervals
    holiday_hours: tuple[Interval, ...] | None
    if isinstance(holidays, str):
        if holidays == "closed":
            holiday_hours = ()
        elif holidays == "unknown":
            holiday_hours = None
        else:
            raise ValueError(f"holidays: '{holidays}' must be closed, unknown or time ranges")
    else:
        holiday_hours = _intervals(holidays)
    closures = tuple(
        MonthDayRange(MonthDayRange.parse_day(a), MonthDayRange.parse_day(b)) for a, b in closed
    )
    unsure_days = tuple(
        MonthDayRange(MonthDayRange.parse_day(a), MonthDayRange.parse_day(b)) for a, b in unsure
    )
    return Schedule(tuple(days[d] for d in DAYS), holiday_hours, closures, unsure_days)


def _intervals(ranges: Iterable[str]) -> tuple[Interval, ...]:
    parsed = sorted((Interval.parse(r) for r in ranges), key=lambda i: i.start)
    for earlier, later in itertools.pairwise(parsed):
        if later.start < earlier.end:
            raise ValueError("time ranges overlap")
    return tuple(parsed)
