"""The web chat in a real Chromium (Debian's, driven over the DevTools protocol): journeys
clicked through at phone size in four languages and scripts, with screenshots to look at;
every kind of page checked with axe-core and for target size; and quick exit, after which the
browser holds nothing of the chat (no cookie, no storage, no cache entry, no way Back).

Each test starts one browser (and its own server), and drives it in a thread
(`asyncio.to_thread`) while the server answers in the test's event loop."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.channels.web.limits import WEB
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.languages import LANGUAGES
from testkit import NOW
from testkit.devtools import Page, open_page
from testkit.webserver import web_server

pytestmark = pytest.mark.long

#: axe-core, installed into the virtual environment by scripts/test (npm, a pinned version).
AXE = Path(sys.prefix) / "axe" / "node_modules" / "axe-core" / "axe.min.js"
#: WCAG 2.0, 2.1 and 2.2, levels A and AA: what axe-core checks here.
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
#: A small phone, in CSS pixels.
PHONE = (360, 740)
#: Where a page could keep data in the browser; each holds nothing of the chat after leaving.
STORES = ("localStorage", "sessionStorage", "IndexedDB", "CacheStorage")

#: What only a script in the page can measure: every button, link and field is at least 44 x 44
#: CSS pixels (WCAG 2.2's 2.5.5, level AAA, which the issue asks for), except links inside a
#: sentence (the criterion's "inline" exception); and `<html>` says its language and direction.
TARGETS = """(() => {
  const small = [];
  for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden])')) {
    if (!e.getClientRects().length) { continue; }
    if (e.tagName === 'A' && getComputedStyle(e).display === 'inline' && e.closest('p')) {
      continue;
    }
    const box = e.getBoundingClientRect();
    if (box.width < 44 || box.height < 44) {
      const name = (e.innerText || e.getAttribute('name') || '').trim().slice(0, 40);
      const size = `${Math.round(box.width)} x ${Math.round(box.height)}`;
      small.push(`${e.tagName.toLowerCase()} "${name}": ${size}`);
    }
  }
  const root = document.documentElement;
  return {small: small, lang: root.getAttribute('lang'), dir: root.getAttribute('dir'),
          wide: root.scrollWidth - root.clientWidth};
})()"""

#: axe's findings, one line each: the rule, its impact and the elements that break it.
AXE_RUN = f"""axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(WCAG)}}}}})
  .then((r) => r.violations.map((v) => `${{v.id}} (${{v.impact}}): ${{v.help}}; at ` +
    v.nodes.map((n) => n.target.join(' ')).join(', ')))"""


@functools.cache
def axe_source() -> str:
    """axe-core's source. Called in the test, so that where it is missing the test fails
    (never skips, nor errs in a fixture) and says how to install it."""
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing ({AXE}): run scripts/test to install axe-core")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go: $TEST_ARTIFACTS/web, else the session's temporary folder
    (never the checkout); one folder for all the workers of `pytest -n`."""
    chosen = os.environ.get("TEST_ARTIFACTS")
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # each worker's is a folder in the session's
    root = Path(chosen) if chosen else base / "artifacts"
    folder = root / "web"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def check_page(page: Page, axe: str | None, kind: str, problems: list[str]) -> None:
    """axe-core's WCAG 2.2 AA rules (unless `axe` is None), target sizes, `lang` and `dir`, and
    no sideways scrolling on the page shown now; what fails is added to `problems`, named by
    `kind`."""
    if axe is not None:
        if not page.evaluate("typeof axe === 'object'"):
            page.evaluate(axe)
        found = page.evaluate(AXE_RUN, awaiting=True)
        problems += [f"{kind}: axe: {violation}" for violation in found]
    measured = page.evaluate(TARGETS)
    problems += [f"{kind}: smaller than 44 x 44: {small}" for small in measured["small"]]
    if not measured["lang"] or measured["dir"] not in ("ltr", "rtl"):
        problems.append(f"{kind}: <html lang={measured['lang']!r} dir={measured['dir']!r}>")
    if measured["wide"] > 0:
        problems.append(f"{kind}: {measured['wide']} px wider than the screen")


def assert_no_problems(problems: list[str]) -> None:
    assert not problems, "\n".join(["pages that fail a check:", *problems])


def links(page: Page, where: str) -> list[str]:
    """Where the links in `where` (a CSS selector) lead, in order."""
    return list(page.evaluate(f"[...document.querySelectorAll('{where} a')].map((a) => a.href)"))


@pytest.mark.parametrize("lang", ["en", "ja", "vi", "my"])
async def test_a_journey_to_the_first_answer_clicked_in_a_phone_browser(
    content: Content,
    artifacts: Path,
    lang: str,
    record_property: Callable[[str, object], None],
) -> None:
    """From the language picker to the first answer by clicking the buttons a person sees at
    360 x 740, the answer passing axe-core (and in English every page before it); the answer,
    shown with its services and 110 and 119 at the top, is saved as a screenshot to look at.
    English goes on to every other kind of page: more places, more about rights, the page
    about leaving, typed words (an ordinary one and an emergency word), and the page served
    when no files pass the check."""
    axe = axe_source()
    questions = axe if lang == "en" else None
    texts = content.texts

    def say(message: str) -> str:
        return texts.text(lang, message)

    png = artifacts / f"first-answer-{lang}.png"
    async with web_server(Engine(content, limits=WEB), NOW) as url, web_server(None, NOW) as bare:

        def in_the_browser() -> tuple[list[str], str, list[str], list[str]]:
            problems: list[str] = []
            with open_page() as page:
                page.viewport(*PHONE)
                page.goto(url + "/")
                if lang == "en":
                    check_page(page, axe, "the language picker", problems)
                page.click(LANGUAGES[lang])
                for kind, button in [
                    ("who", "who-me"),
                    ("danger", "danger-no"),
                    ("what", "what-labor"),
                    ("need", "need-advice"),
                ]:
                    # The questions are the same page in every language but their words:
                    # axe reads them in English (0.2 s a page), the rest is measured in all.
                    check_page(page, questions, f"the question {kind}", problems)
                    page.click(say(button))
                check_page(page, axe, "the first answer", problems)
                answer = page.text()
                top = links(page, "header")
                services = links(page, "main")
                page.screenshot(png)
                if lang == "en":
                    walk_every_other_page(page, axe, bare, say, problems)
            return problems, answer, top, services

        problems, answer, top, services = await asyncio.to_thread(in_the_browser)
    record_property("screenshot", str(png))
    print(f"screenshot of the first answer in {lang}: {png}")
    assert top[:2] == ["tel:110", "tel:119"]
    assert say("referral-intro") in answer
    assert say("more-options") in answer
    # Each service with its number to call or its website (in Burmese, for work, the three
    # that fit best have no line that speaks it: two websites and an office with interpreters).
    assert set(services) - {"tel:110", "tel:119"}, f"no service to call or visit in {answer}"
    assert_no_problems(problems)


def walk_every_other_page(
    page: Page, axe: str, bare: str, say: Callable[[str], str], problems: list[str]
) -> None:
    """From the first answer (in English) through the pages a journey to it does not pass."""
    page.click(say("more-options"))
    assert say("more-intro") in page.text()
    check_page(page, axe, "more places", problems)
    page.click(say("more-rights"))
    assert say("rights-intro") in page.text()
    check_page(page, axe, "more about rights", problems)
    page.click(say("web-exit-about-link"))
    assert say("web-back") in page.text()
    check_page(page, axe, "the page about leaving", problems)
    page.click(say("web-back"))
    assert say("rights-intro") in page.text()
    page.type_into("#t", "hello")
    page.click(say("web-send"))
    assert say("use-buttons") in page.text()
    check_page(page, axe, "the reply to an ordinary typed word", problems)
    page.type_into("#t", say("emergency-words").split(",")[0])
    page.click(say("web-send"))
    assert say("emergency-answer").splitlines()[0] in page.text()
    check_page(page, axe, "the reply to an emergency word", problems)
    page.goto(bare + "/")
    assert links(page, "header")[:2] == ["tel:110", "tel:119"]
    check_page(page, axe, "the page when no files can be served", problems)


@pytest.mark.parametrize("how", ["the leave button", "Shift three times", "no JavaScript"])
async def test_after_quick_exit_the_browser_holds_nothing_of_the_chat(
    content: Content, tmp_path: Path, how: str
) -> None:
    """Two screens into the chat, then quick exit: the leave button (with JavaScript), Shift
    pressed three times, or the leave link followed with JavaScript off. Then Back does not
    show the chat, and the browser has no cookie, no storage and, once closed, no cache entry
    of it. Only the browser's history keeps the address, as the page about leaving says."""
    texts = content.texts
    profile = tmp_path / "profile"
    profile.mkdir()
    shown = [
        texts.text("en", "who-question"),
        texts.text("en", "danger-question", {"for_other": "no"}),
        texts.text("en", "what-question", {"for_other": "no"}),
        texts.text("en", "web-exit-hint"),
        texts.text("en", "leave-button"),
    ]
    async with web_server(Engine(content, limits=WEB), NOW, exit_path="/gone") as url:

        def in_the_browser() -> dict[str, Any]:
            seen: dict[str, Any] = {}
            with open_page(profile=profile) as page:
                if how == "no JavaScript":
                    page.call("Emulation.setScriptExecutionDisabled", value=True)
                page.goto(url + "/?start=en")
                page.click(texts.text("en", "who-me"))
                page.click(texts.text("en", "danger-no"))
                assert shown[2] in page.text()
                seen["before"] = page.evaluate("history.length")
                if how == "Shift three times":
                    for _ in range(3):
                        page.press("Shift", "ShiftLeft", 16)
                else:
                    page.click(texts.text("en", "leave-button"))
                page.wait_for("location.pathname === '/gone'")
                seen["after"] = page.evaluate("history.length")
                seen["cookies"] = page.browser_call("Storage.getCookies")["cookies"]
                seen["usage"] = page.call("Storage.getUsageAndQuota", origin=url)["usage"]
                seen["stored"] = page.evaluate(
                    "Promise.all([localStorage.length, sessionStorage.length,"
                    " indexedDB.databases().then((d) => d.length),"
                    " caches.keys().then((k) => k.length)])",
                    awaiting=True,
                )  # in the order of STORES
                # The Back button, through the browser (with or without the page's scripts): a
                # history.back() run in the page can tear it down before the answer is sent.
                history = page.call("Page.getNavigationHistory")
                assert history["currentIndex"] > 0, "nothing to go back to"
                previous = history["entries"][history["currentIndex"] - 1]
                page.call("Page.navigateToHistoryEntry", entryId=previous["id"])
                page.wait_for("location.pathname !== '/gone'")
                page.wait_for("document.readyState === 'complete'")
                seen["back"] = page.evaluate("location.href")
                seen["back text"] = page.text()
            return seen

        seen = await asyncio.to_thread(in_the_browser)
    if how != "no JavaScript":
        # The chat's page was replaced, not left behind in the history.
        assert seen["after"] == seen["before"], f"{seen['before']} entries became {seen['after']}"
    # Back reaches the screen before the last, which was a form sent with no-store: the browser
    # offers to send it again (an error page), never the chat. (Back further reaches the
    # first screen, opened by its address, and the server serves it again: the history keeps
    # the address, as the page about leaving says.)
    back = f"Back showed {seen['back']}: {seen['back text'][:300]!r}"
    assert not seen["back"].startswith(url), back
    assert not [text for text in shown if text in seen["back text"]], back
    assert seen["cookies"] == [], seen["cookies"]
    assert seen["usage"] == 0, f"the origin uses {seen['usage']} bytes of storage"
    stored = dict(zip(STORES, seen["stored"], strict=True))
    assert not any(stored.values()), f"stored for the chat's origin: {stored}"
    assert_nothing_cached(profile, url.removeprefix("http://"))


def assert_nothing_cached(profile: Path, origin: str) -> None:
    """No file in the closed browser's caches or site storage holds the chat's address."""
    mark = origin.encode()
    holding = sorted(
        str(path.relative_to(profile))
        for path in profile.rglob("*")
        if path.is_file() and mark in path.read_bytes()
    )
    # The browser did write out what it keeps (else finding nothing would prove nothing).
    assert "Default/History" in holding, holding
    kept = {"cache", "local storage", "indexeddb", "service worker", "file system", "blob"}
    cached = [
        path
        for path in holding
        if any(word in part.lower() for part in Path(path).parts for word in kept)
    ]
    assert not cached, f"the chat's address {origin} is in {cached}"


async def test_readable_at_320_pixels_without_sideways_scrolling(content: Content) -> None:
    engine = Engine(content, limits=WEB)
    async with web_server(engine, NOW) as url:

        def in_the_browser() -> list[tuple[str, int, int]]:
            widths = []
            with open_page() as page:
                page.viewport(320, 640, mobile=True)
                for start in ("tl-sexual_exploitation", "en-labor", "my-online"):
                    page.goto(f"{url}/?start={start}")
                    widths.append(
                        (
                            start,
                            page.evaluate("document.documentElement.scrollWidth"),
                            page.evaluate("document.documentElement.clientWidth"),
                        )
                    )
            return widths

        widths = await asyncio.to_thread(in_the_browser)
    for start, scroll, client in widths:
        assert scroll <= client, f"{start}: {scroll} px wide at {client} px"
