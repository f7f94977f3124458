"""The `referral-bot` command: chat, refer, check (and, with a token, the Telegram bot later).

Every command answers bad input with one clear line and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot import __version__
from bot.channels.telegram.limits import TELEGRAM
from bot.core import render
from bot.core.content import DIRS_RULE, Content, default_dirs, load_content
from bot.core.directory import Item, Referral
from bot.core.engine import Engine
from bot.core.hours import TOKYO, to_tokyo
from bot.core.languages import LANGUAGES
from bot.core.situations import Situation
from bot.core.width import pad
from bot.ops.check import check, coverage, unreviewed
from bot.ops.stats import PERIODS
from bot.runtime.settings import SettingsError, from_env

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
#: The terminal chat and `refer` show what Telegram users get, trimmed to its limits.
SHOWN_AS = TELEGRAM


def _moment(text: str) -> datetime:
    """ISO 8601 date and time; without an offset it is taken as Japan time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date and time like 2026-05-04T20:00+09:00"
        ) from None
    return to_tokyo(moment)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-24") from None


def _threshold(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return int(text)


def _language(text: str) -> str:
    if text not in LANGUAGES:
        known = " ".join(LANGUAGES)
        raise argparse.ArgumentTypeError(f"unknown language '{text}' (use one of: {known})")
    return text


def _situation(text: str) -> Situation:
    try:
        return Situation(text)
    except ValueError:
        known = " ".join(s.value for s in Situation)
        raise argparse.ArgumentTypeError(
            f"unknown situation '{text}' (use one of: {known})"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="referral-bot",
        description="Referral bot for people at risk of human trafficking in Japan. "
        "Without a command (and without TELEGRAM_BOT_TOKEN) it starts the terminal chat.",
    )
    parser.add_argument("--version", action="version", version=f"referral-bot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def data_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--flows", type=Path, help=f"flows folder (where from: {DIRS_RULE})")
        p.add_argument("--locales", type=Path, help="locales folder (the same rule)")

    chat = sub.add_parser("chat", help="talk to the bot in this terminal (no account, no network)")
    chat.add_argument("--lang", type=_language, help="skip the language question")
    chat.add_argument("--situation", type=_situation, help="start with this situation")
    chat.add_argument("--at", type=_moment, help="pretend it is this time (ISO 8601)")
    data_options(chat)

    refer = sub.add_parser("refer", help="print the referral the bot would give")
    refer.add_argument("--lang", type=_language, required=True, help="the person's language")
    refer.add_argument(
        "--situation",
        type=_situation,
        action="append",
        required=True,
        help="a situation id (repeat for several)",
    )
    refer.add_argument("--at", type=_moment, help="the time (ISO 8601; default: now)")
    refer.add_argument("--ip-phone", action="store_true", help="calling from an IP phone")
    refer.add_argument("--json", action="store_true", help="print JSON")
    data_options(refer)

    check_cmd = sub.add_parser("check", help="validate flows, contacts and locales together")
    check_cmd.add_argument(
        "--coverage", action="store_true", help="also print how complete each language is"
    )
    data_options(check_cmd)

    stats = sub.add_parser(
        "stats", help="the counts: conversations, languages, situations, quick exits"
    )
    stats.add_argument("--since", type=_day, help="first Japan date to include (YYYY-MM-DD)")
    stats.add_argument("--until", type=_day, help="last Japan date to include (YYYY-MM-DD)")
    stats.add_argument("--by", choices=PERIODS, default="day", help="one column per (default: day)")
    stats.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="default: table"
    )
    stats.add_argument(
        "--threshold",
        type=_threshold,
        default=10,
        help="hide numbers under this (default: 10), and totals that would reveal them",
    )
    stats.add_argument("--chart", type=Path, help="also draw FILE.png or FILE.svg")
    stats.add_argument(
        "--data", type=Path, help="the data folder (default: $REFERRAL_DATA_DIR or ./data)"
    )

    def link_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", type=_language, required=True, help="the person's language")
        p.add_argument("--situation", type=_situation, help="open at this situation")
        p.add_argument("--source", help="an outreach partner's code from flows/sources.yaml")
        data_options(p)

    link_cmd = sub.add_parser("link", help="print an entry link for outreach workers")
    link_options(link_cmd)
    qr_cmd = sub.add_parser("qr", help="write the entry link as a QR code (SVG or PNG)")
    link_options(qr_cmd)
    qr_cmd.add_argument("-o", "--output", type=Path, required=True, help="FILE.svg or FILE.png")

    graph_cmd = sub.add_parser("graph", help="draw a flow as a diagram (Mermaid, DOT or SVG)")
    graph_cmd.add_argument("flow", nargs="?", default="main", help="the flow's id (default: main)")
    graph_cmd.add_argument(
        "--format",
        choices=("mermaid", "markdown", "dot", "svg"),
        default="mermaid",
        help="default: mermaid (markdown: the same in a page GitHub draws)",
    )
    graph_cmd.add_argument("--lang", type=_language, default="en", help="texts in this language")
    graph_cmd.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    data_options(graph_cmd)

    preview_cmd = sub.add_parser(
        "preview", help="write a static HTML page of every screen and contact, for review"
    )
    preview_cmd.add_argument(
        "--lang", type=_language, action="append", help="a language (repeat; default: all)"
    )
    preview_cmd.add_argument("--out", type=Path, default=Path("preview"), help="default: ./preview")
    preview_cmd.add_argument("--at", type=_moment, help="the time to show (default: now)")
    data_options(preview_cmd)

    card_cmd = sub.add_parser(
        "card", help="write printable wallet cards (HTML or PDF) with the numbers and a QR code"
    )
    card_cmd.add_argument(
        "--lang", type=_language, action="append", required=True, help="a language (repeat)"
    )
    card_cmd.add_argument("--situation", type=_situation, help="the services for this situation")
    card_cmd.add_argument("--source", help="an outreach partner's code from flows/sources.yaml")
    card_cmd.add_argument("-o", "--output", type=Path, required=True, help="FILE.html or FILE.pdf")
    data_options(card_cmd)

    schema_cmd = sub.add_parser(
        "schema", help="write JSON Schemas of the flow, contact, rights and sources files"
    )
    schema_cmd.add_argument(
        "--out", type=Path, help="folder to write to (default: the schemas folder beside flows)"
    )
    data_options(schema_cmd)

    run = sub.add_parser(
        "run",
        help="run the Telegram bot (settings from the environment: TELEGRAM_BOT_TOKEN, ...)",
    )
    run.add_argument(
        "--watch",
        action="store_true",
        help="reload flows and locales when their files change (SIGHUP always reloads)",
    )
    data_options(run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command
    if command is None:
        command = "run" if os.environ.get("TELEGRAM_BOT_TOKEN") else "chat"
        args = parser.parse_args([command])
    flows_dir, locales_dir = _dirs(args)
    try:
        if command == "check":
            return _check(flows_dir, locales_dir, coverage=args.coverage)
        if command == "run":
            return _run(flows_dir, locales_dir, watch=args.watch)
        if command == "stats":
            return _stats(args)
        if command == "preview":
            return _preview(args, flows_dir, locales_dir)
        if command == "graph":
            return _graph(args, flows_dir, locales_dir)
        if command == "schema":
            from bot.ops.schema import write_all

            for path in write_all(args.out or flows_dir / "schemas"):
                print(f"wrote {path}")
            return EXIT_OK
        if command == "card":
            return _card(args, flows_dir, locales_dir)
        if command in ("link", "qr"):
            return _link(args, flows_dir, locales_dir)
        content = _load(flows_dir, locales_dir)
        if content is None:
            return EXIT_PROBLEMS
        if command == "refer":
            return _refer(content, args)
        return _chat(content, args)
    except KeyboardInterrupt:
        print()
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _dirs(args: argparse.Namespace) -> tuple[Path, Path]:
    flows, locales = default_dirs()
    return (getattr(args, "flows", None) or flows, getattr(args, "locales", None) or locales)


def _load(flows_dir: Path, locales_dir: Path) -> Content | None:
    content, problems = load_content(flows_dir, locales_dir)
    if content is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            "referral-bot: the files above need fixing (see `referral-bot check`)", file=sys.stderr
        )
    return content


def _check(flows_dir: Path, locales_dir: Path, *, coverage: bool = False) -> int:
    report = check(flows_dir, locales_dir)
    for problem in report.problems:
        print(problem)
    if coverage and report.content is not None:
        _print_coverage(report.content)
    if not report.ok or report.content is None:
        print(
            f"{len(report.problems)} problem(s) found in {flows_dir.resolve()} and "
            f"{locales_dir.resolve()}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    content = report.content
    screens = sum(len(f.nodes) for f in content.flows.values())
    print(
        f"ok: {len(content.flows)} flow(s), {screens} screens, "
        f"{len(content.directory.contacts)} contacts, {len(content.rights)} rights, "
        f"locales: {', '.join(content.texts.catalogs)}"
    )
    print(f"checked: {flows_dir.resolve()} and {locales_dir.resolve()}")
    waiting = unreviewed(content)
    if waiting:
        print(f"not yet reviewed by a native speaker: {', '.join(waiting)}")
    return EXIT_OK


def _print_coverage(content: Content) -> None:
    print(
        f"{'code':<5} {pad('language', 17)} {'texts':>9} {'':>5}  {'emergency words':>15}  review"
    )
    for row in coverage(content):
        share = f"{row.texts * 100 // row.total}%" if row.total else "-"
        texts = f"{row.texts}/{row.total}"
        print(
            f"{row.code:<5} {pad(row.name, 17)} {texts:>9} {share:>5}  "
            f"{row.emergency_words:>15}  {row.review}"
        )


def _run(flows_dir: Path, locales_dir: Path, *, watch: bool = False) -> int:
    """Start the bot; only a wrong setting stops it. Broken files are served around, loudly."""
    from bot.runtime import last_good, logs
    from bot.runtime.run import Sources, run_bot

    try:
        settings = from_env(os.environ)
    except SettingsError as exc:
        print(f"referral-bot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    logs.setup(settings.log_level, settings.secrets)  # before anything below can log
    content, lines = last_good.choose(flows_dir, locales_dir, settings.data_dir)
    for line in lines:
        print(line, file=sys.stderr)
    return run_bot(settings, content, Sources(flows_dir, locales_dir, watch))


def _preview(args: argparse.Namespace, flows_dir: Path, locales_dir: Path) -> int:
    from bot.ops import preview

    content = _load(flows_dir, locales_dir)
    if content is None:
        return EXIT_PROBLEMS
    langs = args.lang or [code for code in LANGUAGES if content.texts.has(code)]
    missing = [code for code in langs if not content.texts.has(code)]
    if missing:
        print(f"referral-bot: no texts yet in: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    at: datetime = args.at or datetime.now(TOKYO)
    try:
        path = preview.write(content, langs, at, args.out)
    except OSError as exc:
        print(f"referral-bot: cannot write to {args.out} ({exc.strerror})", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {path}")
    return EXIT_OK


def _graph(args: argparse.Namespace, flows_dir: Path, locales_dir: Path) -> int:
    from bot.ops import graph

    content = _load(flows_dir, locales_dir)
    if content is None:
        return EXIT_PROBLEMS
    flow = content.flows.get(args.flow)
    if flow is None:
        known = ", ".join(content.flows)
        print(f"referral-bot: no flow '{args.flow}' (flows: {known})", file=sys.stderr)
        return EXIT_USAGE
    draw = {
        "mermaid": graph.mermaid,
        "markdown": graph.markdown,
        "dot": graph.dot,
        "svg": graph.svg,
    }[args.format]
    try:
        text = draw(content, flow, args.lang)
    except graph.GraphError as exc:
        print(f"referral-bot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.output is None:
        print(text, end="")
        return EXIT_OK
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"referral-bot: cannot write {args.output} ({exc.strerror})", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _entry_links(args: argparse.Namespace, content: Content, langs: list[str]) -> dict[str, str]:
    """The entry link for each language, or LinkError saying what to change."""
    from bot.core.links import LinkError, link, payload

    if args.source and args.source not in content.sources:
        raise LinkError(
            f"'{args.source}' is not listed in flows/sources.yaml "
            "(add it there first; unlisted codes are counted as 'other')"
        )
    username = _bot_username()
    return {code: link(username, payload(code, args.situation, args.source)) for code in langs}


def _link(args: argparse.Namespace, flows_dir: Path, locales_dir: Path) -> int:
    from bot.core.links import LinkError

    content = _load(flows_dir, locales_dir)
    if content is None:
        return EXIT_PROBLEMS
    output: Path | None = getattr(args, "output", None)
    if output is not None and output.suffix.lower() not in (".svg", ".png"):
        print("referral-bot: -o must name a .svg or .png file", file=sys.stderr)
        return EXIT_USAGE
    try:
        url = _entry_links(args, content, [args.lang])[args.lang]
    except LinkError as exc:
        print(f"referral-bot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if output is not None:
        from bot.ops.qr import write_qr

        try:
            write_qr(url, output)
        except OSError as exc:
            print(f"referral-bot: cannot write {output} ({exc.strerror})", file=sys.stderr)
            return EXIT_PROBLEMS
    print(url)
    return EXIT_OK


def _card(args: argparse.Namespace, flows_dir: Path, locales_dir: Path) -> int:
    from bot.core.links import LinkError
    from bot.ops import card

    content = _load(flows_dir, locales_dir)
    if content is None:
        return EXIT_PROBLEMS
    suffix = args.output.suffix.lower()
    if suffix not in (".html", ".pdf"):
        print("referral-bot: -o must name a .html or .pdf file", file=sys.stderr)
        return EXIT_USAGE
    missing = [code for code in args.lang if not content.texts.has(code)]
    if missing:
        print(f"referral-bot: no texts yet in: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    langs = list(dict.fromkeys(args.lang))
    try:
        urls = _entry_links(args, content, langs)
    except LinkError as exc:
        print(f"referral-bot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    page = card.sheet(content, langs, urls, args.situation)
    try:
        if suffix == ".pdf":
            card.to_pdf(page, args.output)
        else:
            args.output.write_text(page, encoding="utf-8")
    except RuntimeError as exc:
        print(f"referral-bot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:
        print(f"referral-bot: cannot write {args.output} ({exc.strerror})", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {args.output}")
    return EXIT_OK


def _bot_username() -> str:
    """TELEGRAM_BOT_USERNAME, or the username Telegram gives for TELEGRAM_BOT_TOKEN."""
    from bot.core.links import LinkError

    named = os.environ.get("TELEGRAM_BOT_USERNAME", "").strip()
    if named:
        return named
    if not os.environ.get("TELEGRAM_BOT_TOKEN", "").strip():
        raise LinkError("set TELEGRAM_BOT_USERNAME (or TELEGRAM_BOT_TOKEN to ask Telegram)")
    import asyncio

    from telegram import Bot
    from telegram.error import TelegramError

    try:
        settings = from_env(os.environ)
    except SettingsError as exc:
        raise LinkError(str(exc)) from None

    async def ask() -> str:
        async with Bot(settings.token, base_url=settings.api_base_url) as bot:
            return str(bot.username)

    try:
        return asyncio.run(ask())
    except TelegramError as exc:
        raise LinkError(
            f"could not ask Telegram for the bot's name ({type(exc).__name__})"
        ) from None


def _stats(args: argparse.Namespace) -> int:
    import asyncio
    import sqlite3

    from bot.ops import stats
    from bot.runtime.counts import DB_NAME, read_rows

    folder = args.data or Path(os.environ.get("REFERRAL_DATA_DIR", "").strip() or "./data")
    path = folder / DB_NAME
    if args.since and args.until and args.since > args.until:
        print("referral-bot: --since is after --until", file=sys.stderr)
        return EXIT_USAGE
    if args.chart and args.chart.suffix.lower() not in (".png", ".svg"):
        print("referral-bot: --chart must name a .png or .svg file", file=sys.stderr)
        return EXIT_USAGE
    if not path.is_file():
        print(f"referral-bot: no counts yet ({path} does not exist)", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        rows = asyncio.run(read_rows(path))
    except sqlite3.Error as exc:
        from bot.runtime.counts import reason

        print(f"referral-bot: cannot read {path}, because {reason(exc)}", file=sys.stderr)
        return EXIT_PROBLEMS
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
            print(f"referral-bot: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        except OSError as exc:
            print(f"referral-bot: cannot write {args.chart} ({exc.strerror})", file=sys.stderr)
            return EXIT_PROBLEMS
    return EXIT_OK


def _chat(content: Content, args: argparse.Namespace) -> int:
    from bot.channels.console import run_chat

    fixed: datetime | None = args.at

    def clock() -> datetime:
        return fixed or datetime.now(TOKYO)

    def write(text: str) -> None:
        print(text, flush=True)

    return run_chat(
        Engine(content, limits=SHOWN_AS),
        lang=args.lang,
        topic=args.situation,
        clock=clock,
        read=lambda: input("> "),
        write=write,
    )


def _refer(content: Content, args: argparse.Namespace) -> int:
    engine = Engine(content, limits=SHOWN_AS)
    at: datetime = args.at or datetime.now(TOKYO)
    situations = frozenset(args.situation)
    referral = engine.refer(args.lang, situations, at, ip_phone=args.ip_phone)
    rights = engine.rights_for(args.lang, situations)
    texts = content.texts
    if args.json:
        print(json.dumps(referral_json(engine, referral, rights), ensure_ascii=False, indent=2))
        return EXIT_OK
    variables = render.args_for(Situation.SOMEONE_ELSE in situations)
    intro = texts.text(args.lang, "referral-intro", variables)
    print(render.referral_text(texts, args.lang, referral, rights, len(rights), intro, variables))
    return EXIT_OK


def referral_json(engine: Engine, referral: Referral, rights: Sequence[Any]) -> dict[str, Any]:
    """The referral as data: display order, phones as dialed, open now, next opening, notes."""
    texts, lang = engine.texts, referral.lang
    args = render.args_for(Situation.SOMEONE_ELSE in referral.situations)
    return {
        "lang": lang,
        "situations": sorted(referral.situations),
        "at": referral.at.isoformat(),
        "ip_phone": referral.ip_phone,
        "reachable_now": referral.reachable.value,
        "language_gap": referral.language_gap,
        "referrals": [_item_json(engine, item, referral) for item in referral.items],
        "safety": [texts.text(lang, r.message_id, args) for r in rights],
    }


def _item_json(engine: Engine, item: Item, referral: Referral) -> dict[str, Any]:
    texts, lang, contact = engine.texts, referral.lang, item.contact
    avail = item.availability
    return {
        "id": contact.id,
        "name": render.contact_name(texts, lang, item),
        "name_ja": contact.name_ja,
        "phones": list(item.phones),
        "urls": list(contact.urls),
        "languages": list(contact.languages),
        "speaks_your_language": item.speaks.value,
        "open_now": item.open_now,
        "status": avail.status.value,
        "closes_at": avail.closes_at.isoformat() if avail.closes_at else None,
        "next_open": avail.next_open.isoformat() if avail.next_open else None,
        "when": render.when(texts, lang, avail, referral.at),
        "cost": contact.cost,
        "emergency": contact.emergency,
        "notes": [texts.text(lang, n.text) for n in contact.notes if lang not in n.skip_for],
        "source": contact.source,
    }


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
