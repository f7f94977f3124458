"""`stats --chart`: the counts over time, by language and by situation, small numbers left out.

matplotlib is optional (`pip install 'referral-bot[charts]'`); the bot itself never needs it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from bot.ops.stats import Table, suppress


class ChartUnavailableError(RuntimeError):
    """matplotlib is not installed."""


def collapse(table: Table, keep: str) -> Table:
    """Add up a table over languages (`keep="key"`) or over keys (`keep="lang"`)."""
    merged: dict[tuple[str, str], dict[str, int]] = {}
    for (key, lang), values in table.counts.items():
        row = (key, "") if keep == "key" else ("", lang)
        target = merged.setdefault(row, defaultdict(int))
        for period, n in values.items():
            target[period] += n
    return Table(table.kind, table.periods, merged)


def draw(tables: list[Table], threshold: int, out: Path) -> None:
    """Two panels, languages chosen and situations, one line each; hidden numbers are gaps."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ChartUnavailableError(
            "install the charts extra: pip install 'referral-bot[charts]'"
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
            values = [float("nan") if cells[p] is None else cells[p] for p in periods]
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
    figure.suptitle(f"Referral bot: counts per period (numbers under {threshold} not drawn)")
    figure.savefig(out)
    plt.close(figure)
