"""`referral-bot graph`: diagrams in step with the flows, missing translations marked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.content import Content, load_content
from bot.ops import graph
from testkit import FLOWS, LOCALES
from testkit.command import invoke
from testkit.files import edit


def test_the_committed_diagram_is_current(content: Content) -> None:
    committed = (FLOWS / "diagrams" / "main.md").read_text(encoding="utf-8")
    expected = graph.markdown(content, content.flows["main"], "en")
    assert committed == expected, (
        "flows/diagrams/main.md is stale: run "
        "`referral-bot graph --format markdown -o flows/diagrams/main.md`"
    )


def test_every_screen_and_answer_is_drawn(content: Content) -> None:
    text = graph.mermaid(content, content.flows["main"], "en")
    for node in content.flows["main"].nodes:
        assert f"    {node.id}[" in text
    assert '-->|"Me"| danger' in text
    referral = next(line for line in text.splitlines() if line.startswith("    referral["))
    assert "otit_native_language" in referral and "labor_hotline" in referral
    # Only a person who said they are in danger reaches the 110 answer.
    danger = next(line for line in text.splitlines() if line.startswith("    danger_referral["))
    assert "police_110" in danger and "labor_hotline" not in danger


def test_a_missing_translation_is_marked(tmp_path: Path) -> None:
    shutil.copytree(LOCALES, tmp_path / "locales")
    edit(tmp_path / "locales" / "ja" / "main.ftl", "who-me = 自分\n", "")
    content, problems = load_content(FLOWS, tmp_path / "locales")
    assert content is not None, problems
    text = graph.mermaid(content, content.flows["main"], "ja")
    assert '-->|"⚠ Me"| danger' in text
    assert "助けが必要なのは" in text


def test_dot_and_svg() -> None:
    result = invoke("graph", "--format", "dot", "--lang", "ja")
    assert result.returncode == 0
    assert result.stdout.startswith('digraph "main" {')
    assert "who -> danger" in result.stdout
    if shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed; .ci/run installs it")
    result = invoke("graph", "--format", "svg")
    assert result.returncode == 0, result.stderr
    assert "<svg" in result.stdout and "Who needs help?" in result.stdout


def test_graph_bad_input() -> None:
    result = invoke("graph", "nosuchflow")
    assert result.returncode == 2
    assert "no flow 'nosuchflow'" in result.stderr
    result = invoke("graph", "--format", "png")
    assert result.returncode == 2
