"""Wallet cards measured in a real browser: what clips, how large the type is, how many pages.

One Chromium run lays out any number of cards and reports, for each panel, whether its
content is taller or wider than the panel, and the smallest and largest type on the card
(`measure`). `pdf_pages` counts the pages Chromium printed; `contact_sheet` draws the cards of
every language on one PNG for a person to look at (and for zbarimg to read the QR codes).

    python -m testkit.cards OUT.png     # the contact sheet of all fifteen languages
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.core.content import Content, load_content
from bot.core.languages import LANGUAGES
from bot.core.links import line_link, link, payload, web_link
from bot.ops import browser
from bot.ops.card import PAPERS, card, page
from testkit import FLOWS, LOCALES
from testkit.browser import chromium, screenshot

#: The links the tests give each kind of card.
BOT, WEB, LINE_ID = "help_info_jp_bot", "https://help.example.org", "@123abcde"


def entry_link(kind: str, lang: str) -> str:
    text = payload(lang, None, None, under_18=False)
    if kind == "web":
        return web_link(WEB, text)
    if kind == "line":
        return line_link(LINE_ID, text)
    return link(BOT, text)


#: Runs in the page after layout: every panel's overflow, and the type sizes on each card.
MEASURE = """
<script>
const out = [];
for (const c of document.querySelectorAll('.card')) {
  const panels = [...c.querySelectorAll('.panel')].map(p => ({
    over: Math.max(p.scrollHeight - p.clientHeight, p.scrollWidth - p.clientWidth)}));
  const sizes = [];
  let big = 0;
  for (const e of c.querySelectorAll('*')) {
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const px = parseFloat(getComputedStyle(e).fontSize);
    if (e.classList.contains('big')) big = Math.max(big, px); else sizes.push(px);
  }
  out.push({key: c.dataset.key, height: c.getBoundingClientRect().height, panels,
            smallest: Math.min(...sizes), largest_other: Math.max(...sizes), big});
}
const pre = document.createElement('pre');
pre.id = 'measured';
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>
"""


def measure(cards: dict[str, str], paper: str, work: Path) -> list[dict[str, Any]]:
    """Lay out `cards` (key -> a card's HTML) on `paper` in Chromium; one record per card."""
    body = "".join(
        html.replace('class="card"', f'data-key="{key}" class="card"', 1)
        for key, html in cards.items()
    )
    source = work / f"measure-{paper}.html"
    source.write_text(page(PAPERS[paper], body + MEASURE), encoding="utf-8")
    program = chromium()
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            browser.command(program, profile, "--dump-dom", source.resolve().as_uri()),
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert found, result.stderr[-2000:]
    records: list[dict[str, Any]] = json.loads(found.group(1).replace("&amp;", "&"))
    return records


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF Chromium printed: its page objects (`/Type /Page`, not `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def contact_sheet(content: Content, png: Path, kind: str = "telegram") -> Path:
    """Every language's card on one page, three across, drawn to `png`; returns the HTML."""
    cells = "".join(
        f'<div class="cell">{card(content, lang, entry_link(kind, lang), None, opens=kind)}</div>'
        for lang in LANGUAGES
    )
    grid = (
        "<style>body { padding: 4mm; } .sheet { display: grid; gap: 4mm; "
        "grid-template-columns: repeat(3, 170mm); } .card { border-bottom: 0.3mm dashed #777; }"
        "</style>"
    )
    source = png.with_suffix(".html")
    source.write_text(page(PAPERS["a4"], grid + f'<div class="sheet">{cells}</div>'), "utf-8")
    # 3 x 170 mm and 5 x 58 mm at 96 pixels an inch, with the padding.
    screenshot(source, png, width=1985, height=1130, scale=2)
    return source


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "cards-contact-sheet.png")
    loaded, problems = load_content(FLOWS, LOCALES)
    if loaded is None:
        sys.exit(f"the operator files have problems: {problems[0]}")
    contact_sheet(loaded, out)
    print(f"wrote {out}")
