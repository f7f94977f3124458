"""Aggregate counts for operators: per Japan day, what kind of thing happened how often.

A row is (day, kind, key, language, n): "on 2026-11-24, 14 people chose Vietnamese", "3
referral screens for labour were shown in Thai". There is no row per person, no time finer
than a day, no id and no hash of one, so the number of rows grows with the number of distinct
combinations, never with the number of people.

Counting must never hurt a conversation. `add` only increments a dictionary in memory; the
dictionary is written to SQLite every minute and at shutdown. When the database is missing,
locked, read-only, full, corrupt or from a newer version, that batch of counts is dropped and
one warning (with no user data) is logged until writing works again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import aiosqlite

from bot.core.hours import TOKYO

log = logging.getLogger(__name__)

DB_NAME = "counts.sqlite3"


#: The schema's history. Each step runs once, in order, inside one transaction; the database's
#: `user_version` says how many have run, so an older file is upgraded in place.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: counts by day, kind and key.
    (
        """CREATE TABLE counts (
            day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
            n INTEGER NOT NULL CHECK (n > 0),
            PRIMARY KEY (day, kind, key)) WITHOUT ROWID""",
    ),
    # 2: the language becomes a column of its own, part of the key.
    (
        """CREATE TABLE counts_v2 (
            day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, lang TEXT NOT NULL,
            n INTEGER NOT NULL CHECK (n > 0),
            PRIMARY KEY (day, kind, key, lang)) WITHOUT ROWID""",
        "INSERT INTO counts_v2 (day, kind, key, lang, n) SELECT day, kind, key, '', n FROM counts",
        "DROP TABLE counts",
        "ALTER TABLE counts_v2 RENAME TO counts",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_UPSERT = """INSERT INTO counts (day, kind, key, lang, n) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (day, kind, key, lang) DO UPDATE SET n = n + excluded.n"""

Row = tuple[str, str, str, str]  # day, kind, key, lang


class NewerDatabaseError(sqlite3.DatabaseError):
    """The file was written by a newer version of the bot; it is left untouched."""


async def migrate(db: aiosqlite.Connection) -> None:
    """Create or upgrade the schema in place; refuse a database newer than this code."""
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError("database from a newer version")
    if version == SCHEMA_VERSION:
        return
    await db.execute("BEGIN IMMEDIATE")
    try:
        # Another worker may have upgraded it while this one waited for the lock.
        async with db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        if version >= SCHEMA_VERSION:
            await db.rollback()
            return
        for step in MIGRATIONS[version:]:
            for statement in step:
                await db.execute(statement)
        await db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        await db.commit()
    except BaseException:
        await db.rollback()
        raise


def reason(error: BaseException) -> str:
    """A short, data-free description of why counts could not be written."""
    text = str(error).lower()
    for needle, what in (
        ("newer version", "it was written by a newer version of the bot"),
        ("locked", "it is locked"),
        ("readonly", "it is read-only"),
        ("read-only", "it is read-only"),
        ("full", "the disk is full"),
        ("disk i/o", "the disk is full or failing"),
        ("not a database", "it is corrupt"),
        ("malformed", "it is corrupt"),
        ("unable to open", "it cannot be opened or created"),
    ):
        if needle in text:
            return what
    return f"of an error ({type(error).__name__})"


class Counts:
    """Counts in memory, written to `<data dir>/counts.sqlite3` now and then."""

    def __init__(
        self,
        data_dir: Path | None,
        clock: Callable[[], datetime] | None = None,
        *,
        busy_timeout: float = 1.0,
    ) -> None:
        self.path = data_dir / DB_NAME if data_dir is not None else None
        self.clock = clock or (lambda: datetime.now(TOKYO))
        self.busy_timeout = busy_timeout
        self.pending: Counter[Row] = Counter()
        self.failing = False

    def add(self, kind: str, key: str = "", lang: str = "") -> None:
        """Count one event today (Japan date). Never raises, never waits."""
        day = self.clock().astimezone(TOKYO).date().isoformat()
        self.pending[(day, kind, key, lang)] += 1

    async def flush(self) -> bool:
        """Write what is pending; on any storage failure drop it and warn once."""
        if self.path is None or not self.pending:
            return True
        batch, self.pending = self.pending, Counter()
        try:
            await self._write(self.path, batch)
        except (sqlite3.Error, OSError) as error:
            if not self.failing:
                log.warning("counts not saved, because %s; conversations go on", reason(error))
            self.failing = True
            return False
        if self.failing:
            log.warning("counts are being saved again")
        self.failing = False
        return True

    async def _write(self, path: Path, batch: Counter[Row]) -> None:
        if not path.parent.is_dir():
            raise OSError("unable to open: the data folder is missing")
        created = not path.exists()
        async with aiosqlite.connect(path, timeout=self.busy_timeout) as db:
            if created:
                path.chmod(0o600)
            # Deleted rows (a migration's old table) are overwritten, not left on the disk.
            await db.execute("PRAGMA secure_delete = ON")
            await migrate(db)
            await db.executemany(_UPSERT, [(*row, n) for row, n in batch.items()])
            await db.commit()

    async def run(self, every: float = 60.0) -> None:
        """Flush every `every` seconds until cancelled (the caller flushes once more at stop)."""
        while True:
            await asyncio.sleep(every)
            await self.flush()


async def read_rows(path: Path) -> list[tuple[str, str, str, str, int]]:
    """Every row, for `stats` (read-only; an older file is read without upgrading it)."""
    uri = f"file:{path}?mode=ro"
    async with aiosqlite.connect(uri, uri=True) as db:
        async with db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError("database from a newer version")
        if version == 0:
            return []
        lang = "lang" if version >= 2 else "''"
        query = f"SELECT day, kind, key, {lang}, n FROM counts ORDER BY day, kind, key"  # noqa: S608
        async with db.execute(query) as cursor:
            return [(str(d), str(k), str(c), str(g), int(n)) async for d, k, c, g, n in cursor]


@asynccontextmanager
async def writing(counts: Counts, every: float = 60.0) -> AsyncIterator[None]:
    """Write the counts every `every` seconds while the block runs, and once more at its end."""
    task = asyncio.create_task(counts.run(every))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await counts.flush()


def backup(path: Path, to: Path) -> None:
    """A consistent copy of the counts, taken with SQLite's online backup while the bot writes.

    The copy is a whole database: restoring is putting it back in place of counts.sqlite3 while
    the bot is stopped. It is written next to `to` first, then renamed, so a failed backup never
    leaves half a file under the name asked for.
    """
    partial = to.with_name(to.name + ".part")
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # like the data folder: for the bot's user (or root) only
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    partial.replace(to)
