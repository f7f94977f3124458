"""What a channel can show, given to the core as a value: the engine fits screens to it.

Each channel declares its own (a `limits.py` in its folder under `bot/channels/`); `check`
renders every screen for every enabled channel and holds it to that channel's limits. The
terminal chat has none.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass


def utf16_units(text: str) -> int:
    """A message's length in UTF-16 code units (an emoji counts two), as Telegram counts it
    and, to be safe, as LINE's limits are held here."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Limits:
    name: str
    #: The longest message, as `measure` counts it.
    text: int
    #: How the channel counts a message's length.
    measure: Callable[[str], int] = len
    #: Bytes of position one button can carry (UTF-8).
    button_data: int = sys.maxsize


#: For channels with no limits of their own (the terminal chat, tests of the core).
UNLIMITED = Limits("unlimited", text=sys.maxsize)
