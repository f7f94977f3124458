"""`referral-bot review`: every text for a translator on one offline page, and the record of a
review that marks what changed since."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.content import Content
from bot.ops.reviewed import RECORD
from bot.ops.texts import declared
from testkit.command import invoke
from testkit.devtools import open_page
from testkit.files import copy_files, edit, file_options

MARK = '<span class="mark">Changed since the last review</span>'


def _articles(page: str) -> dict[str, str]:
    """Each text's block on the page, by its id."""
    return dict(re.findall(r'<article class="[^"]*" id="t-([^"]+)">(.*?)</article>', page, re.S))


def _changed(page: str) -> set[str]:
    return {m for m, block in _articles(page).items() if MARK in block}


def test_the_page_has_every_declared_text_with_every_branch(
    content: Content, tmp_path: Path
) -> None:
    result = invoke("review", "--lang", "vi", "--beside", "ja", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "vi+ja.html").read_text(encoding="utf-8")
    articles = _articles(page)
    assert list(articles) == list(declared(content))
    # Texts the old preview left out: the quick exit, /help, the leave buttons, the card, LINE.
    for message_id in ("web-exit-about", "help-text", "leave-button", "card-danger"):
        assert message_id in articles
    assert "open LINE&#x27;s Chats tab" in articles["line-exit-steps"]
    # Each branch, labelled, in English, Vietnamese and Japanese.
    danger = articles["danger-intro"]
    for label in ("hurt, writing for someone else", "not hurt, writing for oneself"):
        assert f'<p class="label">{label}</p>' in danger
    assert danger.count('<div class="variant">') == 4
    assert danger.count('lang="ja"') == 4
    under_18 = articles["right-under-18"]
    assert "If the person is under 18" in under_18 and "If you are under 18" in under_18
    assert "Monday" in articles["opens-weekday"] and "Sunday" in articles["opens-weekday"]
    assert "$time = 17:15" in articles["when-open-until"]
    assert _changed(page) == set()  # no review recorded yet
    assert "No review of Tiếng Việt has been recorded yet" in page
    # Nothing run, nothing fetched: it works offline and prints.
    assert "<script" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)


def test_changes_are_marked_until_the_review_is_recorded(tmp_path: Path) -> None:
    tree = copy_files(tmp_path, languages=["vi"])
    vi = tree / "locales" / "vi"
    out = str(tmp_path / "out")
    done = invoke("review", *file_options(tree, "--lang", "vi", "--done"))
    assert done.returncode == 0, done.stderr
    assert f"in {vi / RECORD}" in done.stdout
    assert all(p.read_text("utf-8").startswith("# review: reviewed\n") for p in vi.glob("*.ftl"))
    assert "who-question " in (vi / RECORD).read_text(encoding="utf-8")

    def changed() -> set[str]:
        result = invoke("review", *file_options(tree, "--lang", "vi", "--out", out))
        assert result.returncode == 0, result.stderr
        return _changed((tmp_path / "out" / "vi.html").read_text(encoding="utf-8"))

    def coverage() -> str:
        result = invoke("check", *file_options(tree, "--coverage"))
        assert result.returncode == 0, result.stdout + result.stderr
        return next(line for line in result.stdout.splitlines() if line.startswith("vi "))

    assert changed() == set()
    assert coverage().endswith("reviewed (0 changed since)")
    edit(tree / "locales" / "en" / "main.ftl", "Who needs help?", "Who needs help now?")
    edit(vi / "main.ftl", "[yes] Người đó", "[yes] Người ấy")  # one branch of a translation
    assert changed() == {"who-question", "danger-question"}
    assert coverage().endswith("reviewed (2 changed since)")
    assert invoke("review", *file_options(tree, "--lang", "vi", "--done")).returncode == 0
    assert changed() == set()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--lang", "zz"], "unknown language 'zz'"),
        ([], "--lang"),
        (["--lang", "en"], "en is the reference"),
        (["--lang", "vi", "--beside", "vi"], "already on the page"),
        (["--lang", "vi", "--beside", "en"], "already on the page"),
        (["--lang", "vi", "--beside", "ja", "--done"], "leave out --beside"),
    ],
)
def test_bad_arguments_exit_2_with_one_short_line(
    tmp_path: Path, args: list[str], said: str
) -> None:
    result = invoke("review", *args, "--out", str(tmp_path))
    assert result.returncode == 2
    assert said in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 3
    assert not list(tmp_path.iterdir())


@pytest.mark.long
def test_no_sideways_scrolling_from_a_phone_to_a_laptop(tmp_path: Path) -> None:
    """At 360 and 1280 CSS pixels, the page is no wider than the window."""
    result = invoke("review", "--lang", "my", "--beside", "km", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    url = (tmp_path / "my+km.html").resolve().as_uri()
    widths = []
    with open_page() as page:
        for width, mobile in ((360, True), (1280, False)):
            page.viewport(width, 800, mobile=mobile)
            page.goto(url)
            scroll = page.evaluate("document.documentElement.scrollWidth")
            client = page.evaluate("document.documentElement.clientWidth")
            widths.append((width, scroll, client))
    for width, scroll, client in widths:
        assert scroll <= client, f"{scroll} px of page in a {width} px window ({client} px)"
