"""The web chat's limits: a page has no length limit of its own; a button's position travels in a
form field, kept to the same 64 bytes as on Telegram so that one position fits every channel."""

from __future__ import annotations

from bot.core.limits import Limits

WEB = Limits("web", text=20_000, button_data=64)
