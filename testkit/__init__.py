"""Helpers for the tests and the benchmark: one package, imported by `tests/` and `bench/`.

- `fakebot`: a small fake Telegram Bot API server on 127.0.0.1, and the people who write to it;
- `taps`: a client that speaks in taps (start, tap a button, type and read the answer);
- `serving`: the real Application in this process, polling or by webhook, against the fake;
- `process`: the real `referral-bot` as a separate process (`run`, or any command);
- `command`: any other `referral-bot` command run in the test's own process;
- `files`: copies of the operator files to break or change, and small edits to them;
- `browser`: Debian's headless chromium rendering a page to PNG.

Nothing here is shipped with the bot (the wheel holds `bot/` only).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.core.hours import TOKYO

#: The checkout: the code, and the real operator files.
ROOT = Path(__file__).resolve().parent.parent
FLOWS = ROOT / "flows"
LOCALES = ROOT / "locales"
#: A made-up bot token the fake Bot API accepts.
TOKEN = "123456789:AAH-fake-test-token-value_0123456789abc"  # noqa: S105


def jst(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A moment in Japan time."""
    return datetime(year, month, day, hour, minute, tzinfo=TOKYO)


#: A Tuesday afternoon, when most services are open: the clock of the in-process bots.
NOW = jst(2026, 5, 12, 14, 0)
