"""The real `referral-bot run` as a separate process, talking to the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.runtime import last_good
from tests.conftest import FLOWS, LOCALES, ROOT, SCRATCH, TOKEN
from tests.fakebot import FakeBotApi

__all__ = ["TOKEN", "Ran", "bot_command", "bot_process"]


@dataclass
class Ran:
    """What the process printed, and how it ended (known once the block is left)."""

    output: bytearray = field(default_factory=bytearray)
    code: int | None = None
    pid: int = 0
    process: asyncio.subprocess.Process | None = None

    async def exit_code(self, timeout: float) -> int:
        """Wait for the process to end by itself."""
        assert self.process is not None
        return await asyncio.wait_for(self.process.wait(), timeout)

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", "replace")


@asynccontextmanager
async def bot_process(
    api: FakeBotApi,
    env: dict[str, str],
    *,
    as_nobody: bool = False,
    max_file_bytes: int | None = None,
    ready: str = "getUpdates",
    args: tuple[str, ...] = (),
    seeded: bool = False,
) -> AsyncIterator[Ran]:
    """Start the bot, wait until it serves, yield; then SIGTERM it and collect its output.

    `as_nobody` runs it as uid 65534 when the tests run as root (so file permissions apply);
    `max_file_bytes` limits the size of files it may write, as a full disk would. `seeded`
    starts it as on a server where it ran before: the data folder already holds the checked
    copy of the real files, so unchanged files are loaded without the full check.
    """
    if seeded:
        seed(Path(env.get("REFERRAL_DATA_DIR", os.environ["REFERRAL_DATA_DIR"])))
    full_env = {
        "PATH": os.environ.get("PATH", ""),
        "REFERRAL_DATA_DIR": os.environ["REFERRAL_DATA_DIR"],
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        **env,
    }
    command = [sys.executable, "-m", "bot", "run", *args]
    if as_nobody and os.geteuid() == 0:
        if not all(p.stat().st_mode & 0o001 for p in (ROOT, *ROOT.parents)):
            pytest.skip("an unprivileged user cannot reach this checkout (a 0700 folder above)")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    limit: Callable[[], None] | None = None
    if max_file_bytes is not None:
        size = max_file_bytes

        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    process = await asyncio.create_subprocess_exec(
        *command,
        cwd=ROOT,
        env=full_env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        preexec_fn=limit,
    )
    ran = Ran(pid=process.pid, process=process)

    async def collect() -> None:
        assert process.stdout is not None
        while chunk := await process.stdout.read(65536):
            ran.output.extend(chunk)

    reader = asyncio.create_task(collect())
    try:
        await api.wait_for(lambda: ready in api.methods(), timeout=30)
        yield ran
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        ran.code = await asyncio.wait_for(process.wait(), 20)
        await reader


def seed(data: Path) -> None:
    """Put the checked copy of the real files in `data`, as a previous run would have left it."""
    source = SCRATCH / "seed"
    if not (source / last_good.FOLDER).is_dir():
        content, lines = last_good.choose(FLOWS, LOCALES, source)  # the full check, once
        assert content is not None, lines
    if not (data / last_good.FOLDER).exists():
        shutil.copytree(source / last_good.FOLDER, data / last_good.FOLDER)


async def bot_command(
    api: FakeBotApi, *args: str, token: str = TOKEN, timeout: float = 30
) -> tuple[int, str, str]:
    """Run `referral-bot <args>` against the fake Bot API; (exit code, stdout, stderr)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "REFERRAL_DATA_DIR": os.environ["REFERRAL_DATA_DIR"],
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api.base_url,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    code = process.returncode
    assert code is not None
    return code, out.decode(), err.decode()
