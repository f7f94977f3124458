"""Copies of the real operator files for a test to change or break, and small edits to them."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from testkit import FLOWS, LOCALES


def copy_files(to: Path, languages: Iterable[str] | None = None) -> Path:
    """The real flows and locales under `to` (`to/flows`, `to/locales`); returns `to`.

    `languages` keeps only those locales (English, the reference, always among them): for a
    test of what the bot does with its files, not of the texts of every language, since the
    full check renders every screen in every language and so takes seconds for fifteen.
    """
    shutil.copytree(FLOWS, to / "flows")
    if languages is None:
        shutil.copytree(LOCALES, to / "locales")
        return to
    for code in sorted({"en", *languages}):
        shutil.copytree(LOCALES / code, to / "locales" / code)
    return to


def file_options(tree: Path, *extra: str) -> tuple[str, ...]:
    """The command-line options that point a command at the files under `tree`, then `extra`."""
    return ("--flows", str(tree / "flows"), "--locales", str(tree / "locales"), *extra)


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace `old` (which must be there) by `new` in a text file, as an operator would."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
