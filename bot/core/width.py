"""How many terminal columns a text takes, for tables with names in many scripts."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Combining marks take no column, wide (CJK) characters two, everything else one."""
    return sum(
        0
        if unicodedata.combining(c) or unicodedata.category(c) == "Mn"
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def pad(text: str, width: int) -> str:
    """`text` left-aligned in `width` columns."""
    return text + " " * max(0, width - display_width(text))
