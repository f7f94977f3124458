"""The terminal chat: the same flows and texts as Telegram, with buttons as numbers.

Nothing typed is kept or logged; typed words are only checked for emergency words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.core.engine import BadDataError, Engine, Screen
from bot.core.events import Recorder, Uncounted
from bot.core.situations import Situation

#: The texts the terminal chat shows besides the screens (see `bot/ops/texts.py`).
TEXTS = ("console-prompt",)

QUIT_WORDS = frozenset({"q", "quit", "exit"})


def show(screen: Screen, texts_prompt: str) -> str:
    """A screen as terminal text: the message, then numbered buttons."""
    lines = [screen.text, ""]
    lines.extend(f"  [{i}] {b.label}" for i, b in enumerate(screen.buttons, start=1))
    lines.append("")
    lines.append(texts_prompt)
    return "\n".join(lines)


def run_chat(
    engine: Engine,
    *,
    lang: str | None,
    topic: Situation | None,
    clock: Callable[[], datetime],
    known: frozenset[Situation] = frozenset(),
    read: Callable[[], str],
    write: Callable[[str], None],
    counts: Recorder | None = None,
) -> int:
    """Talk until the person quits or input ends; returns the exit code.

    `counts` records what the same steps would count on Telegram (only when an operator asks,
    to see what `stats` shows without a live bot); by default nothing is counted.
    """
    recorder = counts or Uncounted()
    recorder.add("start", "", lang or "")
    state = engine.start(lang=lang, topic=topic, known=known)
    screen = engine.screen(state, clock())
    while True:
        prompt = engine.texts.text(screen.lang, "console-prompt")
        write(show(screen, prompt))
        try:
            typed = read()
        except EOFError:
            write("")
            return 0
        answer = typed.strip()
        if answer.lower() in QUIT_WORDS:
            return 0
        if answer.isdigit() and 1 <= int(answer) <= len(screen.buttons):
            try:
                pressed = engine.decode(screen.buttons[int(answer) - 1].data)
                state = engine.follow(pressed)
                engine.record_step(pressed.state, state, recorder)
            except BadDataError:
                state = screen.state
            screen = engine.screen(state, clock())
        else:
            screen = engine.reply_to_text(screen.state, typed, clock()).screen or screen
        write("\n" + "─" * 40 + "\n")
