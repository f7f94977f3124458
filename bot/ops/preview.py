"""`referral-bot preview`: the whole bot on one static page, for reviewers and translators.

Every screen of every flow appears as a chat bubble with its buttons, in one language or all of
them side by side, followed by every contact with its hours, languages and source. The page has
no scripts and loads nothing from the network, so it works offline and prints well.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content
from bot.core.engine import Engine, Screen, State
from bot.core.languages import LANGUAGES
from bot.core.models import Contact, Hours, LanguageNode, ReferralNode
from bot.core.situations import TOPICS, Situation

CSS = """
body { font-family: system-ui, "Noto Sans", "Noto Sans CJK JP", sans-serif; margin: 1.5rem;
       color: #1b1b1b; background: #f4f6f8; }
h1 { font-size: 1.5rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #ccd; }
.grid { display: grid; gap: 1rem; align-items: start; }
.screen { break-inside: avoid; page-break-inside: avoid; margin-bottom: 1.5rem; }
.screen h3 { font-size: .9rem; color: #555; margin: .2rem 0; font-family: monospace; }
.bubble { background: #fff; border-radius: 12px; padding: .7rem .9rem; white-space: pre-wrap;
          box-shadow: 0 1px 2px rgba(0,0,0,.15); font-size: .9rem; line-height: 1.35; }
.lang { font-size: .75rem; color: #666; margin-bottom: .3rem; }
.buttons { margin-top: .4rem; display: flex; flex-direction: column; gap: .25rem; }
.button { background: #e7eef7; border-radius: 8px; padding: .35rem .6rem; text-align: center;
          font-size: .85rem; color: #1f4f8a; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .85rem; }
th, td { border: 1px solid #ccd; padding: .35rem .5rem; vertical-align: top; text-align: left; }
tr { break-inside: avoid; page-break-inside: avoid; }
.note { color: #555; font-size: .85rem; }
@media print { body { background: #fff; margin: 0; } .bubble { box-shadow: none;
  border: 1px solid #bbb; } h2 { break-before: page; } h2:first-of-type { break-before: auto; } }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _samples(engine: Engine, flow_id: str) -> list[tuple[str, State]]:
    """One state per screen; answer screens once per situation a person can choose."""
    samples: list[tuple[str, State]] = []
    nodes = engine.content.flows[flow_id].nodes
    # Answer screens that only a "yes, in danger" leads to: read from the flow, not named here.
    in_danger = {
        option.next
        for node in nodes
        if not isinstance(node, LanguageNode)
        for option in node.options
        if Situation.DANGER in option.add
    }
    for node in nodes:
        if isinstance(node, ReferralNode):
            topics = sorted(TOPICS) if node.id not in in_danger else [Situation.DANGER]
            for topic in topics:
                state = State(flow_id, node.id, "en", frozenset({topic}))
                samples.append((f"{node.id} · {topic.value}", state))
        else:
            samples.append((node.id, State(flow_id, node.id, "en", frozenset())))
    return samples


def _bubble(screen: Screen, lang: str) -> str:
    buttons = "".join(f'<div class="button">{_e(b.label)}</div>' for b in screen.buttons)
    return (
        f'<div><div class="lang">{_e(LANGUAGES.get(lang, lang))} ({lang})</div>'
        f'<div class="bubble">{_e(screen.text)}'
        f'<div class="buttons">{buttons}</div></div></div>'
    )


def _hours(contact: Contact) -> str:
    if not isinstance(contact.hours, Hours):
        return {"always": "always open", "unknown": "not given in the source"}[contact.hours]
    parts = []
    for key, value in contact.hours.model_dump(exclude_defaults=True).items():
        if key == "closed":
            spans = ", ".join(f"{c['start']}–{c['end']}" for c in value)
            parts.append(f"closed {spans}")
        elif isinstance(value, list | tuple):
            parts.append(f"{key} {', '.join(str(v) for v in value)}")
        else:
            parts.append(f"{key} {value}")
    if "holidays" not in contact.hours.model_dump(exclude_defaults=True):
        parts.append("holidays unknown")
    return "; ".join(parts)


def page(content: Content, langs: list[str], at: datetime) -> str:
    engine = Engine(content, limits=TELEGRAM)  # what people see on Telegram
    columns = f"repeat({len(langs)}, minmax(16rem, 1fr))"
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Referral bot: every screen</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Referral bot: every screen and every contact</h1>",
        f'<p class="note">As a person would see them on {_e(at.strftime("%Y-%m-%d %H:%M"))} '
        "Japan time (opening hours depend on it). Languages: "
        f"{_e(', '.join(langs))}. Generated by <code>referral-bot preview</code>.</p>",
    ]
    for flow_id in content.flows:
        out.append(f"<h2>Flow: {_e(flow_id)}</h2>")
        picker = engine.screen(engine.start(flow=flow_id), at)
        out.append('<section class="screen"><h3>language picker</h3>')
        out.append(f'<div class="grid" style="grid-template-columns: 1fr">{_bubble(picker, "en")}')
        out.append("</div></section>")
        for title, sample in _samples(engine, flow_id):
            if engine.node(sample).type == "language":
                continue
            out.append(f'<section class="screen"><h3>{_e(title)}</h3>')
            out.append(f'<div class="grid" style="grid-template-columns: {columns}">')
            for lang in langs:
                state = State(sample.flow, sample.node, lang, sample.situations)
                out.append(_bubble(engine.screen(state, at), lang))
            out.append("</div></section>")
    out.append("<h2>Contacts</h2>")
    out.append(
        "<table><thead><tr><th>id</th><th>name</th><th>phones</th><th>web</th>"
        "<th>hours (Japan time)</th><th>languages</th><th>situations</th><th>source</th>"
        "</tr></thead><tbody>"
    )
    for contact in content.directory.contacts:
        names = "<br>".join(_e(content.texts.text(lang, contact.message_id)) for lang in langs)
        if contact.name_ja:
            names += f"<br>{_e(contact.name_ja)}"
        phones = "<br>".join(_e(str(p)) for p in contact.phones)
        alternates = "<br>".join(
            _e(f"{a.number} (for {', '.join(a.for_)})") for a in contact.alt_phones
        )
        if alternates:
            phones += f"<br><span class='note'>{alternates}</span>"
        urls = "<br>".join(_e(str(u)) for u in contact.urls)
        spoken = ", ".join(LANGUAGES.get(str(c), str(c)) for c in contact.languages)
        if contact.other_languages:
            spoken += " (and others)"
        situations = ", ".join(sorted(s.value for s in contact.situations))
        out.append(
            f"<tr><td><code>{_e(contact.id)}</code></td><td>{names}</td><td>{phones}</td>"
            f"<td>{urls}</td><td>{_e(_hours(contact))}</td><td>{_e(spoken)}</td>"
            f"<td>{_e(situations)}</td><td class='note'>{_e(contact.source)}</td></tr>"
        )
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"


def write(content: Content, langs: list[str], at: datetime, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "index.html"
    path.write_text(page(content, langs, at), encoding="utf-8")
    return path
