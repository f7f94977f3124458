"""`referral-bot stats` and `backup`: the counts as tables, CSV, JSON or a chart, small numbers
hidden; and a safe copy of the database they come from."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from bot.cli.common import EXIT_OK, EXIT_USAGE, CliError, day, threshold, writing
from bot.ops.stats import PERIODS


def register(sub: Any) -> None:
    stats = sub.add_parser(
        "stats", help="the counts: conversations, languages, situations, quick exits"
    )
    stats.add_argument("--since", type=day, help="first Japan date to include (YYYY-MM-DD)")
    stats.add_argument("--until", type=day, help="last Japan date to include (YYYY-MM-DD)")
    stats.add_argument("--by", choices=PERIODS, default="day", help="one column per (default: day)")
    stats.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="default: table"
    )
    stats.add_argument(
        "--threshold",
        type=threshold,
        default=10,
        help="hide a day's count under this (default: 10); totals add up only shown counts",
    )
    stats.add_argument("--chart", type=Path, help="also draw FILE.png or FILE.svg")
    stats.add_argument(
        "--data", type=Path, help="the data folder (default: $REFERRAL_DATA_DIR or ./data)"
    )
    stats.set_defaults(handler=run_stats)

    backup = sub.add_parser(
        "backup", help="copy the counts database safely, even while the bot is running"
    )
    backup.add_argument("-o", "--output", type=Path, required=True, help="the copy to write")
    backup.add_argument(
        "--data", type=Path, help="the data folder (default: $REFERRAL_DATA_DIR or ./data)"
    )
    backup.set_defaults(handler=run_backup)


def _database(args: argparse.Namespace) -> Path:
    folder = args.data or Path(os.environ.get("REFERRAL_DATA_DIR", "").strip() or "./data")
    from bot.runtime.counts import DB_NAME

    path = folder / DB_NAME
    if not path.is_file():
        raise CliError(f"no counts yet ({path} does not exist)")
    return path


def run_backup(args: argparse.Namespace) -> int:
    import sqlite3

    from bot.runtime.counts import backup, reason

    path = _database(args)
    try:
        backup(path, args.output)
    except sqlite3.Error as exc:
        raise CliError(f"cannot copy {path}, because {reason(exc)}") from None
    except OSError as exc:
        raise writing(args.output, exc) from None
    print(f"wrote {args.output}")
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    import asyncio
    import sqlite3

    from bot.ops import stats
    from bot.runtime.counts import read_rows, reason

    if args.since and args.until and args.since > args.until:
        raise CliError("--since is after --until", EXIT_USAGE)
    if args.chart and args.chart.suffix.lower() not in (".png", ".svg"):
        raise CliError("--chart must name a .png or .svg file", EXIT_USAGE)
    path = _database(args)
    try:
        rows = asyncio.run(read_rows(path))
    except sqlite3.Error as exc:
        raise CliError(f"cannot read {path}, because {reason(exc)}") from None
    tables = stats.build(rows, args.by, args.since, args.until)
    shown = [stats.suppress(t, args.threshold) for t in tables]
    if args.format == "csv":
        print(stats.as_csv(shown), end="")
    elif args.format == "json":
        print(stats.as_json(shown, args.threshold, args.by), end="")
    else:
        print(stats.as_table(shown, args.threshold), end="")
    if args.chart:
        from bot.ops.chart import ChartUnavailableError, draw

        try:
            draw(tables, args.threshold, args.chart)
        except ChartUnavailableError as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise writing(args.chart, exc) from None
    return EXIT_OK
