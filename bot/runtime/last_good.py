"""The last operator files that passed `check`, kept so that a broken edit never silences the bot.

Every time the flows and locales pass `check` (at start, and on each reload), `run` keeps a copy
of them under the data folder with a fingerprint of their contents and of the code that checked
them. If the files on disk are broken at the next start, the bot serves that copy and says so,
instead of not starting: a bot that does not start cannot even give 110 and 119. `check` itself
stays strict.

The fingerprint also spares a restart the full check (which renders every screen in every
language, seconds of silence): files and code unchanged since they passed are only loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from bot.core.content import Content, load_content
from bot.core.i18n import tree_name
from bot.ops.check import check

log = logging.getLogger(__name__)

FOLDER = "last-good"
FINGERPRINT = "FINGERPRINT"
#: Beside the kept copies: the texts' syntax trees, by digest, so an unchanged start does not
#: parse fifteen languages again (most of its time).
PARSED = "parsed-texts"


def fingerprint(flows_dir: Path, locales_dir: Path) -> str:
    """A digest of every file's relative path and bytes, and of the code that checks them."""
    digest = hashlib.sha256(_CODE.encode())
    for name, folder in (("flows", flows_dir), ("locales", locales_dir)):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(f"{name}/{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _code_fingerprint() -> str:
    """The bot's own source and the versions of the libraries that validate and render."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent  # all of bot/
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    for name in ("pydantic", "fluent.runtime", "PyYAML", "holidays"):
        with contextlib.suppress(PackageNotFoundError):
            digest.update(f"{name}={version(name)}\0".encode())
    return digest.hexdigest()


_CODE = _code_fingerprint()


def save(data_dir: Path, flows_dir: Path, locales_dir: Path) -> bool:
    """Keep a copy of files that just passed `check`; False (and one line) if it cannot."""
    target = data_dir / FOLDER
    try:
        stamp = fingerprint(flows_dir, locales_dir)
        with contextlib.suppress(OSError):
            if (target / FINGERPRINT).read_text(encoding="ascii").strip() == stamp:
                return True  # this very version is already kept
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fresh = data_dir / f".{FOLDER}.new"
        old = data_dir / f".{FOLDER}.old"
        for leftover in (fresh, old):
            shutil.rmtree(leftover, ignore_errors=True)
        shutil.copytree(flows_dir, fresh / "flows")
        shutil.copytree(locales_dir, fresh / "locales")
        (fresh / FINGERPRINT).write_text(stamp + "\n", encoding="ascii")
        if target.exists():
            target.rename(old)
        fresh.rename(target)  # the old copy stays until the new one is complete
        shutil.rmtree(old, ignore_errors=True)
        _prune_trees(data_dir / PARSED, target / "locales")
    except OSError as exc:
        log.warning("could not keep a copy of the checked files (%s)", _why(exc))
        return False
    return True


def _prune_trees(trees: Path, locales_dir: Path) -> None:
    """Drop the syntax trees of text files no longer kept, so the folder does not grow."""
    with contextlib.suppress(OSError, ValueError):  # a tree too many costs only space
        keep = {tree_name(p.read_text(encoding="utf-8")) for p in locales_dir.rglob("*.ftl")}
        for tree in trees.glob("*.json"):
            if tree.name not in keep:
                tree.unlink(missing_ok=True)


def load(data_dir: Path) -> Content | None:
    """The kept copy, if it is whole and checked by this very code; None otherwise.

    A copy whose fingerprint still matches its files and the code is loaded without the full
    check; one kept by other code is checked again first.
    """
    # The second place holds the previous copy if the bot stopped halfway through a save.
    for kept in (data_dir / FOLDER, data_dir / f".{FOLDER}.old"):
        content = _load_unchanged(kept / "flows", kept / "locales", kept)
        if content is not None:
            return content
        if not (kept / FINGERPRINT).is_file():
            continue
        try:
            report = check(kept / "flows", kept / "locales")
        except Exception:  # a damaged copy is as good as none  # noqa: S112
            continue
        if report.ok and report.content is not None:
            return report.content
    return None


def _load_unchanged(flows_dir: Path, locales_dir: Path, kept: Path) -> Content | None:
    """The files, loaded without the full check, if they and the code are those `kept` passed."""
    try:
        stamp = (kept / FINGERPRINT).read_text(encoding="ascii").strip()
        if stamp != fingerprint(flows_dir, locales_dir):
            return None
        content, problems = load_content(
            flows_dir, locales_dir, strict_texts=True, trees=kept.parent / PARSED
        )
    except Exception:  # unreadable or damaged: the full check decides
        return None
    return content if not problems else None


def choose(flows_dir: Path, locales_dir: Path, data_dir: Path) -> tuple[Content | None, list[str]]:
    """What `run` serves: the files if they pass (kept as the new good copy), else the kept copy,
    else nothing (emergency mode); with the lines to tell the operator why."""
    # These very files passed check with this very code: loading them is enough.
    unchanged = _load_unchanged(flows_dir, locales_dir, data_dir / FOLDER)
    if unchanged is not None:
        return unchanged, []
    report = check(flows_dir, locales_dir, trees=data_dir / PARSED)
    if report.ok and report.content is not None:
        save(data_dir, flows_dir, locales_dir)
        return report.content, []
    lines = [str(problem) for problem in report.problems]
    kept = load(data_dir)
    if kept is not None:
        lines.append(
            "referral-bot: the files above need fixing; serving the last version that passed "
            f"check (kept in {data_dir / FOLDER}) until they do"
        )
    else:
        lines.append(
            "referral-bot: the files above need fixing, and no checked copy was kept: answering "
            "every message with the emergency numbers (110, 119) only, until they are fixed and "
            "the bot is reloaded"
        )
    return kept, lines


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
