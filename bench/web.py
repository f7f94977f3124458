"""Benchmark: the web chat (`referral-bot web`) with one worker and with four, in one run.

    python bench/web.py [--seconds 15] [--rounds 3] [--connections 32] [--workers 1 4]

Each round starts the real server as its own process (`python -m bot web --workers N`, its data
folder a temporary one seeded with the checked copy of the files) and waits for `/healthz`. A
few journeys to a first answer (the language picker, English, Me, No, a topic, a need) are
walked over HTTP once, reading the buttons as a person would; each must end on the answer.
Their requests, which carry the whole position and so suit any worker at any time, are then
replayed by `wrk` (bench/web_journey.lua), a fixed number of connections at once for a fixed
time, after a short warm-up. Rounds alternate between the configurations (1, 4, 1, 4, ...).

It prints, per configuration, the median over the rounds of: requests per second, journeys per
second (requests per second divided by the requests of a journey), p50 and p99 latency of one
request, the CPU the server and the load generator used, and the time of one page alone on a
connection kept open (a couple of ms; about 40 ms when answers wait for a delayed ACK); and the
errors (connection errors, timeouts and any answer other than 200) over all rounds: must be 0.

`wrk` is Debian's `wrk` package (`apt-get install wrk`). Without it the load comes from an
httpx client in this process, which needs much more CPU than the server it measures: on a small
machine its figures are the client's as much as the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from testkit.process import seed  # noqa: E402
from testkit.webserver import free_port  # noqa: E402

LUA = ROOT / "bench" / "web_journey.lua"
#: The way to a topic, as a person taps it; then a topic and a need (matched by their start).
START = ["English", "Me", "No, not right now"]
JOURNEYS = [
    ("I need legal advice", "Advice on what can be done"),
    ("Work", "My passport or residence card was taken"),
    ("I am a technical intern trainee", "Told to pay a debt"),
    ("Made to sell sex", "A safe place to stay tonight"),
    ("Violence from a partner or family", "A doctor"),
    ("Visa", "I want to go home"),
]
#: What the first answer says, and no other page.
ANSWER = "These can help"
BUTTON = re.compile(
    r'<form method="post" action="/"><input type="hidden" name="p" value="([^"]*)">'
    r"<button[^>]*>(.*?)</button></form>",
    re.DOTALL,
)
TICKS = os.sysconf("SC_CLK_TCK")
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Step:
    """One request of a journey: GET `/`, or POST `/` with a button's position."""

    method: str
    path: str
    body: str = ""


@dataclass(frozen=True)
class Load:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int
    client_cpu_s: float


def buttons(page: str) -> list[tuple[str, str]]:
    """The page's buttons that move on, as (label, position)."""
    return [(html.unescape(label), html.unescape(p)) for p, label in BUTTON.findall(page)]


def press(client: httpx.Client, page: str, label: str) -> tuple[Step, str]:
    """Tap the button whose label starts with `label`; (the request, the next page)."""
    found = [p for text, p in buttons(page) if text.startswith(label)]
    if not found:
        offered = [text for text, _ in buttons(page)]
        shown = re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", page.split("</style>")[-1]))[:300]
        raise SystemExit(
            f"web.py: no button {label!r} on the page; it offers {offered}; it reads: {shown}"
        )
    body = str(httpx.QueryParams({"p": found[0]}))
    answer = client.post("/", content=body, headers={"Content-Type": FORM})
    answer.raise_for_status()
    return Step("POST", "/", body), answer.text


def walk(base: str) -> list[list[Step]]:
    """Walk each journey as a person would, reading the buttons of each page; each must end on
    the first answer. Returns each journey's requests."""
    journeys: list[list[Step]] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for topic, need in JOURNEYS:
            first = client.get("/")
            first.raise_for_status()
            steps, page = [Step("GET", "/")], first.text
            for label in [*START, topic, need]:
                step, page = press(client, page, label)
                steps.append(step)
            if ANSWER not in page:
                raise SystemExit(f"web.py: {topic} / {need} did not end on the answer:\n{page}")
            journeys.append(steps)
    return journeys


def alone_ms(base: str) -> float:
    """The median time of the first page with no other load, on a connection kept open: a
    couple of ms, unless each answer waits for a delayed ACK (Nagle's algorithm left on,
    about 40 ms)."""
    times = []
    with httpx.Client(base_url=base, timeout=10) as client:
        client.get("/").raise_for_status()
        for _ in range(15):
            started = time.perf_counter()
            client.get("/").raise_for_status()
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def plan_file(journeys: list[list[Step]], folder: Path, reconnect: str) -> Path:
    """The requests for web_journey.lua, one a line; `reconnect` says after which requests
    the connection closes: each (`request`), the last of each journey (`journey`), or none."""
    lines = []
    for steps in journeys:
        for number, step in enumerate(steps, 1):
            close = reconnect == "request" or (reconnect == "journey" and number == len(steps))
            lines.append(f"{step.method}\t{step.path}\t{step.body}\t{int(close)}\n")
    path = folder / "requests.tsv"
    path.write_text("".join(lines))
    return path


def wrk_load(base: str, plan: Path, connections: int, seconds: float) -> Load:
    """`seconds` of load by wrk (one thread: on a small machine the server needs the rest)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [
        *("wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "10s"),
        *("-s", str(LUA), base, "--", str(plan)),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = re.search(r"^RESULT (.*)$", done.stdout, re.MULTILINE)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"web.py: wrk failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    fields = {k: float(v) for k, v in (part.split("=") for part in found.group(1).split())}
    errors = sum(fields[k] for k in ("non200", "connect", "read", "write", "timeout"))
    return Load(
        requests=int(fields["requests"]),
        seconds=fields["duration_us"] / 1e6,
        p50_ms=fields["p50_us"] / 1000,
        p99_ms=fields["p99_us"] / 1000,
        errors=int(errors),
        client_cpu_s=cpu_seconds(after) - cpu_seconds(before),
    )


def httpx_load(base: str, plan: Path, connections: int, seconds: float) -> Load:
    """The same load from this process, when wrk is not installed (costs far more CPU)."""
    steps = []
    for line in plan.read_text().splitlines():
        method, path, body, close = line.split("\t")
        steps.append((method, path, body.encode(), close == "1"))
    before = resource.getrusage(resource.RUSAGE_SELF)
    latencies: list[float] = []
    errors = 0

    async def person(client: httpx.AsyncClient, index: int, deadline: float) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            method, path, body, close = steps[index % len(steps)]
            index += 1
            headers = {"Content-Type": FORM} if body else {}
            if close:
                headers["Connection"] = "close"
            started = time.perf_counter()
            try:
                answer = await client.request(method, path, content=body, headers=headers)
            except httpx.HTTPError:
                errors += 1
                continue
            latencies.append(time.perf_counter() - started)
            errors += answer.status_code != 200

    async def run() -> float:
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
            started = time.perf_counter()
            deadline = started + seconds
            await asyncio.gather(*(person(client, i * 7, deadline) for i in range(connections)))
            return time.perf_counter() - started

    elapsed = asyncio.run(run())
    after = resource.getrusage(resource.RUSAGE_SELF)
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Load(
        requests=len(latencies),
        seconds=elapsed,
        p50_ms=quantiles[49] * 1000,
        p99_ms=quantiles[98] * 1000,
        errors=errors,
        client_cpu_s=cpu_seconds(after) - cpu_seconds(before),
    )


def cpu_seconds(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def workers_of(pid: int) -> list[int]:
    """The processes that serve: the server itself with one worker, else its children."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children] or [pid]


def cpu_ticks(pid: int) -> int:
    """User and system CPU time of a process so far, in clock ticks (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def start_server(workers: int, data: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`python -m bot web --workers N` on a free port, once `/healthz` answers 200 and every
    worker is running; (the process, its base URL)."""
    seed(data)
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "REFERRAL_DATA_DIR": str(data),
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "bot", "web", "--port", str(port), "--workers", str(workers)]
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"web.py: the server ended ({process.returncode}):\n{log.read_text()}")
        try:
            healthy = httpx.get(base + "/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            healthy = False
        if healthy and (workers == 1 or len(workers_of(process.pid)) == workers):
            return process, base
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"web.py: the server did not answer /healthz in 60 s:\n{log.read_text()}")


def stop_server(process: subprocess.Popen[bytes], log: Path) -> None:
    process.send_signal(signal.SIGTERM)
    code = process.wait(30)
    if code != 0:
        print(f"  the server ended with {code}:\n{log.read_text()}", flush=True)


def one_round(workers: int, args: argparse.Namespace) -> dict[str, float]:
    load = wrk_load if args.client == "wrk" else httpx_load
    with tempfile.TemporaryDirectory(prefix="bench-web-") as folder:
        log = Path(folder) / "server.log"
        process, base = start_server(workers, Path(folder) / "data", log)
        try:
            try:
                journeys = walk(base)
            except SystemExit as exc:
                raise SystemExit(f"{exc}\nthe server printed:\n{log.read_text()}") from None
            alone = alone_ms(base)
            plan = plan_file(journeys, Path(folder), args.reconnect)
            if args.warmup > 0:
                load(base, plan, args.connections, args.warmup)
            serving = workers_of(process.pid)
            ticks = {pid: cpu_ticks(pid) for pid in serving}
            measured = load(base, plan, args.connections, args.seconds)
            busy = [(cpu_ticks(pid) - ticks[pid]) / TICKS / measured.seconds for pid in serving]
        finally:
            stop_server(process, log)
    requests_per_s = measured.requests / measured.seconds
    spread = " ".join(f"{b:.0%}" for b in busy)
    print(
        f"  {workers} worker(s): {requests_per_s:7.1f} requests/s  p50 {measured.p50_ms:6.1f} ms"
        f"  p99 {measured.p99_ms:6.1f} ms  errors {measured.errors}  busy per worker {spread}"
        f"  client {measured.client_cpu_s / measured.seconds:.0%}  alone {alone:.1f} ms",
        flush=True,
    )
    return {
        "requests_per_s": requests_per_s,
        "journeys_per_s": requests_per_s / len(journeys[0]),
        "p50_ms": measured.p50_ms,
        "p99_ms": measured.p99_ms,
        "errors": measured.errors,
        "server_cpu": sum(busy),
        "client_cpu": measured.client_cpu_s / measured.seconds,
        "alone_ms": alone,
    }


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=15, help="timed load per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per configuration")
    parser.add_argument("--connections", type=int, default=32, help="connections at once")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4], help="configurations")
    parser.add_argument("--warmup", type=float, default=3, help="untimed load before each round")
    parser.add_argument(
        "--reconnect",
        choices=["journey", "request", "never"],
        default="journey",
        help="a new connection for each journey (default), each request, or never",
    )
    parser.add_argument(
        "--client",
        choices=["wrk", "httpx"],
        default="wrk",
        help="the load generator (default: wrk when installed, else httpx)",
    )
    args = parser.parse_args()

    if args.client == "wrk" and not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk): the load comes from httpx", flush=True)
        args.client = "httpx"
    if args.client == "wrk":
        wrk = ["wrk", "-v"]
        version = subprocess.run(wrk, capture_output=True, text=True, check=False)  # noqa: S603
        client = (version.stdout.split("[")[0].strip() or "wrk") + f", 1 thread, {LUA.name}"
    else:
        client = "httpx in this process, asyncio (wrk needs far less CPU)"
    started = time.monotonic()
    results: dict[int, list[dict[str, float]]] = {n: [] for n in args.workers}
    loads: list[float] = []
    for number in range(1, args.rounds + 1):
        print(f"round {number} of {args.rounds}", flush=True)
        for workers in args.workers:
            loads.append(os.getloadavg()[0])
            results[workers].append(one_round(workers, args))
    minutes = (time.monotonic() - started) / 60

    steps = 1 + len(START) + 2
    reconnect = {
        "journey": "a new connection for each journey",
        "request": "a new connection for each request",
        "never": "connections kept open",
    }[args.reconnect]
    print()
    print(
        f"machine: {os.cpu_count()} cores ({cpu_model()}), {platform.machine()}, "
        f"Python {platform.python_version()}"
    )
    print(f"client: {client}")
    print(
        f"load: {args.connections} connections, {reconnect}; {len(JOURNEYS)} journeys of "
        f"{steps} requests replayed in turn; {args.seconds:g} s per round after "
        f"{args.warmup:g} s of warm-up; {args.rounds} rounds per configuration, "
        f"alternating; medians"
    )
    print(
        f"1-minute load average before the rounds: {min(loads):.2f} to {max(loads):.2f}; "
        f"took {minutes:.1f} min"
    )
    print()
    print(
        "| workers | requests/s | journeys/s | p50 | p99 | errors | server CPU | client CPU "
        "| alone |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    failed = 0
    stalled = False
    for workers, rounds in results.items():
        m = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
        errors = int(sum(r["errors"] for r in rounds))
        failed += errors
        print(
            f"| {workers} | {m['requests_per_s']:.1f} | {m['journeys_per_s']:.1f} "
            f"| {m['p50_ms']:.1f} ms | {m['p99_ms']:.1f} ms | {errors} "
            f"| {m['server_cpu']:.0%} | {m['client_cpu']:.0%} | {m['alone_ms']:.1f} ms |"
        )
        stalled = stalled or m["alone_ms"] >= 20
    print(
        "alone: one request with no other load, on a connection kept open (median of 15); "
        "CPU in percent of one core"
    )
    if stalled:
        print(
            "warning: a request alone on a kept-alive connection takes 20 ms or more: answers "
            "wait for a delayed ACK (TCP_NODELAY is not set on the server's connections?)"
        )
    if failed:
        raise SystemExit(f"web.py: {failed} requests failed or were not answered with 200")


if __name__ == "__main__":
    main()
