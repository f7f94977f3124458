"""`referral-bot stats`: the counts as tables an operator can share, with small numbers hidden.

The method, chosen because it holds whatever is combined: every number printed is a sum of
*base counts that are themselves shown*. The base is what the database holds, one count per
Japan day, kind, key and language; a base count under the threshold is hidden. Every other
number (a week, a month, a row or column total, a line of the chart, over any --since/--until)
adds up only the shown base counts inside it, and is marked "at least" (`N+`) when it leaves
a hidden one out. No printed number depends on the value of a hidden count, so no subtraction
across periods, formats, date ranges or the chart can recover one; a test changes every hidden
count and finds every output unchanged. The price: a total made of small days shows only what
its shown days add up to (`not shown` when none is).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bot.core.events import KINDS
from bot.core.languages import LANGUAGES
from bot.core.width import display_width

TITLES = {
    "start": "Conversations started, by entry link",
    "language": "Languages chosen",
    "situation": "Situations, counted at answer screens (a person may have several)",
    "screen": "Answer screens shown",
    "exit": "Quick exits",
}
PERIODS = ("day", "week", "month", "all")
TOTAL = "total"

Row = tuple[str, str]  # (key, language)
Base = list[tuple[str, int]]  # (Japan day, count) as stored


@dataclass(frozen=True)
class Cell:
    """A published number: the shown base counts added up, and whether any was left out."""

    shown: int
    partial: bool
    #: It is one base count (a day with --by day): left out, it is "hidden", not "not shown".
    single: bool = False

    @property
    def status(self) -> str:
        if not self.partial:
            return "exact"
        if self.shown:
            return "at least"
        return "hidden" if self.single else "not shown"

    @property
    def count(self) -> int | None:
        """The number to print, or None when nothing in it may be shown."""
        return None if self.partial and not self.shown else self.shown

    def text(self) -> str:
        if self.status in ("hidden", "not shown"):
            return self.status
        return f"{self.shown}+" if self.partial else str(self.shown)


def publish(counts: list[int], threshold: int) -> Cell:
    """The only way a number leaves this module: shown base counts, the others left out."""
    return Cell(
        shown=sum(n for n in counts if n >= threshold),
        partial=any(0 < n < threshold for n in counts),
        single=len(counts) == 1,
    )


def period_of(day: str, by: str) -> str:
    """The period a Japan date falls in: the day, its ISO week (Monday), its month, or all."""
    if by == "day":
        return day
    if by == "week":
        start = date.fromisoformat(day)
        return (start - timedelta(days=start.weekday())).isoformat()
    if by == "month":
        return day[:7]
    return "all"


@dataclass
class Table:
    kind: str
    periods: list[str]
    #: (key, language) -> the base counts under it
    base: dict[Row, Base] = field(default_factory=dict)
    by: str = "day"

    def row_label(self, key: str, lang: str) -> str:
        name = LANGUAGES.get(lang, lang) if lang else ""
        if self.kind in ("language", "exit"):
            return name or "(not known)"
        base = (key or "(no code)") if self.kind == "start" else key
        return f"{base} · {name}" if name else base


@dataclass
class Shown:
    """A table as it may be published."""

    table: Table
    cells: dict[Row, dict[str, Cell]]
    row_totals: dict[Row, Cell]
    column_totals: dict[str, Cell]
    total: Cell


def build(
    rows: list[tuple[str, str, str, str, int]], by: str, since: date | None, until: date | None
) -> list[Table]:
    """One table per kind of the stored base counts within the dates, with their periods."""
    tables = {kind: Table(kind, [], by=by) for kind in KINDS}
    periods: set[str] = set()
    for day, kind, key, lang, n in rows:
        moment = date.fromisoformat(day)
        if (since and moment < since) or (until and moment > until) or kind not in tables:
            continue
        periods.add(period_of(day, by))
        tables[kind].base.setdefault((key, lang), []).append((day, n))
    for table in tables.values():
        table.periods = sorted(periods)
    return [tables[k] for k in KINDS]


def suppress(table: Table, threshold: int) -> Shown:
    """Every number of the table, each published from base counts alone."""

    def within(base: Base, period: str) -> list[int]:
        return [n for day, n in base if period_of(day, table.by) == period]

    cells = {
        row: {p: publish(within(base, p), threshold) for p in table.periods}
        for row, base in table.base.items()
    }
    row_totals = {row: publish([n for _, n in base], threshold) for row, base in table.base.items()}
    column_totals = {
        p: publish([n for base in table.base.values() for n in within(base, p)], threshold)
        for p in table.periods
    }
    everything = [n for base in table.base.values() for _, n in base]
    return Shown(table, cells, row_totals, column_totals, publish(everything, threshold))


def as_table(shown: list[Shown], threshold: int) -> str:
    out: list[str] = []
    for block in shown:
        table = block.table
        out.append(TITLES[table.kind])
        if not block.cells:
            out.append("  (none)")
            out.append("")
            continue
        header = ["", *table.periods, TOTAL] if len(table.periods) > 1 else ["", *table.periods]
        lines = [header]
        order = sorted(block.cells)
        for row in order:
            values = [block.cells[row][p].text() for p in table.periods]
            if len(table.periods) > 1:
                values.append(block.row_totals[row].text())
            lines.append([table.row_label(*row), *values])
        if len(block.cells) > 1:
            values = [block.column_totals[p].text() for p in table.periods]
            if len(table.periods) > 1:
                values.append(block.total.text())
            lines.append(["all", *values])
        widths = [max(display_width(line[i]) for line in lines) for i in range(len(header))]
        for line in lines:
            first = "  " + line[0] + " " * (widths[0] - display_width(line[0]))
            rest = "  ".join(v.rjust(w) for v, w in zip(line[1:], widths[1:], strict=True))
            out.append((first + "  " + rest).rstrip())
        out.append("")
    out.append(
        f"hidden: fewer than {threshold}. N+: at least N; it leaves out numbers that are hidden. "
        "not shown: made only of hidden numbers. Days are Japan dates."
    )
    return "\n".join(out) + "\n"


def as_records(shown: list[Shown]) -> list[dict[str, Any]]:
    """One record per number, totals included: kind, key, language, period, count, status.

    `status` is exact, at least (count leaves out hidden numbers), hidden or not shown (count
    is empty).
    """
    records: list[dict[str, Any]] = []

    def add(kind: str, key: str, lang: str, period: str, cell: Cell) -> None:
        record = {"kind": kind, "key": key, "language": lang, "period": period}
        records.append(record | {"count": cell.count, "status": cell.status})

    for block in shown:
        kind = block.table.kind
        for (key, lang), values in sorted(block.cells.items()):
            for period, cell in values.items():
                add(kind, key, lang, period, cell)
            add(kind, key, lang, TOTAL, block.row_totals[(key, lang)])
        for period, cell in block.column_totals.items():
            add(kind, TOTAL, "", period, cell)
        if block.cells:
            add(kind, TOTAL, "", TOTAL, block.total)
    return records


def as_csv(shown: list[Shown]) -> str:
    buffer = io.StringIO()
    fields = ["kind", "key", "language", "period", "count", "status"]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for record in as_records(shown):
        writer.writerow({**record, "count": "" if record["count"] is None else record["count"]})
    return buffer.getvalue()


def as_json(shown: list[Shown], threshold: int, by: str) -> str:
    document = {"threshold": threshold, "by": by, "counts": as_records(shown)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
