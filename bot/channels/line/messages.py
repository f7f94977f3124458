"""A screen as LINE messages: its text as a text message (LINE makes the numbers in it
tap-to-call), then its buttons as one Flex bubble, with 110 and 119 as `tel:` buttons at the
bottom of every bubble.

The buttons are boxes holding wrapped text, so a label of any length is shown whole (an
action's own label, which LINE caps at 20 characters, is only read out by screen readers). A
tap posts the position back without writing anything into the chat (no `displayText`): what
the person chose never appears as a message of theirs on the phone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.channels.line.limits import (
    ALT_TEXT,
    BUBBLE_BYTES,
    LABEL,
    POSTBACK_DATA,
    QUICK_REPLY_ITEMS,
    REPLY_MESSAGES,
    TEXT,
)
from bot.core.engine import Button, Screen
from bot.core.limits import utf16_units

Message = dict[str, Any]

#: Postback data of the leave button: "x|" and the language of the closing steps.
LEAVE = "x|"
#: What a notification or the chat list shows for the buttons: nothing about the chat.
ALT = "⬇"
_CHOICE = "#F1F4F9"
_CHOICE_TEXT = "#0B3D91"
_LEAVE = "#3B3B3B"
_EMERGENCY = "#B00020"


def short_label(label: str) -> str:
    """An action's label within LINE's 20 characters (read out by screen readers)."""
    return label if len(label) <= LABEL else label[: LABEL - 1] + "…"


def _box(label: str, data: str, *, background: str, color: str) -> dict[str, Any]:
    """A tappable box that shows its label whole and posts `data` back."""
    return {
        "type": "box",
        "layout": "vertical",
        "backgroundColor": background,
        "cornerRadius": "md",
        "paddingAll": "md",
        "flex": 1,
        "action": {"type": "postback", "label": short_label(label), "data": data},
        "contents": [
            {"type": "text", "text": label, "wrap": True, "weight": "bold", "color": color}
        ],
    }


def _choice(button: Button) -> dict[str, Any]:
    return _box(button.label, button.data, background=_CHOICE, color=_CHOICE_TEXT)


def _leave(label: str, lang: str) -> dict[str, Any]:
    return _box(label, LEAVE + lang, background=_LEAVE, color="#FFFFFF")


def _call(number: str) -> dict[str, Any]:
    return {
        "type": "button",
        "style": "primary",
        "color": _EMERGENCY,
        "height": "sm",
        "action": {"type": "uri", "label": f"📞 {number}", "uri": f"tel:{number}"},
    }


def _emergency_row() -> dict[str, Any]:
    return {
        "type": "box",
        "layout": "horizontal",
        "spacing": "sm",
        "contents": [_call("110"), _call("119")],
    }


def bubble(buttons: Sequence[Button], *, pairs: bool, leave: str | None, lang: str) -> Message:
    """The buttons as one bubble: one to a row, or two (the language picker's short choices);
    then the leave button; 110 and 119 at the bottom."""
    rows: list[dict[str, Any]] = []
    if pairs:
        for i in range(0, len(buttons), 2):
            row = [_choice(b) for b in buttons[i : i + 2]]
            if len(row) == 1:
                row.append({"type": "filler"})
            rows.append({"type": "box", "layout": "horizontal", "spacing": "sm", "contents": row})
    else:
        rows = [_choice(b) for b in buttons]
    if leave is not None:
        rows.append(_leave(leave, lang))
    body: dict[str, Any] = {
        "type": "box",
        "layout": "vertical",
        "spacing": "sm",
        "contents": rows or [_emergency_row()],
    }
    contents: Message = {"type": "bubble", "size": "giga", "body": body}
    if rows:
        contents["footer"] = {
            "type": "box",
            "layout": "vertical",
            "contents": [_emergency_row()],
        }
    return {"type": "flex", "altText": ALT, "contents": contents}


def screen_messages(screen: Screen, leave: str | None) -> list[Message]:
    """A screen: its text, then its buttons (with the leave button when `leave` is given)."""
    pairs = screen.short_choices and len(screen.buttons) > 4
    return [
        {"type": "text", "text": screen.text},
        bubble(screen.buttons, pairs=pairs, leave=leave, lang=screen.lang),
    ]


def text_messages(text: str) -> list[Message]:
    """A line alone (the emergency answer, the closing steps), with 110 and 119 under it."""
    return [{"type": "text", "text": text}, bubble((), pairs=False, leave=None, lang="")]


def problems(messages: Sequence[Message]) -> list[str]:
    """Where `messages` break LINE's limits (an empty list when they fit)."""
    found = []
    if len(messages) > REPLY_MESSAGES:
        found.append(f"{len(messages)} messages in one reply (max {REPLY_MESSAGES})")
    for message in messages:
        if message["type"] == "text" and utf16_units(message["text"]) > TEXT:
            found.append(f"a text of {utf16_units(message['text'])} characters (max {TEXT})")
        if message["type"] == "flex":
            size = len(json.dumps(message["contents"], ensure_ascii=False).encode())
            if size > BUBBLE_BYTES:
                found.append(f"a bubble of {size} bytes (max {BUBBLE_BYTES})")
            if len(message["altText"]) > ALT_TEXT:
                found.append(f"an alternative text over {ALT_TEXT} characters")
        items = message.get("quickReply", {}).get("items", [])
        if len(items) > QUICK_REPLY_ITEMS:
            found.append(f"{len(items)} quick-reply buttons (max {QUICK_REPLY_ITEMS})")
        for action in _actions(message):
            if len(action.get("label", "")) > LABEL:
                found.append(f"the label {action['label']!r} is over {LABEL} characters")
            if len(action.get("data", "")) > POSTBACK_DATA:
                found.append(f"postback data over {POSTBACK_DATA} characters")
    return found


def _actions(node: Any) -> list[dict[str, Any]]:
    """Every action object in a message, however deep."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        action = node.get("action")
        if isinstance(action, dict):
            found.append(action)
        for value in node.values():
            found += _actions(value)
    elif isinstance(node, list):
        for value in node:
            found += _actions(value)
    return found
