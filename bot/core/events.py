"""What happened in a conversation that operators may count: the kinds, and who records them.

The core and the channels say what happened (a conversation started, a language was chosen,
an answer screen was shown); the runtime decides where the counts go (`runtime/counts.py`).
"""

from __future__ import annotations

from typing import Protocol

#: What is counted. `key` means: the entry link's source code, nothing, the situation id,
#: the screen id, nothing.
KINDS = ("start", "language", "situation", "screen", "exit")


class Recorder(Protocol):
    """Anything that counts events; it must never raise and never wait."""

    def add(self, kind: str, key: str = "", lang: str = "") -> None: ...


class Uncounted:
    """Records nothing: for the terminal chat, tests, and tools."""

    def add(self, kind: str, key: str = "", lang: str = "") -> None:
        return None
