"""`referral-bot stats`: sensible tables, small numbers hidden, no total that gives them away."""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bot.ops.stats import PERIODS, Table, as_csv, as_json, as_table, build, period_of, suppress
from bot.runtime.counts import DB_NAME, Counts
from testkit import jst
from testkit.command import invoke


def table(counts: dict[tuple[str, str], dict[str, int]], by: str = "day") -> Table:
    """Base counts by day ("2026-11-0N") for one kind."""
    base = {row: list(days.items()) for row, days in counts.items()}
    periods = sorted({period_of(d, by) for days in counts.values() for d in days})
    return Table("language", periods, base, by)


D1, D2 = "2026-11-02", "2026-11-03"


def test_small_numbers_are_hidden_and_totals_leave_them_out() -> None:
    shown = suppress(
        table(
            {
                ("", "vi"): {D1: 12, D2: 15},
                ("", "th"): {D1: 3, D2: 20},
                ("", "ja"): {D1: 40},
            }
        ),
        threshold=10,
    )
    th = shown.cells[("", "th")]
    assert (th[D1].text(), th[D2].text()) == ("hidden", "20")
    assert shown.cells[("", "ja")][D2].text() == "0"
    # A total adds up only shown numbers, and says so when it leaves one out.
    assert {r: c.text() for r, c in shown.row_totals.items()} == {
        ("", "vi"): "27",
        ("", "th"): "20+",
        ("", "ja"): "40",
    }
    assert {p: c.text() for p, c in shown.column_totals.items()} == {D1: "52+", D2: "35"}
    assert shown.total.text() == "87+"


def test_a_total_made_only_of_hidden_numbers_is_not_shown() -> None:
    shown = suppress(table({("", "km"): {D1: 3, D2: 4}}, by="month"), threshold=10)
    month = shown.cells[("", "km")]["2026-11"]
    assert (month.text(), month.count, month.status) == ("not shown", None, "not shown")
    assert suppress(table({("", "vi"): {D1: 4}}), threshold=3).cells[("", "vi")][D1].text() == "4"


def test_periods_group_days() -> None:
    rows = [
        ("2026-11-23", "exit", "", "en", 15),  # a Monday
        ("2026-11-29", "exit", "", "en", 16),  # the Sunday of the same week
        ("2026-11-30", "exit", "", "en", 17),
    ]
    exits = suppress({t.kind: t for t in build(rows, "week", None, None)}["exit"], 10)
    assert {p: c.text() for p, c in exits.cells[("", "en")].items()} == {
        "2026-11-23": "31",
        "2026-11-30": "17",
    }
    months = {t.kind: t for t in build(rows, "month", date(2026, 11, 24), None)}["exit"]
    assert suppress(months, 10).cells[("", "en")]["2026-11"].text() == "33"


def outputs(rows: list[tuple[str, str, str, str, int]], tmp_path: Path) -> list[bytes]:
    """Everything `stats` can print or draw over these rows, for every period and some ranges."""
    from bot.ops.chart import draw

    found: list[bytes] = []
    days = sorted({r[0] for r in rows})
    ranges = [
        (None, None),
        (date.fromisoformat(days[1]), None),
        (None, date.fromisoformat(days[-2])),
    ]
    for by in PERIODS:
        for since, until in ranges:
            tables = build(rows, by, since, until)
            shown = [suppress(t, 10) for t in tables]
            found += [as_table(shown, 10).encode(), as_csv(shown).encode()]
            found.append(as_json(shown, 10, by).encode())
            if by == "week" and since is None and until is None:
                chart = tmp_path / f"chart-{len(found)}.svg"
                draw(tables, 10, chart)
                found.append(chart.read_bytes())
    return found


def test_no_hidden_number_changes_anything_printed(tmp_path: Path) -> None:
    """The attacker's view: if no output moves when the hidden counts change, no subtraction
    across outputs (periods, ranges, totals, formats, the chart) can recover them."""
    pytest.importorskip("matplotlib")
    rng = random.Random(7)  # noqa: S311 - test data, not a secret
    kinds = {"language": [""], "situation": ["labor", "online"], "exit": [""]}
    rows = []
    for day in range(1, 29):
        for kind, keys in kinds.items():
            for key in keys:
                for lang in ("vi", "en", "my"):
                    n = rng.choice([0, 1, 2, 3, 5, 9, 10, 12, 20, 31])
                    if n:
                        rows.append((f"2026-11-{day:02d}", kind, key, lang, n))
    assert any(n < 10 for *_, n in rows) and any(n >= 10 for *_, n in rows)
    before = outputs(rows, tmp_path)
    moved = [(d, k, key, lang, (n % 9) + 1 if n < 10 else n) for d, k, key, lang, n in rows]
    assert moved != rows
    assert outputs(moved, tmp_path) == before


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
    result = invoke("stats", "--data", str(data))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Languages chosen" in out and "Tiếng Việt" in out
    languages = out.split("Languages chosen")[1].split("\n\n")[0]
    assert "  Tiếng Việt          25" in languages
    assert "  all                39+" in languages  # Burmese's 2 left out, and said so
    assert "  မြန်မာ           hidden" in languages
    assert " 2\n" not in out and " 4\n" not in out and " 6\n" not in out
    assert "<10" not in out


def test_stats_csv_and_json_agree(data: Path) -> None:
    as_csv = invoke("stats", "--data", str(data), "--format", "csv")
    as_json = invoke("stats", "--data", str(data), "--format", "json", "--threshold", "5")
    assert as_csv.returncode == as_json.returncode == 0
    records = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    burmese = next(r for r in records if r["kind"] == "language" and r["language"] == "my")
    assert (burmese["count"], burmese["status"]) == ("", "hidden")
    document = json.loads(as_json.stdout)
    assert document["threshold"] == 5
    exits = [r for r in document["counts"] if r["kind"] == "exit" and r["key"] == ""]
    assert exits[0]["count"] == 6  # 6 is shown with a threshold of 5
    assert 2 not in [r["count"] for r in document["counts"]]


def test_stats_range_leaves_out_other_days(data: Path) -> None:
    result = invoke("stats", "--data", str(data), "--since", "2026-11-25")
    assert result.returncode == 0
    assert "Tiếng Việt" not in result.stdout
    assert "(none)" in result.stdout


def test_stats_chart(data: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    for name in ("counts.png", "counts.svg"):
        result = invoke("stats", "--data", str(data), "--chart", str(tmp_path / name))
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
    result = invoke("stats", "--data", str(data), *args)
    assert result.returncode == code
    assert says in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_without_counts_or_with_a_broken_file(tmp_path: Path) -> None:
    result = invoke("stats", "--data", str(tmp_path))
    assert result.returncode == 1
    assert "no counts yet" in result.stderr
    (tmp_path / DB_NAME).write_bytes(b"garbage " * 100)
    result = invoke("stats", "--data", str(tmp_path))
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
    result = invoke("stats", "--data", str(tmp_path))
    assert result.returncode == 0
    assert "17" in result.stdout
    assert path.read_bytes() == before


def test_a_backup_restored_gives_the_same_statistics(data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "backup" / "counts-2026-11-24.sqlite3"
    copy.parent.mkdir()
    made = invoke("backup", "--data", str(data), "-o", str(copy))
    assert made.returncode == 0, made.stderr
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert not list(copy.parent.glob("*.part"))
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(copy, restored / DB_NAME)  # the restore: put it back while the bot is stopped
    before = invoke("stats", "--data", str(data), "--format", "csv").stdout
    after = invoke("stats", "--data", str(restored), "--format", "csv").stdout
    assert before == after and "language" in after


def test_a_backup_without_counts_is_one_clear_line(tmp_path: Path) -> None:
    result = invoke("backup", "--data", str(tmp_path), "-o", str(tmp_path / "copy.sqlite3"))
    assert result.returncode == 1
    assert "no counts yet" in result.stderr and "Traceback" not in result.stderr
