"""Matching: language + situations + time (+ IP phone) -> an ordered, honest referral."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest

from bot.core.content import Content
from bot.core.directory import Directory, Reachable, Speaks
from bot.core.situations import IDENTITY, PROFILE, TOPICS, Situation
from testkit import jst

WEEKDAY_AFTERNOON = jst(2026, 5, 12, 14, 0)  # Tuesday
WEEKNIGHT = jst(2026, 5, 12, 23, 30)
SUNDAY = jst(2026, 5, 10, 11, 0)
HOLIDAY = jst(2026, 5, 4, 11, 0)  # Greenery Day
NEW_YEAR = jst(2027, 1, 2, 3, 0)
MOMENTS = (WEEKDAY_AFTERNOON, WEEKNIGHT, SUNDAY, HOLIDAY, NEW_YEAR)


@pytest.fixture(scope="module")
def directory(content: Content) -> Directory:
    return content.directory


def ids(directory: Directory, lang: str, situations: set[Situation], at: datetime) -> list[str]:
    return [i.contact.id for i in directory.match(lang, situations, at).items]


def test_in_danger_110_comes_first_then_119(directory: Directory) -> None:
    for lang in ("ja", "vi", "my"):
        got = ids(directory, lang, {Situation.DANGER, Situation.SEXUAL_EXPLOITATION}, WEEKNIGHT)
        assert got[:2] == ["police_110", "fire_ambulance_119"]


def test_interpreter_note_on_110_for_non_japanese_speakers_only(directory: Directory) -> None:
    police = directory.by_id["police_110"]
    notes = {n.text: n.skip_for for n in police.notes}
    assert "ja" in notes["note-110-interpreter"]


def test_a_trainee_first_gets_services_in_their_language(directory: Directory) -> None:
    referral = directory.match(
        "vi", {Situation.LABOR, Situation.TECHNICAL_INTERN}, WEEKDAY_AFTERNOON
    )
    assert referral.first[0].speaks is Speaks.YES
    assert "otit_native_language" in [i.contact.id for i in referral.first]


def test_an_open_line_leads_among_equally_fitting_ones(directory: Directory) -> None:
    # On a Sunday morning the labour hotline (weekends 9:00-21:00) is open while the
    # weekday-only services are closed: it leads the services that serve work equally well.
    referral = directory.match("vi", {Situation.LABOR}, SUNDAY)
    assert referral.first[0].contact.id == "labor_hotline"
    assert referral.first[0].open_now is True


def test_a_closed_service_is_never_shown_open(directory: Directory) -> None:
    referral = directory.match("en", {Situation.EVERYDAY}, HOLIDAY)
    fhrh = next(
        i for i in referral.items if i.contact.id == "foreign_language_human_rights_hotline"
    )
    assert fhrh.open_now is False
    assert fhrh.availability.next_open == jst(2026, 5, 7, 9, 0)
    centres = next(
        i for i in referral.items if i.contact.id == "human_rights_centers_for_foreigners"
    )
    assert centres.open_now is None  # the source is silent on holidays: "may be closed"


def test_new_year_shows_labour_hotline_closed(directory: Directory) -> None:
    referral = directory.match("ja", {Situation.LABOR}, NEW_YEAR)
    hotline = next(i for i in referral.items if i.contact.id == "labor_hotline")
    assert hotline.open_now is False
    assert hotline.availability.next_open == jst(2027, 1, 4, 17, 0)


def test_ip_phone_caller_gets_the_alternate_number_first(directory: Directory) -> None:
    plain = directory.match("en", {Situation.LEGAL}, WEEKDAY_AFTERNOON)
    asked = directory.match("en", {Situation.LEGAL}, WEEKDAY_AFTERNOON, ip_phone=True)
    houterasu = next(i for i in plain.items if i.contact.id == "houterasu_multilingual")
    assert houterasu.phones == ("0570-078377",)
    houterasu_ip = next(i for i in asked.items if i.contact.id == "houterasu_multilingual")
    assert houterasu_ip.phones == ("050-3754-5430", "0570-078377")
    assert asked.ip_phone


def test_ip_phone_caller_is_told_when_no_alternate_exists(directory: Directory) -> None:
    referral = directory.match("en", {Situation.EVERYDAY}, WEEKDAY_AFTERNOON, ip_phone=True)
    fhrh = next(
        i for i in referral.items if i.contact.id == "foreign_language_human_rights_hotline"
    )
    assert fhrh.no_alternate
    assert fhrh.phones == ("0570-090911",)


def test_never_a_service_twice_and_always_something_usable_now(directory: Directory) -> None:
    topics = sorted(TOPICS)
    person = sorted(PROFILE - IDENTITY)
    profiles = [set(c) for n in range(len(person) + 1) for c in itertools.combinations(person, n)]
    identities = [
        set(),
        {Situation.WOMAN, Situation.FOREIGN_NATIONAL},
        {Situation.MAN, Situation.JAPANESE_NATIONAL},
    ]
    # Languages of each kind: Japanese; named by many services (en, vi); by a few (my); by
    # none (ru). What they change is which services are left out.
    for lang, moment, topic, profile, who in itertools.product(
        ("ja", "en", "vi", "my", "ru"), MOMENTS, topics, profiles, identities
    ):
        if (lang, topic) != ("en", Situation.NOT_SURE) and len(profile) > 2:
            continue  # every combination once, in one language; the rest in smaller groups
        referral = directory.match(lang, {topic, *profile, *who}, moment)
        got = [i.contact.id for i in referral.items]
        assert len(got) == len(set(got)), (lang, topic, got)
        usable = [i for i in referral.items if i.usable_now]
        assert usable, (lang, moment, topic, profile)
        if referral.reachable is Reachable.ONLY_110:
            assert "police_110" in got


def test_at_3am_on_new_year_only_110_or_websites_are_offered_honestly(
    directory: Directory,
) -> None:
    referral = directory.match("en", {Situation.LEGAL}, NEW_YEAR)
    assert referral.reachable is Reachable.ONLY_110
    assert referral.emergency[-1].contact.id == "police_110"
    online = directory.match("en", {Situation.ONLINE}, NEW_YEAR)
    assert online.reachable is Reachable.WEB


def test_language_gap_is_flagged_when_nobody_lists_the_language(directory: Directory) -> None:
    assert directory.match("ru", {Situation.LABOR}, WEEKDAY_AFTERNOON).language_gap
    assert not directory.match("vi", {Situation.LABOR}, WEEKDAY_AFTERNOON).language_gap


def test_every_situation_is_served(directory: Directory) -> None:
    for situation in Situation:
        if situation not in IDENTITY:  # who the person is decides eligibility, not a service
            assert directory.serving(situation), situation


def test_template_placeholders_are_not_contacts(directory: Directory) -> None:
    numbers = {
        p for c in directory.contacts for p in (*c.phones, *(a.number for a in c.alt_phones))
    }
    assert not numbers & {"03-1234-5678", "0000-0000-0000", "00-0000-0000"}
