"""The ranking's rules, each on a small directory made for it, so that a rule fails by itself.

The whole-answer tests on the real directory (personas and the caseworker's cases) are in
test_answers.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.core.directory import FIRST, MORE, Directory, Speaks, _without_cut_core
from bot.core.models import Contact
from bot.core.situations import Situation as S  # noqa: N817 (read as a table)
from testkit import jst

TUESDAY_2PM = jst(2026, 5, 12, 14, 0)
TUESDAY_11PM = jst(2026, 5, 12, 23, 0)


def contact(cid: str, serves: dict[str, list[str]], **fields: Any) -> Contact:
    """A contact as an operator would write it; `serves` maps a grade to its situations."""
    data: dict[str, Any] = {
        "id": cid,
        "phones": fields.pop("phones", ["0120-000-111"]),
        "serves": [
            {
                "situations": situations,
                "as": grade,
                "why": "why-" + cid.replace("_", "-"),
                "source": "test",
            }
            for grade, situations in serves.items()
        ],
        "source": "test",
        **fields,
    }
    return Contact.model_validate(data)


POLICE = contact(
    "police_110",
    {"core": ["danger"]},
    phones=["110"],
    hours="always",
    emergency=True,
    interpretation=True,
)
AMBULANCE = contact(
    "fire_ambulance_119", {"core": ["danger"]}, phones=["119"], hours="always", emergency=True
)


def ranked(
    contacts: list[Contact], lang: str, situations: set[S], at: Any = TUESDAY_2PM
) -> list[str]:
    referral = Directory([POLICE, AMBULANCE, *contacts]).match(lang, situations, at)
    return [i.contact.id for i in referral.items]


def test_under_18_puts_child_protection_first() -> None:
    generalist = contact(
        "generalist",
        {"core": ["sexual_exploitation", "online"], "useful": ["labor"]},
        languages=["ja"],
        hours="always",
    )
    children = contact("children", {"core": ["under_18"]}, only_for=["children"])
    got = ranked([generalist, children], "ja", {S.UNDER_18, S.SEXUAL_EXPLOITATION, S.ONLINE})
    assert got[0] == "children"


def test_in_danger_110_leads_and_the_consultation_line_gives_way() -> None:
    consultation = contact(
        "police_9110",
        {"core": ["sexual_exploitation", "report", "someone_else"]},
        languages=["ja"],
        not_for_emergencies=True,
    )
    shelter = contact("shelter", {"useful": ["sexual_exploitation"]}, languages=["ja"])
    ngo = contact("ngo", {"useful": ["sexual_exploitation"]}, languages=["ja"])
    referral = Directory([POLICE, AMBULANCE, consultation, shelter, ngo]).match(
        "ja", {S.DANGER, S.SEXUAL_EXPLOITATION, S.REPORT}, TUESDAY_11PM
    )
    assert [i.contact.id for i in referral.emergency] == ["police_110", "fire_ambulance_119"]
    first = [i.contact.id for i in referral.first]
    assert "police_9110" not in first
    assert len(first) == 2  # 110 takes the first of the three places
    assert referral.more[0].contact.id == "police_9110"  # still offered, just below
    # Without danger, the same line may lead.
    calm = Directory([POLICE, AMBULANCE, consultation, shelter, ngo]).match(
        "ja", {S.SEXUAL_EXPLOITATION, S.REPORT}, TUESDAY_2PM
    )
    assert calm.first[0].contact.id == "police_9110"


def test_never_an_ineligible_service() -> None:
    women = contact("women", {"core": ["domestic_violence"]}, only_for=["women"])
    foreign = contact("foreign", {"core": ["domestic_violence"]}, only_for=["foreign_residents"])
    children = contact("children", {"core": ["domestic_violence"]}, only_for=["children"])
    trainees = contact("trainees", {"core": ["labor"]}, only_for=["trainees"])
    anyone = contact("anyone", {"fallback": ["domestic_violence", "labor"]})
    pool = [women, foreign, children, trainees, anyone]
    assert "women" not in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE, S.MAN})
    assert "women" in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE, S.WOMAN})
    assert "women" in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE})  # not said: may be a woman
    assert "foreign" not in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE, S.JAPANESE_NATIONAL})
    assert "foreign" in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE, S.FOREIGN_NATIONAL})
    assert "children" not in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE})
    assert "children" in ranked(pool, "ja", {S.DOMESTIC_VIOLENCE, S.UNDER_18})
    assert "trainees" not in ranked(pool, "vi", {S.LABOR})
    assert "trainees" in ranked(pool, "vi", {S.LABOR, S.TECHNICAL_INTERN})


def test_a_specialised_core_service_beats_a_generalist() -> None:
    generalist = contact(
        "generalist",
        {"useful": ["labor", "everyday", "immigration", "legal", "debt"]},
        hours="always",
        languages=["ja", "vi"],
    )
    specialist = contact("specialist", {"core": ["labor"]}, languages=["ja", "vi"])
    got = ranked([generalist, specialist], "vi", {S.LABOR, S.EVERYDAY, S.DEBT, S.LEGAL})
    assert got.index("specialist") < got.index("generalist")


def test_a_closed_core_service_ranks_above_an_open_fallback() -> None:
    core = contact(
        "core", {"core": ["immigration"]}, languages=["en"], hours={"weekdays": ["09:00-17:00"]}
    )
    fallback = contact("fallback", {"fallback": ["immigration"]}, languages=["en"], hours="always")
    got = ranked([fallback, core], "en", {S.IMMIGRATION}, TUESDAY_11PM)
    assert got.index("core") < got.index("fallback")


def test_no_fallback_is_shown_while_a_core_service_is_cut() -> None:
    cores = [contact(f"core{n}", {"core": ["labor"]}) for n in range(9)]
    fallback = contact("fallback", {"fallback": ["labor"]}, hours="always", languages=["vi"])
    directory = Directory([POLICE, AMBULANCE, fallback, *cores])
    everything = directory.match("vi", {S.LABOR}, TUESDAY_11PM, first=20, more=0)
    # Whatever the scores say (here the fallback is made to score above every core one), the
    # cut keeps the core services.
    scored = [
        replace(i, score=1000.0 if i.contact.id == "fallback" else i.score)
        for i in everything.services
    ]
    scored.sort(key=lambda i: -i.score)
    assert scored[0].contact.id == "fallback"
    kept = [i.contact.id for i in _without_cut_core(scored, FIRST + MORE)]
    assert len(kept) == FIRST + MORE
    assert "fallback" not in kept
    # And on the real scores, it is simply cut.
    referral = directory.match("vi", {S.LABOR}, TUESDAY_11PM)
    assert "fallback" not in [i.contact.id for i in referral.services]


def test_an_interpreting_core_service_does_not_sink_for_its_language() -> None:
    interpreting = contact("interpreting", {"core": ["shelter"]}, interpretation=True)
    japanese = contact("japanese", {"core": ["shelter"]})  # no language named
    listed = contact("listed", {"useful": ["shelter"]}, languages=["ru"])
    referral = Directory([POLICE, AMBULANCE, japanese, listed, interpreting]).match(
        "ru", {S.SHELTER}, TUESDAY_2PM
    )
    got = [i.contact.id for i in referral.services]
    assert got[0] == "interpreting"
    assert referral.first[0].speaks is Speaks.INTERPRETED
    assert not referral.language_gap


def test_a_service_that_names_other_languages_is_left_out() -> None:
    tenlanguages = contact("ten", {"core": ["everyday"]}, languages=["en", "zh", "vi"])
    assert "ten" not in ranked([tenlanguages], "ru", {S.EVERYDAY})
    assert "ten" in ranked([tenlanguages], "vi", {S.EVERYDAY})


def test_who_can_only_write_gets_a_written_channel_first() -> None:
    phone = contact("phone", {"core": ["online"]}, hours="always", languages=["ja"])
    web = contact(
        "web",
        {"core": ["online"]},
        phones=[],
        urls=["https://example.org/form"],
        web_reports=True,
        hours="always",
        languages=["ja"],
    )
    assert ranked([phone, web], "ja", {S.ONLINE})[0] == "phone"
    assert ranked([phone, web], "ja", {S.ONLINE, S.WRITE_ONLY})[0] == "web"


def test_in_danger_a_person_answering_now_beats_a_form() -> None:
    web = contact(
        "web",
        {"core": ["sexual_exploitation"]},
        phones=[],
        urls=["https://example.org/form"],
        web_reports=True,
        hours="always",
        languages=["ja"],
    )
    line = contact("line", {"core": ["sexual_exploitation"]}, hours="always", languages=["ja"])
    referral = Directory([POLICE, AMBULANCE, web, line]).match(
        "ja", {S.DANGER, S.SEXUAL_EXPLOITATION}, TUESDAY_11PM
    )
    assert referral.first[0].contact.id == "line"


def test_action_cards_rank_like_services() -> None:
    station = contact(
        "police_station", {"core": ["documents"]}, kind="action", phones=[], interpretation=True
    )
    weak = contact("weak", {"fallback": ["documents"]}, languages=["ru"], hours="always")
    referral = Directory([POLICE, AMBULANCE, weak, station]).match("ru", {S.DOCUMENTS}, TUESDAY_2PM)
    assert [i.contact.id for i in referral.first] == ["police_station", "weak"]
    assert referral.first[0].reason is not None
    assert referral.first[0].reason.as_ == "core"
