"""A real headless Chromium driven over the DevTools protocol, for what only a browser can show:
keys pressed, scripts run, the history after leaving. The protocol runs over two pipes
(`--remote-debugging-pipe`: JSON messages ending in a NUL byte), so no websocket library is
needed; the browser reaches nothing but the test's own server."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot.ops import browser
from testkit.browser import chromium


class Page:
    """One tab, attached with a flat session: send commands, evaluate JavaScript."""

    def __init__(self, write_fd: int, read_fd: int) -> None:
        self._out = write_fd
        self._in = read_fd
        self._buffer = b""
        self._next = 0
        self.session = ""

    def call(self, method: str, timeout: float = 20.0, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = self._read(deadline)
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
        raise TimeoutError(method)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from the browser")
            chunk = os.read(self._in, 65536)
            if not chunk:
                raise ConnectionError("the browser went away")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """Evaluate until the value is truthy (a page loading, a script reacting)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError:  # the page is between documents
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(expression)

    def press(self, key: str, code: str, key_code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=code,
                windowsVirtualKeyCode=key_code,
            )


@contextmanager
def open_page(url: str) -> Iterator[Page]:
    """Chromium with a fresh profile, one tab at `url`; closed afterwards."""
    program = chromium()
    browser_in, to_browser = os.pipe()  # we write to_browser; the browser reads browser_in
    browser_out, from_browser = os.pipe()
    # Out of the way of 3 and 4, which the browser's end of each pipe is about to become.
    for low in (browser_in, from_browser):
        high = fcntl.fcntl(low, fcntl.F_DUPFD, 10)
        os.close(low)
        if low == browser_in:
            browser_in = high
        else:
            from_browser = high
    with (
        tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile,
        tempfile.TemporaryFile() as log,
    ):
        args = browser.command(program, profile, "--remote-debugging-pipe", "about:blank")
        # The protocol's pipes are the browser's file descriptors 3 and 4.
        script = f'exec "$@" 3<&{browser_in} 4>&{from_browser}'
        process = subprocess.Popen(
            ["/bin/bash", "-c", script, "bash", *args],
            pass_fds=(browser_in, from_browser),
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,  # the browser's helpers go with it (see below)
        )
        os.close(browser_in)
        os.close(from_browser)
        page = Page(to_browser, browser_out)
        try:
            target = page.call("Target.createTarget", url=url)["targetId"]
            attached = page.call("Target.attachToTarget", targetId=target, flatten=True)
            page.session = attached["sessionId"]
            page.call("Runtime.enable")
            loaded = f"location.href.startsWith({json.dumps(url)})"
            page.wait_for(f"{loaded} && document.readyState === 'complete'")
            yield page
        except ConnectionError:
            log.seek(0)
            said = log.read().decode(errors="replace").splitlines()
            raise ConnectionError("the browser went away: " + " | ".join(said[-5:])) from None
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            os.close(to_browser)
            os.close(browser_out)
