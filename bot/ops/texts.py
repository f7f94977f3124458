"""Every text the product can show, in one list: what `check` holds every language to and what
the translators' review page lists.

The flow, contact and rights files name their own texts; each part of the code declares the
ones it shows in a `TEXTS` tuple next to the code that shows them, and this module collects
those tuples. `tests/test_contracts.py` fails when the code names a text that no tuple declares,
or when English has a text that nothing declares.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from bot.channels import console
from bot.channels.line import texts as line_texts
from bot.channels.telegram import texts as telegram_texts
from bot.channels.web import texts as web_texts
from bot.core import engine, render
from bot.core.content import Content
from bot.core.languages import REFERENCE
from bot.ops import card

#: Each part of the code that shows texts of its own, with what a translator would call it.
CODE: tuple[tuple[str, ModuleType], ...] = (
    ("On every screen: answers, opening hours, languages", render),
    ("When a person types instead of tapping", engine),
    ("Telegram", telegram_texts),
    ("Web chat", web_texts),
    ("LINE", line_texts),
    ("Terminal chat", console),
    ("Printed wallet card", card),
)


@dataclass(frozen=True)
class Declared:
    """One text: where a person sees it (the first place is its home on the review page) and
    the file and line that declare it."""

    id: str
    places: tuple[str, ...]
    path: Path
    line: int


def code_texts() -> dict[str, tuple[str, ...]]:
    """Every text the code declares, with the parts that show it."""
    found: dict[str, tuple[str, ...]] = {}
    for place, module in CODE:
        for message_id in module.TEXTS:
            found[message_id] = (*found.get(message_id, ()), place)
    return found


def declared(content: Content) -> dict[str, Declared]:
    """Every text the files and the code use, in the order a translator meets them."""
    found: dict[str, Declared] = {}

    def add(message_id: str, place: str, path: Path, line: int) -> None:
        known = found.get(message_id)
        if known is None:
            found[message_id] = Declared(message_id, (place,), path, line)
        elif place not in known.places:
            found[message_id] = Declared(message_id, (*known.places, place), known.path, known.line)

    for flow in content.flows.values():
        doc = content.docs[f"flow:{flow.id}"]
        place = f"The conversation ({doc.path.name})"
        for index, node in enumerate(flow.nodes):
            add(node.text, place, doc.path, doc.line_of(("flow", "nodes", index, "text")))
            for o_index, option in enumerate(getattr(node, "options", ())):
                option_loc = ("flow", "nodes", index, "options", o_index, "label")
                add(option.label, place, doc.path, doc.line_of(option_loc))
    doc = content.docs["rights"]
    for index, right in enumerate(content.rights):
        add(right.message_id, "Rights", doc.path, doc.line_of(("rights", index, "id")))
    doc = content.docs["contacts"]
    for index, contact in enumerate(content.directory.contacts):
        place = "Services: names, notes and why each fits"
        add(contact.message_id, place, doc.path, doc.line_of(("contacts", index, "id")))
        for n_index, note in enumerate(contact.notes):
            note_loc = ("contacts", index, "notes", n_index, "text")
            add(note.text, place, doc.path, doc.line_of(note_loc))
        for g_index, group in enumerate(contact.serves):
            why_loc = ("contacts", index, "serves", g_index, "why")
            add(group.why, place, doc.path, doc.line_of(why_loc))
    for place, module in CODE:
        path = Path(str(module.__file__))
        lines = path.read_text(encoding="utf-8").splitlines()
        for message_id in module.TEXTS:
            line = next((n for n, text in enumerate(lines, 1) if f'"{message_id}"' in text), 1)
            add(message_id, place, path, line)
    return found


def unshown(content: Content) -> list[str]:
    """English texts that nothing declares: left over (a screen removed from a flow) or shown
    by code that forgot to declare them. Not an error (a reload must not be refused over a
    left-over text), but translators would translate them for nothing."""
    reference = content.texts.catalogs.get(REFERENCE)
    shown = declared(content)
    return [m for m in (reference.messages if reference else ()) if m not in shown]
