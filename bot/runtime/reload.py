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
from pathlib import Path
from typing import Any

from bot.channels.telegram.channel import Channel, present
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


class Reloader:
    def __init__(
        self,
        app: Any,
        channel: Channel,
        flows_dir: Path,
        locales_dir: Path,
        *,
        keep_in: Path | None = None,
    ) -> None:
        self.app = app
        self.channel = channel
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
            self.channel.engine = Engine(report.content, limits=self.channel.limits)
            if self.keep_in is not None:
                await asyncio.to_thread(save, self.keep_in, self.flows_dir, self.locales_dir)
            revisions = ", ".join(f"{k} {v}" for k, v in report.content.revisions.items())
            log.info("reloaded (%s): %s", why, revisions)
            try:
                await present(self.app, self.channel)
            except Exception as exc:  # the new texts serve even if this fails
                log.warning("could not update the bot's commands (%s)", type(exc).__name__)
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
