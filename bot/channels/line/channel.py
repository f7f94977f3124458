"""The LINE channel: webhook events in, replies out, nothing kept per person.

Every message the bot sends is a reply, with the reply token of the event that asked for it:
nothing is ever pushed. The position travels in each button's postback data, as in Telegram's
buttons, so a restart loses nothing. LINE's user id is never read: not for the language, not
for a log line, not for a count.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from bot.channels.line.limits import LINE
from bot.channels.line.messages import LEAVE, Message, screen_messages, text_messages
from bot.core.emergency import emergency_answer
from bot.core.engine import BadDataError, Engine, Screen
from bot.core.events import Recorder, Uncounted
from bot.core.hours import TOKYO
from bot.core.languages import REFERENCE
from bot.core.links import parse_payload
from bot.core.notices import Throttled

log = logging.getLogger(__name__)
#: Replies LINE did not take (the kind of failure only): at most one line a minute.
undelivered = Throttled(log, "replies LINE did not take")
#: Events that could not be handled (the kind of failure only).
failed = Throttled(log, "LINE events that could not be handled (content not logged)")

#: A typed message that starts the conversation, as an entry link's pre-filled message does:
#: "start", or "start vi-labor" with the same payload as Telegram's `/start vi-labor`.
START_WORD = "start"
#: Typed words that leave, as the leave button does.
LEAVE_WORDS = frozenset({"exit", "/exit", "leave"})


class ReplyError(Exception):
    """LINE refused or failed a reply; `retry` when trying again may help."""

    def __init__(self, status: int, *, retry: bool) -> None:
        super().__init__(f"LINE answered {status}")
        self.status = status
        self.retry = retry


class Replier(Protocol):
    """Sends one reply (at most five messages) with a reply token."""

    async def __call__(self, token: str, messages: list[Message]) -> None: ...


@dataclass(frozen=True)
class Patience:
    """How long a reply is retried through a failing API. A reply token lasts about a
    minute: the emergency numbers are retried for most of it, an ordinary screen briefly."""

    urgent: float = 45.0
    ordinary: float = 8.0
    first_pause: float = 0.5
    longest_pause: float = 8.0


PATIENCE = Patience()


class LineChannel:
    """Handles LINE's webhook events with one engine (swapped whole on reload); with no
    engine (broken files, no kept copy) every event that can be answered gets 110 and 119."""

    limits = LINE

    def __init__(
        self,
        engine: Engine | None,
        reply: Replier,
        *,
        clock: Callable[[], datetime] | None = None,
        counts: Recorder | None = None,
        patience: Patience = PATIENCE,
        friend_link: str | None = None,
    ) -> None:
        self.engine = engine
        self.reply = reply
        self.clock = clock or (lambda: datetime.now(TOKYO))
        self.counts: Recorder = counts or Uncounted()
        self.patience = patience
        #: The add-friend link, for the one line a group gets.
        self.friend_link = friend_link
        self._tasks: set[asyncio.Task[None]] = set()

    # --- events ----------------------------------------------------------------------------

    def take(self, events: list[Any]) -> None:
        """Handle each event in the background: LINE is answered at once, the replies follow."""
        for event in events:
            if isinstance(event, dict):
                task = asyncio.ensure_future(self._guarded(event))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float = 10.0) -> None:
        """Let the replies in flight finish (at shutdown)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def _guarded(self, event: dict[str, Any]) -> None:
        try:
            await self.handle(event)
        except Exception:  # the event and the error's text could hold what a person wrote
            failed()
            # Never silent: 110 and 119, if the event's token was not used yet.
            token = event.get("replyToken")
            if isinstance(token, str) and token:
                with contextlib.suppress(Exception):
                    await self.reply(token, text_messages(emergency_answer(None)))

    async def handle(self, event: dict[str, Any]) -> None:
        token = event.get("replyToken")
        if not isinstance(token, str) or not token:
            return  # unfollow, and other events that cannot be answered
        source = event.get("source")
        kind = source.get("type") if isinstance(source, dict) else None
        if kind != "user":
            await self._in_a_group(token, event)
            return
        if self.engine is None:
            await self._send(token, text_messages(emergency_answer(None)), urgent=True)
            return
        match event.get("type"):
            case "follow":
                await self._start(token, "")
            case "postback":
                postback = event.get("postback")
                data = postback.get("data") if isinstance(postback, dict) else None
                await self._pressed(token, data if isinstance(data, str) else "")
            case "message":
                message = event.get("message")
                text = ""
                if isinstance(message, dict) and message.get("type") == "text":
                    text = str(message.get("text") or "")
                await self._typed(token, text)

    async def _start(self, token: str, payload: str) -> None:
        engine = self._engine
        entry = parse_payload([payload] if payload else [], engine.content.sources)
        self.counts.add("start", entry.source, entry.lang or "")
        state = engine.start(lang=entry.lang, topic=entry.topic, under_18=entry.under_18)
        await self._show(token, engine.screen(state, self.clock()))

    async def _pressed(self, token: str, data: str) -> None:
        engine = self._engine
        if data.startswith(LEAVE):
            lang = data[len(LEAVE) :]
            genuine = engine.texts.has(lang)
            await self._leave(token, lang if genuine else REFERENCE, counted=genuine)
            return
        now = self.clock()
        try:
            pressed = engine.decode(data)
            state = engine.follow(pressed)
        except BadDataError:
            screen = engine.screen(engine.start(), now)
            notice = engine.texts.text(REFERENCE, "old-button")
            await self._show(token, replace(screen, text=notice + "\n\n" + screen.text))
            return
        await self._show(token, engine.screen(state, now))
        engine.record_step(pressed.state, state, self.counts)

    async def _typed(self, token: str, text: str) -> None:
        """Typed words: the start words and leave words, else the core's one policy (an
        emergency word gets 110 and 119 at once). Never kept, never logged."""
        engine = self._engine
        words = text.strip().split()
        if words and words[0].lower() in (START_WORD, "/start") and len(words) <= 2:
            await self._start(token, words[1] if len(words) == 2 else "")
            return
        if text.strip().lower() in LEAVE_WORDS:
            await self._leave(token, REFERENCE, counted=True)
            return
        typed = engine.reply_to_text(None, text, self.clock())
        if typed.screen is None:
            await self._send(token, text_messages(typed.line), urgent=typed.urgent)
        else:
            await self._show(token, typed.screen)

    async def _leave(self, token: str, lang: str, *, counted: bool) -> None:
        """A bot cannot delete a LINE chat: one neutral line, and how to delete it."""
        if counted:
            self.counts.add("exit", "", lang)
        texts = self._engine.texts
        text = texts.text(lang, "exit-done") + "\n\n" + texts.text(lang, "line-exit-steps")
        await self._send(token, [{"type": "text", "text": text}], urgent=True)

    async def _in_a_group(self, token: str, event: dict[str, Any]) -> None:
        """In a group the flow never runs: one line pointing to a private chat, when a
        member writes or the bot is added."""
        if event.get("type") not in ("join", "message") or self.friend_link is None:
            return
        if self.engine is None:
            return
        text = self.engine.texts.text(REFERENCE, "private-only", {"link": self.friend_link})
        await self._send(token, [{"type": "text", "text": text}])

    # --- sending ---------------------------------------------------------------------------

    @property
    def _engine(self) -> Engine:
        if self.engine is None:
            raise RuntimeError("no flows loaded")
        return self.engine

    async def _show(self, token: str, screen: Screen) -> None:
        leave = self._engine.texts.text(screen.lang, "line-leave-button")
        await self._send(token, screen_messages(screen, leave))

    async def _send(self, token: str, messages: list[Message], *, urgent: bool = False) -> None:
        """One reply, retried while LINE fails in a way that may pass (429, 5xx, no answer)."""
        patience = self.patience
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (patience.urgent if urgent else patience.ordinary)
        delay = patience.first_pause
        while True:
            try:
                await self.reply(token, messages)
                return
            except ReplyError as exc:
                if not exc.retry or loop.time() + delay > deadline:
                    undelivered()
                    return
            except (TimeoutError, OSError):
                if loop.time() + delay > deadline:
                    undelivered()
                    return
            await asyncio.sleep(delay)
            delay = min(delay * 2, patience.longest_pause)
