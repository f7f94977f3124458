"""The texts LINE shows besides the screens (its leave button and how to delete the chat),
declared next to the channel for `check` and the review page (`bot/ops/texts.py`)."""

from __future__ import annotations

TEXTS = ("line-leave-button", "exit-done", "line-exit-steps", "old-button", "private-only")
