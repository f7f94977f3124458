"""Hot reload in the real `run` process: a good change serves at once, a broken one is refused,
and a button whose screen was removed leads somewhere sensible."""

from __future__ import annotations

import asyncio
import inspect
import logging
from pathlib import Path

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core.engine import Engine
from bot.ops.check import check
from bot.runtime.reload import Reloader, telegram_swap
from testkit.fakebot import FakeBotApi, Person
from testkit.files import copy_files, edit, file_options
from testkit.process import bot_process, hang_up, logged
from testkit.serving import polling_bot
from testkit.taps import started, tap

#: Each test (but one) starts the bot as a process.
pytestmark = pytest.mark.long


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A copy of the real flows with the English texts, and a data folder of its own.

    Reloading is the same for one language as for fifteen; checking fifteen takes seconds.
    """
    return copy_files(tmp_path, languages=["en"])


def env(files: Path, **extra: str) -> dict[str, str]:
    return {"REFERRAL_DATA_DIR": str(files / "data"), **extra}


async def legal_advice(fake_api: FakeBotApi, person: Person) -> None:
    """By the entry link for legal problems, then "advice": Houterasu leads the answer."""
    await fake_api.send(person, "/start en-legal")
    await fake_api.wait_for(lambda: "What do you need most" in fake_api.last_text(person.id))
    await tap(fake_api, person, "Advice on what can be done")


async def test_a_changed_number_serves_at_once_and_a_broken_change_is_refused(
    fake_api: FakeBotApi, files: Path
) -> None:
    contacts = files / "flows" / "contacts.yaml"
    person = Person()
    async with bot_process(fake_api, env(files, LOG_LEVEL="INFO"), args=file_options(files)) as ran:
        await legal_advice(fake_api, person)
        await fake_api.wait_for(lambda: "0570-078377" in fake_api.last_text(person.id))
        # The operator changes a number (a test copy: not a real number) and tells the bot.
        edit(contacts, '"0570-078377"', '"0570-000000"')
        await hang_up(ran, "reloaded (SIGHUP)")
        await legal_advice(fake_api, person)
        await fake_api.wait_for(lambda: "0570-000000" in fake_api.last_text(person.id))
        # A broken change: the bot says why and keeps serving the last good version.
        edit(files / "flows" / "main.yaml", "next: who", "next: nowhere")
        await hang_up(ran, "refused, still serving the last good version:")
        await logged(ran, "nowhere")
        assert "main.yaml:" in ran.text
        await legal_advice(fake_api, person)
        await fake_api.wait_for(lambda: "0570-000000" in fake_api.last_text(person.id))
    assert ran.code == 0


async def test_a_removed_screen_mid_conversation(fake_api: FakeBotApi, files: Path) -> None:
    person = Person()
    async with bot_process(fake_api, env(files), args=file_options(files)) as ran:
        await started(fake_api, person)
        await tap(fake_api, person, "English")
        await tap(fake_api, person, "Me")
        await tap(fake_api, person, "No, not right now")
        await tap(fake_api, person, "I need legal advice")
        assert "What do you need most right now?" in fake_api.last_text(person.id)
        # The operator drops the question of needs: "what" now leads straight to the answer.
        main = files / "flows" / "main.yaml"
        text = main.read_text(encoding="utf-8")
        start = text.index("    - id: need\n")
        end = text.index("    - id: referral\n")
        main.write_text(text[:start] + text[end:], encoding="utf-8")
        edit(main, "next: need", "next: referral", count=20)
        await hang_up(ran, "reloaded (SIGHUP)")
        # The person taps a button of the screen that no longer exists.
        await tap(fake_api, person, "Advice on what can be done")
        assert "Who needs help?" in fake_api.last_text(person.id)
        await tap(fake_api, person, "Me")
        assert "Are you in danger right now?" in fake_api.last_text(person.id)


async def test_run_watch_watches_the_files(fake_api: FakeBotApi, files: Path) -> None:
    """`run --watch` looks at the files every 2 s (the test below: what it does on a change)."""
    assert inspect.signature(Reloader.watch).parameters["every"].default == 2.0
    options = file_options(files, "--watch")
    async with bot_process(fake_api, env(files, LOG_LEVEL="INFO"), args=options) as ran:
        await logged(ran, "watching flows and locales for changes")
    assert ran.code == 0, ran.text


async def test_watch_reloads_when_a_file_changes(
    fake_api: FakeBotApi, files: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """What `run --watch` runs, in this process and looking every 50 ms instead of 2 s."""
    caplog.set_level(logging.INFO)
    flows, locales = files / "flows", files / "locales"
    report = check(flows, locales)
    assert report.content is not None, report.problems
    person = Person()
    async with polling_bot(fake_api, Engine(report.content, limits=TELEGRAM)) as served:
        watching = asyncio.create_task(
            Reloader(flows, locales, [telegram_swap(served.app, served.channel)]).watch(every=0.05)
        )
        await asyncio.sleep(0)  # the watcher has taken its first look at the files
        edit(
            locales / "en" / "main.ftl",
            "who-question = Who needs help?",
            "who-question = Who needs help today?",
        )
        await fake_api.wait_for(lambda: "reloaded (files changed)" in caplog.text)
        await started(fake_api, person)
        await tap(fake_api, person, "English")
        assert "Who needs help today?" in fake_api.last_text(person.id)
        watching.cancel()


async def test_a_burst_of_reload_requests_makes_at_most_two_reloads(files: Path) -> None:
    done: list[str] = []

    class Counting(Reloader):
        async def reload(self, why: str) -> bool:
            async with self._lock:
                await asyncio.sleep(0.2)  # as long as a check takes, roughly
                done.append(why)
                return True

    reloader = Counting(files / "flows", files / "locales", [])
    tasks = [reloader.request("SIGHUP") for _ in range(20)]
    started = [t for t in tasks if t is not None]
    assert len(started) == 1
    await asyncio.sleep(0.05)  # the first is now running: one more may wait behind it
    more = [reloader.request("SIGHUP") for _ in range(20)]
    started += [t for t in more if t is not None]
    await asyncio.gather(*started)
    assert len(done) == 2
