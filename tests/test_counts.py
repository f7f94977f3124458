"""Aggregate counts in a real SQLite file: what is kept, how it grows, and failing without harm."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.runtime.counts import DB_NAME, MIGRATIONS, SCHEMA_VERSION, Counts, read_rows, writing
from testkit import NOW, TOKEN, jst
from testkit.fakebot import FakeBotApi, Person
from testkit.files import copy_files, file_options
from testkit.process import bot_process
from testkit.serving import polling_bot
from testkit.taps import tap

#: Bot processes, and a bot serving 65 people.
pytestmark = pytest.mark.long

DAY = jst(2026, 11, 24, 23, 59)


def rows(path: Path) -> list[tuple[str, str, str, str, int]]:
    with sqlite3.connect(path) as db:
        return list(db.execute("SELECT day, kind, key, lang, n FROM counts ORDER BY 1, 2, 3, 4"))


async def test_counts_are_added_up_per_japan_day(tmp_path: Path) -> None:
    moments = iter([jst(2026, 11, 24, 23, 59), jst(2026, 11, 24, 8), jst(2026, 11, 25, 0, 1)])
    counts = Counts(tmp_path, clock=lambda: next(moments))
    counts.add("language", "", "vi")
    counts.add("language", "", "vi")
    counts.add("language", "", "vi")
    assert await counts.flush()
    counts2 = Counts(tmp_path, clock=lambda: DAY)
    counts2.add("language", "", "vi")
    assert await counts2.flush()
    path = tmp_path / DB_NAME
    assert rows(path) == [
        ("2026-11-24", "language", "", "vi", 3),
        ("2026-11-25", "language", "", "vi", 1),
    ]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


async def test_an_older_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("INSERT INTO counts VALUES ('2026-01-05', 'exit', '', 7)")
        db.execute("PRAGMA user_version = 1")
    assert await read_rows(path) == [("2026-01-05", "exit", "", "", 7)]
    counts = Counts(tmp_path, clock=lambda: DAY)
    counts.add("exit", "", "en")
    assert await counts.flush()
    assert rows(path) == [("2026-01-05", "exit", "", "", 7), ("2026-11-24", "exit", "", "en", 1)]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


async def test_workers_that_write_a_new_file_at_once_lose_nothing(tmp_path: Path) -> None:
    """Workers started together write their first counts together: one creates the table, the
    others wait for it and must not create it again (which would drop their counts)."""
    workers = [Counts(tmp_path, clock=lambda: NOW, busy_timeout=10.0) for _ in range(4)]
    for counts in workers:
        counts.add("start")
    assert all(await asyncio.gather(*(c.flush() for c in workers)))
    assert await read_rows(tmp_path / DB_NAME) == [(NOW.date().isoformat(), "start", "", "", 4)]


async def test_a_newer_database_is_left_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    counts = Counts(tmp_path, clock=lambda: DAY)
    counts.add("exit")
    assert not await counts.flush()
    assert path.read_bytes() == before
    assert "newer version" in caplog.text


# --- through the real bot --------------------------------------------------------------------


async def journey(fake_api: FakeBotApi, person: Person) -> None:
    """A short journey by an entry link: the link, one answer, the referral."""
    await fake_api.send(person, "/start en-labor")
    await fake_api.wait_for(lambda: "What do you need most" in fake_api.last_text(person.id))
    await tap(fake_api, person, "Advice on what can be done")


async def test_rows_grow_with_combinations_not_with_people(engine: Engine, tmp_path: Path) -> None:
    async def serve(people: int, folder: Path) -> int:
        folder.mkdir()
        fake_api = FakeBotApi(TOKEN)
        await fake_api.start()
        counts = Counts(folder, clock=lambda: NOW)
        async with writing(counts), polling_bot(fake_api, engine, counts=counts):
            await asyncio.gather(*(journey(fake_api, Person(id=700000 + i)) for i in range(people)))
        await fake_api.stop()
        with sqlite3.connect(folder / DB_NAME) as db:
            return int(db.execute("SELECT count(*) FROM counts").fetchone()[0])

    few = await serve(5, tmp_path / "few")
    many = await serve(60, tmp_path / "many")
    assert few == many == 3  # start (by link), screen (referral), situation (labor)
    with sqlite3.connect(tmp_path / "many" / DB_NAME) as db:
        assert db.execute("SELECT sum(n) FROM counts WHERE kind = 'start'").fetchone()[0] == 60


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder that an unprivileged user can reach (pytest's own are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="referral-counts-"))
    path.chmod(0o755)
    yield path
    for inner in [path, *path.rglob("*")]:
        if inner.is_dir():
            inner.chmod(0o755)
    shutil.rmtree(path)


def corrupt(data: Path) -> None:
    data.mkdir()
    (data / DB_NAME).write_bytes(b"this is not a database, " * 200)


def read_only(data: Path) -> None:
    data.mkdir()
    with sqlite3.connect(data / DB_NAME) as db:
        for step in MIGRATIONS:
            for statement in step:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    (data / DB_NAME).chmod(0o444)
    data.chmod(0o555)


@pytest.mark.parametrize(
    ("case", "says"),
    [
        ("corrupt", "it is corrupt"),
        ("read-only", "it is read-only"),
        ("full", "the disk is full or failing"),  # a file size limit: EFBIG, "disk I/O error"
        ("locked", "it is locked"),
        ("folder is a file", "cannot be opened or created"),
        ("folder removed", "cannot be opened or created"),
    ],
)
async def test_a_storage_failure_never_reaches_the_conversation(
    fake_api: FakeBotApi, shared_dir: Path, case: str, says: str
) -> None:
    data = shared_dir / "data"
    env = {"REFERRAL_DATA_DIR": str(data)}
    options: dict[str, object] = {}
    lock: sqlite3.Connection | None = None
    if case == "corrupt":
        corrupt(data)
    elif case == "read-only":
        read_only(data)
        options["as_nobody"] = True
    elif case == "full":
        options["max_file_bytes"] = 4096  # the schema alone needs two pages of 4 KiB
    elif case == "locked":
        read_only(data)
        data.chmod(0o755)
        (data / DB_NAME).chmod(0o600)
        lock = sqlite3.connect(data / DB_NAME, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
    elif case == "folder is a file":
        (shared_dir / "file").write_text("not a folder")
        env["REFERRAL_DATA_DIR"] = str(shared_dir / "file" / "data")

    if case == "folder is a file":
        # No checked copy can be kept under a file, so the start checks the files: an English
        # copy of them, which takes a fraction of the seconds that all fifteen languages take.
        options["args"] = file_options(copy_files(shared_dir / "files", languages=["en"]))
    else:
        options["seeded"] = True  # a checked copy from an earlier run
    person = Person()
    async with bot_process(fake_api, env, **options) as ran:  # type: ignore[arg-type]
        if case == "folder removed":
            shutil.rmtree(data)
        await journey(fake_api, person)
        assert "These can help." in fake_api.last_text(person.id)
        await fake_api.send(person, "help")
        await fake_api.wait_for(
            lambda: fake_api.last_text(person.id).startswith("If you are in danger")
        )
    if lock is not None:
        lock.close()
    assert ran.code == 0, ran.text
    warnings = [line for line in ran.text.splitlines() if "counts not saved" in line]
    assert len(warnings) == 1, ran.text
    assert says in warnings[0]
    assert "Traceback" not in ran.text
    assert str(person.id) not in ran.text


async def test_a_journey_is_counted_by_the_real_process(
    fake_api: FakeBotApi, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    # A first start, on an English copy of the files: checked (in a fraction of the seconds that
    # fifteen languages take) and kept in the data folder.
    files = file_options(copy_files(tmp_path / "files", languages=["en"]))
    async with bot_process(fake_api, {"REFERRAL_DATA_DIR": str(data)}, args=files):
        await journey(fake_api, Person())
        await fake_api.send(Person(), "/exit")
        await fake_api.wait_for(lambda: len(fake_api.visible(Person().id)) == 1)
    kinds = {(kind, key) for _, kind, key, _, _ in rows(data / DB_NAME)}
    assert kinds == {("start", ""), ("screen", "referral"), ("situation", "labor"), ("exit", "")}
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    # No journal or anything else; besides the counts only the checked operator files (and
    # their texts' syntax trees), all in folders only the bot's user can read.
    assert sorted(p.name for p in data.iterdir()) == [DB_NAME, "last-good", "parsed-texts"]
    assert stat.S_IMODE((data / "parsed-texts").stat().st_mode) == 0o700
