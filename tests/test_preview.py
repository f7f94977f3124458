"""`referral-bot preview`: one offline page with every screen and contact, seen in a browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from testkit import FLOWS
from testkit.browser import screenshot
from testkit.command import invoke


@pytest.mark.long
def test_preview_has_every_screen_and_contact_and_nothing_remote(tmp_path: Path) -> None:
    result = invoke(
        "preview",
        "--lang",
        "en",
        "--lang",
        "ja",
        "--out",
        str(tmp_path),
        "--at",
        "2026-05-12T14:00",
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    for node_id in re.findall(r"^\s+- id: (\w+)$", (FLOWS / "main.yaml").read_text(), re.M):
        assert f"<h3>{node_id}" in page or node_id == "language"
    assert "Who needs help?" in page and "助けが必要なのは" in page
    assert "0570-078377" in page and "法テラス" in page
    listed = (FLOWS / "contacts.yaml").read_text(encoding="utf-8").count("\n  - id: ")
    assert page.count("<tr><td><code>") == listed
    # No scripts and nothing fetched: it must work offline.
    assert "<script" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']https?:""", page)
    screenshot(tmp_path / "index.html", tmp_path / "preview.png")
    assert (tmp_path / "preview.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_preview_refuses_a_language_without_texts(tmp_path: Path) -> None:
    result = invoke("preview", "--lang", "zz", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "unknown language" in result.stderr
