"""A real headless browser (Debian's chromium) rendering our pages to PNG, for tests."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no chromium here; .ci/run installs Debian's chromium")
    raise AssertionError("unreachable")


def screenshot(
    page: Path, png: Path, width: int = 1400, height: int = 2000, scale: int = 1
) -> None:
    """Render `page` (a local file) to `png` with network and background services off."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--force-device-scale-factor={scale}",
                f"--screenshot={png}",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert png.exists() and png.stat().st_size > 0, result.stderr[-2000:]
