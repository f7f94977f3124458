"""Telegram's limits, as the core and `check` take them (Bot API: sendMessage, callback_data)."""

from __future__ import annotations

from bot.core.limits import Limits


def utf16_units(text: str) -> int:
    """A message's length as Telegram counts it: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


#: Message text up to 4,096 UTF-16 units; callback data 1-64 bytes.
TELEGRAM = Limits("Telegram", text=4096, measure=utf16_units, button_data=64)
