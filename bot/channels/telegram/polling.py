"""Long polling that cannot be wedged, and Bot API answers that are never logged.

python-telegram-bot's own Updater, given one update it cannot parse, logs the whole batch
(names, usernames, typed text) at CRITICAL and asks for the same batch again at once, forever;
given a 401 it stops polling for good while the process stays up. This loop reads each update
on its own: one that cannot be read is confirmed and skipped with a count, never its content;
failures back off up to 30 seconds; a refused token ends the loop with `PollingEnded`, so the
process exits and the service manager restarts it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TimedOut

from bot.core.notices import Throttled

log = logging.getLogger(__name__)

#: The longest pause between two failed polls.
MAX_BACKOFF = 30.0


class PollingEndedError(Exception):
    """Polling cannot go on (Telegram refused the token): the process should exit."""


def read_batch(result: object, bot: Any) -> tuple[list[Update], int | None, int]:
    """The readable updates, the offset that confirms the whole batch, and how many were not."""
    if not isinstance(result, list):
        return [], None, 1
    updates: list[Update] = []
    highest: int | None = None
    unreadable = 0
    for item in result:
        update_id = item.get("update_id") if isinstance(item, dict) else None
        if isinstance(update_id, int) and not isinstance(update_id, bool):
            highest = update_id if highest is None else max(highest, update_id)
        try:
            update = Update.de_json(item, bot)
        except Exception:  # content is never logged: it holds names and text
            update = None
        if update is None or not isinstance(update_id, int):
            unreadable += 1
            continue
        updates.append(update)
    return updates, (highest + 1 if highest is not None else None), unreadable


async def poll(
    app: Any,
    *,
    timeout: int,
    allowed_updates: Sequence[str],
    read_slack: float = 10.0,
) -> None:
    """Fetch updates and queue them for the Application until cancelled.

    Returns only by cancellation; raises `PollingEndedError` when Telegram refuses the token.
    The offset of the last confirmed batch is confirmed once more when cancelled, so updates
    already handled are not delivered again after a restart.
    """
    bot = app.bot
    offset = 0
    failures = 0
    delay = 0.0
    failing = Throttled(log, "polling Telegram failed, retrying with back-off")
    skipped = Throttled(log, "skipped updates that could not be read (content not logged)")
    try:
        while True:
            if delay:
                await asyncio.sleep(delay)
            delay = 0.0
            try:
                result = await bot._post(
                    "getUpdates",
                    {
                        "offset": offset or None,
                        "timeout": timeout,
                        "allowed_updates": allowed_updates,
                    },
                    read_timeout=timeout + read_slack,
                )
            except InvalidToken:
                raise PollingEndedError("Telegram refused the token") from None
            except RetryAfter as exc:
                delay = _seconds(exc.retry_after)
                continue
            except Exception as exc:  # 5xx, garbage, the network: never fatal
                failures += 1
                if not isinstance(exc, TimedOut) or failures > 1:
                    failing()  # a long poll that timed out once is ordinary
                delay = (
                    _backoff(failures) if not isinstance(exc, TimedOut) else _backoff(failures - 1)
                )
                continue
            updates, next_offset, unreadable = read_batch(result, bot)
            if unreadable:
                skipped(unreadable)
            if next_offset is not None:
                offset = next_offset
            for update in updates:
                await app.update_queue.put(update)
            if unreadable and next_offset is None:
                # Nothing could be confirmed: asking again at once would get the same answer.
                failures += 1
                delay = _backoff(failures)
            else:
                failures = 0
    finally:
        if offset:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(
                    bot._post("getUpdates", {"offset": offset, "timeout": 0}, read_timeout=2), 3
                )


def _backoff(failures: int) -> float:
    """0 s before the first retry of a timeout; then 1, 2, 4 ... up to MAX_BACKOFF seconds."""
    return 0.0 if failures <= 0 else min(MAX_BACKOFF, 2.0 ** (failures - 1))


def _seconds(value: float | timedelta) -> float:
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    return min(max(seconds, 0.0), 300.0)
