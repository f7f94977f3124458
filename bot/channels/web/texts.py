"""The texts the web chat shows besides the screens (the quick exit, the page about it, the
typing box), declared next to the channel for `check` and the review page (`bot/ops/texts.py`)."""

from __future__ import annotations

TEXTS = (
    "leave-button",
    "web-exit-hint",
    "web-exit-about-link",
    "web-exit-about",
    "web-back",
    "web-type-label",
    "web-send",
)
