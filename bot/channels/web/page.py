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
from dataclasses import dataclass

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
.hint{color:#444;font-size:15px;margin-top:24px}
.say{margin-top:20px}
.say label{display:block;margin-bottom:4px}
.say input[name=t]{width:100%;min-height:44px;font:inherit;padding:8px;border:2px solid #555;
border-radius:6px;margin-bottom:8px}
button.link{border:0;padding:0;min-height:44px;text-decoration:underline;color:#1a4d8f}
""".strip()

#: The quick exit, where JavaScript runs (the page works without it): the leave link replaces
#: this page in the history, so Back does not return; Shift pressed three times within five
#: seconds does the same; and a page the browser brings back from its back-forward cache
#: leaves at once instead of showing itself again.
SCRIPT = """
(function(){var away="/exit",n=0,first=0;
function leave(e){if(e){e.preventDefault();}document.body.hidden=true;location.replace(away);}
var a=document.getElementById("exit");if(a){a.addEventListener("click",leave);}
document.addEventListener("keyup",function(e){if(e.key!=="Shift"){return;}var t=Date.now();
if(n===0||t-first>5000){n=0;first=t;}n+=1;if(n>=3){n=0;leave();}});
window.addEventListener("pageshow",function(e){if(e.persisted){leave();}});})();
""".strip()


def _digest(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()


#: The Content-Security-Policy allows this one inline style and this one script, nothing else.
STYLE_HASH = _digest(STYLE)
SCRIPT_HASH = _digest(SCRIPT)

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


def render(screen: Screen, *, leave: str, extra: Extra | None = None, action: str = "/") -> str:
    """The page for `screen`, with `leave` as the quick exit's label (in the screen's language).
    The screen's own text ends with 110 and 119 too, or starts with them in danger."""
    forms = "".join(_form(action, b.data, b.label) for b in screen.buttons)
    choices = f'<div class="choices">{forms}</div>' if screen.short_choices else forms
    after = ""
    if extra is not None:
        here = html.escape(extra.here)
        after = (
            # Typed words are sent, answered and forgotten; the browser is asked not to keep
            # them either (no autocomplete history, no spellcheck service).
            f'<form method="post" action="/say" class="say">'
            f'<input type="hidden" name="p" value="{here}">'
            f'<label for="t">{html.escape(extra.type_label)}</label>'
            f'<input id="t" name="t" maxlength="200" autocomplete="off" spellcheck="false">'
            f"<button>{html.escape(extra.send)}</button></form>"
            f'<p class="hint">{html.escape(extra.hint)}</p>'
            + _form("/leaving", extra.here, extra.about, link=True)
        )
    body = f'<p class="text">{linked(screen.text)}</p>{choices}{after}'
    return document(screen.lang, leave, body)


@dataclass(frozen=True)
class Extra:
    """What the web adds under a screen: the Shift hint and the way to the page about leaving,
    which carries `here` (the position) so that its Back returns to the same screen."""

    hint: str
    about: str
    here: str
    type_label: str
    send: str


def document(lang: str, leave: str, body: str) -> str:
    """A whole page: 110, 119 and the quick exit on top, then `body` (already HTML)."""
    lang = lang if lang in LANGUAGES else "en"
    direction = "rtl" if lang in RTL else "ltr"
    return (
        "<!doctype html>"
        f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="robots" content="noindex,nofollow">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{TITLE}</title><style>{STYLE}</style></head><body>"
        f'<header><a class="call" href="tel:110">☎ 110</a>'
        f'<a class="call" href="tel:119">☎ 119</a>'
        f'<a class="exit" id="exit" href="/exit" rel="noreferrer">{html.escape(leave)}</a>'
        f"</header><main>{body}</main><script>{SCRIPT}</script></body></html>"
    )


def _form(action: str, data: str, label: str, *, link: bool = False) -> str:
    kind = ' class="link"' if link else ""
    return (
        f'<form method="post" action="{action}">'
        f'<input type="hidden" name="p" value="{html.escape(data)}">'
        f"<button{kind}>{html.escape(label)}</button></form>"
    )
