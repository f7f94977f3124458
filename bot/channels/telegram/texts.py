"""The texts Telegram shows besides the screens, declared here, next to the channel, so that
`check` requires them in every language and the review page lists them (`bot/ops/texts.py`).
A module of its own so that reading the list does not load python-telegram-bot."""

from __future__ import annotations

#: The commands `set_commands` registers, each with its `cmd-<name>` description.
COMMANDS = ("start", "help", "language", "exit")

TEXTS = (
    "leave-button",
    "help-text",
    "exit-done",
    "exit-note",
    "old-button",
    "private-only",
    *(f"cmd-{name}" for name in COMMANDS),
    "bot-description",
    "bot-short-description",
)
