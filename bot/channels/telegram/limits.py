"""Telegram's limits, as the core and `check` take them (Bot API: sendMessage, callback_data)."""

from __future__ import annotations

from bot.core.limits import Limits, utf16_units

#: Message text up to 4,096 UTF-16 units; callback data 1-64 bytes.
TELEGRAM = Limits("Telegram", text=4096, measure=utf16_units, button_data=64)
