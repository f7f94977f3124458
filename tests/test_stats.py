"""`referral-bot stats`: sensible tables, small numbers hidden, no total that gives them away."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bot.ops.stats import Table, build, suppress
from bot.runtime.counts import DB_NAME, Counts
from tests.conftest import jst
from tests.test_cli import run


def table(counts: dict[tuple[str, str], dict[str, int]]) -> Table:
    periods = sorted({p for values in counts.values() for p in values})
    return Table("language", periods, counts)


def test_small_numbers_are_hidden_and_totals_with_them() -> None:
    shown = suppress(
        table(
            {
                ("", "vi"): {"d1": 12, "d2": 15},
                ("", "th"): {"d1": 3, "d2": 20},
                ("", "ja"): {"d1": 40, "d2": 0},
            }
        ),
        threshold=10,
    )
    assert shown.cells[("", "th")] == {"d1": None, "d2": 20}
    assert shown.cells[("", "ja")] == {"d1": 40, "d2": 0}
    # th's total would give away its d1 (total minus 20); d1's column total likewise.
    assert shown.row_totals == {("", "vi"): 27, ("", "th"): None, ("", "ja"): 40}
    assert shown.column_totals == {"d1": None, "d2": 35}
    assert shown.total is None


def test_no_hidden_number_can_be_worked_out_by_subtraction() -> None:
    shown = suppress(
        table({("", "vi"): {"d1": 12, "d2": 9}, ("", "th"): {"d1": 30, "d2": 11}}), threshold=10
    )
    hidden = [(row, p) for row, cells in shown.cells.items() for p, c in cells.items() if c is None]
    assert hidden == [(("", "vi"), "d2")]
    # Every shown total adds up only shown numbers.
    for row, total in shown.row_totals.items():
        if total is not None:
            assert None not in shown.cells[row].values()
    for period, total in shown.column_totals.items():
        if total is not None:
            assert all(cells[period] is not None for cells in shown.cells.values())
    assert shown.total is None


def test_a_total_under_the_threshold_is_hidden_too() -> None:
    shown = suppress(table({("", "vi"): {"d1": 0, "d2": 0}}), threshold=10)
    assert shown.row_totals[("", "vi")] == 0
    shown = suppress(table({("", "vi"): {"d1": 4}}), threshold=3)
    assert shown.cells[("", "vi")] == {"d1": 4}


def test_periods_group_days() -> None:
    rows = [
        ("2026-11-23", "exit", "", "en", 5),  # a Monday
        ("2026-11-29", "exit", "", "en", 6),  # the Sunday of the same week
        ("2026-11-30", "exit", "", "en", 7),
    ]
    exits = {t.kind: t for t in build(rows, "week", None, None)}["exit"]
    assert exits.counts[("", "en")] == {"2026-11-23": 11, "2026-11-30": 7}
    months = {t.kind: t for t in build(rows, "month", date(2026, 11, 24), None)}["exit"]
    assert months.counts[("", "en")] == {"2026-11": 13}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A day of traffic written through the bot's own counter into a real SQLite file."""

    async def fill() -> None:
        counts = Counts(tmp_path, clock=lambda: jst(2026, 11, 24, 15))
        for _ in range(40):
            counts.add("start", "", "")
        for _ in range(12):
            counts.add("start", "other", "vi")
        for lang, n in (("vi", 25), ("en", 14), ("my", 2)):
            for _ in range(n):
                counts.add("language", "", lang)
        for situation, n in (("labor", 18), ("technical_intern", 11), ("online", 4)):
            for _ in range(n):
                counts.add("situation", situation, "vi")
        for _ in range(31):
            counts.add("screen", "referral", "vi")
        for _ in range(6):
            counts.add("exit", "", "vi")
        assert await counts.flush()

    import asyncio

    asyncio.run(fill())
    return tmp_path


def test_stats_table(data: Path) -> None:
    result = run("stats", "--data", str(data))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Languages chosen" in out and "Tiếng Việt" in out
    languages = out.split("Languages chosen")[1].split("\n\n")[0]
    assert "  Tiếng Việt          25" in languages
    assert "  all                <10" in languages  # it would give away Burmese's 2
    assert "<10" in out  # Burmese (2), online (4), exits (6)
    assert " 2\n" not in out and " 4\n" not in out and " 6\n" not in out


def test_stats_csv_and_json_agree(data: Path) -> None:
    as_csv = run("stats", "--data", str(data), "--format", "csv")
    as_json = run("stats", "--data", str(data), "--format", "json", "--threshold", "5")
    assert as_csv.returncode == as_json.returncode == 0
    records = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    burmese = next(r for r in records if r["kind"] == "language" and r["language"] == "my")
    assert (burmese["count"], burmese["hidden"]) == ("", "True")
    document = json.loads(as_json.stdout)
    assert document["threshold"] == 5
    exits = [r for r in document["counts"] if r["kind"] == "exit" and r["key"] == ""]
    assert exits[0]["count"] == 6  # 6 is shown with a threshold of 5
    assert 2 not in [r["count"] for r in document["counts"]]


def test_stats_range_leaves_out_other_days(data: Path) -> None:
    result = run("stats", "--data", str(data), "--since", "2026-11-25")
    assert result.returncode == 0
    assert "Tiếng Việt" not in result.stdout
    assert "(none)" in result.stdout


def test_stats_chart(data: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    for name in ("counts.png", "counts.svg"):
        result = run("stats", "--data", str(data), "--chart", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "counts.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "counts.svg").read_text(encoding="utf-8")
    assert "<svg" in svg


@pytest.mark.parametrize(
    ("args", "says", "code"),
    [
        (["--since", "yesterday"], "is not a date", 2),
        (["--since", "2026-11-25", "--until", "2026-11-24"], "--since is after --until", 2),
        (["--threshold", "0"], "not a whole number", 2),
        (["--chart", "out.pdf"], "must name a .png or .svg", 2),
        (["--format", "xml"], "invalid choice", 2),
    ],
)
def test_stats_bad_input(data: Path, args: list[str], says: str, code: int) -> None:
    result = run("stats", "--data", str(data), *args)
    assert result.returncode == code
    assert says in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_without_counts_or_with_a_broken_file(tmp_path: Path) -> None:
    result = run("stats", "--data", str(tmp_path))
    assert result.returncode == 1
    assert "no counts yet" in result.stderr
    (tmp_path / DB_NAME).write_bytes(b"garbage " * 100)
    result = run("stats", "--data", str(tmp_path))
    assert result.returncode == 1
    assert "corrupt" in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_reads_an_old_database_without_changing_it(tmp_path: Path) -> None:
    from bot.runtime.counts import MIGRATIONS

    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("INSERT INTO counts VALUES ('2026-01-05', 'exit', '', 17)")
        db.execute("PRAGMA user_version = 1")
    before = path.read_bytes()
    result = run("stats", "--data", str(tmp_path))
    assert result.returncode == 0
    assert "17" in result.stdout
    assert path.read_bytes() == before
