"""The real `referral-bot` as a separate process: `run` against the fake Bot API, or any command.

Use a process where the process itself is what is tested (exit codes, signals, what it prints
or writes at a log level, file permissions, limits); `testkit.serving` drives the same code in
the test's own process, which starts in milliseconds rather than a second.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.core.i18n import Texts
from bot.runtime import last_good
from testkit import FLOWS, LOCALES, ROOT, TOKEN
from testkit.fakebot import FakeBotApi

__all__ = [
    "Ran",
    "bot_command",
    "bot_env",
    "bot_process",
    "cli",
    "hang_up",
    "logged",
    "seed",
]


def bot_env(api: FakeBotApi, token: str = TOKEN, **extra: str) -> dict[str, str]:
    """The environment of a bot process talking to `api`: nothing inherited but PATH (and the
    data folder, unless `extra` names one)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        **extra,
    }
    if "REFERRAL_DATA_DIR" not in env:
        env["REFERRAL_DATA_DIR"] = os.environ["REFERRAL_DATA_DIR"]
    return env


def cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """`referral-bot <args>` as a person runs it in a terminal (without a token unless given)."""
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(env or {})
    environment["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=environment,
        timeout=60,
        check=False,
    )


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
    command_name: str = "run",
) -> AsyncIterator[Ran]:
    """Start the bot (`referral-bot run`, or `command_name`), wait until it serves, yield;
    then SIGTERM it and collect its output.

    `as_nobody` runs it as uid 65534 when the tests run as root (so file permissions apply);
    `max_file_bytes` limits the size of files it may write, as a full disk would. `seeded`
    starts it as on a server where it ran before: the data folder already holds the checked
    copy of the real files, so unchanged files are loaded without the full check.
    """
    full_env = bot_env(api, **env)
    if seeded:
        seed(Path(full_env["REFERRAL_DATA_DIR"]))
    command = [sys.executable, "-m", "bot", command_name, *args]
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


async def logged(ran: Ran, text: str, timeout: float = 20) -> None:
    """Wait until the process has printed `text`."""
    deadline = asyncio.get_running_loop().time() + timeout
    while text not in ran.text:
        assert asyncio.get_running_loop().time() < deadline, ran.text
        await asyncio.sleep(0.05)


async def hang_up(ran: Ran, text: str, timeout: float = 20) -> None:
    """Send SIGHUP to the bot (reload the files) and wait until it prints `text`."""
    os.kill(ran.pid, signal.SIGHUP)
    await logged(ran, text, timeout)


_kept: list[Path] = []


def seed(data: Path) -> None:
    """Put the checked copy of the real files in `data` (and their texts' syntax trees), as a
    previous run would have left it.

    The copy is made as `run` makes it once the files pass check, without checking them again
    here: test_contracts holds that they pass (and `scripts/test` runs `referral-bot check`
    first). Were they broken, a seeded bot would find so itself and fall back to 110 and 119.
    """
    if not _kept:
        kept = Path(tempfile.mkdtemp(prefix="referral-seed-"))
        atexit.register(shutil.rmtree, kept, True)
        assert last_good.save(kept, FLOWS, LOCALES)
        # The texts' syntax trees too, as the first unchanged start leaves them: every bot a
        # test starts would otherwise parse fifteen languages again.
        Texts.load(kept / last_good.FOLDER / "locales", trees=kept / last_good.PARSED)
        _kept.append(kept)
    for name in (last_good.FOLDER, last_good.PARSED):
        if not (data / name).exists():
            shutil.copytree(_kept[0] / name, data / name)


async def bot_command(
    api: FakeBotApi, *args: str, token: str = TOKEN, timeout: float = 30, seeded: bool = False
) -> tuple[int, str, str]:
    """Run `referral-bot <args>` against the fake Bot API; (exit code, stdout, stderr).

    `seeded` as for `bot_process`."""
    env = bot_env(api, token)
    if seeded:
        seed(Path(env["REFERRAL_DATA_DIR"]))
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
