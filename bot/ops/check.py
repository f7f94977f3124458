"""`referral-bot check`: every operator file validated together, problems as `file:line`.

It looks for what would hurt a person on the other end: a button leading nowhere, a screen that
cannot be reached or leads nowhere, a text missing in one language or showing a variable's name,
a message too long for Telegram, a situation that no contact serves.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.channels.line.limits import LINE
from bot.channels.line.messages import bubble
from bot.channels.line.messages import problems as line_problems
from bot.channels.telegram.limits import TELEGRAM
from bot.core import render
from bot.core.content import Content, load_content
from bot.core.engine import Button, Engine, State
from bot.core.hours import TOKYO
from bot.core.i18n import Catalog, TextError
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.limits import Limits
from bot.core.models import Flow, LanguageNode, ReferralNode
from bot.core.problems import Problem
from bot.core.situations import IDENTITY, LENGTHENING, PROFILE, TOPICS, Situation
from bot.core.yamlfile import YamlDoc
from bot.ops import reviewed
from bot.ops.texts import declared

#: Moments at which every referral screen is rendered to measure it (a weekday afternoon, when
#: most services are open and the lines are longest, and a holiday night).
SAMPLE_TIMES = (
    datetime(2026, 5, 12, 14, 0, tzinfo=TOKYO),
    datetime(2026, 5, 4, 23, 30, tzinfo=TOKYO),
)


@dataclass(frozen=True)
class Report:
    content: Content | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def check(flows_dir: Path, locales_dir: Path, *, trees: Path | None = None) -> Report:
    """Load and validate everything; the content is returned too when it could be loaded.
    `trees`: where to keep the texts' syntax trees for the next start (`load_catalog`)."""
    content, problems = load_content(flows_dir, locales_dir, strict_texts=True, trees=trees)
    if content is None:
        return Report(None, sorted(set(problems)))
    problems = []
    problems += _check_flows(content)
    problems += _check_contacts(content)
    problems += _check_locales(content)
    if not problems:
        problems += _check_screens(content)
    return Report(content, sorted(set(problems)))


# --- flows -----------------------------------------------------------------------------------


def _check_flows(content: Content) -> list[Problem]:
    problems: list[Problem] = []
    for flow in content.flows.values():
        doc = content.docs[f"flow:{flow.id}"]

        def at(*loc: str | int, doc: YamlDoc = doc) -> int:
            return doc.line_of(("flow", *loc))

        ids: dict[str, int] = {}
        for index, node in enumerate(flow.nodes):
            if node.id in ids:
                problems.append(
                    Problem(doc.path, at("nodes", index, "id"), f"duplicate node id '{node.id}'")
                )
            ids.setdefault(node.id, index)
        if flow.start not in ids:
            problems.append(Problem(doc.path, at("start"), f"start: unknown node '{flow.start}'"))
            continue
        if not isinstance(flow.nodes[ids[flow.start]], LanguageNode):
            problems.append(
                Problem(doc.path, at("start"), "start: the first screen must be a language node")
            )
        for index, node in enumerate(flow.nodes):
            for key, target in _edges(node):
                if target not in ids:
                    problems.append(
                        Problem(doc.path, at("nodes", index, *key), f"unknown target '{target}'")
                    )
        graph = {n.id: [t for _, t in _edges(n) if t in ids] for n in flow.nodes}
        reachable = _reach(graph, flow.start)
        answers = {n.id for n in flow.nodes if isinstance(n, ReferralNode)}
        if not answers:
            problems.append(
                Problem(doc.path, at("nodes"), "no referral node: no one gets an answer")
            )
        for index, node in enumerate(flow.nodes):
            if node.id not in reachable:
                problems.append(
                    Problem(
                        doc.path, at("nodes", index, "id"), f"node '{node.id}' cannot be reached"
                    )
                )
            elif answers and not answers & _reach(graph, node.id):
                problems.append(
                    Problem(
                        doc.path,
                        at("nodes", index, "id"),
                        f"dead end: no referral can be reached from node '{node.id}'",
                    )
                )
        problems += _check_button_data(content, flow)
    return problems


def _edges(node: object) -> list[tuple[tuple[str | int, ...], str]]:
    if isinstance(node, LanguageNode):
        return [(("next",), node.next)]
    options = getattr(node, "options", ())
    return [(("options", i, "next"), o.next) for i, o in enumerate(options)]


def _reach(graph: dict[str, list[str]], start: str) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue:
        for target in graph.get(queue.popleft(), []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


#: Every channel the bot serves: each screen is held to each one's limits.
CHANNELS: tuple[Limits, ...] = (TELEGRAM, LINE)


def _check_button_data(content: Content, flow: Flow) -> list[Problem]:
    """Every button's data, with the longest position possible, fits every channel's."""
    engine = Engine(content, default_flow=flow.id)
    room = min(limits.button_data for limits in CHANNELS)
    doc = content.docs[f"flow:{flow.id}"]
    widest = State(flow.id, "", "en", frozenset(Situation), ip_phone=True)
    problems = []
    for index, node in enumerate(flow.nodes):
        state = State(flow.id, node.id, widest.lang, widest.situations, True)
        choices = (
            ["@" + c for c in LANGUAGES]
            if isinstance(node, LanguageNode)
            else [str(i) for i in range(len(getattr(node, "options", ())))]
        )
        for choice in choices:
            size = len(engine.encode(state, choice).encode("utf-8"))
            if size > room:
                line = doc.line_of(("flow", "nodes", index, "id"))
                problems.append(
                    Problem(
                        doc.path,
                        line,
                        f"button data of node '{node.id}' is {size} bytes (max {room})",
                    )
                )
                break
    return problems


# --- contacts and rights ---------------------------------------------------------------------


def _check_contacts(content: Content) -> list[Problem]:
    doc = content.docs["contacts"]
    problems: list[Problem] = []
    seen_ids: set[str] = set()
    seen_numbers: dict[str, str] = {}
    for index, contact in enumerate(content.directory.contacts):
        line = doc.line_of(("contacts", index, "id"))
        if contact.id in seen_ids:
            problems.append(Problem(doc.path, line, f"duplicate contact id '{contact.id}'"))
        seen_ids.add(contact.id)
        for number in (*contact.phones, *(a.number for a in contact.alt_phones)):
            if number in seen_numbers:
                problems.append(
                    Problem(
                        doc.path, line, f"{number} is also listed under '{seen_numbers[number]}'"
                    )
                )
            seen_numbers.setdefault(number, contact.id)
    for situation in Situation:
        if situation not in IDENTITY and not content.directory.serving(situation):
            problems.append(Problem(doc.path, 1, f"no contact serves the situation '{situation}'"))
    rights_doc = content.docs["rights"]
    seen_rights: set[str] = set()
    for index, right in enumerate(content.rights):
        if right.id in seen_rights:
            line = rights_doc.line_of(("rights", index, "id"))
            problems.append(Problem(rights_doc.path, line, f"duplicate right id '{right.id}'"))
        seen_rights.add(right.id)
    return problems


# --- locales ---------------------------------------------------------------------------------


def _check_locales(content: Content) -> list[Problem]:
    problems: list[Problem] = []
    catalogs = content.texts.catalogs
    reference = catalogs.get(REFERENCE)
    locales_dir = content.locales_dir
    for code in catalogs:
        if code not in LANGUAGES:
            problems.append(
                Problem(locales_dir / code, 1, f"'{code}' is not a supported language code")
            )
    if reference is None:
        return [*problems, Problem(locales_dir / REFERENCE, 1, "the English locale is missing")]
    shown = declared(content)
    for message_id, text in shown.items():
        if message_id not in reference.messages:
            problems.append(
                Problem(text.path, text.line, f"text '{message_id}' is missing in {REFERENCE}")
            )
    for code, catalog in catalogs.items():
        if catalog is reference:
            continue
        problems += _parity(reference, catalog, locales_dir / code)
    for catalog in catalogs.values():
        problems += _renders(catalog)
        problems += _telegram_limits(catalog)
        for path, status in catalog.review.items():
            if status == "reference" and catalog is not reference:
                problems.append(
                    Problem(
                        path, 1, f"only {REFERENCE} is the reference; say reviewed or unreviewed"
                    )
                )
    return problems


#: What Telegram accepts for the bot's profile texts (setMyDescription and friends).
TELEGRAM_LIMITS = {
    "bot-description": 512,
    "bot-short-description": 120,
    "cmd-start": 256,
    "cmd-help": 256,
    "cmd-language": 256,
    "cmd-exit": 256,
}


def _telegram_limits(catalog: Catalog) -> list[Problem]:
    problems = []
    for message_id, limit in TELEGRAM_LIMITS.items():
        message = catalog.messages.get(message_id)
        if message is None:
            continue
        try:
            length = len(catalog.render(message_id))
        except TextError:
            continue  # reported by _renders
        if not 1 <= length <= limit:
            problems.append(
                Problem(
                    message.path,
                    message.line,
                    f"'{message_id}' is {length} characters; Telegram takes 1 to {limit}",
                )
            )
    return problems


@dataclass(frozen=True)
class Coverage:
    """How complete one of the fifteen languages is."""

    code: str
    name: str
    texts: int  # messages present that the reference has
    total: int
    review: str  # reference, reviewed, NOT REVIEWED, or no locale yet
    emergency_words: int
    #: Texts whose English or translation changed since the last recorded review
    #: (`referral-bot review --done`); None when none was recorded.
    changed: int | None = None


def coverage(content: Content) -> list[Coverage]:
    """Every supported language, with or without a locale, most complete first."""
    catalogs = content.texts.catalogs
    reference = catalogs.get(REFERENCE)
    wanted = set(reference.messages) if reference else set()
    shown = list(declared(content))
    rows = []
    for code, name in LANGUAGES.items():
        catalog = catalogs.get(code)
        if catalog is None:
            rows.append(Coverage(code, name, 0, len(wanted), "no locale yet", 0))
            continue
        try:
            words = [w for w in catalog.render("emergency-words").split(",") if w.strip()]
        except TextError:
            words = []
        present = len(wanted & set(catalog.messages))
        changed = None
        if code == REFERENCE:
            review = "reference"
        else:
            review = "reviewed" if catalog.reviewed else "NOT REVIEWED"
            since = reviewed.changed(reference, catalog, shown) if reference else None
            changed = None if since is None else len(since)
        rows.append(Coverage(code, name, present, len(wanted), review, len(words), changed))
    return sorted(rows, key=lambda r: (-r.texts, r.code))


def unreviewed(content: Content) -> list[str]:
    """Locales with at least one file no native speaker has reviewed yet."""
    return sorted(code for code, c in content.texts.catalogs.items() if not c.reviewed)


def _parity(reference: Catalog, catalog: Catalog, folder: Path) -> list[Problem]:
    problems = []
    for message_id, message in reference.messages.items():
        theirs = catalog.messages.get(message_id)
        if theirs is None:
            path = folder / message.path.name
            problems.append(Problem(path, 1, f"missing text '{message_id}' (in {reference.code})"))
        elif theirs.variables != message.variables:
            want = ", ".join(sorted("$" + v for v in message.variables)) or "none"
            have = ", ".join(sorted("$" + v for v in theirs.variables)) or "none"
            problems.append(
                Problem(
                    theirs.path,
                    theirs.line,
                    f"'{message_id}' uses variables {have}; {reference.code} uses {want}",
                )
            )
    for message_id, message in catalog.messages.items():
        if message_id not in reference.messages:
            problems.append(
                Problem(
                    message.path,
                    message.line,
                    f"extra text '{message_id}' (not in {reference.code})",
                )
            )
    return problems


def _renders(catalog: Catalog) -> list[Problem]:
    """Every message formats with every sample of the variables it uses (samples that differ
    only in variables it does not use are the same text, so each is formatted once)."""
    problems = []
    for message_id, message in catalog.messages.items():
        samples = {
            tuple((k, v) for k, v in sorted(args.items()) if k in message.variables): None
            for args in render.SAMPLE_ARGS
        }
        for sample in samples:
            args = dict(sample)
            try:
                text = catalog.render(message_id, args)
            except TextError as exc:
                problems.append(Problem(message.path, message.line, str(exc)))
                break
            if "\u2068" in text or "\u2069" in text:
                problems.append(Problem(message.path, message.line, "invisible isolation marks"))
                break
    return problems


# --- whole screens ---------------------------------------------------------------------------


def _check_screens(content: Content) -> list[Problem]:
    """Every screen in every language, in every situation, fits every channel's messages.

    A channel whose messages are counted the same way and are no shorter than those of a
    channel already checked (LINE's 5,000 after Telegram's 4,096) is held by that check: the
    engine renders the same text for both.
    """
    problems: list[Problem] = []
    checked: list[Limits] = []
    for limits in CHANNELS:
        if not any(_held_by(limits, other) for other in checked):
            problems += _check_screens_for(content, limits)
            checked.append(limits)
    return problems + _check_line_buttons(content)


def _held_by(limits: Limits, other: Limits) -> bool:
    return limits.measure is other.measure and limits.text >= other.text


def _check_line_buttons(content: Content) -> list[Problem]:
    """On LINE a screen's buttons are one Flex bubble: with every option a node has (a screen
    shows some of them), in the widest wording and with the longest position, it must fit
    LINE's limits in every language."""
    problems: list[Problem] = []
    widest = "x" * min(limits.button_data for limits in CHANNELS)
    languages = list(content.texts.catalogs)
    for flow in content.flows.values():
        doc = content.docs[f"flow:{flow.id}"]
        for index, node in enumerate(flow.nodes):
            options = getattr(node, "options", ())
            for lang in languages:
                if isinstance(node, LanguageNode):  # the picker: every language in its name
                    labels = list(LANGUAGES.values())
                else:
                    labels = [
                        max(
                            (
                                content.texts.text(lang, option.label, render.args_for(other, hurt))
                                for other in (False, True)
                                for hurt in (False, True)
                            ),
                            key=len,
                        )
                        for option in options
                    ]
                leave = content.texts.text(lang, "line-leave-button")
                shown = [Button(label, widest) for label in labels]
                pairs = isinstance(node, LanguageNode)
                found = line_problems([bubble(shown, pairs=pairs, leave=leave, lang=lang)])
                if found:
                    line = doc.line_of(("flow", "nodes", index, "id"))
                    problems.append(
                        Problem(doc.path, line, f"{lang}: on LINE, screen '{node.id}': {found[0]}")
                    )
                    break
    return problems


def _check_screens_for(content: Content, limits: Limits) -> list[Problem]:
    problems: list[Problem] = []
    for flow in content.flows.values():
        engine = Engine(content, default_flow=flow.id, limits=limits)
        doc = content.docs[f"flow:{flow.id}"]
        for index, node in enumerate(flow.nodes):
            for state, moment in _sample_states(
                flow.id, node.id, content, isinstance(node, ReferralNode)
            ):
                try:
                    screen = engine.screen(state, moment, buttons=False)
                except TextError as exc:
                    line = doc.line_of(("flow", "nodes", index, "id"))
                    problems.append(Problem(doc.path, line, f"{state.lang}: {exc}"))
                    break
                length = limits.measure(screen.text)
                first = isinstance(node, ReferralNode) and node.part == "first"
                room = min(limits.text, render.ANSWER_MAX) if first else limits.text
                if length > room:
                    line = doc.line_of(("flow", "nodes", index, "id"))
                    what = "the first answer" if first else f"screen '{node.id}'"
                    problems.append(
                        Problem(
                            doc.path,
                            line,
                            f"{state.lang}: {what} is {length} characters "
                            f"(max {room} on {limits.name}, so that it fits one phone screen)"
                            f" for {sorted(state.situations)}"
                            if first
                            else f"{state.lang}: {what} is {length} characters "
                            f"(max {room} on {limits.name}) for {sorted(state.situations)}",
                        )
                    )
                    break
    return problems


def _sample_states(
    flow: str, node: str, content: Content, referral: bool
) -> list[tuple[State, datetime]]:
    languages = list(content.texts.catalogs)
    if not referral:
        profiles = [frozenset(), frozenset(PROFILE)]
        return [
            (State(flow, node, lang, p), SAMPLE_TIMES[0]) for lang in languages for p in profiles
        ]
    states = []
    lengthening = sorted(LENGTHENING)
    # With IP-phone numbers asked for, an answer has the same services and texts plus the
    # alternate numbers and a note: the longer of the two, so the only one sampled.
    for lang, moment in itertools.product(languages, SAMPLE_TIMES):
        for size in range(len(lengthening) + 1):
            for profile in itertools.combinations(lengthening, size):
                for topic in sorted(TOPICS):
                    situations = frozenset({*profile, topic})
                    states.append((State(flow, node, lang, situations, True), moment))
    return states
