"""Loading the operator files (flows, contacts, rights, locales) into one validated whole.

Problems are collected, not raised, so that `check` can list them all with `file:line`; `load`
gives the content only when every file could be read and validated.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.core.directory import Directory
from bot.core.i18n import Texts
from bot.core.models import ContactsFile, Flow, FlowFile, Right, RightsFile, SourcesFile
from bot.core.problems import Problem
from bot.core.yamlfile import YamlDoc, YamlError, load

CONTACTS_FILE = "contacts.yaml"
RIGHTS_FILE = "rights.yaml"
SOURCES_FILE = "sources.yaml"
DATA_FILES = (CONTACTS_FILE, RIGHTS_FILE, SOURCES_FILE)

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Content:
    """Everything the engine needs, validated."""

    flows: dict[str, Flow]
    revisions: dict[str, str]
    directory: Directory
    rights: tuple[Right, ...]
    texts: Texts
    locales_dir: Path
    #: Entry-link source codes that are counted by name (flows/sources.yaml).
    sources: frozenset[str]
    #: Where each flow and contact was read from, for `check` messages.
    docs: dict[str, YamlDoc]


#: Where each command looks for the operator files, in order, when no flag names them. The
#: working folder comes before any copy installed with the code, so that the files an operator
#: edits are the files checked and served, however the bot was installed.
DIRS_RULE = (
    "--flows/--locales, else $REFERRAL_FLOWS_DIR/$REFERRAL_LOCALES_DIR, else ./flows and "
    "./locales in the working folder, else the copy installed with the bot"
)


def default_dirs() -> tuple[Path, Path]:
    """flows/ and locales/ by DIRS_RULE (the flags are the command line's to apply)."""
    return _default_dir("flows", "REFERRAL_FLOWS_DIR"), _default_dir(
        "locales", "REFERRAL_LOCALES_DIR"
    )


def _default_dir(name: str, variable: str) -> Path:
    from_env = os.environ.get(variable, "").strip()
    if from_env:
        return Path(from_env)
    here = Path.cwd() / name
    if here.is_dir():
        return here
    package = Path(__file__).resolve().parent.parent  # bot/
    checkout = package.parent / name  # an editable install, started from elsewhere
    if checkout.is_dir() and (package.parent / "pyproject.toml").is_file():
        return checkout
    return package / "_data" / name


def revision(flow: Flow) -> str:
    """A short fingerprint of a flow, carried in button data to notice a changed flow."""
    digest = hashlib.sha256(flow.model_dump_json().encode()).digest()
    return base64.b32encode(digest).decode()[:5].lower()


def load_content(
    flows_dir: Path, locales_dir: Path, *, strict_texts: bool = False, trees: Path | None = None
) -> tuple[Content | None, list[Problem]]:
    """Read and validate every operator file; the content is None when any problem was found.

    Files read before, byte for byte the same, are not parsed again (a command run several
    times in one process, the tests); a changed byte anywhere reads them all afresh. `trees`:
    a folder where the texts' syntax trees are kept between processes (`load_catalog`).
    """
    try:
        key = (_fingerprint(flows_dir, locales_dir), strict_texts)
    except OSError:  # unreadable: the full read says what and where
        return _load_content_now(flows_dir, locales_dir, strict_texts=strict_texts, trees=trees)
    known = _LOADED.get(key)
    if known is None:
        known = _load_content_now(flows_dir, locales_dir, strict_texts=strict_texts, trees=trees)
        if len(_LOADED) >= 4:
            _LOADED.clear()
        _LOADED[key] = known
    content, problems = known
    return content, list(problems)


#: The last few reads, by the bytes of every file (see `load_content`).
_LOADED: dict[tuple[str, bool], tuple[Content | None, list[Problem]]] = {}


def _fingerprint(flows_dir: Path, locales_dir: Path) -> str:
    digest = hashlib.sha256()
    for root in (flows_dir, locales_dir):
        digest.update(str(root.resolve()).encode() + b"\0")
        if not root.is_dir():
            continue
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _load_content_now(
    flows_dir: Path, locales_dir: Path, *, strict_texts: bool = False, trees: Path | None = None
) -> tuple[Content | None, list[Problem]]:
    problems: list[Problem] = []
    docs: dict[str, YamlDoc] = {}

    if not flows_dir.is_dir():
        return None, [Problem(flows_dir, 1, "flows folder not found")]
    contacts = _read(flows_dir / CONTACTS_FILE, ContactsFile, problems, docs, "contacts")
    rights = _read(flows_dir / RIGHTS_FILE, RightsFile, problems, docs, "rights")
    sources = SourcesFile()
    if (flows_dir / SOURCES_FILE).exists():  # optional: without it, every code is "other"
        sources = _read(flows_dir / SOURCES_FILE, SourcesFile, problems, docs, "sources") or sources
    flows: dict[str, Flow] = {}
    flow_paths = sorted(p for p in flows_dir.glob("*.yaml") if p.name not in DATA_FILES)
    if not flow_paths:
        problems.append(Problem(flows_dir, 1, "no flow files (*.yaml) found"))
    for path in flow_paths:
        parsed = _read(path, FlowFile, problems, docs, None)
        if parsed is None:
            continue
        flow = parsed.flow
        if flow.id in flows:
            line = docs[f"flow:{path}"].line_of(("flow", "id"))
            problems.append(Problem(path, line, f"duplicate flow id '{flow.id}'"))
            continue
        flows[flow.id] = flow
        docs[f"flow:{flow.id}"] = docs.pop(f"flow:{path}")

    texts = Texts.load(locales_dir, strict=strict_texts, trees=trees)
    if not texts.catalogs:
        problems.append(Problem(locales_dir, 1, "no locales found"))
    problems.extend(texts.problems())

    if problems or contacts is None or rights is None:
        return None, problems
    content = Content(
        flows=flows,
        revisions={fid: revision(f) for fid, f in flows.items()},
        directory=Directory(contacts.contacts),
        rights=rights.rights,
        texts=texts,
        locales_dir=locales_dir,
        sources=frozenset(s.code for s in sources.sources),
        docs=docs,
    )
    return content, []


def _read(
    path: Path,
    model: type[M],
    problems: list[Problem],
    docs: dict[str, YamlDoc],
    key: str | None,
) -> M | None:
    if not path.is_file():
        problems.append(Problem(path, 1, "file not found"))
        return None
    try:
        doc = load(path)
    except YamlError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        return None
    docs[key or f"flow:{path}"] = doc
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems.extend(_explain(doc, exc))
        return None


def _explain(doc: YamlDoc, exc: ValidationError) -> list[Problem]:
    """pydantic's errors as `file:line: field: reason`, without the noise of union branches."""
    out: list[Problem] = []
    for error in exc.errors():
        loc, dropped = _resolve(doc.data, error["loc"])
        if dropped is None:
            continue
        where = _where(doc.data, loc)
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] in ("enum", "literal_error") and isinstance(error.get("input"), str):
            message = _choice(error["input"], str(error.get("ctx", {}).get("expected", "")))
        if error["type"] == "extra_forbidden":
            message = f"unknown key '{loc[-1]}'" if loc else "unknown key"
            where = _where(doc.data, loc[:-1])
        elif error["type"] == "missing":
            message = "required, but missing"
        problem = Problem(doc.path, doc.line_of(loc), f"{where}: {message}")
        if problem not in out:
            out.append(problem)
    return out


#: What a list item with an `id` is called in messages, by the list it is in.
_KIND = {"contacts": "contact", "rights": "right", "nodes": "node", "sources": "source"}


def _choice(given: str, expected: str) -> str:
    """A word that is not one of a closed list: the likeliest meant, then the list, short."""
    allowed = re.findall(r"'([^']*)'", expected)
    close = difflib.get_close_matches(given, allowed, n=1)
    meant = f"did you mean '{close[0]}'? " if close else ""
    return f"'{given}' is not allowed here; {meant}use one of: {', '.join(allowed)}"


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """A location as an operator names it: `contact 'houterasu'.phones.0`, not `contacts.7...`."""
    parts: list[str] = []
    current = data
    for part in loc:
        if _has(current, part):
            current = current[part]
            named = isinstance(current, dict) and isinstance(current.get("id"), str)
            if isinstance(part, int) and named and parts:
                container = parts.pop()
                parts.append(f"{_KIND.get(container, container)} '{current['id']}'")
                continue
        parts.append(str(part))
    return ".".join(parts) or "file"


def _resolve(data: Any, loc: tuple[int | str, ...]) -> tuple[tuple[int | str, ...], bool | None]:
    """The part of a pydantic location that exists in the data.

    Returns None for `dropped` when the error belongs to a union branch that does not fit the
    data (a string where a timetable was tried, or the other way round).
    """
    path: list[int | str] = []
    current = data
    skipped = False
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if _has(current, part):
            current = current[part]
            path.append(part)
        elif _wrong_branch(current, part):
            return tuple(path), None
        elif last and isinstance(current, dict) and isinstance(part, str) and "[" not in part:
            path.append(part)  # an unknown or missing key: keep it so the message can name it
        else:
            skipped = True  # a union branch's name, such as a node type
    return tuple(path), skipped


def _has(current: Any, part: int | str) -> bool:
    if isinstance(current, dict):
        return isinstance(part, str) and part in current
    if isinstance(current, list):
        return isinstance(part, int) and 0 <= part < len(current)
    return False


def _wrong_branch(current: Any, part: int | str) -> bool:
    """A literal tried on a mapping, or a model tried on a plain word."""
    if not isinstance(part, str):
        return False
    if part.startswith("literal["):
        return not isinstance(current, str)
    return part[:1].isupper() and isinstance(current, str)
