"""LINE's limits (Messaging API reference: message objects, actions, Flex Messages), as the
core and `check` take them, and those the channel itself holds its messages to."""

from __future__ import annotations

from bot.core.limits import Limits, utf16_units

#: A text message: up to 5,000 characters (counted here as UTF-16 units, the stricter way).
TEXT = 5000
#: A postback action's data: up to 300 characters.
POSTBACK_DATA = 300
#: An action's label: up to 20 characters.
LABEL = 20
#: Quick-reply buttons under one message: at most 13.
QUICK_REPLY_ITEMS = 13
#: A Flex Message's alternative text (notifications, the chat list): up to 1,500 characters.
ALT_TEXT = 1500
#: One Flex bubble's JSON: at most 30 KB.
BUBBLE_BYTES = 30_000
#: Messages in one reply: at most 5.
REPLY_MESSAGES = 5

LINE = Limits("LINE", text=TEXT, measure=utf16_units, button_data=POSTBACK_DATA)
