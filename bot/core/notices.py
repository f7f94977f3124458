"""Log lines the bot vouches for, and warnings anyone outside could trigger at will.

The privacy filter itself (`runtime/logs.py`) rewrites every line; these two helpers let the
layers below say what may pass as it is (`Public`: a port, a count) and keep a flood of
refused requests or unreadable updates to one line a minute (`Throttled`).
"""

from __future__ import annotations

import logging
import time


class Public(str):
    """A log argument the bot vouches for (a port, a count), printed without scrubbing."""

    __slots__ = ()


class Throttled:
    """A warning that anyone outside could trigger: at most one line a minute, with a count."""

    def __init__(self, logger: logging.Logger, what: str, every: float = 60.0) -> None:
        self.logger = logger
        self.what = what
        self.every = every
        self.count = 0
        self.last = -every

    def __call__(self, times: int = 1) -> None:
        self.count += times
        now = time.monotonic()
        if now - self.last >= self.every:
            self.logger.warning("%s: %s since the last such line", self.what, Public(self.count))
            self.count = 0
            self.last = now
