"""The conversation engine: a pure function from (position, input) to (position, screen).

It knows nothing about Telegram or the terminal. The position is small (flow, revision, node,
language, the situations as a bit mask, the IP-phone flag) and travels inside every button's
data, so a channel keeps no per-person state at all and survives restarts: each press is
validated against the current flows and continues where the person was.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property

from bot.core import render
from bot.core.content import Content
from bot.core.directory import FIRST, MORE, Referral
from bot.core.events import Recorder
from bot.core.i18n import TextError
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.limits import UNLIMITED, Limits
from bot.core.models import ChoiceNode, Flow, LanguageNode, Node, Option, ReferralNode, Right
from bot.core.situations import NEEDS_MOST, Situation, from_mask, impossible, to_mask

DATA_VERSION = "1"
_DATA = re.compile(
    r"^1\|(?P<flow>[a-z][a-z0-9_]{0,15})\|(?P<rev>[a-z2-7]{5})\|(?P<node>[a-z][a-z0-9_]{0,15})"
    r"\|(?P<lang>[a-z]{2}|-)\|(?P<mask>[0-9a-f]{1,6})\|(?P<ip>[01])\|(?P<choice>\d{1,2}|@[a-z]{2})$"
)


#: What an answer shows, to tell whether a button would change it: the first services in
#: order, every contact shown, and the rights.
AnswerKey = tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]


class BadDataError(ValueError):
    """Button data that was not made by this bot, or no longer means anything."""


@dataclass(frozen=True)
class State:
    """Where a person is: everything the bot knows about them, and nothing identifying."""

    flow: str
    node: str
    lang: str | None = None
    situations: frozenset[Situation] = frozenset()
    ip_phone: bool = False


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class Screen:
    """What to show: text, buttons, and the facts behind them for tests."""

    state: State
    lang: str
    text: str
    buttons: tuple[Button, ...]
    referral: Referral | None = None
    rights: tuple[Right, ...] = field(default=())
    #: The buttons are short choices of one kind (the language picker: each language in its
    #: own name), which a channel may lay out several to a row; how many is the channel's call.
    short_choices: bool = False


@dataclass(frozen=True)
class Press:
    """A decoded button press: the position it was made in and the choice."""

    state: State
    choice: str
    stale: bool  # made with an older version of the flow


#: The texts the engine itself uses besides the flow's (see `bot/ops/texts.py`): the answer to
#: typed text, the way back to the start, and the words it listens for.
TEXTS = ("use-buttons", "use-buttons-above", "start-over", "emergency-words", "self-harm-words")

#: How many screens an engine remembers (see `Engine.screen`); then it starts again.
SCREENS_KEPT = 4096


class Engine:
    """Runs the flows of one Content (flows, contacts, rights, texts)."""

    def __init__(
        self, content: Content, default_flow: str = "main", limits: Limits = UNLIMITED
    ) -> None:
        self.content = content
        self.texts = content.texts
        self.default_flow = default_flow
        #: The channel's: a referral gives up services rather than outgrow its messages.
        self.limits = limits
        self._screens: dict[tuple[object, ...], Screen] = {}
        if default_flow not in content.flows:
            raise ValueError(f"no flow '{default_flow}'")

    # --- positions ----------------------------------------------------------------------------

    @cached_property
    def _nodes(self) -> dict[str, dict[str, Node]]:
        return {fid: {n.id: n for n in flow.nodes} for fid, flow in self.content.flows.items()}

    def node(self, state: State) -> Node:
        return self._nodes[state.flow][state.node]

    def flow(self, state: State) -> Flow:
        return self.content.flows[state.flow]

    def start(
        self,
        lang: str | None = None,
        topic: Situation | None = None,
        flow: str | None = None,
        *,
        under_18: bool = False,
        known: frozenset[Situation] = frozenset(),
    ) -> State:
        """The first screen; with a language (from an entry link) the picker is skipped.

        With a topic as well, the person lands where the flow's button for that topic leads.
        `under_18` (a school's or youth worker's link) records the age the link stands for;
        `known` records more (the terminal chat's `--situation`), wherever the person lands.
        """
        flow_id = flow or self.default_flow
        first = self.content.flows[flow_id].start
        state = State(flow=flow_id, node=first)
        node = self.node(state)
        if lang is not None and lang in LANGUAGES and isinstance(node, LanguageNode):
            state = replace(state, node=node.next, lang=lang)
        if topic is not None and state.lang is not None:
            # Go where the flow's own button for this topic leads, recording what it records.
            chosen = next(
                (
                    option
                    for n in self.flow(state).nodes
                    if not isinstance(n, LanguageNode)
                    for option in n.options
                    if option.topic == topic
                ),
                None,
            )
            if chosen is not None:
                state = apply(state, chosen)
        if under_18 and state.lang is not None:
            state = replace(state, situations=state.situations | {Situation.UNDER_18})
        if known:
            state = replace(state, situations=state.situations | known)
        return state

    def encode(self, state: State, choice: str) -> str:
        """Button data for pressing `choice` (an option index or '@' + language) at `state`."""
        return "|".join(
            (
                DATA_VERSION,
                state.flow,
                self.content.revisions[state.flow],
                state.node,
                state.lang or "-",
                format(to_mask(state.situations), "x"),
                "1" if state.ip_phone else "0",
                choice,
            )
        )

    def decode(self, data: str) -> Press:
        """Validate button data against the current flows; BadDataError when it cannot be used."""
        match = _DATA.match(data)
        if not match:
            raise BadDataError("unrecognised button data")
        flow_id = match["flow"]
        if flow_id not in self.content.flows:
            raise BadDataError("unknown flow")
        lang = None if match["lang"] == "-" else match["lang"]
        if lang is not None and lang not in LANGUAGES:
            raise BadDataError("unknown language")
        try:
            situations = from_mask(int(match["mask"], 16))
        except ValueError:
            raise BadDataError("bad situations") from None
        if impossible(situations):
            raise BadDataError("situations that cannot all be true")
        stale = match["rev"] != self.content.revisions[flow_id]
        state = State(flow_id, match["node"], lang, situations, match["ip"] == "1")
        if state.node not in self._nodes[flow_id]:
            if not stale:
                raise BadDataError("unknown node")
            # The screen no longer exists: the nearest sensible place is the flow's beginning.
            return Press(self.start(lang=lang, flow=flow_id), "", stale=True)
        if (lang is None) != isinstance(self.node(state), LanguageNode):
            # The bot's own buttons carry a language on every screen but the picker's.
            raise BadDataError("not a position the bot makes")
        return Press(state, match["choice"], stale)

    # --- moves --------------------------------------------------------------------------------

    def press(self, data: str) -> State:
        """The position after a button press (BadDataError for forged or meaningless data).

        A button from an older version of a flow is not applied: the person sees the screen they
        were on, as it is now, and chooses again.
        """
        return self.follow(self.decode(data))

    def follow(self, pressed: Press) -> State:
        """Where a decoded press leads (for callers that also need the position before it)."""
        if pressed.stale:
            return pressed.state
        return self.choose(pressed.state, pressed.choice)

    def choose(self, state: State, choice: str) -> State:
        node = self.node(state)
        if isinstance(node, LanguageNode):
            code = choice.removeprefix("@")
            if not choice.startswith("@") or code not in LANGUAGES:
                raise BadDataError("not a language choice")
            return replace(state, node=node.next, lang=code)
        if choice.startswith("@") or not choice.isdigit():
            raise BadDataError("not an option")
        # The index is the option's place in the flow, not on the screen: which buttons are
        # shown can depend on the hour, and a press must mean the same a minute later.
        index = int(choice)
        if index >= len(node.options):
            raise BadDataError("no such option")
        after = apply(state, node.options[index])
        if impossible(after.situations):
            raise BadDataError("a button the bot does not show here")
        return after

    def visible_options(
        self, state: State, now: datetime | None = None
    ) -> tuple[tuple[int, Option], ...]:
        """The options shown at `state`, each with its index in the flow.

        A button that would change nothing (a phone switch already on, "I can only write"
        once said), do exactly what a button above it does (under 18 when an entry link
        already said so) or record what cannot be (a Japanese national in trainee training)
        is left out. An `if_it_changes` button is shown, at `now`, only when
        it would change the first services or the right on the answer it leads to.
        """
        node = self.node(state)
        if isinstance(node, LanguageNode):
            return ()
        seen = {state}
        shown: list[tuple[int, Option]] = []
        for index, option in enumerate(node.options):
            after = apply(state, option)
            if after in seen or impossible(after.situations):
                continue
            if option.if_it_changes and (
                now is None or not self._changes_answer(state, after, now)
            ):
                continue
            seen.add(after)
            shown.append((index, option))
        return tuple(shown)

    def _changes_answer(self, before: State, after: State, now: datetime) -> bool:
        """Whether the answer at `after` shows other services first, leaves one out or adds
        one (in "more" too: a man is not sent to a women's centre), or another right."""
        node = self.node(after)
        if not isinstance(node, ReferralNode) or after.lang is None:
            return True
        return self._answer_key(before, node, now) != self._answer_key(after, node, now)

    def _answer_key(self, state: State, node: ReferralNode, now: datetime) -> AnswerKey:
        """What an answer shows. The directory remembers its last rankings, so the screen's
        own and the ones its buttons compare with are each worked out once."""
        lang = state.lang or REFERENCE
        referral = self.content.directory.match(
            lang, state.situations, now, ip_phone=state.ip_phone, first=FIRST, more=MORE
        )
        rights = self.first_rights(lang, state.situations)
        return (
            tuple(item.contact.id for item in referral.first),
            frozenset(item.contact.id for item in referral.items),
            tuple(r.id for r in rights[: node.max_rights]),
        )

    # --- screens ------------------------------------------------------------------------------

    def screen(
        self, state: State, now: datetime, *, hint: str | None = None, buttons: bool = True
    ) -> Screen:
        """What the person sees at `state`. `hint` orders the language picker (never kept).

        `buttons=False` gives the text alone, for `check`, which measures every screen in
        every language: a button shown only when it changes the answer costs an answer.

        Screens are remembered for the minute (hours are kept to the minute, so a screen made
        at 16:59:10 is the one for 16:59:50): a thousand people who tap at once cost one
        rendering per screen, not a thousand. At most `SCREENS_KEPT` are kept.
        """
        node = self.node(state)
        picker = isinstance(node, LanguageNode) or state.lang is None
        minute = now.replace(second=0, microsecond=0)
        key = (state, hint if picker else None, buttons, minute)
        known = self._screens.get(key)
        if known is None:
            if len(self._screens) >= SCREENS_KEPT:
                self._screens.clear()
            known = self._screens[key] = self._render(state, minute, hint, buttons)
        return known

    def _render(self, state: State, now: datetime, hint: str | None, buttons: bool) -> Screen:
        node = self.node(state)
        if isinstance(node, LanguageNode) or state.lang is None:
            return self._language_screen(state, hint)
        lang = state.lang
        texts = self.texts
        situations = state.situations
        args = render.args_for(Situation.SOMEONE_ELSE in situations, Situation.HURT in situations)
        intro = texts.text(lang, node.text, args)
        referral = None
        rights: tuple[Right, ...] = ()
        if isinstance(node, ReferralNode):
            directory = self.content.directory
            if node.part == "more":
                referral = directory.match(
                    lang, state.situations, now, ip_phone=state.ip_phone, first=FIRST, more=MORE
                )
                body = render.more_text(texts, lang, referral, intro)
            else:
                rights = self.first_rights(lang, state.situations)[: node.max_rights]
                # One phone screen: fewer services rather than more, in longer languages.
                room = min(self.limits.text, render.ANSWER_MAX)
                for first in range(FIRST, 0, -1):
                    referral = directory.match(
                        lang, state.situations, now, ip_phone=state.ip_phone, first=first
                    )
                    body = render.answer_text(texts, lang, referral, rights, intro, args)
                    if self.limits.measure(render.finished(texts, lang, body, referral)) <= room:
                        break
        elif isinstance(node, ChoiceNode):
            body = intro
        else:  # RightsNode
            rights = self.rights_for(lang, state.situations)
            body = render.rights_block(texts, lang, rights, node.text, args)
        shown = self.visible_options(state, now) if buttons else ()
        choices = tuple(
            Button(texts.text(lang, option.label, args), self.encode(state, str(i)))
            for i, option in shown
        )
        answer = referral if isinstance(node, ReferralNode) and node.part == "first" else None
        text = render.finished(texts, lang, body, answer)
        return Screen(state, lang, text, choices, referral, rights)

    def _language_screen(self, state: State, hint: str | None) -> Screen:
        available = [code for code in LANGUAGES if self.texts.has(code)]
        if hint in available:
            available.remove(hint)
            available.insert(0, hint)
        node = self.node(state)
        picker = node if isinstance(node, LanguageNode) else None
        at_picker = state if picker else self.start(flow=state.flow)
        message = (picker or self.node(at_picker)).text
        lines: list[str] = []
        for code in available:
            line = self.texts.text(code, message)
            if line not in lines:
                lines.append(line)
        buttons = tuple(Button(LANGUAGES[c], self.encode(at_picker, "@" + c)) for c in available)
        # The prompt and the leave button: the person's app language, else English, which
        # more people who do not read Japanese can read than any other single language.
        if hint in available:
            lang = hint
        else:
            lang = REFERENCE if REFERENCE in available else (available[0] if available else "en")
        # 110 and 119 from the very first screen, before any language is chosen.
        text = render.with_footer(self.texts, lang, "\n".join(lines))
        return Screen(at_picker, lang, text, buttons, short_choices=True)

    def _point_to_buttons(self, prefer: str | None) -> Screen:
        """For a channel that keeps no position: where the person is stays on the screen above,
        so one short line points there, with a small button to start over in their language."""
        lang = prefer if prefer is not None and self.texts.has(prefer) else REFERENCE
        start = self.start()
        again = Button(self.texts.text(lang, "start-over"), self.encode(start, "@" + lang))
        return Screen(start, lang, self.texts.text(lang, "use-buttons-above"), (again,))

    def answer(
        self, lang: str, situations: frozenset[Situation], now: datetime, *, ip_phone: bool
    ) -> Screen:
        """The answer screen the default flow shows this person now (for `refer`): the same
        services, order and rights as in the conversation, within this engine's limits."""
        flow = self.content.flows[self.default_flow]
        danger = danger_answers(flow)
        answers = [n for n in flow.nodes if isinstance(n, ReferralNode) and n.part == "first"]
        wanted = [n for n in answers if (n.id in danger) == (Situation.DANGER in situations)]
        node = (wanted or answers)[0]
        return self.screen(State(flow.id, node.id, lang, situations, ip_phone), now)

    def leads_somewhere(self, situation: Situation) -> bool:
        """Whether a button of the default flow records `situation` as its topic (so a start
        with it, from an entry link or the terminal chat, has a place to land)."""
        flow = self.content.flows[self.default_flow]
        return any(
            option.topic == situation
            for node in flow.nodes
            if not isinstance(node, LanguageNode)
            for option in node.options
        )

    def answer_part(self, state: State, part: str) -> State:
        """From a first answer, the screen its buttons open: "more" or "rights"."""
        node = self.node(state)
        for option in node.options if not isinstance(node, LanguageNode) else ():
            target = self._nodes[state.flow][option.next]
            if (part == "more" and isinstance(target, ReferralNode) and target.part == "more") or (
                part == "rights" and target.type == "rights"
            ):
                return replace(state, node=target.id)
        raise ValueError(f"no '{part}' screen under '{node.id}'")

    def max_rights(self, state: State) -> int:
        """How many rights the screen at `state` shows."""
        node = self.node(state)
        if isinstance(node, ReferralNode):
            return node.max_rights if node.part == "first" else 0
        return len(self.content.rights)

    def first_rights(self, lang: str, situations: frozenset[Situation]) -> tuple[Right, ...]:
        """The rights a first answer chooses from, the one most tied to the need first.

        In danger, the answer shows 110 on top with its note, which is the right that matters
        then (an interpreter on 110): another would only push the numbers apart, and the rest
        are one tap away.
        """
        if Situation.DANGER in situations:
            return ()
        return tied_first(self.rights_for(lang, situations), situations)

    def rights_for(self, lang: str, situations: frozenset[Situation]) -> tuple[Right, ...]:
        """Rights that apply: those always shown, then the most specific (fewest situations)."""
        applying = [
            r
            for r in self.content.rights
            if lang not in r.skip_for
            and situations.isdisjoint(r.not_for)
            and (r.always or situations.intersection(r.situations))
        ]
        return tuple(sorted(applying, key=lambda r: (not r.always, len(r.situations))))

    # --- what to count ------------------------------------------------------------------------

    def record_step(self, before: State, after: State, recorder: Recorder) -> None:
        """What a step is counted as, in every channel: a language chosen, and an answer
        screen reached with its situations (nothing about who, nothing about when)."""
        lang = after.lang or ""
        if before.lang is None and after.lang is not None:
            recorder.add("language", "", lang)
        node = self.node(after)
        if node.type in ("referral", "rights") and node.id != before.node:
            recorder.add("screen", node.id, lang)
            for situation in sorted(after.situations):
                recorder.add("situation", situation.value, lang)

    # --- typed text ---------------------------------------------------------------------------

    @cached_property
    def _emergency_words(self) -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
        return self._word_list("emergency-words")

    @cached_property
    def _self_harm_words(self) -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
        return self._word_list("self-harm-words")

    def _word_list(self, message_id: str) -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
        words: list[tuple[str, str, re.Pattern[str] | None]] = []
        for code in self.texts.catalogs:
            try:
                listed = self.texts.catalogs[code].render(message_id)
            except TextError:
                continue  # a locale without the list must not stop the others
            for raw in listed.split(","):
                word = normalise(raw)
                if not word:
                    continue
                spaced = all(ch.isascii() or _latin_or_cyrillic(ch) for ch in word)
                pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") if spaced else None
                words.append((code, word, pattern))
        return tuple(words)

    def emergency_language(self, text: str, prefer: str | None = None) -> str | None:
        """The locale of an emergency word in typed text ("help", "助けて", ...), if any.

        A word several languages share (警察 is Japanese and Chinese) is answered in `prefer`,
        the language of the person's app, when it is one of them.
        """
        return _found(self._emergency_words, normalise(text), prefer)

    def self_harm_language(self, text: str, prefer: str | None = None) -> str | None:
        """The locale of words about ending one's life or self-harm ("死にたい"), if any."""
        return _found(self._self_harm_words, normalise(text), prefer)

    def _urgent_answer(self, text: str, lang: str | None, prefer: str | None) -> str | None:
        """The kind answer to self-harm words, else the emergency answer, else None."""
        harm = self.self_harm_language(text, prefer=lang or prefer)
        if harm is not None:
            return render.self_harm_text(self.texts, lang or harm)
        word = self.emergency_language(text, prefer=lang or prefer)
        if word is not None:
            return render.emergency_text(self.texts, lang or word)
        return None

    def reply_to_text(
        self,
        state: State | None,
        text: str,
        now: datetime,
        *,
        prefer: str | None = None,
        hint: str | None = None,
    ) -> Typed:
        """The one policy for typed text, in every channel; the text itself is never kept.

        An emergency word gets 110/119 at once, in the language of the screen, else of the
        word (a word several languages share in `prefer`, the app's language); words about
        ending one's life get a kind answer with 119 and 110 first. Anything else
        keeps the person where they are with a line saying to use the buttons. `state` is the
        position when the channel knows it (the terminal chat); a channel that keeps nothing
        (Telegram) passes None: the emergency answer then comes alone, under the screens the
        person already has, and other text one line pointing to the buttons above, with a small
        "start over" (never the language picker: the person may be on an answer).
        """
        known = state is not None
        lang = state.lang if state is not None else None
        urgent = self._urgent_answer(text, lang, prefer)
        if urgent is not None and not known:
            # At once: nothing else is rendered before the numbers.
            return Typed(urgent, None, urgent=True)
        if not known:
            return Typed("", self._point_to_buttons(prefer), urgent=False)
        current = self.screen(state if state is not None else self.start(), now, hint=hint)
        if urgent is not None:
            return Typed(urgent, replace(current, text=urgent + "\n\n" + current.text), True)
        if known and lang is None:
            return Typed("", current, urgent=False)  # the picker speaks every language already
        line_lang = lang or (prefer if prefer is not None and self.texts.has(prefer) else REFERENCE)
        line = self.texts.text(line_lang, "use-buttons")
        return Typed(line, replace(current, text=line + "\n\n" + current.text), urgent=False)


@dataclass(frozen=True)
class Typed:
    """What typed text gets: a line, and the screen to show it on (None: the line alone)."""

    line: str
    screen: Screen | None
    #: An emergency word: send at once, and keep trying through an outage.
    urgent: bool


def apply(state: State, option: Option) -> State:
    """What pressing `option` records, and where it leads."""
    situations = set() if option.reset else set(state.situations)
    if option.topic is not None:
        # A second situation is added to the first, never put in its place: a trainee whose
        # passport was taken needs both answered. "Start over" forgets them.
        situations.add(option.topic)
    situations |= set(option.add)
    situations -= set(option.remove)
    ip_phone = False if option.reset else state.ip_phone
    if option.ip_phone is not None:
        ip_phone = option.ip_phone
    return replace(state, node=option.next, situations=frozenset(situations), ip_phone=ip_phone)


def _found(
    words: tuple[tuple[str, str, re.Pattern[str] | None], ...], typed: str, prefer: str | None
) -> str | None:
    found = [
        code
        for code, word, pattern in words
        if (pattern.search(typed) if pattern is not None else word in typed)
    ]
    if not found:
        return None
    return prefer if prefer in found else found[0]


def normalise(text: str) -> str:
    """Width, case and accents folded so that 'HELP', 'ｈｅｌｐ', 'help', 'giúp' and 'giup' match.

    Accents are dropped from Latin letters only (and đ read as d): the marks of Thai, Burmese,
    Khmer or Devanagari are part of their letters and stay.
    """
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", folded):
        if unicodedata.combining(ch) and out and _latin(out[-1]):
            continue
        out.append("d" if ch == "đ" else ch)
    return unicodedata.normalize("NFC", "".join(out))


def _latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def _latin_or_cyrillic(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "CYRILLIC")) or not ch.isalpha()


def danger_answers(flow: Flow) -> frozenset[str]:
    """Answer screens that a "yes, in danger" leads to: read from the flow, never named."""
    return frozenset(
        option.next
        for node in flow.nodes
        if not isinstance(node, LanguageNode)
        for option in node.options
        if Situation.DANGER in option.add
    )


def tied_first(rights: tuple[Right, ...], situations: frozenset[Situation]) -> tuple[Right, ...]:
    """Rights in the order the first answer shows them: the one most tied to the need first.

    One about who the person is (writing for someone else, under 18, in danger) first, since
    it changes what they can do; then one about what they said they need most (a safe place,
    their papers); then the most specific (fewest situations); the ones shown to everyone last.
    """
    who = situations & {Situation.SOMEONE_ELSE, Situation.UNDER_18, Situation.DANGER}
    needs = situations & NEEDS_MOST

    def order(right: Right) -> tuple[bool, bool, bool, int]:
        return (
            right.always,
            who.isdisjoint(right.situations),
            needs.isdisjoint(right.situations),
            len(right.situations),
        )

    return tuple(sorted(rights, key=order))
