"""Nothing about a person reaches a log line or a file: the real `referral-bot run` as a process.

The bot runs with LOG_LEVEL=DEBUG against the fake Bot API, by polling and by webhook. A person
with a distinctive id, username and name walks a journey, types words of their own and leaves;
then every byte the process printed and every file under REFERRAL_DATA_DIR is searched.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import pytest

from testkit import ROOT, TOKEN
from testkit.fakebot import FakeBotApi, Person
from testkit.process import cli, seed
from testkit.taps import replies_to, started, tap

#: Bot processes at DEBUG.
pytestmark = pytest.mark.long

SECRET = "distinctive-webhook-secret_Xq81Lm"  # noqa: S105 - made up
PERSON = Person(
    id=6182937405,
    first_name="Oriabelle",
    last_name="Thistlewick",
    username="marsh_lantern_77",
    language_code="en",
)
TYPED = "my landlord Kurogane keeps my passport"
TYPED_HELP = "help me Saffronhill"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _journey(api: FakeBotApi) -> None:
    await started(api, PERSON)
    await tap(api, PERSON, "English")
    await tap(api, PERSON, "Me")
    await tap(api, PERSON, "No, not right now")
    await tap(api, PERSON, "Visa, or the right to stay in Japan (在留資格)")
    await tap(api, PERSON, "My passport or residence card was taken")
    assert "use the buttons" in (await replies_to(api, PERSON, text=TYPED))
    assert "110" in (await replies_to(api, PERSON, text=TYPED_HELP))
    await api.send(PERSON, "/exit")
    await api.wait_for(lambda: len(api.visible(PERSON.id)) == 1)


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_no_identifier_reaches_logs_or_files(tmp_path: Path, mode: str) -> None:
    api = FakeBotApi(TOKEN)
    await api.start()
    data = tmp_path / "data"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "REFERRAL_DATA_DIR": str(data),
        "LOG_LEVEL": "DEBUG",
        "PYTHONDEVMODE": "1",  # louder still: asyncio debug and every warning
    }
    if mode == "webhook":
        port = _free_port()
        env |= {
            "WEBHOOK_URL": f"http://127.0.0.1:{port}/hook",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_PORT": str(port),
        }
    seed(data)  # as on a server where the bot ran before: unchanged files skip the full check
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env, stdout=stdout, stderr=stderr
        )
        try:
            ready = "setWebhook" if mode == "webhook" else "getUpdates"
            await api.wait_for(lambda: ready in api.methods(), timeout=30)
            await _journey(api)
        finally:
            process.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(process.wait(), 20)
    await api.stop()
    assert code == 0

    logged = out.read_bytes() + err.read_bytes()
    assert b"serving" in logged, "the bot's own log lines were not captured"
    assert data.is_dir()
    written = [p for p in data.rglob("*") if p.is_file()]
    # Besides the counts, only the copy of the operator files that passed check, and their
    # texts' syntax trees; all of them are scanned below.
    operator = {"last-good", "parsed-texts"}
    own = [p.name for p in written if not operator & set(p.relative_to(data).parts)]
    assert own == ["counts.sqlite3"], "the counts were not written"
    haystacks = {"the logs": logged} | {str(p): p.read_bytes() for p in written}
    needles = [
        str(PERSON.id),
        PERSON.username,
        PERSON.first_name,
        PERSON.last_name,
        "Kurogane",
        "Saffronhill",
        TOKEN,
        TOKEN.split(":")[1],
        SECRET,
    ]
    for where, haystack in haystacks.items():
        for needle in needles:
            assert needle.encode() not in haystack, f"{needle!r} found in {where}"


def test_the_terminal_chat_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    typed = "1\n1\n2\n2\n4\n" + TYPED + "\n" + TYPED_HELP + "\nq\n"
    result = cli("chat", stdin=typed, env={"REFERRAL_DATA_DIR": str(data)})
    assert result.returncode == 0
    assert "110" in result.stdout
    assert not data.exists() or not any(p.is_file() for p in data.rglob("*"))
    assert "Kurogane" not in result.stderr
