"""A screen as one small HTML page that works without JavaScript.

Every button is a form that POSTs the engine's position (the same data as a Telegram button),
so the server keeps nothing per person and the position never appears in a URL. 110 and 119
are `tel:` links at the top of every page, with the quick exit beside them; numbers and web
addresses in the text are links. The page names no service or situation in its title.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re

from bot.core.engine import Screen
from bot.core.languages import LANGUAGES

#: What the tab and the history show: nothing about what the page is for.
TITLE = "Info"
#: Scripts written right to left (none of the fifteen today; kept so a new one is not missed).
RTL = frozenset({"ar", "fa", "he", "ur"})

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK JP",
"Noto Sans Myanmar","Noto Sans Khmer","Noto Sans Devanagari","Noto Sans Thai",sans-serif;
color:#111;background:#fff}
header{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px;background:#f3f3f3;
border-bottom:1px solid #ccc}
header a{display:inline-block;min-height:44px;min-width:44px;padding:9px 14px;border-radius:6px;
font-weight:700;text-decoration:none}
.call{background:#b00020;color:#fff}
.exit{margin-left:auto;background:#111;color:#fff}
main{max-width:40em;margin:0 auto;padding:12px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
form{margin:8px 0}
button{width:100%;min-height:44px;padding:10px 14px;font:inherit;text-align:start;
border:2px solid #1a4d8f;border-radius:6px;background:#fff;color:#1a4d8f}
button:focus,a:focus{outline:3px solid #ffbf47;outline-offset:2px}
.choices{display:grid;grid-template-columns:repeat(auto-fill,minmax(9em,1fr));gap:8px}
.choices form{margin:0}
""".strip()

#: The Content-Security-Policy allows this one inline style and nothing else.
STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()

_LINKS = re.compile(r"(https?://[^\s]+)|(#\d{4}|\b0\d{1,4}-\d{1,6}(?:-\d{3,4})?\b|\b11[09]\b)")


def linked(text: str) -> str:
    """The text, escaped, with web addresses and phone numbers as links (tap to call)."""
    out: list[str] = []
    last = 0
    for match in _LINKS.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        found = match.group(0)
        if match.group(1):
            out.append(f'<a href="{html.escape(found)}" rel="noreferrer">{html.escape(found)}</a>')
        else:
            dial = found.replace("-", "").replace("#", "%23")
            out.append(f'<a href="tel:{dial}">{html.escape(found)}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def render(screen: Screen, *, leave: str, action: str = "/") -> str:
    """The page for `screen`, with `leave` as the quick exit's label (in the screen's language).
    The screen's own text ends with 110 and 119 too, or starts with them in danger."""
    lang = screen.lang if screen.lang in LANGUAGES else "en"
    direction = "rtl" if lang in RTL else "ltr"
    forms = "".join(
        f'<form method="post" action="{action}">'
        f'<input type="hidden" name="p" value="{html.escape(b.data)}">'
        f"<button>{html.escape(b.label)}</button></form>"
        for b in screen.buttons
    )
    choices = f'<div class="choices">{forms}</div>' if screen.short_choices else forms
    return (
        "<!doctype html>"
        f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="robots" content="noindex,nofollow">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{TITLE}</title><style>{STYLE}</style></head><body>"
        f'<header><a class="call" href="tel:110">☎ 110</a>'
        f'<a class="call" href="tel:119">☎ 119</a>'
        f'<a class="exit" href="/exit" rel="noreferrer">{html.escape(leave)}</a></header>'
        f'<main><p class="text">{linked(screen.text)}</p>{choices}</main></body></html>'
    )
