"""Benchmark: the referral bot against its floor under a burst, on the same fake Bot API.

    .venv/bin/python bench/burst.py [--quick] [--rounds 3] [--burst 5000] [--journeys 2000]
        [--steady-rate 200] [--steady-seconds 30] [--people 1000 50000]

The floor (`bench/floor_bot.py`) is a bare python-telegram-bot bot built by the bot's own
`tuned` and sending the very same bytes, each screen looked up in a dict; so the ratio
referral / floor is what the bot's own work costs. Each bot is its own process, against the
fake Bot API of the tests (`testkit.fakebot`), which runs in this process with the simulated
people. Rounds alternate between the two bots (which goes first alternates too); medians of
the rounds are printed. In each round, each bot runs every scenario back to back, after
1,000 people send /start to warm up:

- burst: `--burst` different people send /start at once, all queued before the bot fetches
  them, 100 per getUpdates as Telegram gives them; answers/s from the queueing to the last
  answer arriving, and every person must get exactly one answer;
- journeys: `--journeys` people at once each walk /start and five taps to a referral, each
  waiting for each answer before the next tap; updates/s overall;
- steady: `--steady-rate` updates a second for `--steady-seconds`, each from a new person
  (/start, or a tap on a screen of the journey); p50 and p99 latency from the update being
  available to its answer arriving at the fake. A rate the bot cannot keep up with measures
  its queue, not the bot: the report says so when the bot was saturated.

The burst comes right after the warm-up, while the bot's connections to the Bot API are open.
Both bots talk to the Bot API through the bot's own client on aiohttp
(`bot/channels/telegram/transport.py`); on python-telegram-bot's httpx client, the same burst
cost either bot 6 to 20 ms of CPU per update in httpcore's pool (issue 17), against about 2 ms now.

Then the referral bot's resident memory after each number of `--people` (each: /start, or a
tap), the time from starting it to its first answer (new files, then unchanged ones), and the
machine. The CPU used by this process (the fake and the people) is printed
beside the bot's, so a reader can tell the load generator was not the bottleneck; so are the
share of CPU time the host took for others (steal) and a fixed loop of pure Python timed
before each bot's round, since on a shared machine the speed drifts between rounds.

The defaults are the sizes of issue 17 and take about 8 minutes on a 2-core machine.
`--quick` is one small round, to try it fast.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import os
import platform
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import telegram  # noqa: E402

from testkit.fakebot import FakeBotApi, Person, Stored  # noqa: E402
from testkit.process import bot_env, seed  # noqa: E402

TOKEN = "123456789:AAH-fake-bench-token-value_0123456789abc"  # noqa: S105 - made up
KINDS = ("referral", "floor")
REFERRAL_PATH = [
    "English",
    "Me",
    "No, not right now",
    "I need legal advice",
    "Advice on what can be done",
]
#: Person ids by scenario, so no two people anywhere in one bot's run are the same.
WARM, BURST, JOURNEY, STEADY, MEMORY = 1_000_000, 2_000_000, 3_000_000, 4_000_000, 10_000_000
START = 9_000_000
#: The longest wait for any one answer before the person is counted as unanswered.
ANSWER_TIMEOUT = 60.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class BurstApi(FakeBotApi):
    """The fake server, plus cheap bookkeeping per chat of the bot's answers (a new message
    or an edited one): how many, when the first arrived, and who is waiting for the next."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.answers: dict[int, int] = {}
        self.first_answer: dict[int, float] = {}
        self.waiting: dict[int, asyncio.Future[None]] = {}
        self.total = 0
        self.target = 0
        self.reached = asyncio.Event()

    def _answered(self, chat_id: int) -> None:
        now = time.perf_counter()
        count = self.answers.get(chat_id, 0) + 1
        self.answers[chat_id] = count
        if count == 1:
            self.first_answer[chat_id] = now
        self.total += 1
        waiter = self.waiting.pop(chat_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if self.target and self.total >= self.target:
            self.reached.set()

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        result = await super()._m_sendMessage(params)
        self._answered(int(params["chat_id"]))
        return result

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        result = await super()._m_editMessageText(params)
        self._answered(int(params["chat_id"]))
        return result

    def reset(self, target: int = 0) -> None:
        """Forget every chat and call (a scenario's end), and count answers up to `target`."""
        self.chats.clear()
        self.calls.clear()
        self._next_id.clear()
        self.answers.clear()
        self.first_answer.clear()
        self.waiting.clear()
        self.total = 0
        self.target = target
        self.reached = asyncio.Event()

    async def ask(self, chat_id: int, act: Awaitable[object]) -> None:
        """Do `act` (send or tap) and wait for the bot's answer in the chat."""
        waiter = asyncio.get_running_loop().create_future()
        self.waiting[chat_id] = waiter
        await act
        await asyncio.wait_for(waiter, ANSWER_TIMEOUT)

    def stage(self, person: Person, shown: dict[str, Any]) -> int:
        """Put a screen of the bot's in a new person's chat, as if shown earlier; its id."""
        message = copy.deepcopy(shown)
        message["message_id"] = self._new_id(person.id)
        message["chat"]["id"] = person.id
        self.chats.setdefault(person.id, {})[message["message_id"]] = Stored(message, True)
        return int(message["message_id"])


class Usage:
    """CPU seconds of the bot process and of this one (the fake and the people) over a span."""

    def __init__(self, pid: int, updates: int) -> None:
        self.pid = pid
        self.updates = updates
        self.started = time.perf_counter()
        self.bot = -bot_cpu(pid)
        self.own = -own_cpu()
        self.wall = 0.0

    def stop(self) -> Usage:
        self.wall = time.perf_counter() - self.started
        self.bot += bot_cpu(self.pid)
        self.own += own_cpu()
        return self

    @property
    def bot_share(self) -> float:
        return self.bot / self.wall

    @property
    def own_share(self) -> float:
        return self.own / self.wall

    @property
    def bot_ms_per_update(self) -> float:
        return self.bot * 1000 / max(1, self.updates)


def bot_cpu(pid: int) -> float:
    """User and system CPU seconds of a process, from /proc/<pid>/stat."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def memory_mib(pid: int) -> float:
    """Resident memory now (VmRSS), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_times() -> list[int]:
    """The machine's CPU time by kind (user, nice, system, idle, iowait, irq, softirq, steal)."""
    return [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]


def stolen(before: list[int], after: list[int]) -> float:
    """The share of the machine's CPU time the host gave to others (steal) between the two."""
    spent = [b - a for a, b in zip(before, after, strict=True)]
    return spent[7] / max(1, sum(spent))


def speed() -> float:
    """Milliseconds for a fixed bit of pure Python: how fast the machine runs right now."""
    started = time.perf_counter()
    total = 0
    for number in range(2_000_000):
        total += number
    return (time.perf_counter() - started) * 1000


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return (
        f"machine: {platform.machine()}, {os.cpu_count()} cores ({model}), "
        f"Python {platform.python_version()}, python-telegram-bot {telegram.__version__}"
    )


# --- the bots -----------------------------------------------------------------------------------


class Bot:
    """One bot process (`referral-bot run` or the floor) against a fresh fake, its own data."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.api = BurstApi(TOKEN)
        self.data = Path(tempfile.mkdtemp(prefix="referral-burst-"))
        self.process: asyncio.subprocess.Process | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    async def __aenter__(self) -> Bot:
        await self.api.start()
        seed(self.data)
        env = bot_env(self.api, TOKEN, REFERRAL_DATA_DIR=str(self.data), LOG_LEVEL="WARNING")
        if self.kind == "referral":
            command = [sys.executable, "-m", "bot", "run"]
        else:
            command = [sys.executable, str(ROOT / "bench" / "floor_bot.py")]
        self.process = await asyncio.create_subprocess_exec(*command, cwd=ROOT, env=env)
        await self.api.wait_for(lambda: "getUpdates" in self.api.methods(), timeout=60)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
            await asyncio.sleep(1.1)  # the fake's long poll in hand (at most 1 s) comes back
        await self.api.stop()
        shutil.rmtree(self.data, ignore_errors=True)


def people(base: int, count: int) -> list[Person]:
    return [Person(id=base + n) for n in range(count)]


async def walk(
    api: BurstApi, person: Person, keep: bool = False
) -> list[tuple[dict[str, Any], str]]:
    """/start and the taps to a referral; with `keep`, each screen tapped on and the data."""
    tapped: list[tuple[dict[str, Any], str]] = []
    await api.ask(person.id, api.send(person, "/start"))
    for label in REFERRAL_PATH:
        message = api.last_bot_message(person.id)
        data = dict(api.buttons(message))[label]
        if keep:
            tapped.append((copy.deepcopy(message), data))
        await api.ask(person.id, api.press(person, int(message["message_id"]), data))
    return tapped


async def queued_starts(
    api: BurstApi, crowd: list[Person], timeout: float, usage: Usage | None = None
) -> tuple[float, str]:
    """Queue /start from every person at once; (seconds from then to the last answer, what
    went wrong). `usage` is stopped at the last answer."""
    api.reset(target=len(crowd))
    await api.send_many(crowd, "/start")
    started = time.perf_counter()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(api.reached.wait(), timeout)
    seconds = time.perf_counter() - started
    if usage is not None:
        usage.stop()
    return seconds, await answered_once(api, crowd)


async def answered_once(api: BurstApi, crowd: list[Person]) -> str:
    """What went wrong, if anyone in `crowd` got no answer, or more than one."""
    await asyncio.sleep(0.5)  # an answer sent twice would arrive by now
    missing = sum(1 for p in crowd if p.id not in api.answers)
    twice = sum(1 for p in crowd if api.answers.get(p.id, 0) > 1)
    problems = []
    if missing:
        problems.append(f"{missing} of {len(crowd)} unanswered")
    if twice:
        problems.append(f"{twice} answered more than once")
    return ", ".join(problems)


@dataclass
class Figures:
    """One bot's figures in one round."""

    burst_rate: float = 0.0
    journeys_rate: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    cpu: dict[str, Usage] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    path: list[tuple[dict[str, Any], str]] = field(default_factory=list)


async def one_round(kind: str, args: argparse.Namespace) -> Figures:
    """One bot process through every scenario, back to back (so the burst finds the bot's
    connections to the Bot API open: see the module's docstring)."""
    figures = Figures()
    async with Bot(kind) as bot:
        for scenario in (warm_up, burst, journeys, steady_load):
            bot.api.reset()
            await scenario(bot, figures, args)
        bot.api.reset()
    return figures


async def warm_up(bot: Bot, figures: Figures, args: argparse.Namespace) -> None:
    """A crowd of /start, then a few whole journeys (one kept, for the steady taps)."""
    _, problem = await queued_starts(bot.api, people(WARM, args.warm), ANSWER_TIMEOUT)
    if problem:
        figures.problems.append(f"warm-up: {problem}")
    bot.api.reset()
    walkers = people(WARM + args.warm, 20)
    paths = await asyncio.gather(*(walk(bot.api, p, keep=True) for p in walkers))
    figures.path = paths[0]


async def burst(bot: Bot, figures: Figures, args: argparse.Namespace) -> None:
    """(a) `args.burst` people send /start at once."""
    usage = figures.cpu["burst"] = Usage(bot.pid, args.burst)
    seconds, problem = await queued_starts(bot.api, people(BURST, args.burst), 120, usage)
    figures.burst_rate = args.burst / seconds
    if problem:
        figures.problems.append(f"burst: {problem}")


async def journeys(bot: Bot, figures: Figures, args: argparse.Namespace) -> None:
    """(b) `args.journeys` people at once walk to a referral."""
    crowd = people(JOURNEY, args.journeys)
    updates = args.journeys * (1 + len(REFERRAL_PATH))
    usage = figures.cpu["journeys"] = Usage(bot.pid, updates)
    started = time.perf_counter()
    walked = await asyncio.gather(*(walk(bot.api, p) for p in crowd), return_exceptions=True)
    seconds = time.perf_counter() - started
    usage.stop()
    failed = sum(1 for w in walked if isinstance(w, BaseException))
    if failed:
        figures.problems.append(f"journeys: {failed} of {len(crowd)} not finished")
    figures.journeys_rate = (args.journeys - failed) * (1 + len(REFERRAL_PATH)) / seconds


async def steady_load(bot: Bot, figures: Figures, args: argparse.Namespace) -> None:
    """(c) `args.steady_rate` updates a second, each from a new person."""
    total = int(args.steady_rate * args.steady_seconds)
    usage = figures.cpu["steady"] = Usage(bot.pid, total)
    latencies, problem = await steady(bot.api, figures.path, args.steady_rate, args.steady_seconds)
    usage.stop()
    if problem:
        figures.problems.append(f"steady: {problem}")
    quantiles = statistics.quantiles(latencies, n=100)
    figures.p50_ms, figures.p99_ms = quantiles[49] * 1000, quantiles[98] * 1000


async def steady(
    api: BurstApi, path: list[tuple[dict[str, Any], str]], rate: int, seconds: float
) -> tuple[list[float], str]:
    """`rate` updates a second, each from a new person: /start every other one, else a tap on
    a screen of the journey (put in the person's chat beforehand); latencies in seconds."""
    total = int(rate * seconds)
    made: dict[int, float] = {}
    acts: list[Callable[[], Awaitable[object]]] = []
    crowd = people(STEADY, total)
    for number, person in enumerate(crowd):
        if number % 2 == 0:
            acts.append(lambda p=person: api.send(p, "/start"))
        else:
            shown, data = path[(number // 2) % len(path)]
            message_id = api.stage(person, shown)
            acts.append(lambda p=person, m=message_id, d=data: api.press(p, m, d))
    loop = asyncio.get_running_loop()
    started = loop.time()
    for number, (person, act) in enumerate(zip(crowd, acts, strict=True)):
        due = started + number / rate
        if due > loop.time():
            await asyncio.sleep(due - loop.time())
        made[person.id] = time.perf_counter()
        await act()
    behind = loop.time() - started - seconds
    deadline = time.perf_counter() + ANSWER_TIMEOUT
    while len(api.first_answer) < total and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    latencies = [api.first_answer[pid] - at for pid, at in made.items() if pid in api.first_answer]
    missing = total - len(latencies)
    problems = []
    if missing:
        problems.append(f"{missing} unanswered")
    if behind > 1.0:
        problems.append(f"the load fell {behind:.1f} s behind its schedule")
    return latencies, ", ".join(problems)


async def memory_growth(
    marks: list[int], picker: dict[str, Any], english: str, crowd_size: int = 1000
) -> list[tuple[int, float]]:
    """The referral bot's resident memory after each number of distinct people, in crowds
    of `crowd_size` at once (the same crowd each time, so what grows is what is kept per
    person): half of each crowd sends /start, the other half taps English on the picker."""
    out: list[tuple[int, float]] = []
    async with Bot("referral") as bot:
        api = bot.api
        done = 0
        for mark in sorted(marks):
            while done < mark:
                crowd = people(MEMORY + done, min(crowd_size, mark - done))
                api.reset(target=len(crowd))
                starters, tappers = crowd[: len(crowd) // 2], crowd[len(crowd) // 2 :]
                staged = [(person, api.stage(person, picker)) for person in tappers]
                await api.send_many(starters, "/start")
                for person, message_id in staged:
                    await api.press(person, message_id, english)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(api.reached.wait(), 120)
                problem = await answered_once(api, crowd)
                if problem:
                    print(f"  PROBLEM memory, people {done}-{done + len(crowd)}: {problem}")
                api.reset()
                done += len(crowd)
            await asyncio.sleep(1)
            out.append((mark, memory_mib(bot.pid)))
            print(f"  referral: {mark:>6} distinct people, {out[-1][1]:.1f} MiB", flush=True)
    return out


# --- report ---------------------------------------------------------------------------------


async def first_answer(data: Path) -> float:
    """Seconds from starting `referral-bot run` to its answer to a /start already waiting."""
    api = BurstApi(TOKEN)
    await api.start()
    person = Person(id=START)
    await api.send(person, "/start")
    env = bot_env(api, TOKEN, REFERRAL_DATA_DIR=str(data), LOG_LEVEL="WARNING")
    began = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=ROOT, env=env
    )
    try:
        await api.wait_for(lambda: person.id in api.answers, timeout=60)
        return time.perf_counter() - began
    finally:
        process.send_signal(signal.SIGTERM)
        await process.wait()
        await asyncio.sleep(1.1)  # the fake's long poll in hand comes back
        await api.stop()


async def start_up() -> tuple[float, float]:
    """A first start (the files checked in full) and a second with them unchanged (only
    loaded, by the fingerprint kept with the last good copy): seconds to the first answer."""
    data = Path(tempfile.mkdtemp(prefix="referral-start-"))
    try:
        return await first_answer(data), await first_answer(data)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def cpu_line(rounds: list[Figures], scenario: str) -> str:
    bot = median([r.cpu[scenario].bot_share for r in rounds])
    own = median([r.cpu[scenario].own_share for r in rounds])
    each = median([r.cpu[scenario].bot_ms_per_update for r in rounds])
    return f"CPU: bot {bot:4.0%} ({each:.1f} ms an update), fake+people {own:4.0%}"


def report(results: dict[str, list[Figures]], args: argparse.Namespace) -> None:
    bot, floor = results["referral"], results["floor"]

    def rates(rounds: list[Figures], name: str) -> list[float]:
        return [getattr(r, name) for r in rounds]

    def each(values: list[float]) -> str:
        return " ".join(f"{v:.1f}" for v in values)

    def throughput(scenario: str, unit: str) -> None:
        """Each bot's median rate for the scenario, its rounds and CPU, and the ratio."""
        for kind, rounds in (("floor", floor), ("referral", bot)):
            values = rates(rounds, f"{scenario}_rate")
            print(
                f"  {kind:>8}: {median(values):7.1f} {unit}  (rounds: {each(values)})  "
                f"{cpu_line(rounds, scenario)}"
            )
        name = f"{scenario}_rate"
        print(f"  referral / floor: {median(rates(bot, name)) / median(rates(floor, name)):.0%}")

    print()
    print(f"(a) burst: {args.burst} people send /start at once (after {args.warm} to warm up)")
    throughput("burst", "answers/s")
    steps = 1 + len(REFERRAL_PATH)
    print(f"(b) journeys: {args.journeys} people at once, {steps} updates each")
    throughput("journeys", "updates/s")

    print(
        f"(c) steady: {args.steady_rate} updates/s for {args.steady_seconds:g} s, "
        "each from a new person"
    )
    for kind, rounds in (("floor", floor), ("referral", bot)):
        p50, p99 = rates(rounds, "p50_ms"), rates(rounds, "p99_ms")
        print(
            f"  {kind:>8}: p50 {median(p50):6.1f} ms  p99 {median(p99):6.1f} ms  "
            f"(rounds p50: {each(p50)}; p99: {each(p99)})  {cpu_line(rounds, 'steady')}"
        )
    p50 = median(rates(bot, "p50_ms")) / median(rates(floor, "p50_ms"))
    p99 = median(rates(bot, "p99_ms")) / median(rates(floor, "p99_ms"))
    print(f"  referral / floor: p50 {p50:.2f}x, p99 {p99:.2f}x")
    for kind, rounds in (("floor", floor), ("referral", bot)):
        if median([r.cpu["steady"].bot_share for r in rounds]) > 0.9:
            print(
                f"  NOTE: the {kind} bot was saturated (over 90% of a core): these latencies "
                "are mostly time in its queue; a lower --steady-rate measures the bot itself"
            )

    same = all(
        [(m["text"], m.get("reply_markup"), d) for m, d in f.path]
        == [(m["text"], m.get("reply_markup"), d) for m, d in b.path]
        for f, b in zip(floor, bot, strict=True)
    )
    print(f"the floor showed the same screens as the referral bot on a journey: {same}")
    for kind, rounds in (("floor", floor), ("referral", bot)):
        for number, figures in enumerate(rounds, 1):
            for problem in figures.problems:
                print(f"  PROBLEM {kind}, round {number}: {problem}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run, to try it fast")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per bot (median)")
    parser.add_argument("--warm", type=int, default=1000, help="people warming up per bot")
    parser.add_argument("--burst", type=int, default=5000, help="people in the burst")
    parser.add_argument("--journeys", type=int, default=2000, help="journeys at once")
    parser.add_argument("--steady-rate", type=int, default=200, help="updates a second")
    parser.add_argument("--steady-seconds", type=float, default=30, help="seconds of steady load")
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 50000])
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.burst, args.journeys = 1, 500, 200
        args.steady_seconds, args.people = 5, [1000, 5000]

    print(machine())
    print(f"speed check (a fixed loop of pure Python; lower is faster): {speed():.0f} ms")
    began, times = time.perf_counter(), cpu_times()
    results: dict[str, list[Figures]] = {kind: [] for kind in KINDS}
    for number in range(args.rounds):
        order = KINDS if number % 2 == 0 else tuple(reversed(KINDS))
        for kind in order:
            started, times, check = time.perf_counter(), cpu_times(), speed()
            figures = await one_round(kind, args)
            results[kind].append(figures)
            print(
                f"round {number + 1}, {kind:>8}: burst {figures.burst_rate:6.1f} answers/s, "
                f"journeys {figures.journeys_rate:6.1f} updates/s, steady p50 "
                f"{figures.p50_ms:5.1f} ms p99 {figures.p99_ms:6.1f} ms  "
                f"({time.perf_counter() - started:.0f} s, speed check {check:.0f} ms, "
                f"{stolen(times, cpu_times()):.0%} stolen by the host)",
                flush=True,
            )
    report(results, args)
    print("memory by distinct people (each: /start, or a tap on the language picker):")
    picker, english = results["referral"][0].path[0]
    started = time.perf_counter()
    growth = await memory_growth(args.people, picker, english)
    first, last = growth[0], growth[-1]
    print(
        f"referral bot grew {last[1] - first[1]:+.1f} MiB from {first[0]} to {last[0]} "
        f"distinct people ({time.perf_counter() - started:.0f} s)"
    )
    checked, unchanged = await start_up()
    print(
        f"start to the first answer: {checked:.2f} s with new files (checked in full), "
        f"{unchanged:.2f} s with them unchanged"
    )
    print(
        f"took {time.perf_counter() - began:.0f} s; the host took "
        f"{stolen(times, cpu_times()):.0%} of the machine's CPU time for others (steal)"
    )


if __name__ == "__main__":
    asyncio.run(main())
