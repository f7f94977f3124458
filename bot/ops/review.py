"""`referral-bot review`: every text the product can show, for a translator, on one static page.

The list is the one `check` holds every language to (`bot/ops/texts.py`), so nothing is left
out. Each text is shown in English (the reference), in the language under review and, if asked,
in a second language beside it; a text that changes with who is writing (`$for_other`), with
being hurt (`$hurt`) or with a day is shown once per branch, labelled. Texts whose English or
translation changed since the last recorded review (`bot/ops/reviewed.py`) are marked. The
columns wrap to one under another on a phone, so no width needs sideways scrolling; the page
has no scripts and loads nothing, so it works offline and prints.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.core import render
from bot.core.content import Content
from bot.core.i18n import Args, Catalog, TextError
from bot.core.languages import LANGUAGES, REFERENCE
from bot.ops import reviewed
from bot.ops.texts import Declared, declared

CSS = """
* { box-sizing: border-box; }
body { font-family: system-ui, "Noto Sans", "Noto Sans CJK JP", sans-serif; margin: 0 auto;
       padding: 1rem; max-width: 80rem; color: #1b1b1b; background: #f4f6f8; line-height: 1.4; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #ccd; }
.note { color: #444; font-size: .9rem; }
nav ul { padding-left: 1.2rem; margin: .3rem 0; }
nav a { color: #1f4f8a; overflow-wrap: anywhere; }
article { background: #fff; border-radius: 8px; padding: .6rem .8rem; margin: 0 0 .8rem;
          box-shadow: 0 1px 2px rgba(0,0,0,.15); break-inside: avoid; page-break-inside: avoid; }
article.changed { border-left: 6px solid #b35c00; }
h3 { font-size: .95rem; margin: 0 0 .2rem; font-weight: normal; overflow-wrap: anywhere; }
h3 code { font-weight: bold; }
.mark { display: inline-block; font-size: .8rem; font-weight: bold; color: #7a3e00;
        background: #fff1e0; border: 1px solid #b35c00; border-radius: 4px; padding: 0 .35rem; }
.where { color: #555; font-size: .8rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
.variant + .variant { margin-top: .5rem; border-top: 1px dashed #ccd; padding-top: .4rem; }
.label { font-size: .8rem; font-weight: bold; color: #333; margin: 0 0 .25rem; }
.cols { display: grid; gap: .5rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); }
.cell { background: #f7f9fb; border-radius: 6px; padding: .35rem .5rem; min-width: 0; }
.cell.reference { background: #eef3f8; }
.lang { display: block; font-size: .75rem; color: #555; }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.missing { color: #8a1c1c; font-weight: bold; }
@media print { body { background: #fff; max-width: none; } nav { display: none; }
  article { box-shadow: none; border: 1px solid #bbb; }
  article.changed { border-left: 6px solid #000; } }
"""

#: How a branch is named for a translator; other keys show as `$variable: key`.
LABELS: Mapping[str, Mapping[str, str]] = {
    "for_other": {"yes": "writing for someone else", "no": "writing for oneself"},
    "hurt": {"yes": "hurt", "no": "not hurt"},
    "day": {
        "mon": "Monday",
        "tue": "Tuesday",
        "wed": "Wednesday",
        "thu": "Thursday",
        "fri": "Friday",
        "sat": "Saturday",
        "sun": "Sunday",
    },
}

#: The values the variables a text uses are shown with, when they are not a branch's.
SAMPLE: Args = render.SAMPLE_ARGS[0]


@dataclass(frozen=True)
class Review:
    """What the page needs to know: the texts, the languages, what changed since review."""

    texts: dict[str, Declared]
    lang: str
    beside: str | None
    changed: set[str] | None  # None: no review recorded yet for `lang`


class _Selectors(Visitor):
    """The variables a message branches on, each with its keys in order."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, list[str]] = {}

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:  # noqa: N802
        if isinstance(node.selector, ast.VariableReference):
            keys = self.keys.setdefault(node.selector.id.name, [])
            for variant in node.variants:
                key = variant.key
                name = key.name if isinstance(key, ast.Identifier) else str(key.value)
                if name not in keys:
                    keys.append(name)
        self.generic_visit(node)


def branches(fluent_sources: list[str]) -> list[dict[str, str]]:
    """Every combination of the branches the given sources of one message choose between
    (English and the translations may branch differently); one empty one when none do."""
    selectors = _Selectors()
    for source in fluent_sources:
        selectors.visit(FluentParser(with_spans=False).parse_entry(source))
    names = list(selectors.keys)
    return [
        dict(zip(names, combo, strict=True))
        for combo in itertools.product(*(selectors.keys[n] for n in names))
    ]


def label(branch: Mapping[str, str]) -> str:
    return ", ".join(LABELS.get(k, {}).get(v, f"${k}: {v}") for k, v in branch.items())


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _cell(catalog: Catalog | None, code: str, message_id: str, args: Args) -> str:
    name = f"{LANGUAGES.get(code, code)} ({code})"
    kind = " reference" if code == REFERENCE else ""
    if catalog is None or message_id not in catalog.messages:
        body = f'<p class="text missing">Missing in {_e(code)}</p>'
    else:
        try:
            body = f'<p class="text">{_e(catalog.render(message_id, args))}</p>'
        except TextError as exc:
            body = f'<p class="text missing">Cannot be shown: {_e(str(exc))}</p>'
    return f'<div class="cell{kind}" lang="{code}"><span class="lang">{_e(name)}</span>{body}</div>'


def _article(
    content: Content, review: Review, text: Declared, srcs: dict[str, dict[str, str]]
) -> str:
    codes = [REFERENCE, review.lang, *([review.beside] if review.beside else [])]
    catalogs = {code: content.texts.catalogs.get(code) for code in codes}
    found = [srcs[code][text.id] for code in codes if text.id in srcs[code]]
    changed = review.changed is not None and text.id in review.changed
    mark = ' <span class="mark">Changed since the last review</span>' if changed else ""
    english = catalogs[REFERENCE]
    message = english.messages.get(text.id) if english else None
    where = [f"{message.path.name}:{message.line}"] if message else []
    if len(text.places) > 1:
        where.append("also: " + "; ".join(text.places[1:]))
    options = branches(found)
    selected = set(options[0]) if options else set()
    samples = sorted(v for v in (message.variables if message else ()) if v not in selected)
    if samples:
        where.append(
            "shown with " + ", ".join(f"${v} = {SAMPLE[v]}" for v in samples if v in SAMPLE)
        )
    variants = []
    for branch in options:
        args = {**SAMPLE, **branch}
        heading = f'<p class="label">{_e(label(branch))}</p>' if branch else ""
        cells = "".join(_cell(catalogs[code], code, text.id, args) for code in codes)
        variants.append(f'<div class="variant">{heading}<div class="cols">{cells}</div></div>')
    classes = "text-entry changed" if changed else "text-entry"
    return (
        f'<article class="{classes}" id="t-{_e(text.id)}"><h3><code>{_e(text.id)}</code>{mark}</h3>'
        f'<p class="where">{_e(" · ".join(where))}</p>{"".join(variants)}</article>'
    )


def page(content: Content, lang: str, beside: str | None = None) -> str:
    """The review page for `lang` (with `beside` as a second language to compare)."""
    texts = declared(content)
    reference = content.texts.catalogs[REFERENCE]
    catalog = content.texts.catalogs[lang]
    review = Review(texts, lang, beside, reviewed.changed(reference, catalog, texts))
    codes = [REFERENCE, lang, *([beside] if beside else [])]
    srcs = {code: reviewed.sources(content.texts.catalogs[code]) for code in codes}
    sections: dict[str, list[Declared]] = {}
    for text in texts.values():
        sections.setdefault(text.places[0], []).append(text)
    name = LANGUAGES.get(lang, lang)
    compared = f", compared with {LANGUAGES.get(beside, beside)} ({beside})" if beside else ""
    if review.changed is None:
        status = (
            f"No review of {name} has been recorded yet, so no text is marked. After reviewing, "
            f"run <code>referral-bot review --lang {_e(lang)} --done</code>."
        )
    else:
        status = (
            f"{len(review.changed)} text(s) changed in English or in {_e(name)} since the last "
            'recorded review: they are marked <span class="mark">Changed since the last '
            f"review</span>. After reviewing, run <code>referral-bot review --lang {_e(lang)} "
            "--done</code>."
        )
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review: {_e(name)} ({_e(lang)})</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Every text, for review: {_e(name)} ({_e(lang)})</h1>",
        f'<p class="note">All {len(texts)} texts the bot, the web chat, LINE and the printed card '
        f"can show, in English (the reference) and {_e(name)}{_e(compared)}. A text that changes "
        "with who is writing, with being hurt or with the day is shown once for each. "
        f"{status} Generated by <code>referral-bot review</code>.</p>",
        "<nav><ul>",
    ]
    for index, (place, items) in enumerate(sections.items()):
        out.append(f'<li><a href="#s{index}">{_e(place)}</a> ({len(items)})</li>')
    out.append("</ul>")
    if review.changed:
        out.append('<p class="note">Changed since the last review:</p><ul>')
        for message_id in (m for m in texts if m in review.changed):
            out.append(f'<li><a href="#t-{_e(message_id)}">{_e(message_id)}</a></li>')
        out.append("</ul>")
    out.append("</nav>")
    for index, (place, items) in enumerate(sections.items()):
        out.append(f'<section id="s{index}"><h2>{_e(place)}</h2>')
        out.extend(_article(content, review, text, srcs) for text in items)
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write(content: Content, lang: str, beside: str | None, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (f"{lang}+{beside}.html" if beside else f"{lang}.html")
    path.write_text(page(content, lang, beside), encoding="utf-8")
    return path
