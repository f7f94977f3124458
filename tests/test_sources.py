"""True answers: every number, address and hour in the directory appears in the cited report.

The report lives beside the repository in shared/seeds (as in CI). It is not copied into the
repository; where it is absent these tests are skipped, and say so.
"""

from __future__ import annotations

import re

import pytest

from bot.core.content import Content
from bot.core.hours import Interval
from testkit import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
TITLE = "Measures to Combat Trafficking in Persons"


def _report() -> str | None:
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        if TITLE in text and "Annual Report" in text:
            return text
    return None


REPORT = _report()
needs_report = pytest.mark.skipif(REPORT is None, reason="the report is not in ../shared/seeds")


def squeeze(text: str) -> str:
    """Spaces, 'TEL' prefixes and markdown escapes removed, so '# 9110' matches '#9110'."""
    return re.sub(r"\s+", "", text).replace("\\", "")


@needs_report
def test_every_number_is_printed_in_the_report(content: Content) -> None:
    assert REPORT is not None
    report = squeeze(REPORT)
    for contact in content.directory.contacts:
        for number in (*contact.phones, *(a.number for a in contact.alt_phones)):
            assert number in report, f"{contact.id}: {number} is not in the report"


@needs_report
def test_every_address_is_printed_in_the_report(content: Content) -> None:
    assert REPORT is not None
    report = squeeze(REPORT)
    for contact in content.directory.contacts:
        for url in contact.urls:
            assert url in report, f"{contact.id}: {url} is not in the report"


def _spellings(minute: int) -> list[str]:
    hour, rest = divmod(minute, 60)
    spellings = [f"{hour}:{rest:02d}"]
    if rest == 0:
        twelve = hour - 12 if hour > 12 else hour
        suffix = "pm" if hour >= 12 else "am"
        spellings += [f"{twelve}{suffix}", f"{twelve}{suffix[0]}.{suffix[1]}."]
    return spellings


@needs_report
def test_every_opening_hour_is_printed_in_the_report(content: Content) -> None:
    assert REPORT is not None
    report = squeeze(REPORT)
    for contact in content.directory.contacts:
        if isinstance(contact.hours, str):
            continue
        ranges = [
            r
            for value in contact.hours.model_dump(exclude={"closed", "unsure"}).values()
            if isinstance(value, (list, tuple))
            for r in value
        ]
        for text in ranges:
            interval = Interval.parse(text)
            for minute in (interval.start, interval.end):
                assert any(s in report for s in _spellings(minute)), (
                    f"{contact.id}: {text} is not in the report"
                )


def test_every_contact_and_right_cites_a_section_or_figure(content: Content) -> None:
    cited = re.compile(r"(Section|Figure)s? \d")
    for contact in content.directory.contacts:
        assert cited.search(contact.source), contact.id
    for right in content.rights:
        assert cited.search(right.source), right.id
