"""Operator YAML, loaded as plain strings with the line of every value.

YAML 1.1 turns `0120` into 80, `no` into False and `12:30` into 750. Every scalar is therefore
kept as the string the operator typed (BaseLoader) and pydantic converts what needs converting.
The line map lets every problem be reported as `file:line`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Loc = tuple[str | int, ...]


class YamlError(Exception):
    """A file that cannot be read as YAML; carries the line of the fault."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass
class YamlDoc:
    """A loaded document: its data (strings, lists, dicts) and where each part stands."""

    path: Path
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int:
        """The line of the deepest known part of `loc` (1 if nothing matches)."""
        parts = tuple(loc)
        while parts:
            if parts in self.lines:
                return self.lines[parts]
            parts = parts[:-1]
        return self.lines.get((), 1)


#: libyaml's parser when present (ten times faster: most of a start's reading), else Python's.
_FAST = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def load(path: Path) -> YamlDoc:
    """Read one YAML file; raises YamlError with a line number on any fault."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise YamlError(path, 1, f"cannot read file: {exc.__class__.__name__}") from None
    return loads(text, path)


def loads(text: str, path: Path) -> YamlDoc:
    """Parse YAML text as `load` does (for tests and in-memory checks)."""
    try:
        try:
            node = yaml.compose(text, Loader=_FAST)
        except yaml.YAMLError:  # the pure-Python parser's own words, which the hints read
            node = yaml.compose(text, Loader=yaml.BaseLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlError(path, line, f"not valid YAML: {_hint(exc, line)}") from None
    except yaml.YAMLError as exc:
        raise YamlError(path, 1, f"not valid YAML: {exc}") from None
    doc = YamlDoc(path=path, data=None)
    if node is None:
        doc.data = {}
        return doc
    doc.data = _convert(node, (), doc)
    return doc


def _hint(exc: yaml.MarkedYAMLError, line: int) -> str:
    """The parser's complaint, as what to do about it."""
    problem = str(exc.problem or exc.context or "")
    opened = exc.context_mark.line + 1 if exc.context_mark else line
    if "expected <block end>" in problem:
        return (
            f"the indentation of line {line} does not match the lines above it "
            "(indent with spaces, two more for each level)"
        )
    if "mapping values are not allowed" in problem:
        return (
            f"line {line} has ': ' where YAML does not expect one: put a text that contains "
            "': ' in quotes, or check the indentation of this line and the one above"
        )
    if "'\\t'" in problem or "\t" in problem:
        return f"line {line} is indented with a tab: use spaces only"
    if "<stream end>" in problem or "while parsing a flow" in str(exc.context or ""):
        return f"a bracket or quote opened on line {opened} or before is never closed"
    return problem


def _convert(node: yaml.Node, loc: Loc, doc: YamlDoc) -> Any:
    doc.lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*loc, i), doc) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(doc.path, key_node.start_mark.line + 1, "keys must be plain words")
            key = key_node.value
            if key in out:
                raise YamlError(doc.path, key_node.start_mark.line + 1, f"duplicate key '{key}'")
            out[key] = _convert(value_node, (*loc, key), doc)
            # A key's own line is more useful than its value's for "unknown key" messages.
            doc.lines[(*loc, key)] = key_node.start_mark.line + 1
        return out
    raise YamlError(doc.path, node.start_mark.line + 1, "unsupported YAML node")
