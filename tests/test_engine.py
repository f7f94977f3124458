"""The engine as a pure function: positions in button data, validated on every press."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core import render
from bot.core.content import Content
from bot.core.engine import BadDataError, Engine, State
from bot.core.limits import Limits
from bot.core.situations import Situation, to_mask
from testkit import jst

NOW = jst(2026, 5, 12, 14, 0)


def tap(engine: Engine, state: State, label: str) -> State:
    screen = engine.screen(state, NOW)
    button = next((b for b in screen.buttons if b.label == label), None)
    assert button is not None, f"no button {label!r} in {[b.label for b in screen.buttons]}"
    return engine.press(button.data)


def test_walk_to_a_referral_records_only_enum_answers(engine: Engine) -> None:
    state = engine.start()
    assert engine.node(state).id == "language"
    state = tap(engine, state, "English")
    state = tap(engine, state, "Someone else who is under 18")
    state = tap(engine, state, "No, not right now")
    state = tap(engine, state, engine.texts.text("en", "what-sexual-exploitation"))
    state = tap(engine, state, "Told to pay a debt, a fine or a fee")
    assert state == State(
        "main",
        "referral",
        "en",
        frozenset(
            {
                Situation.SOMEONE_ELSE,
                Situation.UNDER_18,
                Situation.SEXUAL_EXPLOITATION,
                Situation.DEBT,
            }
        ),
    )
    screen = engine.screen(state, NOW)
    assert screen.referral is not None
    assert "Is the person" not in screen.text
    assert all(len(b.data.encode()) <= TELEGRAM.button_data for b in screen.buttons)


def test_another_situation_is_added_to_the_first_and_keeps_the_profile(engine: Engine) -> None:
    state = State("main", "referral", "en", frozenset({Situation.UNDER_18, Situation.LABOR}))
    state = tap(engine, state, "Add another situation")
    state = tap(engine, state, engine.texts.text("en", "what-online"))
    state = tap(engine, state, "Advice on what can be done")
    assert state.situations == {Situation.UNDER_18, Situation.LABOR, Situation.ONLINE}


def test_being_hurt_is_recorded_on_the_way_to_the_emergency_answer(engine: Engine) -> None:
    state = tap(engine, State("main", "danger", "en"), "Yes, and I am hurt")
    assert state.node == "danger_referral"
    assert state.situations == {Situation.DANGER, Situation.HURT}
    screen = engine.screen(state, NOW)
    assert screen.referral is not None
    assert screen.referral.emergency[0].contact.id == "fire_ambulance_119"
    # The first line says so too, before the 119 and 110 blocks.
    assert screen.text.startswith("If you are hurt, call 119 (ambulance) now")
    unhurt = engine.screen(replace(state, situations=frozenset({Situation.DANGER})), NOW)
    assert unhurt.text.startswith("If you are in danger now, call 110 (police).")


def test_a_button_that_would_do_what_another_does_is_not_shown(engine: Engine) -> None:
    """An under-18 entry link already said the age: only "me" and "someone else" remain."""
    fresh = [b.label for b in engine.screen(State("main", "who", "en"), NOW).buttons]
    assert "Me, and I am under 18" in fresh
    linked = engine.start(lang="en", under_18=True)
    labels = [b.label for b in engine.screen(linked, NOW).buttons]
    assert labels[:2] == ["Me", "Someone else (a friend, a family member)"]
    assert not any("under 18" in label for label in labels)
    assert tap(engine, linked, "Me").situations == {Situation.UNDER_18}


def test_saying_i_can_only_write_is_offered_until_it_is_said(engine: Engine) -> None:
    state = State("main", "referral", "en", frozenset({Situation.LABOR}))
    state = tap(engine, state, "I can't talk, I can only write")
    assert Situation.WRITE_ONLY in state.situations
    labels = [b.label for b in engine.screen(state, NOW).buttons]
    assert "I can't talk, I can only write" not in labels


def test_gender_is_asked_only_when_it_changes_the_answer(engine: Engine) -> None:
    """A women's shelter among the first three: "I am a man" is offered, and leaves it out."""
    shelter = State("main", "referral", "en", frozenset({Situation.SHELTER}))
    screen = engine.screen(shelter, NOW)
    assert screen.referral is not None
    women = [i.contact.id for i in screen.referral.first if "women" in i.contact.only_for]
    assert women
    labels = [b.label for b in screen.buttons]
    assert "I am a man" in labels
    man = tap(engine, shelter, "I am a man")
    after = engine.screen(man, NOW).referral
    assert after is not None
    assert not {i.contact.id for i in after.items} & set(women)
    # Legal advice is the same for a man and a woman: gender is not asked.
    legal = engine.screen(State("main", "referral", "en", frozenset({Situation.LEGAL})), NOW)
    assert not {"I am a man", "I am a woman"} & {b.label for b in legal.buttons}


def test_a_japanese_national_is_not_shown_a_visa_right(engine: Engine) -> None:
    situations = frozenset({Situation.IMMIGRATION, Situation.JAPANESE_NATIONAL})
    assert "residence_status" not in {r.id for r in engine.rights_for("en", situations)}
    assert "residence_status" in {
        r.id for r in engine.rights_for("en", situations - {Situation.JAPANESE_NATIONAL})
    }


def test_a_press_means_the_same_whatever_buttons_the_hour_shows(engine: Engine) -> None:
    """Button data carries the option's place in the flow, not on the screen."""
    state = State("main", "referral", "en", frozenset({Situation.SHELTER}))
    flow_index = [o.label for o in engine.node(state).options].index("start-over")
    data = engine.encode(state, str(flow_index))
    assert engine.press(data) == State("main", "who", "en")


def test_start_over_forgets_everything_but_the_language(engine: Engine) -> None:
    state = State("main", "referral", "en", frozenset({Situation.DANGER, Situation.LEGAL}), True)
    state = tap(engine, state, "Start over")
    assert state == State("main", "who", "en")


def test_ip_phone_switch_shows_only_the_useful_direction(engine: Engine) -> None:
    state = State("main", "more", "en", frozenset({Situation.LEGAL}))
    labels = [b.label for b in engine.screen(state, NOW).buttons]
    assert "A number does not connect from my phone" in labels
    assert "Show the usual numbers" not in labels
    state = tap(engine, state, "A number does not connect from my phone")
    assert state.ip_phone
    labels = [b.label for b in engine.screen(state, NOW).buttons]
    assert "Show the usual numbers" in labels
    assert "A number does not connect from my phone" not in labels


def test_entry_with_language_and_topic_asks_only_what_is_needed(engine: Engine) -> None:
    state = engine.start(lang="vi", topic=Situation.LABOR)
    assert state.node == "need"
    assert state.situations == {Situation.LABOR}
    # A need goes straight to the answer.
    assert engine.start(lang="vi", topic=Situation.SHELTER).node == "referral"
    assert engine.start(lang="vi").node == "who"


def test_language_picker_names_each_language_in_itself_with_the_hint_first(engine: Engine) -> None:
    screen = engine.screen(engine.start(), NOW, hint="en")
    assert screen.buttons[0].label == "English"
    assert "Choose your language." in screen.text


@pytest.mark.parametrize("hint", ["vi", "ja", None, "xx"])
def test_110_and_119_are_on_the_very_first_screen(engine: Engine, hint: str | None) -> None:
    screen = engine.screen(engine.start(), NOW, hint=hint)
    footer = engine.texts.text(screen.lang, "footer-emergency")
    assert screen.text.endswith(footer)
    assert "110" in footer and "119" in footer
    assert screen.lang == (hint if hint in ("vi", "ja") else "en")


def test_only_the_picker_is_marked_as_short_choices(engine: Engine) -> None:
    """The core says what the buttons are; how many go to a row is each channel's layout."""
    assert engine.screen(engine.start(), NOW).short_choices
    for node in engine.content.flows["main"].nodes:
        if node.id == "language":
            continue
        state = State("main", node.id, "en", frozenset({Situation.LABOR}))
        assert not engine.screen(state, NOW).short_choices, node.id


@pytest.mark.parametrize(
    "data",
    [
        "",
        "hello",
        "1|main|aaaaa|who|en|0|0|0",  # a revision the bot never made is stale, see below
        "1|main|{rev}|nowhere|en|0|0|0",
        "1|main|{rev}|who|xx|0|0|0",
        "1|main|{rev}|who|en|1000000|0|0",
        "1|main|{rev}|who|en|0|0|9",
        "1|main|{rev}|who|en|0|0|@en",
        "1|main|{rev}|language|-|0|0|@zz",
        "1|main|{rev}|language|-|0|0|1",
        "1|other|{rev}|who|en|0|0|0",
        "2|main|{rev}|who|en|0|0|0",
        "1|main|{rev}|who|en|0|0|0|extra",
        "1|main|{rev}|who|en|0|2|0",
        "1|main|{rev}|who|en|{man_and_woman}|0|0",  # situations that cannot both be true
        "1|main|{rev}|referral|vi|{trainee}|0|{japanese}",  # a button not shown to a trainee
        "\x00" * 64,
    ],
)
def test_forged_or_garbled_button_data_is_refused(engine: Engine, data: str) -> None:
    data = data.replace("{rev}", engine.content.revisions["main"])
    data = data.replace(
        "{man_and_woman}", format(to_mask(frozenset({Situation.MAN, Situation.WOMAN})), "x")
    )
    data = data.replace("{trainee}", format(to_mask(frozenset({Situation.TECHNICAL_INTERN})), "x"))
    answer = engine.node(State("main", "referral", "vi"))
    labels = [o.label for o in getattr(answer, "options", ())]
    data = data.replace("{japanese}", str(labels.index("refine-japanese")))
    if data.startswith("1|main|aaaaa|"):
        # Not refused: treated as a button from an older flow, shown again, not applied.
        assert engine.press(data) == State("main", "who", "en")
        return
    with pytest.raises(BadDataError):
        engine.press(data)


def test_button_from_an_older_flow_shows_the_screen_again(engine: Engine) -> None:
    state = State("main", "danger", "en", frozenset({Situation.SOMEONE_ELSE}))
    data = engine.encode(state, "0")
    old = data.replace(engine.content.revisions["main"], "zzzzz")
    assert engine.press(old) == state  # the "hurt" press is not applied to a changed flow
    assert engine.press(data).situations == {
        Situation.SOMEONE_ELSE,
        Situation.DANGER,
        Situation.HURT,
    }


def test_button_for_a_screen_that_no_longer_exists_leads_to_the_start(engine: Engine) -> None:
    data = "1|main|zzzzz|removed_node|en|4|0|0"
    assert engine.press(data) == State("main", "who", "en")


@pytest.mark.parametrize(
    "typed", ["help", "HELP", "ｈｅｌｐ", "please help me!!", "SOS", "call 110", "Emergency."]
)
def test_emergency_words_answer_at_once(engine: Engine, typed: str) -> None:
    state = State("main", "what", "en")
    screen = engine.reply_to_text(state, typed, NOW).screen
    assert screen is not None
    assert screen.text.startswith(engine.texts.text("en", "emergency-answer"))
    assert "110" in screen.text and "119" in screen.text
    assert screen.buttons == engine.screen(state, NOW).buttons  # the person can go on


@pytest.mark.parametrize("typed", ["hello", "helpful", "I have a question", "1234", "x" * 5000])
def test_other_text_shows_the_screen_again(engine: Engine, typed: str) -> None:
    state = State("main", "who", "en")
    screen = engine.reply_to_text(state, typed, NOW).screen
    assert screen is not None
    assert screen.text.startswith(engine.texts.text("en", "use-buttons"))
    assert typed not in screen.text
    assert screen.buttons == engine.screen(state, NOW).buttons


def test_emergency_words_work_before_a_language_is_chosen(engine: Engine) -> None:
    screen = engine.reply_to_text(engine.start(), "help", NOW).screen
    assert screen is not None
    assert screen.text.startswith(engine.texts.text("en", "emergency-answer"))
    assert screen.buttons == engine.screen(engine.start(), NOW).buttons


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("GIUP TOI", "vi"),  # Vietnamese without its accents, in capitals
        ("cuu toi voi", "vi"),
        ("Ayudame por favor", "es"),
        ("madad", "ne"),
        ("tulungan", "tl"),
        ("tasukete", "ja"),
        ("ｔａｓｕｋｅｔｅ", "ja"),  # full width
        ("ПОМОГИТЕ", "ru"),
        ("ช่วยด้วย", "th"),
    ],
)
def test_emergency_words_typed_without_accents_or_in_romaji(
    engine: Engine, typed: str, lang: str
) -> None:
    assert engine.emergency_language(typed) == lang


@pytest.mark.parametrize(
    ("typed", "lang"),
    [("I want to die", "en"), ("死にたい", "ja"), ("shinitai", "ja"), ("quiero morir", "es")],
)
def test_words_about_ending_ones_life_get_a_kind_answer_with_119_and_110(
    engine: Engine, typed: str, lang: str
) -> None:
    assert engine.self_harm_language(typed) == lang
    alone = engine.reply_to_text(None, typed, NOW)
    assert alone.urgent and alone.screen is None
    assert alone.line == engine.texts.text(lang, "self-harm-answer")
    assert "119" in alone.line and "110" in alone.line
    # Where the channel keeps the position, the answer comes on top of the same screen.
    state = State("main", "what", "en")
    kept = engine.reply_to_text(state, typed, NOW)
    assert kept.urgent and kept.screen is not None
    assert kept.screen.text.startswith(engine.texts.text("en", "self-harm-answer"))
    assert kept.screen.buttons == engine.screen(state, NOW).buttons


def test_every_screen_carries_the_emergency_line(engine: Engine) -> None:
    footer = engine.texts.text("en", "footer-emergency")
    for node in engine.content.flows["main"].nodes:
        state = State("main", node.id, "en", frozenset({Situation.LABOR}))
        assert engine.screen(state, NOW).text.endswith(footer)


def test_state_holds_nothing_but_enums(engine: Engine) -> None:
    state = replace(engine.start(lang="en"), situations=frozenset({Situation.DANGER}))
    assert set(vars(state)) == {"flow", "node", "lang", "situations", "ip_phone"}


def test_a_word_two_languages_share_is_answered_in_the_apps_language(engine: Engine) -> None:
    shared = "警察"
    found = engine.emergency_language(shared)
    if found is None or not engine.texts.has("zh"):
        pytest.skip("needs the Japanese and Chinese emergency words")
    assert engine.emergency_language(shared, prefer="zh") == "zh"
    assert engine.emergency_language(shared, prefer="ja") == "ja"
    assert engine.emergency_language("help", prefer="zh") == "en"


def test_a_channel_that_keeps_no_position_gets_the_same_policy(engine: Engine) -> None:
    """Telegram keeps nothing: an emergency word is answered alone, other text with one line."""
    urgent = engine.reply_to_text(None, "giúp tôi", NOW, prefer="vi")
    assert urgent.urgent and urgent.screen is None
    assert urgent.line == render.emergency_text(engine.texts, "vi")
    other = engine.reply_to_text(None, "hello", NOW, prefer="vi")
    assert not other.urgent and other.screen is not None
    assert other.screen.text == engine.texts.text("vi", "use-buttons-above")
    # One small button, "start over", that starts in the person's language (not the picker).
    (again,) = other.screen.buttons
    assert again.label == engine.texts.text("vi", "start-over")
    started = engine.press(again.data)
    assert started.lang == "vi" and started.node != engine.start().node


def test_the_engine_fits_screens_to_the_limits_it_is_given(content: Content) -> None:
    """A channel's limits are a value: a smaller channel gets fewer services, never a cut text."""
    state = State("main", "referral", "vi", frozenset({Situation.LABOR, Situation.NOT_SURE}))
    roomy = Engine(content).screen(state, NOW)
    small = Limits("small", text=len(roomy.text) - 1)
    fitted = Engine(content, limits=small).screen(state, NOW)
    assert len(fitted.text) <= small.text
    assert fitted.referral is not None and roomy.referral is not None
    assert len(fitted.referral.items) < len(roomy.referral.items)


def test_the_right_shown_first_is_about_what_the_person_needs_most(engine: Engine) -> None:
    """A bed tonight after sexual exploitation: the right about a safe place, not host clubs."""
    state = State("main", "referral", "en", frozenset({Situation.SEXUAL_EXPLOITATION}))
    assert [r.id for r in engine.screen(state, NOW).rights] == ["debt_is_crime"]
    needs = replace(state, situations=state.situations | {Situation.SHELTER})
    assert [r.id for r in engine.screen(needs, NOW).rights] == ["shelter"]


def test_a_trainee_is_never_offered_japanese_nationality(engine: Engine) -> None:
    state = State("main", "referral", "vi", frozenset({Situation.TECHNICAL_INTERN}))
    refine = engine.texts.text("vi", "refine-japanese", {"for_other": "no"})
    assert refine not in [b.label for b in engine.screen(state, NOW).buttons]
