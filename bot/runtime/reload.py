"""Safe hot reload: new flows and texts are checked exactly as `check` does, then swapped in.

On SIGHUP, or when a file under flows/ or locales/ changes (opt-in: `run --watch`), the bot
loads and checks the files. If they pass, the new engine serves the very next tap; if not, the
bot keeps serving the last good version and logs the check's `file:line: problem` lines, which
hold only operator text. Buttons already on people's screens keep working: one made with the
old version re-shows its screen as it is now, or leads back to the start if it is gone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.channels.telegram.channel import Channel, present
from bot.core.content import Content
from bot.core.engine import Engine
from bot.ops.check import check
from bot.runtime.last_good import save

log = logging.getLogger(__name__)


def fingerprint(*folders: Path) -> tuple[tuple[str, int, int], ...]:
    """Every file's path, size and change time: cheap to compare every few seconds."""
    seen = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                stat = path.stat()
                seen.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(seen)


#: Puts checked content in service (a new engine for a channel); must not fail.
Swap = Callable[[Content], None]
#: What to do once the new content serves (tell Telegram the new commands); may fail.
Then = Callable[[], Awaitable[None]]


def telegram_swap(app: Any, channel: Channel) -> tuple[Swap, Then]:
    """The Telegram channel's part of a reload: a new engine, then its commands in every
    language (which may fail: the new texts serve anyway)."""

    def swap(content: Content) -> None:
        channel.engine = Engine(content, limits=channel.limits)

    async def then() -> None:
        try:
            await present(app, channel)
        except Exception as exc:
            log.warning("could not update the bot's commands (%s)", type(exc).__name__)

    return swap, then


class Reloader:
    def __init__(
        self,
        flows_dir: Path,
        locales_dir: Path,
        swaps: list[tuple[Swap, Then | None]],
        *,
        keep_in: Path | None = None,
    ) -> None:
        #: Every channel served by this process, each swapped to the same checked content.
        self.swaps = swaps
        self.flows_dir = flows_dir
        self.locales_dir = locales_dir
        #: The data folder, where files that pass are kept as the last good copy.
        self.keep_in = keep_in
        self._lock = asyncio.Lock()
        self._queued = False

    def request(self, why: str) -> asyncio.Task[bool] | None:
        """Reload soon; requests that arrive while one waits are folded into it.

        Twenty SIGHUPs in a row make at most one reload running and one waiting, never twenty.
        """
        if self._queued:
            return None
        self._queued = True

        async def run() -> bool:
            async with self._lock:
                self._queued = False  # from here on, a new request means newer files
            return await self.reload(why)

        return asyncio.ensure_future(run())

    async def reload(self, why: str) -> bool:
        """Check and swap in the files; True when the new version now serves."""
        async with self._lock:
            report = await asyncio.to_thread(check, self.flows_dir, self.locales_dir)
            if not report.ok or report.content is None:
                log.warning(
                    "reload (%s) refused, still serving the last good version: %d problem(s)",
                    why,
                    len(report.problems),
                )
                for problem in report.problems[:50]:
                    log.warning("%s", problem)
                return False
            for swap, _ in self.swaps:
                swap(report.content)
            if self.keep_in is not None:
                await asyncio.to_thread(save, self.keep_in, self.flows_dir, self.locales_dir)
            revisions = ", ".join(f"{k} {v}" for k, v in report.content.revisions.items())
            log.info("reloaded (%s): %s", why, revisions)
            for _, then in self.swaps:
                if then is not None:
                    await then()
            return True

    async def watch(self, every: float = 2.0) -> None:
        """Reload when the files change and then stay still for one more interval."""
        last = fingerprint(self.flows_dir, self.locales_dir)
        pending = False
        while True:
            await asyncio.sleep(every)
            now = fingerprint(self.flows_dir, self.locales_dir)
            if now != last:
                last, pending = now, True  # wait until the editor has finished writing
                continue
            if pending:
                pending = False
                await self.reload("files changed")
