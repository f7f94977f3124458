"""Whether this computer has a font for every character of a page, before printing it.

Chromium draws a character no installed font has as an empty box ("tofu"): a card of boxes is
worse than no card. Fontconfig (`fc-list`), which Chromium itself uses on Linux, says which
characters the installed fonts cover; a script that is missing names the Debian package to
install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import cache

CJK = "fonts-noto-cjk (or the smaller fonts-droid-fallback)"
#: Droid Sans Fallback leaves out much of Hangul: Korean needs Noto CJK or a Korean font.
HANGUL = "fonts-noto-cjk (or the smaller fonts-nanum)"

#: Script name, its code point ranges (inclusive), and the Debian package that draws it.
SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...], str], ...] = (
    ("Burmese", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)), "fonts-noto-core"),
    ("Khmer", ((0x1780, 0x17FF), (0x19E0, 0x19FF)), "fonts-noto-core"),
    ("Devanagari (Nepali)", ((0x0900, 0x097F), (0xA8E0, 0xA8FF)), "fonts-noto-core"),
    ("Thai", ((0x0E00, 0x0E7F),), "fonts-noto-core"),
    ("Korean", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)), HANGUL),
    (
        "Japanese and Chinese",
        ((0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF)),
        CJK,
    ),
)
#: Any other script (Latin, Vietnamese, Cyrillic, punctuation).
OTHER = "fonts-noto-core"


class FontsUnknownError(Exception):
    """Fontconfig is not installed, so nothing can say which characters have a font."""


@dataclass(frozen=True)
class Missing:
    """A script on the page that no installed font draws."""

    script: str
    package: str
    sample: str

    def __str__(self) -> str:
        return f"{self.script} (like '{self.sample}'): install the Debian package {self.package}"


def _covered() -> tuple[tuple[int, int], ...]:
    """Every code point range some installed font covers, from fontconfig."""
    return _listed(os.environ.get("FONTCONFIG_FILE"))


@cache
def _listed(config: str | None) -> tuple[tuple[int, int], ...]:
    """`fc-list` once per fontconfig setup (FONTCONFIG_FILE names another)."""
    program = shutil.which("fc-list")
    if program is None:
        raise FontsUnknownError("fc-list (Debian package fontconfig) is not installed")
    listed = subprocess.run(  # noqa: S603 - a fixed program, no input from anyone
        [program, "--format", "%{charset}\n"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    ranges: set[tuple[int, int]] = set()
    for word in listed.stdout.split():
        start, _, end = word.partition("-")
        try:
            ranges.add((int(start, 16), int(end or start, 16)))
        except ValueError:
            continue
    return tuple(sorted(ranges))


def has_font(char: str) -> bool:
    """True when some installed font draws `char`."""
    code = ord(char)
    return any(start <= code <= end for start, end in _covered())


def _script(char: str) -> tuple[str, str]:
    code = ord(char)
    for name, ranges, package in SCRIPTS:
        if any(start <= code <= end for start, end in ranges):
            return name, package
    return "the characters", OTHER


def drawn(char: str) -> bool:
    """Characters that need a glyph: not spaces, joiners or other invisible marks."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zs")


def missing(text: str) -> list[Missing]:
    """The scripts in `text` that no installed font draws, one entry each (FontsUnknownError
    without fontconfig)."""
    found: dict[str, Missing] = {}
    for char in sorted(set(text)):
        if not drawn(char) or has_font(char):
            continue
        script, package = _script(char)
        found.setdefault(script, Missing(script, package, char))
    return list(found.values())
