"""`referral-bot stats`: the counts as tables an operator can share, with small numbers hidden.

Every number under the threshold is hidden. A total is shown only when every number it adds
up is shown: otherwise a hidden number could be worked out by subtraction.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
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

Cell = int | None  # None: hidden


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
    #: (key, language) -> period -> count
    counts: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)

    def row_label(self, key: str, lang: str) -> str:
        name = LANGUAGES.get(lang, lang) if lang else ""
        if self.kind in ("language", "exit"):
            return name or "(not known)"
        base = (key or "(no code)") if self.kind == "start" else key
        return f"{base} · {name}" if name else base


@dataclass
class Shown:
    """A table after suppression: every number, or None where hidden."""

    table: Table
    cells: dict[tuple[str, str], dict[str, Cell]]
    row_totals: dict[tuple[str, str], Cell]
    column_totals: dict[str, Cell]
    total: Cell


def build(
    rows: list[tuple[str, str, str, str, int]], by: str, since: date | None, until: date | None
) -> list[Table]:
    """Group the stored rows into one table per kind, within the dates asked for."""
    tables = {kind: Table(kind, []) for kind in KINDS}
    periods: set[str] = set()
    for day, kind, key, lang, n in rows:
        moment = date.fromisoformat(day)
        if (since and moment < since) or (until and moment > until) or kind not in tables:
            continue
        period = period_of(day, by)
        periods.add(period)
        cells = tables[kind].counts.setdefault((key, lang), defaultdict(int))
        cells[period] += n
    for table in tables.values():
        table.periods = sorted(periods)
    return [tables[k] for k in KINDS]


def suppress(table: Table, threshold: int) -> Shown:
    """Hide numbers under `threshold`, and every total that includes a hidden number."""

    def visible(n: int) -> Cell:
        return n if n == 0 or n >= threshold else None

    cells: dict[tuple[str, str], dict[str, Cell]] = {}
    for row, values in table.counts.items():
        cells[row] = {p: visible(values.get(p, 0)) for p in table.periods}

    def total(parts: list[Cell]) -> Cell:
        if any(part is None for part in parts):
            return None
        return visible(sum(part for part in parts if part is not None))

    row_totals = {row: total(list(values.values())) for row, values in cells.items()}
    column_totals = {p: total([cells[row][p] for row in cells]) for p in table.periods}
    everything = [c for values in cells.values() for c in values.values()]
    return Shown(table, cells, row_totals, column_totals, total(everything))


def _show(cell: Cell, threshold: int) -> str:
    return f"<{threshold}" if cell is None else str(cell)


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
        order = sorted(block.cells, key=lambda row: (row[0], row[1]))
        for row in order:
            values = [_show(block.cells[row][p], threshold) for p in table.periods]
            if len(table.periods) > 1:
                values.append(_show(block.row_totals[row], threshold))
            lines.append([table.row_label(*row), *values])
        if len(block.cells) > 1:
            values = [_show(block.column_totals[p], threshold) for p in table.periods]
            if len(table.periods) > 1:
                values.append(_show(block.total, threshold))
            lines.append(["all", *values])
        widths = [max(display_width(line[i]) for line in lines) for i in range(len(header))]
        for line in lines:
            first = "  " + line[0] + " " * (widths[0] - display_width(line[0]))
            rest = "  ".join(v.rjust(w) for v, w in zip(line[1:], widths[1:], strict=True))
            out.append((first + "  " + rest).rstrip())
        out.append("")
    out.append(
        f"<{threshold}: fewer than {threshold}, or a total that would let a hidden number "
        "be worked out. Days are Japan dates."
    )
    return "\n".join(out) + "\n"


def as_records(shown: list[Shown]) -> list[dict[str, Any]]:
    """One record per number, totals included: kind, key, language, period, count, hidden."""
    records: list[dict[str, Any]] = []

    def add(kind: str, key: str, lang: str, period: str, cell: Cell) -> None:
        records.append(
            {
                "kind": kind,
                "key": key,
                "language": lang,
                "period": period,
                "count": cell,
                "hidden": cell is None,
            }
        )

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
    fields = ["kind", "key", "language", "period", "count", "hidden"]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for record in as_records(shown):
        writer.writerow({**record, "count": "" if record["count"] is None else record["count"]})
    return buffer.getvalue()


def as_json(shown: list[Shown], threshold: int, by: str) -> str:
    document = {"threshold": threshold, "by": by, "counts": as_records(shown)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
