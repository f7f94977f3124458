"""Commands for outreach workers: entry links, QR codes and printed cards."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from bot.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    data_options,
    known_languages,
    language,
    load,
    situation,
    writing,
)
from bot.core.content import Content
from bot.core.links import LinkError, line_link, link, payload, web_link
from bot.runtime.settings import SettingsError, from_env, line_bot_id_from

WEB_HELP = "the web chat's link (WEB_BASE_URL) instead of Telegram's"
CARD_HELP = (
    "Wallet cards, five to a page: a strip per card that folds once, print inside, to the size "
    "of a bank card. Inside, in each language with the Japanese names alongside: 110 and 119 in "
    "large type, the anonymous report line and the three services that fit the situation best "
    "(by relevance and language, never by the hour it is printed), each with its hours, a mark "
    "on lines that may answer only in Japanese with the words to ask for an interpreter, and a "
    "QR code to the bot. The computer needs a font for every script on the card: a missing one "
    "is an error naming the Debian package (fonts-noto-core; fonts-noto-cjk for Japanese, "
    "Chinese and Korean). PDF needs Chromium."
)
LINE_HELP = "LINE's link (LINE_BOT_ID): the chat opens with the start message ready to send"


def channel_options(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group()
    which.add_argument("--web", action="store_true", help=WEB_HELP)
    which.add_argument("--line", action="store_true", help=LINE_HELP)


def register(sub: Any) -> None:
    def link_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", type=language, required=True, help="the person's language")
        p.add_argument("--situation", type=situation, help="open at this situation")
        p.add_argument("--source", help="an outreach partner's code from flows/sources.yaml")
        p.add_argument(
            "--under-18", action="store_true", help="for schools and youth workers: under 18"
        )
        channel_options(p)
        data_options(p)

    link_cmd = sub.add_parser("link", help="print an entry link for outreach workers")
    link_options(link_cmd)
    link_cmd.set_defaults(handler=run_link)
    qr_cmd = sub.add_parser("qr", help="write the entry link as a QR code (SVG or PNG)")
    link_options(qr_cmd)
    qr_cmd.add_argument("-o", "--output", type=Path, required=True, help="FILE.svg or FILE.png")
    qr_cmd.set_defaults(handler=run_link)

    card_cmd = sub.add_parser(
        "card",
        help="write printable wallet cards (HTML or PDF) with the numbers and a QR code",
        description=CARD_HELP,
    )
    card_cmd.add_argument(
        "--lang", type=language, action="append", required=True, help="a language (repeat)"
    )
    card_cmd.add_argument("--situation", type=situation, help="the services for this situation")
    card_cmd.add_argument("--source", help="an outreach partner's code from flows/sources.yaml")
    card_cmd.add_argument(
        "--under-18", action="store_true", help="for schools and youth workers: under 18"
    )
    channel_options(card_cmd)
    card_cmd.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help="a4 (default): five 85 x 54 mm cards a page; letter: five 85 x 52 mm cards, "
        "since five 54 mm cards would leave US Letter under 5 mm margins",
    )
    card_cmd.add_argument("-o", "--output", type=Path, required=True, help="FILE.html or FILE.pdf")
    data_options(card_cmd)
    card_cmd.set_defaults(handler=run_card)


def entry_links(args: argparse.Namespace, content: Content, langs: list[str]) -> dict[str, str]:
    """The entry link for each language, or a CliError saying what to change."""
    try:
        if args.source and args.source not in content.sources:
            raise LinkError(
                f"'{args.source}' is not listed in flows/sources.yaml "
                "(add it there first; unlisted codes are counted as 'other')"
            )
        texts = {
            code: payload(code, args.situation, args.source, under_18=args.under_18)
            for code in langs
        }
        if args.web:
            base = os.environ.get("WEB_BASE_URL", "").strip()
            if not base:
                raise LinkError("--web needs WEB_BASE_URL, the web chat's address")
            return {code: web_link(base, text) for code, text in texts.items()}
        if args.line:
            try:
                bot_id = line_bot_id_from(os.environ)
            except SettingsError as exc:
                raise LinkError(str(exc)) from None
            if bot_id is None:
                raise LinkError("--line needs LINE_BOT_ID, the LINE account's ID (like @123abcde)")
            return {code: line_link(bot_id, text) for code, text in texts.items()}
        username = bot_username()
        return {code: link(username, text) for code, text in texts.items()}
    except LinkError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def run_link(args: argparse.Namespace) -> int:
    content = load(args)
    output: Path | None = getattr(args, "output", None)
    if output is not None and output.suffix.lower() not in (".svg", ".png"):
        raise CliError("-o must name a .svg or .png file", EXIT_USAGE)
    url = entry_links(args, content, [args.lang])[args.lang]
    if output is not None:
        from bot.ops.qr import write_qr

        try:
            write_qr(url, output)
        except OSError as exc:
            raise writing(output, exc) from None
    print(url)
    return EXIT_OK


def run_card(args: argparse.Namespace) -> int:
    from bot.ops import card

    content = load(args)
    suffix = args.output.suffix.lower()
    if suffix not in (".html", ".pdf"):
        raise CliError("-o must name a .html or .pdf file", EXIT_USAGE)
    known_languages(content, args.lang)
    langs = list(dict.fromkeys(args.lang))
    urls = entry_links(args, content, langs)
    opens = "web" if args.web else "line" if args.line else "telegram"
    page = card.sheet(
        content,
        langs,
        urls,
        args.situation,
        under_18=args.under_18,
        opens=opens,
        paper=args.paper,
    )
    check_fonts(page)
    try:
        if suffix == ".pdf":
            card.to_pdf(page, args.output)
        else:
            args.output.write_text(page, encoding="utf-8")
    except RuntimeError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise writing(args.output, exc) from None
    print(f"wrote {args.output}")
    return EXIT_OK


def check_fonts(page: str) -> None:
    """A script no installed font draws would print as empty boxes: stop and say what to
    install instead."""
    from bot.ops.card import missing_fonts
    from bot.ops.fonts import FontsUnknownError

    try:
        absent = missing_fonts(page)
    except FontsUnknownError as exc:
        raise CliError(f"cannot check the fonts for the card: {exc}") from None
    if absent:
        raise CliError(
            "no installed font draws "
            + "; ".join(str(m) for m in absent)
            + " (otherwise the card prints empty boxes)"
        )


def bot_username() -> str:
    """TELEGRAM_BOT_USERNAME, or the username Telegram gives for TELEGRAM_BOT_TOKEN."""
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
