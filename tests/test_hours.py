"""Opening hours in Japan time, with national holidays and each service's own closures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.hours import Status, availability, build_schedule, is_national_holiday
from testkit import jst

# The Foreign-language Human Rights Hotline as the report gives it (Figure 24, Figure 13).
FHRH = build_schedule({"weekdays": ["09:00-17:00"]}, "closed", [("12-28", "01-03")])
# The Labor Standards Advice Hotline (Section 3(3)ii).
LABOR = build_schedule(
    {"weekdays": ["17:00-22:00"], "weekend": ["09:00-21:00"]},
    ["09:00-21:00"],
    [("12-28", "01-03")],
)
# A service open Monday to Friday whose source says nothing about holidays.
SILENT = build_schedule({"weekdays": ["10:00-17:00"]}, "unknown", [])
SPLIT = build_schedule({"weekdays": ["09:00-12:00", "13:00-16:00"]}, "closed", [])


def test_weekday_afternoon_is_open_until_closing() -> None:
    result = availability(FHRH, jst(2026, 5, 12, 14, 0))  # a Tuesday
    assert result.status is Status.OPEN
    assert result.closes_at == jst(2026, 5, 12, 17, 0)


def test_weeknight_closed_until_next_morning_and_evening_line_open() -> None:
    night = jst(2026, 5, 12, 20, 0)
    closed = availability(FHRH, night)
    assert closed.status is Status.CLOSED
    assert closed.next_open == jst(2026, 5, 13, 9, 0)
    assert availability(LABOR, night).status is Status.OPEN


def test_sunday_uses_the_weekend_hours() -> None:
    sunday = jst(2026, 5, 10, 10, 0)
    assert availability(LABOR, sunday).status is Status.OPEN
    fhrh = availability(FHRH, sunday)
    assert fhrh.status is Status.CLOSED
    assert fhrh.next_open == jst(2026, 5, 11, 9, 0)  # Monday


def test_national_holiday_2026_05_04_closes_weekday_services_for_golden_week() -> None:
    holiday = jst(2026, 5, 4, 10, 0)  # Greenery Day, a Monday
    assert is_national_holiday(holiday.date())
    fhrh = availability(FHRH, holiday)
    assert fhrh.status is Status.CLOSED
    # 5 May is Children's Day and 6 May a substitute holiday: next opening is Thursday 7 May.
    assert fhrh.next_open == jst(2026, 5, 7, 9, 0)
    labor = availability(LABOR, holiday)
    assert labor.status is Status.OPEN
    assert labor.closes_at == jst(2026, 5, 4, 21, 0)


def test_new_year_2027_01_02_closes_both_until_the_fourth() -> None:
    new_year = jst(2027, 1, 2, 12, 0)  # a Saturday inside the 28 Dec - 3 Jan closure
    labor = availability(LABOR, new_year)
    assert labor.status is Status.CLOSED
    assert labor.next_open == jst(2027, 1, 4, 17, 0)  # Monday evening hours
    fhrh = availability(FHRH, new_year)
    assert fhrh.status is Status.CLOSED
    assert fhrh.next_open == jst(2027, 1, 4, 9, 0)


def test_closure_that_wraps_the_year_includes_both_ends() -> None:
    assert availability(FHRH, jst(2026, 12, 28, 10, 0)).status is Status.CLOSED
    assert availability(FHRH, jst(2027, 1, 4, 10, 0)).status is Status.OPEN
    assert availability(FHRH, jst(2026, 12, 25, 10, 0)).status is Status.OPEN


def test_holiday_the_source_is_silent_on_is_never_open() -> None:
    during_hours = availability(SILENT, jst(2026, 5, 4, 11, 0))
    assert during_hours.status is Status.UNKNOWN
    assert during_hours.holiday_unsure
    assert during_hours.next_open == jst(2026, 5, 7, 10, 0)  # the next sure opening
    assert availability(SILENT, jst(2026, 5, 4, 20, 0)).status is Status.CLOSED


def test_lunch_break_and_boundaries() -> None:
    assert availability(SPLIT, jst(2026, 5, 12, 12, 30)).status is Status.CLOSED
    assert availability(SPLIT, jst(2026, 5, 12, 12, 30)).next_open == jst(2026, 5, 12, 13, 0)
    assert availability(SPLIT, jst(2026, 5, 12, 9, 0)).status is Status.OPEN
    assert availability(SPLIT, jst(2026, 5, 12, 16, 0)).status is Status.CLOSED


def test_times_in_other_zones_are_converted_to_japan_time() -> None:
    # 05:00 UTC is 14:00 in Tokyo.
    assert availability(FHRH, datetime(2026, 5, 12, 5, 0, tzinfo=UTC)).status is Status.OPEN
    # 23:00 UTC on Monday is 08:00 Tuesday in Tokyo: not yet open.
    early = availability(FHRH, datetime(2026, 5, 11, 23, 0, tzinfo=UTC))
    assert early.status is Status.CLOSED
    assert early.next_open == jst(2026, 5, 12, 9, 0)


def test_always_and_unknown() -> None:
    assert availability("always", jst(2026, 1, 1, 3, 0)).status is Status.ALWAYS
    assert availability("unknown", jst(2026, 5, 12, 14, 0)).status is Status.UNKNOWN


@pytest.mark.parametrize(
    ("week", "holidays", "closed", "reason"),
    [
        ({"weekdays": ["9:00-17:00"]}, "closed", [], "not a time range"),
        ({"weekdays": ["17:00-09:00"]}, "closed", [], "must end after it starts"),
        ({"weekdays": ["09:00-12:00", "11:00-13:00"]}, "closed", [], "overlap"),
        ({"funday": ["09:00-12:00"]}, "closed", [], "not a day"),
        ({"weekdays": ["09:00-12:00"], "mon": ["13:00-14:00"]}, "closed", [], "given twice"),
        ({"weekdays": ["09:00-12:00"]}, "sometimes", [], "must be closed, unknown"),
        ({"weekdays": ["09:00-12:00"]}, "closed", [("13-01", "01-03")], "not a month-day"),
    ],
)
def test_bad_schedules_are_refused_with_a_reason(
    week: dict[str, list[str]], holidays: str, closed: list[tuple[str, str]], reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        build_schedule(week, holidays, closed)
