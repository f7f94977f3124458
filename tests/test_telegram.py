"""End to end: the real Application polling over HTTP on 127.0.0.1 against the fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.channels.telegram.channel import PATIENCE, Channel, Patience
from bot.core.engine import Button, Engine
from bot.core.languages import LANGUAGES
from bot.core.links import Entry, parse_payload
from bot.core.situations import Situation
from testkit import LOCALES, NOW
from testkit.fakebot import FakeBotApi, Injected, Person
from testkit.serving import QUICK, polling_bot
from testkit.taps import replies_to, started, tap

ADVICE_JA = "何ができるか、相談したい"  # need-advice in Japanese


@pytest.fixture
async def api(fake_api: FakeBotApi, engine: Engine) -> AsyncIterator[FakeBotApi]:
    async with polling_bot(fake_api, engine):
        yield fake_api


async def test_a_whole_journey_by_polling(api: FakeBotApi) -> None:
    person = Person()
    await api.send(person, "/start")
    await api.wait_for(lambda: any(s.from_bot for s in api.visible(person.id)))
    first = api.last_bot_message(person.id)
    assert api.buttons(first)[0][0] == "English"  # the account's language first
    await tap(api, person, "English")
    await tap(api, person, "Me")
    await tap(api, person, "No, not right now")
    await tap(api, person, "I need legal advice")
    await tap(api, person, "Advice on what can be done")
    final = api.last_bot_message(person.id)
    assert "0570-078377" in final["text"]
    # One message, edited in place: the person's /start and the bot's single screen.
    assert len([s for s in api.visible(person.id) if s.from_bot]) == 1
    assert api.buttons(final)[-1][0] == "✖ Leave and clear this chat"
    await api.wait_for(lambda: "setMyCommands" in api.methods())
    # No link previews; forwarding allowed so a number can be passed on (see flows/main.yaml).
    sent = [p for m, p in api.calls if m in ("sendMessage", "editMessageText")]
    assert all(p["link_preview_options"] == {"is_disabled": True} for p in sent)
    assert all(not p.get("protect_content") for p in sent)


@pytest.mark.parametrize("code", sorted(p.name for p in LOCALES.iterdir() if p.is_dir()))
async def test_every_emergency_word_gets_110_and_119(
    api: FakeBotApi, engine: Engine, code: str
) -> None:
    person = Person(language_code="en")
    await started(api, person)
    words = [w.strip() for w in engine.texts.catalogs[code].render("emergency-words").split(",")]
    for word in filter(None, words):
        text = await replies_to(api, person, text=word)
        assert "110" in text and "119" in text, word
        # Words shared by several languages (110, SOS) may be answered in either of them.
        answers = [engine.texts.text(c, "emergency-answer") for c in engine.texts.catalogs]
        assert any(text.startswith(a) for a in answers), word


async def test_quick_exit_removes_both_sides(api: FakeBotApi) -> None:
    person = Person()
    await started(api, person)
    await tap(api, person, "English")
    await api.send(person, "hello")
    await api.wait_for(lambda: len(api.visible(person.id)) >= 4)
    screen = next(s.message for s in api.visible(person.id) if api.buttons(s.message))
    await api.press(
        person, screen["message_id"], dict(api.buttons(screen))["✖ Leave and clear this chat"]
    )
    await api.wait_for(lambda: len(api.visible(person.id)) == 1)
    visible = api.visible(person.id)
    assert len(visible) == 1 and visible[0].from_bot
    assert "Cleared." in visible[0].message["text"]
    assert "delete it from your chat list" in visible[0].message["text"]
    assert "reply_markup" not in visible[0].message


async def test_exit_command_also_clears(api: FakeBotApi) -> None:
    person = Person(id=5550001)
    await started(api, person)
    await api.send(person, "/exit")
    await api.wait_for(lambda: len(api.visible(person.id)) == 1)
    assert "Cleared." in api.last_text(person.id)


@pytest.mark.parametrize(
    "message",
    [
        {
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u1",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        {"photo": [{"file_id": "p1", "file_unique_id": "u2", "width": 1, "height": 1}]},
        {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 1}},
        {"document": {"file_id": "d1", "file_unique_id": "u4"}},
        {"location": {"latitude": 35.68, "longitude": 139.76}},
        {"contact": {"phone_number": "+81900000000", "first_name": "X"}},
        {"text": "x" * 4096},
        {"text": "/unknowncommand"},
        {
            "text": "forwarded words",
            "forward_origin": {"type": "hidden_user", "date": 1, "sender_user_name": "Someone"},
        },
    ],
)
async def test_bad_input_gets_a_short_kind_answer(
    api: FakeBotApi, message: dict[str, object]
) -> None:
    person = Person()
    await started(api, person)
    text = await replies_to(api, person, **message)
    # One line pointing to the screen above, and a small "start over": never the picker.
    assert text == "Please use the buttons above. What you type is not saved."
    assert api.buttons(api.last_bot_message(person.id))[0][0] == "Start over"


async def test_typing_on_an_answer_keeps_the_answer_and_start_over_starts_in_english(
    api: FakeBotApi,
) -> None:
    person = Person()
    await started(api, person)
    await tap(api, person, "English")
    screen = api.last_bot_message(person.id)
    assert "Who needs help?" in screen["text"]
    text = await replies_to(api, person, text="where is the shelter")
    assert "buttons above" in text
    # The screen with the person's buttons is still there, unchanged, above the line.
    kept = {s.message["message_id"]: s.message for s in api.visible(person.id) if s.from_bot}
    assert kept[screen["message_id"]] == screen
    await tap(api, person, "Start over")
    assert "Who needs help?" in api.last_text(person.id)


@pytest.mark.parametrize(
    ("data", "lands_on"),
    [
        ("", "Choose your language."),
        ("garbage", "Choose your language."),
        ("1|main|" + "a" * 50, "Choose your language."),
        ("1|main|zzzzz|who|en|0|0|0", "Who needs help?"),  # older flow: the same screen again
        ("1|main|zzzzz|nowhere|en|0|0|0", "Who needs help?"),  # removed screen: the start
    ],
)
async def test_forged_or_old_buttons_lead_somewhere_sensible(
    api: FakeBotApi, data: str, lands_on: str
) -> None:
    person = Person()
    await started(api, person)
    message = api.last_bot_message(person.id)
    await tap(api, person, "English")
    await tap(api, person, "Me")
    answered = api.methods().count("answerCallbackQuery")
    await api.press(person, message["message_id"], data)
    await api.wait_for(lambda: api.methods().count("answerCallbackQuery") > answered)
    await api.wait_for(lambda: lands_on in api.last_text(person.id))


async def test_a_button_on_a_deleted_message_sends_a_new_one(api: FakeBotApi) -> None:
    person = Person()
    await started(api, person)
    message = api.last_bot_message(person.id)
    data = dict(api.buttons(message))["English"]
    api.chats[person.id][message["message_id"]].deleted = True
    await api.press(person, message["message_id"], data)
    await api.wait_for(lambda: any(s.from_bot for s in api.visible(person.id)))
    assert "Who needs help?" in api.last_bot_message(person.id)["text"]


async def test_in_a_group_the_flow_never_runs(api: FakeBotApi) -> None:
    person = Person()
    group = -100123
    api.group_chats.add(group)
    await api.send(person, "/start", chat_id=group)
    await api.wait_for(lambda: any(s.from_bot for s in api.visible(group)))
    answer = api.last_bot_message(group)
    assert answer["text"] == "Please write to me in a private chat: https://t.me/referral_test_bot"
    assert "reply_markup" not in answer
    await api.send(person, "help", chat_id=group)
    await api.send(person, "/start", chat_id=group)
    await api.wait_for(lambda: len([s for s in api.visible(group) if s.from_bot]) == 2)


async def test_a_restart_mid_conversation_continues_where_it_was(
    fake_api: FakeBotApi, engine: Engine
) -> None:
    person = Person()
    async with polling_bot(fake_api, engine):
        await started(fake_api, person)
        await tap(fake_api, person, "English")
        await tap(fake_api, person, "Someone else (a friend, a family member)")
    # A new Application: nothing carried over but the buttons already on the person's screen.
    async with polling_bot(fake_api, engine):
        await tap(fake_api, person, "Yes, in danger now")
        assert "If the person is in danger now, call 110" in fake_api.last_text(person.id)


@pytest.mark.parametrize(
    ("kind", "patience"),
    [("429", PATIENCE), ("500", QUICK)],  # 429s waited out as told (1 s), 500s with pauses
    ids=["429", "500"],
)
async def test_bot_api_errors_are_retried(
    fake_api: FakeBotApi, engine: Engine, kind: str, patience: Patience
) -> None:
    api = fake_api
    person = Person()
    api.failures.append(Injected("sendMessage", kind, times=2))
    async with polling_bot(api, engine, patience=patience):
        await api.send(person, "/start")
        await api.wait_for(lambda: bool(api.last_text(person.id)), timeout=15)
    assert api.methods().count("sendMessage") == 3


async def test_flood_control_longer_than_an_outage_is_still_waited_out(
    fake_api: FakeBotApi, engine: Engine
) -> None:
    """Under a burst Telegram can say to wait longer than an ordinary screen is retried through
    an outage (here 0.5 s): the person is still answered, once, when Telegram allows."""
    person = Person()
    fake_api.failures.append(Injected("sendMessage", "429", retry_after=1))
    async with polling_bot(fake_api, engine, patience=replace(QUICK, ordinary=0.5)):
        await fake_api.send(person, "/start")
        await fake_api.wait_for(lambda: bool(fake_api.last_text(person.id)), timeout=10)
    assert fake_api.methods().count("sendMessage") == 2


async def test_a_429_for_one_chat_does_not_stall_another(api: FakeBotApi) -> None:
    slow, other = Person(id=1110001), Person(id=2220002)
    api.failures.append(Injected("sendMessage", "429", times=1))
    await api.send(slow, "/start")
    await api.wait_for(lambda: api.methods().count("sendMessage") >= 1)
    await api.send(other, "/start")
    await api.wait_for(lambda: bool(api.last_text(other.id)), timeout=0.9)
    await api.wait_for(lambda: bool(api.last_text(slow.id)), timeout=5)


async def test_a_blocked_bot_ends_quietly(api: FakeBotApi) -> None:
    person = Person()
    api.failures.append(Injected("sendMessage", "403", times=1))
    await api.send(person, "/start")
    await api.wait_for(lambda: api.methods().count("sendMessage") == 1)
    await api.send(person, "/start")
    await api.wait_for(lambda: bool(api.last_text(person.id)))
    assert api.methods().count("sendMessage") == 2  # no retry against a block


async def test_a_slow_answer_yields_one_screen(
    fake_api: FakeBotApi, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A send that outlasts the timeout reached Telegram: sending it again would show it twice."""
    server = fake_api
    server.slow_seconds = 1.0
    person = Person()
    server.failures.append(Injected("sendMessage", "slow", times=1))
    async with polling_bot(server, engine, request_timeout=0.5):
        await server.send(person, "/start")
        await server.wait_for(lambda: "Choose your language." in server.last_text(person.id))
        # The /start is over (its send timed out and was not made again): no second send.
        await server.wait_for(lambda: "update failed: AnswerTimedOutError" in caplog.text)
    assert server.methods().count("sendMessage") == 1
    assert len([s for s in server.visible(person.id) if s.from_bot]) == 1


async def test_a_button_tapped_twice_is_not_an_error(
    api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    person = Person()
    await started(api, person)
    message = api.last_bot_message(person.id)
    english = dict(api.buttons(message))["English"]
    await tap(api, person, "English")
    # The same old button again: the screen would not change, and Telegram says so.
    await api.press(person, message["message_id"], english)
    await api.wait_for(lambda: api.methods().count("editMessageText") == 2)
    await api.wait_for(lambda: api.methods().count("answerCallbackQuery") == 2)
    assert "Who needs help?" in api.last_text(person.id)
    assert len([s for s in api.visible(person.id) if s.from_bot]) == 1
    assert api.methods().count("sendMessage") == 1
    assert "update failed" not in caplog.text


async def test_an_edit_to_an_emergency_word_is_answered(api: FakeBotApi) -> None:
    person = Person()
    await started(api, person)
    typed = await api.send(person, "hello")
    await api.wait_for(lambda: "use the buttons" in api.last_text(person.id))
    await api.edit(person, typed, "help")
    await api.wait_for(
        lambda: "110" in api.last_text(person.id) and "119" in api.last_text(person.id)
    )


@pytest.mark.parametrize(
    ("payload", "lands_on"),
    [
        ("ja", "助けが必要なのは、だれですか？"),
        # A situation in the link goes straight to its own question or answer.
        ("en-labor", "What do you need most right now?"),
        ("en-shelter", "These can help."),
        ("xx", "Choose your language."),
        ("en-nonsense", "Who needs help?"),
        ("a" * 65, "Choose your language."),
        ("ja labor", "Choose your language."),
        ("<b>hi</b>", "Choose your language."),
    ],
)
async def test_entry_links_pick_the_language_and_the_situation(
    api: FakeBotApi, payload: str, lands_on: str
) -> None:
    person = Person()
    await api.send(person, f"/start {payload}")
    await api.wait_for(lambda: lands_on in api.last_text(person.id))


async def test_an_under_18_link_leads_to_the_childrens_answer(api: FakeBotApi) -> None:
    """A school's link: no age question, and child protection first, over Telegram."""
    person = Person()
    await api.send(person, "/start ja-u18-online")
    await api.wait_for(lambda: "いちばん必要なこと" in api.last_text(person.id))
    await tap(api, person, ADVICE_JA)
    assert "あなたの力になってくれる相談先です" in api.last_text(person.id)
    text = api.last_text(person.id)
    first = next(line for line in text.splitlines() if line.startswith("1. "))
    second = next(line for line in text.splitlines() if line.startswith("2. "))
    assert {"子どもの人権110番" in first + second, "児童相談所" in first + second} == {True}


async def test_110_and_119_are_on_the_picker(api: FakeBotApi) -> None:
    person = Person()
    await started(api, person)
    text = api.last_text(person.id)
    assert "Choose your language." in text
    assert "110" in text and "119" in text


async def test_an_entry_link_carries_the_situation_to_the_referral(api: FakeBotApi) -> None:
    person = Person()
    await api.send(person, "/start en-technical_intern")
    await api.wait_for(lambda: "What do you need most right now?" in api.last_text(person.id))
    await tap(api, person, "Advice on what can be done")
    assert "These can help." in api.last_text(person.id)
    assert "otit.go.jp" in api.last_text(person.id)  # the trainees' mother-tongue service


async def test_help_and_language_commands(api: FakeBotApi) -> None:
    person = Person(language_code="ja")
    await started(api, person)
    await tap(api, person, "English")
    answer = await replies_to(api, person, text="/help")
    assert answer.startswith("今危ないとき")  # in the language of the person's app
    assert "110" in answer and "119" in answer
    await api.send(person, "/language")
    await api.wait_for(lambda: "言語を選んでください" in api.last_text(person.id))
    assert api.buttons(api.last_bot_message(person.id))[0][0] == "日本語"


async def test_every_locale_gets_its_commands_and_descriptions(
    api: FakeBotApi, engine: Engine
) -> None:
    # Set in the background as the bot starts serving.
    done = len(engine.texts.catalogs)
    await api.wait_for(lambda: api.methods().count("setMyShortDescription") >= done)
    for method in ("setMyCommands", "setMyDescription", "setMyShortDescription"):
        codes = {p.get("language_code") for m, p in api.calls if m == method}
        expected = {None if c == "en" else c for c in engine.texts.catalogs}
        assert codes == expected, method
    japanese = next(
        p for m, p in api.calls if m == "setMyDescription" and p.get("language_code") == "ja"
    )
    assert japanese["description"] == engine.texts.text("ja", "bot-description")
    commands = next(
        p for m, p in api.calls if m == "setMyCommands" and p.get("language_code") == "ja"
    )
    assert [c["command"] for c in commands["commands"]] == ["start", "help", "language", "exit"]


@pytest.mark.long
async def test_the_bot_never_speaks_first(api: FakeBotApi) -> None:
    person = Person()
    await started(api, person)
    await tap(api, person, "English")

    def to_people() -> list[str]:  # not polling, nor the commands set beside it at start
        return [m for m, _ in api.calls if m != "getUpdates" and not m.startswith("setMy")]

    spoken = to_people()
    await asyncio.sleep(2.5)
    assert to_people() == spoken


@pytest.mark.parametrize(
    ("payload", "entry"),
    [
        ("vi", Entry("vi", None, "")),
        ("vi-labor", Entry("vi", Situation.LABOR, "")),
        ("vi-labor-kanto_union", Entry("vi", Situation.LABOR, "kanto_union")),
        ("vi-kanto_union", Entry("vi", None, "kanto_union")),
        ("vi-labor-JohnSmith", Entry("vi", Situation.LABOR, "other")),  # never kept as typed
        ("vi-danger", Entry("vi", None, "other")),  # not a topic a link may choose
        ("vi-labor-kanto_union-x", Entry()),
        ("zz-labor", Entry()),
        ("", Entry()),
    ],
)
def test_payloads(payload: str, entry: Entry) -> None:
    assert parse_payload([payload], frozenset({"kanto_union"})) == entry


async def test_no_id_stays_in_memory_after_the_answers(
    fake_api: FakeBotApi, engine: Engine
) -> None:
    """python-telegram-bot's own per-chat and per-user stores stay empty, however many write."""
    server = fake_api
    async with polling_bot(server, engine) as served:
        app = served.app
        people = [Person(id=4400000 + i) for i in range(30)]
        await asyncio.gather(*(started(server, p) for p in people))
        await asyncio.gather(*(tap(server, p, "English") for p in people))
        held = [
            app._chat_ids_to_be_updated_in_persistence,
            app._user_ids_to_be_updated_in_persistence,
            app._chat_data,
            app._user_data,
        ]
        assert [len(h) for h in held] == [0, 0, 0, 0]


async def test_the_language_picker_fits_a_phone(api: FakeBotApi, engine: Engine) -> None:
    person = Person(language_code="vi" if engine.texts.has("vi") else "ja")
    await started(api, person)
    rows = api.last_bot_message(person.id)["reply_markup"]["inline_keyboard"]
    languages = [b["text"] for row in rows[:-1] for b in row]
    assert len(languages) == len(engine.texts.catalogs)
    assert languages[0] == LANGUAGES[person.language_code]  # the app's language first
    width = 2 if len(languages) > 4 else 1
    assert all(len(row) <= width for row in rows)
    assert len(rows) - 1 == -(-len(languages) // width)
    assert [b["text"] for b in rows[-1]] == [
        engine.texts.text(person.language_code, "leave-button")
    ]


@pytest.mark.parametrize(
    ("short", "count", "rows"),
    [(True, 15, [2] * 7 + [1]), (True, 5, [2, 2, 1]), (True, 4, [1] * 4), (False, 6, [1] * 6)],
)
def test_short_choices_go_two_to_a_row_once_there_are_more_than_four(
    engine: Engine, short: bool, count: int, rows: list[int]
) -> None:
    """Telegram's layout of the core's screens: every other button has a row of its own."""
    screen = engine.screen(engine.start(), NOW)
    buttons = tuple(Button(f"choice {n}", f"{n}") for n in range(count))
    laid_out = Channel(engine).keyboard(replace(screen, buttons=buttons, short_choices=short))
    assert [len(row) for row in laid_out.inline_keyboard] == [*rows, 1]  # and Leave
