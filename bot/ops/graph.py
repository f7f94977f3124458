"""`referral-bot graph`: a flow as a diagram an operator can read and review.

Each screen shows its question in the chosen language, each arrow the answer that follows it,
and each answer screen the contacts it can give. A text the language does not have yet is
shown in English and marked, so a translator sees at once what is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import deque
from dataclasses import dataclass

from bot.core import render
from bot.core.content import Content
from bot.core.engine import State, apply
from bot.core.i18n import TextError
from bot.core.languages import REFERENCE
from bot.core.models import ChoiceNode, Flow, LanguageNode, ReferralNode, RightsNode
from bot.core.situations import TOPICS, Situation

MISSING = "⚠ "


class GraphError(RuntimeError):
    """The diagram cannot be drawn (for SVG: Graphviz is not installed)."""


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str


@dataclass(frozen=True)
class Box:
    id: str
    kind: str
    text: str
    contacts: tuple[str, ...] = ()


def _text(content: Content, lang: str, message_id: str) -> str:
    """The text in `lang`, or the English one marked as missing."""
    args = render.args_for(False)
    catalog = content.texts.catalogs.get(lang)
    if catalog is not None:
        try:
            return catalog.render(message_id, args)
        except TextError:
            pass
    english = content.texts.catalogs[REFERENCE].render(message_id, args)
    return f"{MISSING}{english}"


def reachable_situations(flow: Flow) -> dict[str, set[frozenset[Situation]]]:
    """The sets of situations a person can have recorded when reaching each screen.

    Situations add up ("another situation"), so every combination could be reached; for what
    each screen can give, sets of up to two topics are enough (a third adds no contact that
    one alone would not), and the buttons asked only when they change the answer narrow it.
    """
    nodes = {node.id: node for node in flow.nodes}
    seen: dict[str, set[frozenset[Situation]]] = {node_id: set() for node_id in nodes}
    queue = deque([State(flow.id, flow.start, None, frozenset())])
    while queue:
        state = queue.popleft()
        if state.situations in seen[state.node]:
            continue
        seen[state.node].add(state.situations)
        node = nodes[state.node]
        if isinstance(node, LanguageNode):
            queue.append(State(flow.id, node.next, "en", state.situations))
            continue
        for option in node.options:
            if option.next in nodes and not option.if_it_changes:
                after = apply(state, option)
                if len(after.situations & TOPICS) <= 2:
                    queue.append(after)
    return seen


def boxes_and_edges(content: Content, flow: Flow, lang: str) -> tuple[list[Box], list[Edge]]:
    reach = reachable_situations(flow)
    contacts = content.directory.contacts
    boxes: list[Box] = []
    edges: list[Edge] = []
    for node in flow.nodes:
        text = _text(content, lang, node.text)
        given: tuple[str, ...] = ()
        if isinstance(node, ReferralNode):
            wanted = [s for s in reach[node.id] if s]
            given = tuple(
                c.id
                for c in contacts
                if any(
                    (c.emergency and Situation.DANGER in s and Situation.DANGER in c.situations)
                    or (not c.emergency and s.intersection(c.situations))
                    for s in wanted
                )
            )
        boxes.append(Box(node.id, node.type, text, given))
        if isinstance(node, LanguageNode):
            edges.append(Edge(node.id, node.next, "a language"))
        elif isinstance(node, ChoiceNode | ReferralNode | RightsNode):
            for option in node.options:
                edges.append(Edge(node.id, option.next, _text(content, lang, option.label)))
    return boxes, edges


def _short(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def mermaid(content: Content, flow: Flow, lang: str) -> str:
    boxes, edges = boxes_and_edges(content, flow, lang)

    def quote(text: str) -> str:
        return '"' + text.replace('"', "#quot;") + '"'

    lines = ["flowchart TD"]
    for box in boxes:
        label = f"{box.id}: {_short(box.text)}"
        if box.contacts:
            rows = [", ".join(box.contacts[i : i + 4]) for i in range(0, len(box.contacts), 4)]
            label += "<br/>contacts: " + ",<br/>".join(rows)
        shape = ("[[", "]]") if box.kind in ("referral", "rights") else ("[", "]")
        lines.append(f"    {box.id}{shape[0]}{quote(label)}{shape[1]}")
    for edge in edges:
        lines.append(f"    {edge.source} -->|{quote(_short(edge.label, 60))}| {edge.target}")
    lines.append("    classDef answer fill:#e8f4ea,stroke:#2e7d32")
    answers = [b.id for b in boxes if b.kind in ("referral", "rights")]
    if answers:
        lines.append(f"    class {','.join(answers)} answer")
    return "\n".join(lines) + "\n"


def dot(content: Content, flow: Flow, lang: str) -> str:
    boxes, edges = boxes_and_edges(content, flow, lang)

    def quote(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + escaped.replace("\n", "\\n") + '"'

    lines = [
        f"digraph {quote(flow.id)} {{",
        "    rankdir=TB;",
        '    node [shape=box, style="rounded", fontname="sans-serif"];',
        '    edge [fontname="sans-serif", fontsize=10];',
    ]
    for box in boxes:
        label = f"{box.id}\n{_short(box.text)}"
        if box.contacts:
            rows = [", ".join(box.contacts[i : i + 4]) for i in range(0, len(box.contacts), 4)]
            label += "\ncontacts: " + ",\n".join(rows)
        style = ', style="rounded,filled", fillcolor="#e8f4ea"' if box.contacts else ""
        lines.append(f"    {box.id} [label={quote(label)}{style}];")
    for edge in edges:
        label = quote(_short(edge.label, 60))
        lines.append(f"    {edge.source} -> {edge.target} [label={label}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def svg(content: Content, flow: Flow, lang: str) -> str:
    program = shutil.which("dot")
    if program is None:
        hint = "SVG needs Graphviz's `dot` (Debian package graphviz); or use --format dot"
        raise GraphError(hint)
    source = dot(content, flow, lang)
    result = subprocess.run(  # noqa: S603 - a fixed program with our own input
        [program, "-Tsvg"], input=source, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise GraphError(f"Graphviz failed: {result.stderr.strip()[:200]}")
    return result.stdout


def markdown(content: Content, flow: Flow, lang: str) -> str:
    """The Mermaid diagram in a Markdown page, which GitHub and GitLab draw."""
    return (
        f"# The `{flow.id}` flow\n\n"
        "Generated by `referral-bot graph --format markdown -o flows/diagrams/main.md`; "
        "do not edit by hand. Boxes with double sides are answers, with the contacts they "
        f"can give. Texts in `{lang}`"
        f"{'; ⚠ marks a text missing in that language' if lang != REFERENCE else ''}.\n\n"
        f"```mermaid\n{mermaid(content, flow, lang)}```\n"
    )
