"""A real headless Chromium driven over the DevTools protocol, for what only a browser can show:
keys pressed, buttons clicked, scripts run, the history and the profile after leaving. The
protocol runs over two pipes (`--remote-debugging-pipe`: JSON messages ending in a NUL byte), so
no websocket library is needed; the browser reaches nothing but the test's own server."""

from __future__ import annotations

import base64
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
from pathlib import Path
from typing import Any

from bot.ops import browser
from testkit.browser import chromium

#: The centre of the first visible button or link whose text is the one asked for, scrolled into
#: view; null when there is none. Called with the text as its argument.
_FIND = """(want) => {
  const all = [...document.querySelectorAll('button, a')];
  const found = all.find((e) => e.innerText.trim() === want && e.getClientRects().length);
  if (!found) { return null; }
  found.scrollIntoView({block: 'center'});
  const box = found.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}"""


class Page:
    """One tab, attached with a flat session: send commands, evaluate JavaScript, click."""

    def __init__(self, write_fd: int, read_fd: int) -> None:
        self._out = write_fd
        self._in = read_fd
        self._buffer = b""
        self._next = 0
        self.session = ""

    def call(self, method: str, timeout: float = 20.0, **params: Any) -> dict[str, Any]:
        """A command to the tab (or to the browser itself, before a tab is attached)."""
        return self._call(method, self.session, timeout, params)

    def browser_call(self, method: str, timeout: float = 20.0, **params: Any) -> dict[str, Any]:
        """A command to the browser as a whole (cookies, closing it), whatever tab is attached."""
        return self._call(method, "", timeout, params)

    def _call(
        self, method: str, session: str, timeout: float, params: dict[str, Any]
    ) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
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

    def evaluate(self, expression: str, *, awaiting: bool = False) -> Any:
        """The value of `expression` in the page (of the promise it gives, with `awaiting`).
        It runs even where the page's own scripts are disabled."""
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=awaiting
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise RuntimeError(details.get("exception", {}).get("description") or details)
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

    def text(self) -> str:
        """What the page shows, as the reader sees it."""
        return str(self.evaluate("document.body ? document.body.innerText : ''"))

    def press(self, key: str, code: str, key_code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=code,
                windowsVirtualKeyCode=key_code,
            )

    def viewport(self, width: int, height: int, *, scale: float = 1, mobile: bool = True) -> None:
        """Emulate a screen of `width` x `height` CSS pixels (a phone's, with `mobile`)."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=scale,
            mobile=mobile,
        )

    def goto(self, url: str) -> None:
        """Load `url` as if typed in the address bar, and wait until it has loaded."""
        self._mark()
        self.call("Page.navigate", url=url)
        self._loaded()

    def click(self, text: str) -> None:
        """Click, with the mouse, the button or link that reads `text` (its whole text), and
        wait until the page it leads to has loaded."""
        where = self.evaluate(f"({_FIND})({json.dumps(text)})")
        if where is None:
            shown = self.evaluate(
                "[...document.querySelectorAll('button, a')].map((e) => e.innerText.trim())"
            )
            raise AssertionError(f"no button or link {text!r} on the page; there are {shown}")
        x, y = where
        self._mark()
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)
        self._loaded()

    def type_into(self, selector: str, words: str) -> None:
        """Focus the field `selector` and type `words` into it, as a keyboard would."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.call("Input.insertText", text=words)

    def screenshot(self, png: Path) -> Path:
        """The whole page, as the emulated screen draws it, to `png`."""
        size = self.call("Page.getLayoutMetrics")["cssContentSize"]
        shot = self.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        )
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(base64.b64decode(shot["data"]))
        return png

    def _mark(self) -> None:
        """Mark the document shown now, so that `_loaded` can tell when another replaced it."""
        self.evaluate("document.leftBehind = true")

    def _loaded(self, timeout: float = 10.0) -> None:
        self.wait_for("!document.leftBehind && document.readyState === 'complete'", timeout)


@contextmanager
def open_page(url: str = "about:blank", *, profile: Path | None = None) -> Iterator[Page]:
    """Chromium with a fresh profile, one tab at `url`; closed afterwards.

    The profile is a temporary folder, removed at the end, unless `profile` names a folder:
    then the browser keeps its files there, to be read after it has closed (closed as a person
    would close it, when the block ends without an error, so that it writes out what it holds).
    """
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
        tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as scratch,
        tempfile.TemporaryFile() as log,
    ):
        folder = str(profile) if profile is not None else scratch
        args = browser.command(program, folder, "--remote-debugging-pipe", "about:blank")
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
            if profile is not None:
                # Closed properly, so that whatever it would keep is on disk to be looked at.
                with contextlib.suppress(ConnectionError, TimeoutError, RuntimeError):
                    page.browser_call("Browser.close", timeout=5)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=10)
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
