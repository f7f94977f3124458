"""The Telegram channel: the engine's screens on python-telegram-bot, keeping nothing per person.

The position travels in each button's data and is validated on every press, so the bot holds no
conversation state and a restart loses nothing. One message is edited in place as the person taps.
Typed text is only checked for emergency words. The Telegram account's language is used to order
the language picker and to pick the language of a reply to typed text, and is never kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

# Durations from python-telegram-bot as timedeltas (its coming default), without a warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.channels.telegram.limits import TELEGRAM
from bot.channels.telegram.polling import poll
from bot.channels.telegram.texts import COMMANDS
from bot.channels.telegram.transport import AnswerTimedOutError, QuietRequest
from bot.core import render
from bot.core.emergency import emergency_answer
from bot.core.engine import BadDataError, Engine, Screen
from bot.core.events import Recorder, Uncounted
from bot.core.hours import TOKYO
from bot.core.languages import LANGUAGES, REFERENCE
from bot.core.links import parse_payload

log = logging.getLogger(__name__)

#: Only the updates the bot uses are requested from Telegram. Edits are among them: a person
#: who corrects a message to "help" must get the emergency answer too.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
#: Button data of the quick-exit button: "x" and the language of the closing note.
_EXIT = re.compile(r"^x\|([a-z]{2})$")
#: How far back a quick exit deletes (message ids in a private chat are sequential).
EXIT_SPAN = 300
#: deleteMessages takes at most 100 ids per call.
EXIT_BATCH = 100
#: The longest wait for one Bot API answer: well above Telegram's usual answer time, so a slow
#: answer is waited for rather than sent again.
REQUEST_TIMEOUT = 20.0
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
#: Forwarding stays allowed on every screen, so a number can be passed on; the reasons, screen
#: by screen, are in flows/main.yaml.
PROTECT_CONTENT = False

T = TypeVar("T")
#: Keyboards remembered (see `Channel.keyboard`); then the memory starts again.
KEYBOARDS_KEPT = 4096


@dataclass(frozen=True)
class Patience:
    """How long the bot keeps trying to reach a person through a Bot API that fails.

    An answer is retried through an outage: the emergency numbers (and the quick exit's
    deletions) for `urgent` seconds, over a minute; an ordinary screen for `ordinary` seconds,
    after which the person can simply tap again. The pause between tries doubles from
    `first_pause` up to `longest_pause`; a 429 is waited out as long as Telegram says, for
    any message, up to `urgent` seconds. A tap's
    screen waits at most `answer` seconds for the tap to be acknowledged (the spinner).
    """

    urgent: float = 90.0
    ordinary: float = 8.0
    first_pause: float = 0.5
    longest_pause: float = 8.0
    answer: float = 2.0


#: The bot's patience. (Tests give a channel a shorter one, to see it give up in seconds.)
PATIENCE = Patience()


class StatelessApplication(Application):  # type: ignore[type-arg]
    """An Application that holds no ids between updates.

    python-telegram-bot records the chat and user id of every update in two sets meant for
    persistence, and without persistence nothing ever empties them: they would keep every
    person's id in memory for as long as the bot runs, and grow with the number of people.
    This bot has no persistence, so nothing is recorded.
    """

    def _mark_for_persistence_update(self, *, update: object = None, job: object = None) -> None:
        return


class Channel:
    """Handlers bound to one engine (swapped whole when the operator files change).

    With no engine at all (the operator files are broken and no good copy was kept), the
    channel is in emergency mode: every message and every tap gets 110 and 119, nothing else.
    """

    #: What the engine must fit its screens to on Telegram.
    limits = TELEGRAM

    def __init__(
        self,
        engine: Engine | None,
        clock: Callable[[], datetime] | None = None,
        counts: Recorder | None = None,
        patience: Patience = PATIENCE,
    ) -> None:
        self._engine = engine
        self.clock = clock or (lambda: datetime.now(TOKYO))
        self.counts: Recorder = counts or Uncounted()
        self.patience = patience
        self._bot: Bot | None = None  # set by build_application
        self._keyboards: dict[tuple[object, ...], InlineKeyboardMarkup] = {}

    @property
    def engine(self) -> Engine:
        if self._engine is None:  # the emergency guard answers before any handler gets here
            raise RuntimeError("no flows loaded")
        return self._engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self._engine = engine
        self._keyboards.clear()  # new texts: the leave button's may have changed

    @property
    def bot(self) -> Bot:
        """The Application's bot, typed, so that mypy sees every Bot API call."""
        if self._bot is None:
            raise RuntimeError("the channel is not part of an Application yet")
        return self._bot

    @bot.setter
    def bot(self, bot: Bot) -> None:
        self._bot = bot

    @property
    def emergency_only(self) -> bool:
        return self._engine is None

    # --- building the application ---------------------------------------------------------

    def install(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        private = filters.ChatType.PRIVATE
        app.add_handler(TypeHandler(Update, self.emergency_guard), group=-1)
        app.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, self.group))
        app.add_handler(CommandHandler("start", self.start, filters=private))
        app.add_handler(CommandHandler("help", self.help, filters=private))
        app.add_handler(CommandHandler("language", self.language, filters=private))
        app.add_handler(CommandHandler("exit", self.exit_command, filters=private))
        app.add_handler(CallbackQueryHandler(self.button))
        # Commands above only match new messages; everything else, edits included, comes here.
        app.add_handler(MessageHandler(private, self.other))
        app.add_error_handler(self.error)

    # --- helpers ----------------------------------------------------------------------------

    def _lang_for(self, update: Update) -> str:
        """The account's language if the bot speaks it, else English (never stored)."""
        code = self._hint(update)
        return code if code is not None and self.engine.texts.has(code) else REFERENCE

    def _hint(self, update: Update) -> str | None:
        """The account's language if it is one of the fifteen (orders the picker only)."""
        user = update.effective_user
        code = (user.language_code or "")[:2].lower() if user else ""
        return code if code in LANGUAGES else None

    def keyboard(self, screen: Screen) -> InlineKeyboardMarkup:
        """The screen's buttons, laid out, and the leave button; built once per set of
        buttons (the same screen's keyboard is the same object: python-telegram-bot's are
        immutable), at most `KEYBOARDS_KEPT` kept."""
        key = (screen.buttons, screen.lang, screen.short_choices)
        known = self._keyboards.get(key)
        if known is None:
            if len(self._keyboards) >= KEYBOARDS_KEPT:
                self._keyboards.clear()
            known = self._keyboards[key] = self._keyboard(screen)
        return known

    def _keyboard(self, screen: Screen) -> InlineKeyboardMarkup:
        keys = [InlineKeyboardButton(b.label, callback_data=b.data) for b in screen.buttons]
        step = columns(screen)
        rows = [keys[i : i + step] for i in range(0, len(keys), step)]
        leave = self.engine.texts.text(screen.lang, "leave-button")
        rows.append([InlineKeyboardButton(leave, callback_data=f"x|{screen.lang}")])
        return InlineKeyboardMarkup(rows)

    async def say(
        self,
        chat_id: int,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        urgent: bool = False,
    ) -> Message:
        """Every message the bot sends goes through here: no previews, forwarding allowed.

        A send that timed out waiting for the answer is not sent again (it most likely
        arrived); an `urgent` one is retried through an outage for over a minute.
        """
        return await retrying(
            partial(
                self.bot.send_message,
                chat_id,
                text,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                protect_content=PROTECT_CONTENT,
            ),
            urgent=urgent,
            resend=False,
            patience=self.patience,
        )

    async def send(self, chat_id: int, screen: Screen) -> None:
        await self.say(chat_id, screen.text, self.keyboard(screen))

    async def show(self, query: CallbackQuery, screen: Screen) -> None:
        """Edit the tapped message in place; send a new one if it is gone."""
        try:
            await retrying(
                lambda: query.edit_message_text(
                    screen.text, reply_markup=self.keyboard(screen), link_preview_options=NO_PREVIEW
                ),
                patience=self.patience,
            )
        except BadRequest as exc:
            reason = str(exc).lower()
            if "not modified" in reason:
                return
            if query.message is not None:
                await self.send(query.message.chat.id, screen)

    async def acknowledge(self, query: CallbackQuery) -> None:
        """Stop the spinner on the tapped button: best effort, within `patience.answer` seconds."""
        wait = self.patience.answer
        with contextlib.suppress(TelegramError):
            await query.answer(
                read_timeout=wait, write_timeout=wait, connect_timeout=wait, pool_timeout=wait
            )

    # --- handlers ---------------------------------------------------------------------------

    async def emergency_guard(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """In emergency mode, answer anything a person sends or taps with 110 and 119 alone."""
        if not self.emergency_only or not isinstance(update, Update):
            return
        query = update.callback_query
        if query is not None:
            await self.acknowledge(query)
        chat = update.effective_chat
        if chat is not None and chat.type == "private":
            await self.say(chat.id, emergency_answer(self._hint(update)), urgent=True)
        raise ApplicationHandlerStop

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        entry = parse_payload(context.args or [], self.engine.content.sources)
        self.counts.add("start", entry.source, entry.lang or "")
        state = self.engine.start(lang=entry.lang, topic=entry.topic, under_18=entry.under_18)
        await self.send(
            message.chat_id, self.engine.screen(state, self.clock(), hint=self._hint(update))
        )

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        lang = self._lang_for(update)
        texts = self.engine.texts
        text = render.emergency_text(texts, lang) + "\n\n" + texts.text(lang, "help-text")
        await self.say(message.chat_id, text, urgent=True)

    async def language(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        screen = self.engine.screen(self.engine.start(), self.clock(), hint=self._hint(update))
        await self.send(message.chat_id, screen)

    async def exit_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        await self.quick_exit(message.chat_id, self._lang_for(update))

    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        # Answered first (the spinner stops), best effort and briefly: a tap too old to
        # answer, or an answer slow to come back, never drops the screen or holds it up long.
        # (Answering beside the screen instead lowered the benchmark's throughput: twice the
        # requests in flight at once.)
        await self.acknowledge(query)
        await self._tapped(update, query)

    async def _tapped(self, update: Update, query: CallbackQuery) -> None:
        message = query.message
        if message is None:
            return
        if message.chat.type != "private":
            return
        data = query.data or ""
        leave = _EXIT.match(data)
        if leave:
            genuine = self.engine.texts.has(leave.group(1))
            lang = leave.group(1) if genuine else REFERENCE
            await self.quick_exit(message.chat.id, lang, counted=genuine)
            return
        now = self.clock()
        try:
            pressed = self.engine.decode(data)
            state = self.engine.follow(pressed)
        except BadDataError:
            lang = self._lang_for(update)
            start = self.engine.start()
            screen = self.engine.screen(start, now, hint=self._hint(update))
            notice = self.engine.texts.text(lang, "old-button")
            screen = replace(screen, text=notice + "\n\n" + screen.text)
            await self.show(query, screen)
            return
        await self.show(query, self.engine.screen(state, now, hint=self._hint(update)))
        self.engine.record_step(pressed.state, state, self.counts)

    async def other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Typed text, stickers, photos, unknown commands...: never kept, answered kindly.

        The core's one policy for typed text (`Engine.reply_to_text`), told that this channel
        keeps no position: an emergency word gets 110 and 119 alone, at once; anything else
        the start with a line saying to use the buttons (the screens above keep working too).
        """
        message = update.effective_message
        if message is None:
            return
        typed = self.engine.reply_to_text(
            None,
            message.text or message.caption or "",
            self.clock(),
            prefer=self._lang_for(update),
            hint=self._hint(update),
        )
        if typed.screen is None:
            await self.say(message.chat_id, typed.line, urgent=typed.urgent)
        else:
            await self.send(message.chat_id, typed.screen)

    async def group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """In a group the flow never runs: one line pointing to a private chat."""
        message = update.effective_message
        if message is None:
            return
        username = message.get_bot().username
        link = f"https://t.me/{username}"
        text = self.engine.texts.text(self._lang_for(update), "private-only", {"link": link})
        await self.say(message.chat_id, text)

    async def quick_exit(self, chat_id: int, lang: str, *, counted: bool = True) -> None:
        """Leave one neutral line and a note, then delete everything before it on both sides.

        Message ids in a private chat are sequential, so the closing note's id tells which ones
        came before without anything being stored; ids that are gone or older than Telegram
        allows (48 hours) are skipped by Telegram.
        """
        if counted:
            self.counts.add("exit", "", lang)
        texts = self.engine.texts
        text = texts.text(lang, "exit-done") + "\n\n" + texts.text(lang, "exit-note")
        note = await self.say(chat_id, text, urgent=True)
        last_id = note.message_id - 1
        ids = list(range(last_id, max(0, last_id - EXIT_SPAN), -1))
        for start in range(0, len(ids), EXIT_BATCH):
            batch = ids[start : start + EXIT_BATCH]
            try:
                await retrying(
                    partial(self.bot.delete_messages, chat_id, batch),
                    urgent=True,
                    patience=self.patience,
                )
            except BadRequest:
                continue  # none of these could be deleted (too old, or already gone)

    async def error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the kind of failure only: never the update, which holds ids and text."""
        error = context.error
        if isinstance(error, Forbidden):
            return  # the person blocked the bot: nothing to do
        log.warning("update failed: %s", type(error).__name__ if error else "unknown")


def columns(screen: Screen) -> int:
    """Buttons per row: short choices (the language picker) two to a row once there are more
    than four, so that fifteen languages fit a phone's screen; any other button a row of its
    own, where a long label has the width to be read whole."""
    return 2 if screen.short_choices and len(screen.buttons) > 4 else 1


async def retrying(
    call: Callable[[], Awaitable[T]],
    *,
    urgent: bool = False,
    resend: bool = True,
    patience: Patience = PATIENCE,
) -> T:
    """One Bot API call, retried for `patience.urgent` or `patience.ordinary` seconds: 429 waits
    as told, outages back off.

    With `resend=False` (sending a message), a call that timed out waiting for Telegram's answer
    is not made again: the request reached Telegram, so the message most likely arrived, and a
    second one would show the person the same screen twice.
    """
    loop = asyncio.get_running_loop()
    began = loop.time()
    deadline = began + (patience.urgent if urgent else patience.ordinary)
    delay = patience.first_pause
    while True:
        try:
            return await call()
        except RetryAfter as exc:
            # Telegram holds back a bot that sends too much at once (a burst of people): each
            # of them is still answered, as soon as Telegram allows, within the urgent window.
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            if loop.time() + seconds > began + patience.urgent:
                raise
            await asyncio.sleep(seconds)
        except NetworkError as exc:  # 5xx, timeouts, connection errors, garbled answers
            if isinstance(exc, BadRequest) or (not resend and maybe_delivered(exc)):
                raise
            if loop.time() + delay > deadline:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, patience.longest_pause)


def maybe_delivered(exc: Exception) -> bool:
    """True when the request was sent in full and only the answer was not waited for."""
    return isinstance(exc, AnswerTimedOutError)


def build_application(
    token: str,
    base_url: str,
    engine: Engine | None,
    clock: Callable[[], datetime] | None = None,
    *,
    counts: Recorder | None = None,
    request_timeout: float = REQUEST_TIMEOUT,
    patience: Patience = PATIENCE,
) -> tuple[Application[Any, Any, Any, Any, Any, Any], Channel]:
    """The real Application, pointed at `base_url` (Telegram, or a test server).

    `request_timeout` bounds each call other than the long poll; `patience`, how long answers
    are retried. Polling is the bot's own
    (`telegram_polling.poll`), so the Application has no Updater; both HTTP clients are the
    quiet kind that never logs an unreadable answer. With `engine` None the bot answers
    every message with 110 and 119 only (emergency mode).
    """
    channel = Channel(engine, clock, counts, patience)
    builder = (
        ApplicationBuilder()
        .application_class(StatelessApplication)
        .token(token)
        .base_url(base_url)
        .base_file_url(base_url.replace("/bot", "/file/bot"))
        .updater(None)
    )
    app = tuned(builder, request_timeout).build()
    channel.bot = app.bot
    channel.install(app)
    return app, channel


#: Updates handled at once. Each one in flight holds at most one connection to the Bot API, so
#: the pool matches it and no update waits for a connection another update could free.
CONCURRENT_UPDATES = 256
#: Connections to the Bot API for sending (getUpdates has a pool of its own).
POOL = 256


def tuned(builder: Any, request_timeout: float = REQUEST_TIMEOUT) -> Any:
    """How the bot talks to the Bot API: its HTTP clients (the quiet kind that never logs an
    unreadable answer) and how many updates it handles at once. The benchmark's bare bot
    (`bench/floor_bot.py`) is built with this too, so that the two compare like with like."""

    def client(pool: int) -> QuietRequest:
        return QuietRequest(
            pool=pool,
            connect_timeout=request_timeout,
            read_timeout=request_timeout,
        )

    return (
        builder.request(client(POOL))
        .get_updates_request(client(1))
        .concurrent_updates(CONCURRENT_UPDATES)
    )


async def present(app: Application[Any, Any, Any, Any, Any, Any], channel: Channel) -> None:
    """Commands and descriptions in every language, so an empty chat greets in the person's."""
    if channel.emergency_only:
        return  # what Telegram shows from the last good start stays
    texts = channel.engine.texts
    for code in texts.languages:
        commands = [BotCommand(name, texts.text(code, f"cmd-{name}")) for name in COMMANDS]
        language = None if code == REFERENCE else code
        description = texts.text(code, "bot-description")
        short = texts.text(code, "bot-short-description")
        patience = channel.patience
        await retrying(
            partial(app.bot.set_my_commands, commands, language_code=language), patience=patience
        )
        await retrying(
            partial(app.bot.set_my_description, description, language_code=language),
            patience=patience,
        )
        await retrying(
            partial(app.bot.set_my_short_description, short, language_code=language),
            patience=patience,
        )


@asynccontextmanager
async def polling(
    app: Application[Any, Any, Any, Any, Any, Any], channel: Channel, *, timeout: int = 10
) -> AsyncIterator[asyncio.Task[None]]:
    """Run the bot by long polling for the duration of the block (used by `run` and tests).

    Yields the polling task: it ends only with an error (Telegram refused the token), which
    the caller should treat as the end of service.
    """
    async with app:
        # A webhook left from webhook mode would make every getUpdates fail with 409.
        await retrying(
            lambda: app.bot.delete_webhook(drop_pending_updates=False), patience=channel.patience
        )
        await app.start()
        poller = asyncio.create_task(
            poll(app, timeout=timeout, allowed_updates=ALLOWED_UPDATES), name="polling"
        )
        try:
            async with describing(app, channel):
                yield poller
        finally:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await poller
            await app.stop()


@asynccontextmanager
async def describing(
    app: Application[Any, Any, Any, Any, Any, Any], channel: Channel
) -> AsyncIterator[None]:
    """Set the commands and descriptions in every language beside the conversations.

    A Bot API that refuses or throttles them (45 calls) must not delay or stop the answers,
    110 and 119 first: they are set in the background, and a failure is one log line.
    """

    async def describe() -> None:
        try:
            await present(app, channel)
        except Exception as exc:
            log.warning("could not set the commands and descriptions (%s)", type(exc).__name__)

    task = asyncio.create_task(describe())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
