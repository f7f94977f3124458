"""A headless Chromium, for printing wallet cards to PDF (and for rendering pages in tests)."""

from __future__ import annotations

import shutil

NAMES = ("chromium", "chromium-browser", "google-chrome")


def find() -> str | None:
    """The browser program, or None when none is installed (Debian package chromium)."""
    return next((path for path in map(shutil.which, NAMES) if path), None)


def command(program: str, profile: str, *extra: str) -> list[str]:
    """Headless, with a fresh profile and nothing that reaches the network on its own."""
    return [
        program,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *extra,
    ]
