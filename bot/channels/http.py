"""The one HTTP server the channels share: uvicorn serving one ASGI application (Starlette).

The web chat and Telegram's webhook are routes of the same application, so one process type
runs everything. Nothing about a request is ever logged: no access log (it would keep each
person's IP address), no server header, and a route that fails ends as a bare 500 with its
error's type name logged, never a traceback (its message could carry what a person typed).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import uvicorn
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.core.notices import Throttled

log = logging.getLogger(__name__)
#: Anyone can send requests: failures are counted, at most one line a minute.
failed = Throttled(log, "requests that failed inside the server (content not logged)")


class Guarded:
    """Adds `headers` to every response, whatever route or error made it, drops any cookie,
    and turns an error no route caught into a bare 500 with nothing logged but a count."""

    def __init__(self, app: ASGIApp, headers: Mapping[str, str]) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"set-cookie"]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:  # its message and traceback could hold a person's words
            failed()
            if not started:
                await with_headers({"type": "http.response.start", "status": 500, "headers": []})
                await send({"type": "http.response.body", "body": b""})


async def limited_body(request: Request, most: int) -> bytes | None:
    """A request's body, or None when it is longer than `most` bytes (not read further)."""
    received = b""
    async for chunk in request.stream():
        received += chunk
        if len(received) > most:
            return None
    return received


async def _healthy(request: Request) -> Response:
    return PlainTextResponse("ok\n")


#: `GET /healthz` for the service manager, the container or the reverse proxy.
HEALTH = Route("/healthz", _healthy, methods=["GET"])


def server_config(app: ASGIApp) -> uvicorn.Config:
    """How uvicorn serves the application, in production and in the tests."""
    # Whatever the logging set-up, a request line (an address, a path) is never written.
    logging.getLogger("uvicorn.access").disabled = True
    return uvicorn.Config(
        app,
        access_log=False,
        log_config=None,  # our own logging (bot.runtime.logs) is already set up
        server_header=False,
        date_header=False,
        # The address a proxy forwards is a person's; nothing here needs it.
        proxy_headers=False,
        lifespan="off",
    )


def listening(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free one). Bound once, so that several worker
    processes can share it and the kernel spreads the connections among them."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Named as TCP, so that asyncio sets TCP_NODELAY on every accepted connection: without it
    # each answer after the first on a kept-open connection (a proxy's) waits ~40 ms for the
    # other side's delayed acknowledgement.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return sock


def port_of(sock: socket.socket) -> int:
    return int(sock.getsockname()[1])


class QuietServer(uvicorn.Server):
    """uvicorn's server, stopped by its owner. uvicorn's own signal handlers raise the signal
    again once it has shut down, which would end the process before the last counts are
    written; here the runtime's handlers call `stop`, which ends the server at once rather
    than at uvicorn's next tenth-of-a-second look."""

    _stopping: asyncio.Event | None = None

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def stop(self) -> None:
        self.should_exit = True
        if self._stopping is not None:
            self._stopping.set()

    async def main_loop(self) -> None:
        # Once, as uvicorn does first (the default headers); then, with no date header, no
        # request limit and no notify callback, nothing to do each tick but wait for `stop`.
        self._stopping = asyncio.Event()
        if not await self.on_tick(0) and not self.should_exit:
            await self._stopping.wait()


@contextlib.asynccontextmanager
async def serving(app: ASGIApp, sock: socket.socket) -> AsyncIterator[QuietServer]:
    """Serve `app` on `sock` for the duration of the block; leaving it lets the requests in
    flight finish (up to 5 s)."""
    server = QuietServer(server_config(app))
    server.config.timeout_graceful_shutdown = 5
    task: asyncio.Task[Any] = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()  # it could not start: its error is raised here
                raise OSError("the server ended before it started")
            await asyncio.sleep(0.01)
        yield server
    finally:
        server.stop()
        await task
