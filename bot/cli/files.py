"""Commands on the operator files: check, graph, preview, review, schema."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    data_options,
    dirs,
    known_languages,
    language,
    load,
    moment,
    writing,
)
from bot.core.content import Content
from bot.core.hours import TOKYO
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.width import pad
from bot.ops.check import check, coverage, unreviewed
from bot.ops.texts import unshown


def register(sub: Any) -> None:
    check_cmd = sub.add_parser("check", help="validate flows, contacts and locales together")
    check_cmd.add_argument(
        "--coverage", action="store_true", help="also print how complete each language is"
    )
    data_options(check_cmd)
    check_cmd.set_defaults(handler=run_check)

    graph_cmd = sub.add_parser("graph", help="draw a flow as a diagram (Mermaid, DOT or SVG)")
    graph_cmd.add_argument("flow", nargs="?", default="main", help="the flow's id (default: main)")
    graph_cmd.add_argument(
        "--format",
        choices=("mermaid", "markdown", "dot", "svg"),
        default="mermaid",
        help="default: mermaid (markdown: the same in a page GitHub draws)",
    )
    graph_cmd.add_argument("--lang", type=language, default="en", help="texts in this language")
    graph_cmd.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    data_options(graph_cmd)
    graph_cmd.set_defaults(handler=run_graph)

    preview_cmd = sub.add_parser(
        "preview", help="write a static HTML page of every screen and contact, for review"
    )
    preview_cmd.add_argument(
        "--lang", type=language, action="append", help="a language (repeat; default: all)"
    )
    preview_cmd.add_argument("--out", type=Path, default=Path("preview"), help="default: ./preview")
    preview_cmd.add_argument("--at", type=moment, help="the time to show (default: now)")
    data_options(preview_cmd)
    preview_cmd.set_defaults(handler=run_preview)

    review_cmd = sub.add_parser(
        "review",
        help="write a page of every text for a translator, or record that a language was reviewed",
        description="Write <out>/<lang>.html: every text the bot can show, in English, in the "
        "language under review (and another beside it), its changes since the last review "
        "marked. With --done, record that a native speaker has reviewed the language.",
    )
    review_cmd.add_argument(
        "--lang", type=language, required=True, help="the language under review"
    )
    review_cmd.add_argument("--beside", type=language, help="a second language to compare with")
    review_cmd.add_argument("--out", type=Path, default=Path("review"), help="default: ./review")
    review_cmd.add_argument(
        "--done",
        action="store_true",
        help="record the review: remember every text as it is now, mark the files reviewed",
    )
    data_options(review_cmd)
    review_cmd.set_defaults(handler=run_review)

    schema_cmd = sub.add_parser(
        "schema", help="write JSON Schemas of the flow, contact, rights and sources files"
    )
    schema_cmd.add_argument(
        "--out", type=Path, help="folder to write to (default: the schemas folder beside flows)"
    )
    data_options(schema_cmd)
    schema_cmd.set_defaults(handler=run_schema)


def run_check(args: argparse.Namespace) -> int:
    flows_dir, locales_dir = dirs(args)
    report = check(flows_dir, locales_dir)
    for problem in report.problems:
        print(problem)
    if args.coverage and report.content is not None:
        _print_coverage(report.content)
    if not report.ok or report.content is None:
        raise CliError(
            f"{len(report.problems)} problem(s) found in {flows_dir.resolve()} and "
            f"{locales_dir.resolve()}",
            EXIT_PROBLEMS,
        )
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
    left_over = unshown(content)
    if left_over:
        print(
            f"English texts nothing shows (declare them in the TEXTS of the code that shows "
            f"them, or remove them from every locale): {', '.join(left_over)}"
        )
    since = [f"{row.code} ({row.changed})" for row in coverage(content) if row.changed]
    if since:
        print(f"texts changed since their last review: {', '.join(since)}")
    return EXIT_OK


def _print_coverage(content: Content) -> None:
    print(
        f"{'code':<5} {pad('language', 17)} {'texts':>9} {'':>5}  {'emergency words':>15}  "
        "review (texts changed since)"
    )
    for row in coverage(content):
        share = f"{row.texts * 100 // row.total}%" if row.total else "-"
        texts = f"{row.texts}/{row.total}"
        since = "" if row.changed is None else f" ({row.changed} changed since)"
        print(
            f"{row.code:<5} {pad(row.name, 17)} {texts:>9} {share:>5}  "
            f"{row.emergency_words:>15}  {row.review}{since}"
        )


def run_preview(args: argparse.Namespace) -> int:
    from bot.ops import preview

    content = load(args)
    langs = args.lang or [code for code in LANGUAGES if content.texts.has(code)]
    known_languages(content, langs)
    at: datetime = args.at or datetime.now(TOKYO)
    try:
        path = preview.write(content, langs, at, args.out)
    except OSError as exc:
        raise CliError(f"cannot write to {args.out} ({exc.strerror})") from None
    print(f"wrote {path}")
    return EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    from bot.ops import review, reviewed
    from bot.ops.texts import declared

    if args.lang == REFERENCE:
        raise CliError(
            f"{REFERENCE} is the reference; name the language to review (--lang vi)", EXIT_USAGE
        )
    if args.beside in (REFERENCE, args.lang):
        raise CliError(
            f"--beside {args.beside} is already on the page; name another language", EXIT_USAGE
        )
    if args.done and args.beside:
        raise CliError("--done records one language's review; leave out --beside", EXIT_USAGE)
    content = load(args)
    known_languages(content, [args.lang, *([args.beside] if args.beside else [])])
    if not args.done:
        try:
            path = review.write(content, args.lang, args.beside, args.out)
        except OSError as exc:
            raise writing(args.out, exc) from None
        print(f"wrote {path}")
        return EXIT_OK
    texts = declared(content)
    catalog = content.texts.catalogs[args.lang]
    missing = [m for m in texts if m not in catalog.messages]
    if missing:
        raise CliError(
            f"{args.lang} lacks {len(missing)} text(s), such as '{missing[0]}': translate them "
            "first (see `referral-bot check`)"
        )
    try:
        path = reviewed.record(content.texts.catalogs[REFERENCE], catalog, texts)
    except OSError as exc:
        raise CliError(f"cannot record the review ({exc.strerror})") from None
    print(
        f"recorded the review of {len(texts)} {args.lang} texts in {path}; "
        f"its files now say '# review: reviewed'"
    )
    return EXIT_OK


def run_graph(args: argparse.Namespace) -> int:
    from bot.ops import graph

    content = load(args)
    flow = content.flows.get(args.flow)
    if flow is None:
        known = ", ".join(content.flows)
        raise CliError(f"no flow '{args.flow}' (flows: {known})", EXIT_USAGE)
    draw = {
        "mermaid": graph.mermaid,
        "markdown": graph.markdown,
        "dot": graph.dot,
        "svg": graph.svg,
    }[args.format]
    try:
        text = draw(content, flow, args.lang)
    except graph.GraphError as exc:
        raise CliError(str(exc)) from None
    if args.output is None:
        print(text, end="")
        return EXIT_OK
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise writing(args.output, exc) from None
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    from bot.ops.schema import write_all

    flows_dir, _ = dirs(args)
    for path in write_all(args.out or flows_dir / "schemas"):
        print(f"wrote {path}")
    return EXIT_OK
