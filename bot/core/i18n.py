"""Fluent texts, wrapped strictly.

Plain Fluent is forgiving in ways that hurt here: a missing variable prints its own name, a
missing message prints its id, syntax errors turn silently into Junk, and variables are wrapped in
invisible Unicode isolation marks that break tap-to-call numbers. This wrapper turns all of these
into errors that `check` and the tests see; at run time a failing text falls back to English,
so a person never sees a message id or a variable name.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.core.languages import REFERENCE, is_known
from bot.core.problems import Problem

log = logging.getLogger(__name__)

Args = Mapping[str, str | int]


class TextError(Exception):
    """A text that cannot be rendered exactly as written (missing message or variable)."""


@dataclass
class Message:
    """Where a message stands and which variables it uses."""

    path: Path
    line: int
    variables: frozenset[str]


#: How many rendered texts a catalog remembers before it starts again.
_RENDERED_MAX = 20_000


@dataclass
class Catalog:
    """One language's texts."""

    code: str
    bundle: FluentBundle
    messages: dict[str, Message] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Each file's review status, from its first line (`# review: reviewed`).
    review: dict[Path, str] = field(default_factory=dict)
    _rendered: dict[tuple[str, tuple[tuple[str, Any], ...]], str] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def reviewed(self) -> bool:
        """True when a native speaker has reviewed every file (English is the reference)."""
        return bool(self.review) and all(
            s in ("reviewed", "reference") for s in self.review.values()
        )

    def render(self, message_id: str, args: Args | None = None) -> str:
        """The text, or TextError when it is missing or any variable is unresolved.

        Rendered texts are remembered: a screen repeats the same few dozen (a language name, a
        note, a label, "open until 17:00"), and Fluent takes far longer to format one than a
        lookup takes. At most `_RENDERED_MAX` are kept (then the memory starts again), so it
        stays small whatever the arguments. A catalog never changes once loaded; a reload
        makes a new one.
        """
        key = (message_id, tuple(sorted((args or {}).items())))
        try:
            return self._rendered[key]
        except KeyError:
            pass
        text = self._render(message_id, args)
        if len(self._rendered) >= _RENDERED_MAX:
            self._rendered.clear()
        self._rendered[key] = text
        return text

    def _render(self, message_id: str, args: Args | None = None) -> str:
        if message_id not in self.messages or not self.bundle.has_message(message_id):
            raise TextError(f"{self.code}: no message '{message_id}'")
        message = self.bundle.get_message(message_id)
        if message.value is None:
            raise TextError(f"{self.code}: message '{message_id}' has no value")
        text, errors = self.bundle.format_pattern(message.value, dict(args or {}))
        if errors:
            raise TextError(f"{self.code}: message '{message_id}': {errors[0]}")
        if not isinstance(text, str):
            raise TextError(f"{self.code}: message '{message_id}' did not render")
        return text


class _VariableCollector(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


#: The first line of every .ftl file says whether a native speaker has reviewed it.
_REVIEW_LINES = ("# review: reviewed", "# review: unreviewed", "# review: reference")


def _review_status(source: str) -> str | None:
    first = source.split("\n", 1)[0].strip()
    return first.removeprefix("# review: ") if first in _REVIEW_LINES else None


def load_catalog(folder: Path, trees: Path | None = None) -> Catalog:
    """Read every .ftl file of one locale folder; syntax errors become problems with lines.

    With `trees` (a folder), each file's syntax tree is kept there as JSON by the file's
    digest and read back instead of parsing again: parsing fifteen languages is most of a
    start with unchanged files (see `bot/runtime/last_good.py`)."""
    code = folder.name
    bundle = FluentBundle([code], use_isolating=False)
    catalog = Catalog(code=code, bundle=bundle)
    files = sorted(folder.glob("*.ftl"))
    if not files:
        catalog.problems.append(Problem(folder, 1, "no .ftl files in this locale"))
    for path in files:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            catalog.problems.append(Problem(path, 1, f"cannot read: {exc.__class__.__name__}"))
            continue
        status = _review_status(source)
        if status is None:
            catalog.problems.append(
                Problem(path, 1, f"the first line must be one of: {', '.join(_REVIEW_LINES)}")
            )
        else:
            catalog.review[path] = status
        resource, known = _parse(source, trees)
        for entry in resource.body:
            line = _line_of(source, entry.span.start) if entry.span else 1
            if isinstance(entry, ast.Junk):
                detail = entry.annotations[0].message if entry.annotations else "syntax error"
                catalog.problems.append(Problem(path, line, f"Fluent syntax error: {detail}"))
            elif isinstance(entry, ast.Message):
                name = entry.id.name
                if name in catalog.messages:
                    catalog.problems.append(Problem(path, line, f"duplicate message '{name}'"))
                    continue
                names = known.get(name) if known is not None else None
                variables = names if names is not None else _variables(entry)
                catalog.messages[name] = Message(path, line, variables)
        bundle.add_resource(resource)
    return catalog


def _variables(entry: ast.Message) -> frozenset[str]:
    collector = _VariableCollector()
    collector.visit(entry)
    return frozenset(collector.names)


#: What a kept tree holds: the syntax tree (spans only on its entries, for their lines) and
#: each message's variables, so that neither parsing nor walking the tree is done again.
Kept = tuple[ast.Resource, dict[str, frozenset[str]] | None]


def _parse(source: str, trees: Path | None) -> Kept:
    """The file's syntax tree (and its messages' variables when kept), from `trees` when kept
    there for these very bytes."""
    if trees is None:
        return FluentParser(with_spans=True).parse(source), None
    kept = trees / tree_name(source)
    with contextlib.suppress(OSError, ValueError, LookupError, TypeError, AttributeError):
        data = json.loads(kept.read_text(encoding="utf-8"))
        tree = ast.from_json(data["resource"])
        if isinstance(tree, ast.Resource):
            return tree, {name: frozenset(names) for name, names in data["variables"].items()}
    resource = FluentParser(with_spans=True).parse(source)
    variables = {
        entry.id.name: sorted(_variables(entry))
        for entry in resource.body
        if isinstance(entry, ast.Message)
    }
    slim = resource.to_json()
    slim["body"] = [_without_spans(entry, keep=True) for entry in slim["body"]]
    with contextlib.suppress(OSError):  # a full disk or a read-only folder: parsed next time
        _private_folder(trees)
        fresh = trees / f".{kept.name}.{os.getpid()}"
        fresh.write_text(json.dumps({"resource": slim, "variables": variables}), "utf-8")
        fresh.replace(kept)
    return resource, None


def _without_spans(node: Any, *, keep: bool = False) -> Any:
    """A JSON syntax tree without the spans of inner nodes (two thirds of its size); `keep`
    leaves this node's own (an entry's, which gives its line)."""
    if isinstance(node, dict):
        return {k: _without_spans(v) for k, v in node.items() if k != "span" or keep}
    if isinstance(node, list):
        return [_without_spans(item) for item in node]
    return node


def _private_folder(folder: Path) -> None:
    """Make `folder` and any missing parent readable by the bot's user alone (the data folder
    may not exist yet: it holds the counts)."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for each in reversed(missing):
        each.mkdir(mode=0o700, exist_ok=True)


def tree_name(source: str) -> str:
    """The file name a text file's syntax tree is kept under: its bytes' and the parser's."""
    return hashlib.sha256(f"{_KEPT_AS}\0{source}".encode()).hexdigest() + ".json"


#: What a kept tree depends on besides the file: the syntax library's version and the shape
#: written by `_parse` (a tree kept by another version or in another shape is parsed afresh).
_KEPT_AS = f"fluent.syntax {importlib.metadata.version('fluent.syntax')}; tree+variables 1"


def locale_folders(root: Path) -> list[Path]:
    """Locale folders under `root` (one per language, named by its ISO 639-1 code)."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


class Texts:
    """Every locale's catalog, with English as the fallback and the reference."""

    def __init__(self, catalogs: Mapping[str, Catalog], *, strict: bool = False) -> None:
        self.catalogs = dict(catalogs)
        self.strict = strict

    @classmethod
    def load(cls, root: Path, *, strict: bool = False, trees: Path | None = None) -> Texts:
        catalogs = {folder.name: load_catalog(folder, trees) for folder in locale_folders(root)}
        return cls(catalogs, strict=strict)

    @property
    def languages(self) -> list[str]:
        """Locales with texts, the reference first, as ISO codes the bot knows."""
        known = [code for code in self.catalogs if is_known(code)]
        return sorted(known, key=lambda c: (c != REFERENCE, c))

    def has(self, code: str) -> bool:
        return code in self.catalogs

    def problems(self) -> list[Problem]:
        return [p for catalog in self.catalogs.values() for p in catalog.problems]

    def text(self, lang: str, message_id: str, args: Args | None = None) -> str:
        """A text in `lang`, falling back to English; strict mode raises instead of falling back."""
        catalog = self.catalogs.get(lang)
        if catalog is not None:
            try:
                return catalog.render(message_id, args)
            except TextError:
                if self.strict:
                    raise
                log.warning(
                    "text %s missing or broken in locale %s; using English", message_id, lang
                )
        elif self.strict:
            raise TextError(f"no locale '{lang}'")
        reference = self.catalogs.get(REFERENCE)
        if reference is None:
            raise TextError("the English locale is missing")
        return reference.render(message_id, args)
