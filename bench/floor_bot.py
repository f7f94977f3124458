"""The floor: a bare python-telegram-bot bot, configured as the referral bot and sending the same
bytes, so that `bench/burst.py` compares like with like.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_BASE_URL=... REFERRAL_DATA_DIR=... \\
        .venv/bin/python bench/floor_bot.py          (bench/burst.py starts it)

It is built by the bot's own `tuned` (the same HTTP clients, the same number of updates at once;
if `tuned` changes, the floor follows), with the bot's `Defaults` (none), and polls with
python-telegram-bot's own Updater. Its answers are the referral bot's: for /start, the language
picker; for a tap, the callback answered and the message edited to the screen the referral bot
shows for that button's data. Each screen is worked out by the real engine once (the picker at
start, a tap's screen the first time its data is seen) and kept in a dict, so the floor's own
work per update is a dict lookup: what is left is python-telegram-bot and the Bot API calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import InlineKeyboardMarkup, Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    filters,
)

from bot.channels.telegram.channel import (  # noqa: E402
    ALLOWED_UPDATES,
    NO_PREVIEW,
    PROTECT_CONTENT,
    Channel,
    tuned,
)
from bot.channels.telegram.limits import TELEGRAM  # noqa: E402
from bot.core.content import default_dirs  # noqa: E402
from bot.core.engine import BadDataError, Engine  # noqa: E402
from bot.core.hours import TOKYO  # noqa: E402
from bot.core.languages import LANGUAGES  # noqa: E402
from bot.runtime import last_good  # noqa: E402

#: What /start is keyed by in the screens (button data is never empty).
START = ""


class Floor:
    """The referral bot's screens, each worked out once and then looked up."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.channel = Channel(engine)  # for its keyboard layout only
        self.screens: dict[tuple[str, str | None], tuple[str, InlineKeyboardMarkup]] = {}
        for hint in (None, *LANGUAGES):  # the picker, for every account language, at start
            self.shown(START, hint)

    def shown(self, data: str, hint: str | None) -> tuple[str, InlineKeyboardMarkup]:
        """Text and keyboard for /start (`data` START) or a tap on `data`."""
        key = (data, hint)
        found = self.screens.get(key)
        if found is None:
            found = self.screens[key] = self._work_out(data, hint)
        return found

    def _work_out(self, data: str, hint: str | None) -> tuple[str, InlineKeyboardMarkup]:
        engine = self.engine
        state = engine.start()
        if data != START:
            # The benchmark taps only the bot's own buttons; anything else gets the start.
            with contextlib.suppress(BadDataError):
                state = engine.follow(engine.decode(data))
        screen = engine.screen(state, datetime.now(TOKYO), hint=hint)
        return screen.text, self.channel.keyboard(screen)


def hint_of(update: Update) -> str | None:
    """The account's language if it is one of the fifteen, as the referral bot reads it."""
    user = update.effective_user
    code = (user.language_code or "")[:2].lower() if user else ""
    return code if code in LANGUAGES else None


def load_engine() -> Engine:
    """The flows as `referral-bot run` loads them."""
    flows, locales = default_dirs()
    content, lines = last_good.choose(flows, locales, Path(os.environ["REFERRAL_DATA_DIR"]))
    for line in lines:
        print(line, file=sys.stderr)
    if content is None:
        raise SystemExit("floor_bot: the flows do not load")
    return Engine(content, limits=TELEGRAM)


async def main() -> None:
    floor = Floor(load_engine())

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        text, markup = floor.shown(START, hint_of(update))
        await context.bot.send_message(
            message.chat_id,
            text,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
            protect_content=PROTECT_CONTENT,
        )

    async def tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        await query.answer()
        text, markup = floor.shown(query.data or START, hint_of(update))
        await query.edit_message_text(text, reply_markup=markup, link_preview_options=NO_PREVIEW)

    base = os.environ["TELEGRAM_API_BASE_URL"]
    builder = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(base)
        .base_file_url(base.replace("/bot", "/file/bot"))
    )
    app: Any = tuned(builder).build()
    app.add_handler(CommandHandler("start", start, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(tap))
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    async with app:
        await app.start()
        await app.updater.start_polling(
            poll_interval=0, timeout=10, allowed_updates=ALLOWED_UPDATES
        )
        await stop.wait()
        await app.updater.stop()
        await app.stop()


if __name__ == "__main__":
    asyncio.run(main())
