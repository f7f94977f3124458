"""The real `referral-bot run` process holds when its files are broken, when Telegram sends
what cannot be read, and when Telegram stops accepting the token."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fluent.syntax import FluentParser

from bot.core import content as content_module
from bot.runtime import last_good
from testkit import LOCALES
from testkit.fakebot import FakeBotApi, Injected, Person
from testkit.files import copy_files, file_options
from testkit.process import Ran, bot_process, hang_up
from testkit.taps import replies_to

#: Bot processes, and the files checked again and again.
pytestmark = pytest.mark.long

NAMES = ("Marisolveig", "Vantablackwood", "quietfox_1988x", "Kuroganeyama", "8123456701")
POISONED = Person(
    id=8123456701,
    first_name="Marisolveig",
    last_name="Vantablackwood",
    username="quietfox_1988x",
)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A copy of the real flows with three languages' texts: English, Korean (whose file the
    smallest break below damages) and Vietnamese (the person's). What a broken file does is the
    same for three languages as for fifteen; checking fifteen takes seconds."""
    return copy_files(tmp_path, languages=["ko", "vi"])


def break_locale(files: Path) -> Path:
    """The smallest break the hostile run found: one Korean file loses its review line."""
    path = files / "locales" / "ko" / "common.ftl"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("# review: unreviewed\n", "", 1), encoding="utf-8")
    return path


def break_flow_file(name: str, damage: Callable[[str], str]) -> Callable[[Path], Path]:
    def breaks(files: Path) -> Path:
        path = files / "flows" / name
        path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
        return path

    return breaks


BREAKS = {
    "locale": break_locale,
    "flow": break_flow_file("main.yaml", lambda t: t.replace("next: who", "next: nowhere", 1)),
    "contacts": break_flow_file("contacts.yaml", lambda t: t.replace("phones:", "phone:", 1)),
    "rights": break_flow_file("rights.yaml", lambda t: "rights: [\n"),
}


async def answered_within(
    api: FakeBotApi, person: Person, seconds: float, **message: object
) -> str:
    began = time.monotonic()
    text = await replies_to(api, person, **message)
    assert time.monotonic() - began < seconds, text
    return text


@pytest.mark.parametrize("kind", sorted(BREAKS))
async def test_broken_files_and_no_good_copy_still_give_110_and_119(
    fake_api: FakeBotApi, files: Path, kind: str
) -> None:
    broken = BREAKS[kind](files)
    env = {"REFERRAL_DATA_DIR": str(files / "data"), "LOG_LEVEL": "INFO"}
    async with bot_process(fake_api, env, args=file_options(files)) as ran:
        person = Person(language_code="vi")
        for words in ("help", "助けて", "/start", "anything at all"):
            text = await answered_within(fake_api, person, 1.0, text=words)
            assert "110" in text and "119" in text, words
            assert "Nếu bạn đang gặp nguy hiểm" in text  # the person's app language first
        # A button from before the files broke gets the numbers too.
        answered = fake_api.methods().count("answerCallbackQuery")
        count = len(fake_api.visible(person.id))
        await fake_api.press(person, 1, "1|main|aaaaa|who|vi|0|0|0")
        await fake_api.wait_for(lambda: len(fake_api.visible(person.id)) > count, timeout=1)
        assert fake_api.methods().count("answerCallbackQuery") > answered
        assert "110" in fake_api.last_text(person.id)
        if kind == "locale":
            # Fixed and reloaded: the whole conversation is back.
            shutil.copy(LOCALES / "ko" / "common.ftl", broken)
            await hang_up(ran, "reloaded (SIGHUP)")
            assert "Choose your language." in await replies_to(fake_api, person, text="/start")
    assert ran.code == 0, ran.text
    assert f"{broken}:" in ran.text
    assert "emergency numbers (110, 119) only" in ran.text
    assert "Traceback" not in ran.text


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_the_last_good_copy_stands_in_for_each_broken_file(files: Path, kind: str) -> None:
    data = files / "data"
    assert last_good.save(data, files / "flows", files / "locales")
    path = BREAKS[kind](files)
    content, lines = last_good.choose(files / "flows", files / "locales", data)
    assert content is not None
    assert any(line.startswith(f"{path}:") for line in lines), lines
    assert "serving the last version that passed check" in lines[-1]
    shutil.rmtree(data / last_good.FOLDER)
    content, lines = last_good.choose(files / "flows", files / "locales", data)
    assert content is None
    assert "emergency numbers (110, 119) only" in lines[-1]


async def test_a_broken_start_serves_the_last_good_copy(fake_api: FakeBotApi, files: Path) -> None:
    data = files / "data"
    assert last_good.save(data, files / "flows", files / "locales")
    contacts = files / "flows" / "contacts.yaml"
    contacts.write_text("contacts: [", encoding="utf-8")
    env = {"REFERRAL_DATA_DIR": str(data)}
    async with bot_process(fake_api, env, args=file_options(files)) as ran:
        person = Person()
        assert "Choose your language." in await answered_within(
            fake_api, person, 1.0, text="/start"
        )
    assert ran.code == 0, ran.text
    assert "serving the last version that passed check" in ran.text


async def poisoned_then_served(api: FakeBotApi, ran: Ran) -> None:
    """Updates the library cannot parse and an answer that is not JSON, each full of names."""
    person = POISONED.as_json()
    chat = {"id": POISONED.id, "type": "private", "first_name": POISONED.first_name}
    text = "Kuroganeyama has my passport"
    for bad in (
        {"message": {"message_id": 1, "date": "soon", "chat": chat, "from": person, "text": text}},
        {"message": "Kuroganeyama"},
        {"callback_query": {"id": "q1", "from": person, "data": text}},
        {"message": {"message_id": 2, "chat": chat, "from": person, "text": text}},
    ):
        await api.push_raw(bad)
    # Confirmed (the next poll asks past them), never asked for again.
    await api.wait_for(lambda: _offsets(api)[-1:] == [5], timeout=5)
    body = f'{{"ok": true, "result": [{{"from": {person}, "text": "{text}"'.encode()
    garbage = Injected("getUpdates", "garbage", times=1, body=body)
    api.failures.append(garbage)
    await api.wait_for(lambda: garbage.times == 0, timeout=10)
    polls = len(_offsets(api))
    # The next person is served, and the bot did not spin on what it could not read.
    assert "Choose your language." in await replies_to(api, Person(), text="/start")
    assert len(_offsets(api)) - polls < 10


def _offsets(api: FakeBotApi) -> list[int]:
    return [int(p.get("offset", 0)) for m, p in api.calls if m == "getUpdates" and p.get("timeout")]


@pytest.mark.parametrize("level", ["DEBUG", "ERROR"])
async def test_unreadable_updates_leave_no_trace_and_a_refused_token_ends_the_process(
    fake_api: FakeBotApi, tmp_path: Path, level: str
) -> None:
    env = {"REFERRAL_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": level}
    async with bot_process(fake_api, env, seeded=True) as ran:
        await poisoned_then_served(fake_api, ran)
        # Telegram stops accepting the token (revoked after a seizure): the process ends.
        fake_api.failures.append(Injected("getUpdates", "401", times=100))
        began = time.monotonic()
        assert await ran.exit_code(10) == 3
    assert ran.code == 3, ran.text
    assert time.monotonic() - began < 10
    assert "stopped accepting the token" in ran.text
    for name in NAMES:
        assert name not in ran.text, f"{name} in the output:\n{ran.text}"
    assert "Traceback" not in ran.text


async def test_sigterm_always_exits_cleanly(fake_api: FakeBotApi, tmp_path: Path) -> None:
    fake_api.failures.append(Injected("getUpdates", "500", until=time.monotonic() + 60))
    env = {"REFERRAL_DATA_DIR": str(tmp_path / "data")}
    async with bot_process(fake_api, env, seeded=True) as ran:
        # Polling is failing and backing off (its second try has come); then SIGTERM.
        await fake_api.wait_for(lambda: fake_api.methods().count("getUpdates") >= 2, timeout=10)
    assert ran.code == 0, ran.text


def test_unchanged_files_are_not_checked_twice(
    files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = files / "data"
    first, _ = last_good.choose(files / "flows", files / "locales", data)
    assert first is not None
    # The full check keeps the texts' syntax trees, one per text file, for the next start.
    trees = sorted((data / last_good.PARSED).glob("*.json"))
    assert len(trees) == len(list((files / "locales").glob("*/*.ftl")))

    def no_second_check(*args: object, **kwargs: object) -> None:
        raise AssertionError("the full check ran again on files that already passed it")

    monkeypatch.setattr(last_good, "check", no_second_check)
    again, lines = last_good.choose(files / "flows", files / "locales", data)
    assert again is not None and lines == []
    # A new process (nothing remembered in memory) keeps the texts' syntax trees, and the next
    # one reads them instead of parsing fifteen languages again.
    content_module._LOADED.clear()
    assert last_good.choose(files / "flows", files / "locales", data)[0] is not None
    assert list((data / last_good.PARSED).glob("*.json"))
    content_module._LOADED.clear()

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed again")

    with monkeypatch.context() as patched:
        patched.setattr(FluentParser, "parse", no_parsing)
        assert last_good.choose(files / "flows", files / "locales", data)[0] is not None
    # Any change, even one byte, and the check runs again.
    contacts = files / "flows" / "contacts.yaml"
    contacts.write_text(contacts.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="ran again"):
        last_good.choose(files / "flows", files / "locales", data)
