"""Benchmark: the referral bot against a bare echo bot, on the same fake Bot API, in one run.

    python bench/run.py [--journeys 2000] [--concurrency 50] [--people 1000 50000]

Each bot runs as its own process (`referral-bot run`, `bench/echo_bot.py`) against the fake Bot
API server of the tests (`testkit.fakebot`), which this script runs together with the simulated
people. It prints, for each bot: updates per second, p50 and p99 latency from an update being
available to the bot's answer arriving, and peak memory; then the referral bot's memory after
1,000 and after 50,000 distinct people. Figures are a ratio on one machine, not absolute promises.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from testkit.fakebot import FakeBotApi, Person  # noqa: E402
from testkit.process import bot_env  # noqa: E402

TOKEN = "123456789:AAH-fake-bench-token-value_0123456789abc"  # noqa: S105 - made up
REFERRAL_PATH = [
    "English",
    "Me",
    "No, not right now",
    "I need legal advice",
    "Advice on what can be done",
]


class BenchApi(FakeBotApi):
    """The fake server, plus an event per chat set whenever the bot answers in it."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.answered: dict[int, asyncio.Event] = defaultdict(asyncio.Event)

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        result = await super()._m_sendMessage(params)
        self.answered[int(params["chat_id"])].set()
        return result

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        result = await super()._m_editMessageText(params)
        self.answered[int(params["chat_id"])].set()
        return result

    def forget(self, chat_id: int) -> None:
        """Drop a finished person's chat, so the server's memory does not skew long runs."""
        self.chats.pop(chat_id, None)
        self.answered.pop(chat_id, None)
        self._next_id.pop(chat_id, None)
        self.calls.clear()


async def step(api: BenchApi, person: Person, act: Any, latencies: list[float]) -> None:
    event = api.answered[person.id]
    event.clear()
    started = time.perf_counter()
    await act()
    await asyncio.wait_for(event.wait(), 30)
    latencies.append(time.perf_counter() - started)


async def journey(api: BenchApi, person: Person, kind: str, taps: int, lat: list[float]) -> int:
    """/start and `taps` button taps; returns the number of updates sent."""
    await step(api, person, lambda: api.send(person, "/start"), lat)
    for index in range(taps):
        message_id = int(api.last_bot_message(person.id)["message_id"])
        buttons = api.buttons(api.last_bot_message(person.id))
        data = dict(buttons)[REFERRAL_PATH[index]] if kind == "referral" else buttons[0][1]
        await step(api, person, lambda m=message_id, d=data: api.press(person, m, d), lat)
    api.forget(person.id)
    return 1 + taps


def memory_kib(pid: int) -> dict[str, int]:
    """Resident memory now (VmRSS) and at its peak (VmHWM), in KiB, from /proc."""
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


async def start_bot(kind: str, api: BenchApi, data_dir: str) -> asyncio.subprocess.Process:
    env = bot_env(api, TOKEN, REFERRAL_DATA_DIR=data_dir, LOG_LEVEL="WARNING")
    if kind == "referral":
        command = [sys.executable, "-m", "bot", "run"]
    else:
        command = [sys.executable, str(ROOT / "bench" / "echo_bot.py")]
    process = await asyncio.create_subprocess_exec(*command, cwd=ROOT, env=env)
    await api.wait_for(lambda: "getUpdates" in api.methods(), timeout=60)
    return process


async def stop_bot(process: asyncio.subprocess.Process) -> None:
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), 30)


async def load(
    api: BenchApi, kind: str, people: range, taps: int, concurrency: int
) -> tuple[int, float, list[float]]:
    """Run one journey per person, `concurrency` at a time; (updates, seconds, latencies)."""
    latencies: list[float] = []
    queue = iter(people)
    updates = 0

    async def worker() -> None:
        nonlocal updates
        for number in queue:
            sent = await journey(api, Person(id=10_000_000 + number), kind, taps, latencies)
            updates += sent  # after the await: `updates += await ...` would lose counts

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return updates, time.perf_counter() - started, latencies


async def throughput(kind: str, journeys: int, concurrency: int) -> dict[str, float]:
    api = BenchApi(TOKEN)
    await api.start()
    with tempfile.TemporaryDirectory() as data:
        process = await start_bot(kind, api, data)
        await load(api, kind, range(200), len(REFERRAL_PATH), concurrency)  # warm-up
        updates, seconds, latencies = await load(
            api, kind, range(1000, 1000 + journeys), len(REFERRAL_PATH), concurrency
        )
        peak = memory_kib(process.pid)["VmHWM"]
        await stop_bot(process)
    await api.stop()
    quantiles = statistics.quantiles(latencies, n=100)
    return {
        "updates_per_s": updates / seconds,
        "p50_ms": quantiles[49] * 1000,
        "p99_ms": quantiles[98] * 1000,
        "peak_mib": peak / 1024,
    }


async def memory_growth(kind: str, marks: list[int], concurrency: int) -> list[tuple[int, float]]:
    """Resident memory after each number of distinct people (each: /start and one tap)."""
    api = BenchApi(TOKEN)
    await api.start()
    out: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as data:
        process = await start_bot(kind, api, data)
        done = 0
        for mark in sorted(marks):
            await load(api, kind, range(done, mark), 1, concurrency)
            done = mark
            await asyncio.sleep(1)
            out.append((mark, memory_kib(process.pid)["VmRSS"] / 1024))
            print(f"  {kind}: {mark:>6} distinct people, {out[-1][1]:.1f} MiB", flush=True)
        await stop_bot(process)
    await api.stop()
    return out


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journeys", type=int, default=2000, help="timed journeys per bot")
    parser.add_argument("--concurrency", type=int, default=50, help="people at once")
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 50000])
    args = parser.parse_args()

    python = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}")
    steps = 1 + len(REFERRAL_PATH)
    print(f"{args.journeys} journeys of {steps} updates, {args.concurrency} people at once")
    results = {}
    for kind in ("echo", "referral"):
        results[kind] = await throughput(kind, args.journeys, args.concurrency)
        r = results[kind]
        print(
            f"{kind:>9}: {r['updates_per_s']:7.1f} updates/s  p50 {r['p50_ms']:6.1f} ms  "
            f"p99 {r['p99_ms']:6.1f} ms  peak {r['peak_mib']:5.1f} MiB",
            flush=True,
        )
    ratio = results["referral"]["updates_per_s"] / results["echo"]["updates_per_s"]
    print(f"referral / echo throughput: {ratio:.0%} (target: at least 80%)")
    print("memory by distinct people:")
    growth = await memory_growth("referral", args.people, args.concurrency)
    first, last = growth[0], growth[-1]
    print(
        f"referral bot grew {last[1] - first[1]:+.1f} MiB from {first[0]} to {last[0]} "
        "distinct people (target: under 10 MiB)"
    )


if __name__ == "__main__":
    asyncio.run(main())
