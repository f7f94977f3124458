"""`stats --chart`: the counts over time, by language and by situation, small numbers left out.

Each point is published exactly as the tables publish a number (`stats.publish`), from the
base counts, so the chart gives away nothing the tables hide.

matplotlib is optional (`pip install '.[charts]'`, as the README says); the bot never needs it.
"""

from __future__ import annotations

from pathlib import Path

from bot.ops.stats import Table, suppress


class ChartUnavailableError(RuntimeError):
    """matplotlib is not installed."""


def collapse(table: Table, keep: str) -> Table:
    """One row per key (`keep="key"`) or per language (`keep="lang"`), over the same base counts.

    The base counts are gathered, never added up first: a sum of hidden counts must stay hidden.
    """
    merged: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for (key, lang), base in table.base.items():
        row = (key, "") if keep == "key" else ("", lang)
        merged.setdefault(row, []).extend(base)
    return Table(table.kind, table.periods, merged, table.by)


def draw(tables: list[Table], threshold: int, out: Path) -> None:
    """Two panels, languages chosen and situations, one line each; hidden numbers are gaps."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        matplotlib.rcParams["svg.hashsalt"] = "referral-bot"  # the same data, the same file
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ChartUnavailableError(
            "install the charts extra: pip install '.[charts]' in the bot's folder"
        ) from exc

    by_kind = {t.kind: t for t in tables}
    panels = [
        ("Languages chosen", suppress(collapse(by_kind["language"], "lang"), threshold)),
        (
            "Situations at answer screens",
            suppress(collapse(by_kind["situation"], "key"), threshold),
        ),
    ]
    figure, axes = plt.subplots(2, 1, figsize=(10, 8), sharex=True, constrained_layout=True)
    for axis, (title, shown) in zip(axes, panels, strict=True):
        periods = shown.table.periods
        for (key, lang), cells in sorted(shown.cells.items()):
            # Codes, not native names: a chart font rarely has every script.
            label = lang or key
            values = [float("nan") if cells[p].count is None else cells[p].count for p in periods]
            axis.plot(periods, values, marker="o", label=label)
        axis.set_title(title)
        axis.set_ylabel("count")
        axis.set_ylim(bottom=0)
        axis.grid(True, alpha=0.3)
        if shown.cells:
            axis.legend(loc="upper left", fontsize="small", ncols=3)
        else:
            axis.text(0.5, 0.5, "no counts", ha="center", va="center", transform=axis.transAxes)
    axes[-1].tick_params(axis="x", labelrotation=45)
    figure.suptitle(
        f"Referral bot: counts per period (each point adds up only the days with {threshold} "
        "or more)"
    )
    figure.savefig(out, metadata={"Date": None} if out.suffix.lower() == ".svg" else None)
    plt.close(figure)
