"""The `referral-bot` command as a person runs it: real processes, real output, exit codes.

What `refer` prints, and the terminal chat's counts read back by `stats`, are checked with the
same command run in the test's own process (`invoke`).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content
from bot.core.engine import Engine
from bot.core.situations import EXCLUSIVE, Situation
from testkit import ROOT, jst
from testkit.command import invoke
from testkit.process import cli

#: Each test starts `referral-bot` as a process.
pytestmark = pytest.mark.long


def test_refer_json_shape_and_order() -> None:
    result = invoke(
        "refer",
        "--lang",
        "vi",
        "--situation",
        "labor",
        "--situation",
        "technical_intern",
        "--at",
        "2026-05-04T20:00+09:00",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    referrals = data["first"] + data["more"] + data["actions"]
    assert data["first"]
    for entry in referrals:
        assert set(entry) >= {
            "id",
            "name",
            "report_name",
            "label",
            "why",
            "relevance",
            "phones",
            "urls",
            "languages",
            "open_now",
            "next_open",
            "notes",
        }
        assert all(isinstance(p, str) for p in entry["phones"])
        assert entry["open_now"] in (True, False, None)
    ids = [r["id"] for r in referrals]
    assert len(ids) == len(set(ids))
    # On the evening of a national holiday the labour hotline (9:00-21:00 on holidays) is open,
    # serves work first, and speaks Vietnamese: it comes first.
    assert data["first"][0]["id"] == "labor_hotline"
    assert data["first"][0]["open_now"] is True
    assert data["first"][0]["why"]
    assert data["rights"], "rights texts are included"
    assert data["first"][0]["name"] in data["text"]  # what the bot shows, as text


def test_refer_json_next_open_is_iso_8601() -> None:
    result = invoke(
        "refer", "--lang", "en", "--situation", "legal", "--at", "2026-05-04T10:00+09:00", "--json"
    )
    data = json.loads(result.stdout)
    houterasu = next(r for r in data["first"] + data["more"] if r["id"] == "houterasu_multilingual")
    assert houterasu["open_now"] is False
    assert houterasu["next_open"] == "2026-05-07T09:00:00+09:00"


def test_refer_ip_phone_lists_the_alternate_first() -> None:
    result = invoke("refer", "--lang", "en", "--situation", "legal", "--ip-phone", "--json")
    data = json.loads(result.stdout)
    houterasu = next(r for r in data["first"] + data["more"] if r["id"] == "houterasu_multilingual")
    assert houterasu["phones"] == ["050-3754-5430", "0570-078377"]


def test_refer_text_for_a_language_without_texts_falls_back_to_english() -> None:
    result = invoke(
        "refer", "--lang", "my", "--situation", "technical_intern", "--at", "2026-05-12T14:00"
    )
    assert result.returncode == 0, result.stderr
    assert "OTIT" in result.stdout
    # The reason, in Burmese; no language line, since the service speaks Burmese.
    card = result.stdout.split("OTIT")[1].split("\n\n")[0]
    assert "➜ " in card and "🗣" not in card


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["refer", "--lang", "xx", "--situation", "labor"], "unknown language 'xx'"),
        (["refer", "--lang", "en", "--situation", "robbery"], "unknown situation 'robbery'"),
        (
            ["refer", "--lang", "en", "--situation", "labor", "--at", "tomorrow"],
            "not a date and time",
        ),
        (["refer", "--situation", "labor"], "required"),
        (["fly"], "invalid choice"),
    ],
)
def test_bad_input_is_a_clear_error_with_exit_2(args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_chat_walks_to_a_referral_and_answers_emergency_words() -> None:
    typed = "\n".join(["1", "3", "help", "9", "7", "q"]) + "\n"
    result = cli("chat", "--lang", "en", "--at", "2026-05-12T14:00", stdin=typed)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Who needs help?" in out
    assert "If you are in danger now, call 110" in out
    assert "Houterasu" in out  # "I need legal advice" is the 9th topic, then "advice"
    assert "Traceback" not in out + result.stderr


def test_chat_survives_garbage_and_end_of_input() -> None:
    typed = "\n".join(["", "0", "99", "-1", "１", "\x1b[A", "ñ" * 3000]) + "\n"
    result = cli("chat", "--lang", "en", stdin=typed)
    assert result.returncode == 0
    assert result.stdout.count("Please use the buttons") >= 5
    assert "ñ" * 10 not in result.stdout  # typed text is never echoed back
    assert "Traceback" not in result.stdout + result.stderr


def test_garbage_at_the_language_picker_shows_the_picker_again() -> None:
    result = cli("chat", stdin="hello\n42\n")
    assert result.returncode == 0
    assert result.stdout.count("Choose your language.") == 3
    assert "Traceback" not in result.stdout + result.stderr


def test_plain_command_without_token_starts_the_terminal_chat() -> None:
    result = cli(stdin="")
    assert result.returncode == 0
    assert "English" in result.stdout


def test_with_a_token_it_does_not_pretend_and_does_not_print_the_token() -> None:
    token = "123456:SECRET-token-value"  # noqa: S105 - a made-up token to search the output for
    result = cli(env={"TELEGRAM_BOT_TOKEN": token})
    assert result.returncode == 2
    assert token not in result.stdout + result.stderr


def test_installed_console_script_runs() -> None:
    script = Path(sys.executable).parent / "referral-bot"
    if not script.exists():
        pytest.skip("the console script is installed by `pip install -e .`")
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("referral-bot ")


def test_the_files_in_the_working_folder_are_the_files_checked(tmp_path: Path) -> None:
    """Whatever copy was installed with the code, an operator's edits here are what count."""
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    contacts = tmp_path / "flows" / "contacts.yaml"
    contacts.write_text("contacts: [\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("REFERRAL_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=environment | {"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert f"{contacts}:" in result.stdout
    assert f"found in {tmp_path / 'flows'} and {tmp_path / 'locales'}" in result.stderr


def test_the_terminal_chat_counts_only_when_asked_and_stats_reads_it(tmp_path: Path) -> None:
    folder = tmp_path / "sample"
    journey = "2\n1\n2\n2\n4\nq\n"  # English, me, adult, not in danger, legal advice
    chatted = invoke("chat", "--count-into", str(folder), stdin=journey)
    assert chatted.returncode == 0, chatted.stderr
    assert "counted into" in chatted.stdout
    table = invoke("stats", "--data", str(folder), "--threshold", "1", "--format", "csv")
    assert table.returncode == 0, table.stderr
    rows = {(r["kind"], r["key"], r["language"]) for r in csv.DictReader(io.StringIO(table.stdout))}
    assert ("start", "", "") in rows and ("language", "", "en") in rows
    assert any(kind == "screen" for kind, _, _ in rows)
    # Without the option nothing is written: test_privacy's terminal chat test holds that.


def test_after_a_plain_install_the_working_folder_still_decides(tmp_path: Path) -> None:
    """`pip install .` (not -e) ships a copy of the files; the operator's edits must still win."""
    site = tmp_path / "site"
    # Built with the hatchling the test tools bring, if they did: an isolated build would first
    # install it into a fresh environment (two seconds more).
    isolated = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", *isolated]
    installed = subprocess.run(
        [*pip, "--target", str(site), "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if installed.returncode != 0:
        pytest.skip(f"could not build the package here: {installed.stderr[-300:]}")
    assert (site / "bot" / "_data" / "flows" / "contacts.yaml").is_file()
    work = tmp_path / "work"
    shutil.copytree(ROOT / "flows", work / "flows")
    shutil.copytree(ROOT / "locales", work / "locales")
    (work / "flows" / "contacts.yaml").write_text("contacts: [\n", encoding="utf-8")
    paths = os.pathsep.join([str(site), *(p for p in sys.path if "site-packages" in p)])
    environment = {k: v for k, v in os.environ.items() if not k.startswith("REFERRAL_")}
    environment |= {"PYTHONPATH": paths, "PYTHONIOENCODING": "utf-8"}

    def run_in(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", *command],
            cwd=folder,
            env=environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )

    broken = run_in(work, "check")
    assert broken.returncode == 1
    assert f"{work / 'flows' / 'contacts.yaml'}:" in broken.stdout
    assert f"found in {work / 'flows'}" in broken.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # With no files here, the shipped copy serves (the full check of it is `scripts/test`'s).
    shipped = run_in(elsewhere, "refer", "--lang", "en", "--situation", "labor")
    assert shipped.returncode == 0, shipped.stderr
    assert "These can help." in shipped.stdout


@pytest.mark.parametrize("screen", ["more", "rights"])
def test_refer_prints_the_bots_own_screen_with_its_buttons(content: Content, screen: str) -> None:
    """`refer` shows what the bot shows: the same text and buttons, for each of its screens."""
    at = "2026-05-12T23:00+09:00"
    args = ["refer", "--lang", "tl", "--situation", "shelter", "--situation", "sexual_exploitation"]
    result = invoke(*args, "--screen", screen, "--at", at)
    assert result.returncode == 0, result.stderr
    engine = Engine(content, limits=TELEGRAM)
    situations = frozenset({Situation.SHELTER, Situation.SEXUAL_EXPLOITATION})
    first = engine.answer("tl", situations, jst(2026, 5, 12, 23, 0), ip_phone=False)
    bot = engine.screen(engine.answer_part(first.state, screen), jst(2026, 5, 12, 23, 0))
    assert result.stdout.startswith(bot.text)
    shown = [
        line.split("] ", 1)[1] for line in result.stdout.splitlines() if line.startswith("  [")
    ]
    assert shown == [b.label for b in bot.buttons]
    if screen == "rights":
        as_json = json.loads(invoke(*args, "--screen", screen, "--at", at, "--json").stdout)
        assert as_json["text"] == bot.text
        assert as_json["buttons"] == [b.label for b in bot.buttons]


def test_chat_starts_with_any_situation_the_flow_can_record() -> None:
    left_out = {max(pair) for pair in EXCLUSIVE}  # one of each pair that cannot both be
    one_of_each_pair = [s.value for s in Situation if s not in left_out]
    every = [arg for s in one_of_each_pair for arg in ("--situation", s)]
    result = invoke("chat", "--lang", "en", *every, stdin="q\n")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    # The first one the flow asks about decides where the chat starts.
    both = invoke(
        "chat", "--lang", "en", "--situation", "under_18", "--situation", "online", stdin="q\n"
    )
    assert "What do you need most right now?" in both.stdout
    refused = invoke("chat", "--situation", "man", "--situation", "woman", stdin="q\n")
    assert refused.returncode != 0
    assert "cannot both be true" in refused.stderr
