"""The baseline: a bare python-telegram-bot bot that only echoes, built like the real one.

It answers /start with one message and a button, and each tap by answering the callback and
editing the message, the same Bot API calls the referral bot makes for the same updates.
"""

from __future__ import annotations

import asyncio
import os
import signal
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes


def keyboard(n: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("again", callback_data=str(n))]])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text("hello", reply_markup=keyboard(1))


async def tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    n = int(query.data or "0")
    await query.edit_message_text(f"pressed {n}", reply_markup=keyboard(n + 1))


async def main() -> None:
    base = os.environ["TELEGRAM_API_BASE_URL"]
    app: Any = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(base)
        .base_file_url(base.replace("/bot", "/file/bot"))
        .concurrent_updates(True)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(tap))
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=10)
        await stop.wait()
        await app.updater.stop()
        await app.stop()


if __name__ == "__main__":
    asyncio.run(main())
