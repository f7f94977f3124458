"""A real headless browser (Debian's chromium) rendering our pages to PNG, for tests."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from bot.ops import browser


def chromium() -> str:
    program = browser.find()
    if program is None:
        pytest.skip("no chromium here; .ci/run installs Debian's chromium")
    return program


def screenshot(
    page: Path, png: Path, width: int = 1400, height: int = 2000, scale: int = 1
) -> None:
    """Render `page` (a local file) to `png` with network and background services off."""
    program = chromium()
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            browser.command(
                program,
                profile,
                "--hide-scrollbars",
                f"--window-size={width},{height}",
                f"--force-device-scale-factor={scale}",
                f"--screenshot={png}",
                page.resolve().as_uri(),
            ),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert png.exists() and png.stat().st_size > 0, result.stderr[-2000:]
