"""Every `referral-bot` command the README shows works as written, on a fresh copy of the
operator files in a temporary folder (the working folder a reader would be in).

Commands are read from the README's ```sh blocks. Lines of the form `referral-bot link [--x]`
(a synopsis, with brackets or an ellipsis) are not examples; `run`, `web` and `line-menu` need
Telegram or LINE, so they are started elsewhere (tests/test_run.py, test_one_server.py). A
```yaml block whose first line names a file under `flows/` (`# flows/sources.yaml`) is an edit
the reader makes first: it is written into the copy before the commands run. `export` lines
set the environment for the commands after them, as in one terminal; a comment holding a link
(`# https://t.me/...`) is what the command must print. `stats` reads counts, so before it the
terminal chat is walked with `--count-into data`, as on a machine where the bot has run; the
bare `referral-bot` (the terminal chat) is left at once with `q`.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from testkit import FLOWS, LOCALES, ROOT
from testkit.command import environment

README = ROOT / "README.md"
#: Commands that serve or reach a platform: tried as processes in their own tests.
SERVING = {"run", "web", "line-menu"}


@dataclass
class Example:
    line: str
    env: dict[str, str] = field(default_factory=dict)
    expected: str = ""


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """The README's fenced blocks in order: their language and lines."""
    found = re.findall(r"^```(\w*)\n(.*?)^```", text, re.M | re.S)
    return [(lang, body.splitlines()) for lang, body in found]


def edits(text: str) -> dict[str, str]:
    """The files under flows/ the README asks the reader to write, by path."""
    out: dict[str, str] = {}
    for lang, lines in blocks(text):
        if lang == "yaml" and lines and re.fullmatch(r"# flows/[\w.]+\.yaml", lines[0]):
            out[lines[0][2:]] = "\n".join(lines[1:]) + "\n"
    return out


def examples(text: str) -> list[Example]:
    found: list[Example] = []
    env: dict[str, str] = {}
    for lang, lines in blocks(text):
        if lang != "sh":
            continue
        for line in lines:
            command, _, comment = line.partition("#")
            if any(mark in command for mark in ("[", "...", "…", "\\")):
                continue  # a synopsis, not an example
            words = shlex.split(command)
            if words[:1] == ["export"]:
                name, _, value = words[1].partition("=")
                env[name] = value
                continue
            if not words or not words[0].endswith("referral-bot"):
                continue
            if len(words) > 1 and words[1] in SERVING:
                continue
            link = re.search(r"https://\S+", comment)
            expected = link.group(0) if link and "..." not in comment else ""
            found.append(Example(command.strip(), dict(env), expected))
    return found


EXAMPLES = examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_to_try() -> None:
    """The parser finds the commands a reader would type, so the test below cannot pass empty."""
    lines = [example.line for example in EXAMPLES]
    assert len(lines) >= 10
    assert any(" link " in line and "--source" in line for line in lines)
    assert any(" card " in line for line in lines) and any(" stats " in line for line in lines)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.line for e in EXAMPLES])
def test_a_readme_command_works_as_written(example: Example, tmp_path: Path) -> None:
    from bot.cli import main

    shutil.copytree(FLOWS, tmp_path / "flows")
    shutil.copytree(LOCALES, tmp_path / "locales")
    for path, body in edits(README.read_text(encoding="utf-8")).items():
        (tmp_path / path).write_text(body, encoding="utf-8")
    words = shlex.split(example.line)[1:]
    into = None
    if ">" in words:
        into = tmp_path / words[words.index(">") + 1]
        words = words[: words.index(">")]
    out, err = io.StringIO(), io.StringIO()
    env = {"REFERRAL_FLOWS_DIR": "", "REFERRAL_LOCALES_DIR": "", **example.env}
    with (
        environment(env),
        contextlib.chdir(tmp_path),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        os.environ.pop("REFERRAL_DATA_DIR", None)  # the README's default: ./data
        stdin_was = sys.stdin
        try:
            if words[:1] == ["stats"]:
                sys.stdin = io.StringIO("1\n1\n2\nq\n")
                assert main(["chat", "--count-into", "data"]) == 0
            sys.stdin = io.StringIO("q\n")
            code = main(words)
        finally:
            sys.stdin = stdin_was
    assert code == 0, err.getvalue()
    assert "Traceback" not in err.getvalue()
    if into is not None:
        into.write_text(out.getvalue(), encoding="utf-8")
        assert into.stat().st_size > 0
    if example.expected:
        assert example.expected in out.getvalue()
    for name in re.findall(r"-o (\S+)", example.line):
        assert (tmp_path / name).stat().st_size > 0, name
