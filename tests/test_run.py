"""`referral-bot run` refusing to start: one clear line, exit code 2, no value ever printed."""

from __future__ import annotations

import re

import pytest

from testkit import ROOT
from testkit.fakebot import FakeBotApi
from testkit.process import bot_command, cli

#: Each test starts `referral-bot run` as a process.
pytestmark = pytest.mark.long

TOKEN = "123456789:AAH-fake-test-token-value_0123456789abc"  # noqa: S105 - made up


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "   "}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "SECRETVALUE:abc"}, "does not look like a bot token"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN + " SECRETVALUE"}, "does not look like a bot token"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example.org/telegram"},
            "WEBHOOK_SECRET is required",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "WEBHOOK_URL": "https://bot.example.org/telegram",
                "WEBHOOK_SECRET": "SECRETVALUE with spaces",
            },
            "WEBHOOK_SECRET must be",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "ftp://SECRETVALUE"},
            "WEBHOOK_URL must be an https:// address",
        ),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_PORT": "99999"}, "WEBHOOK_PORT must be"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "loud"}, "LOG_LEVEL must be"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "nowhere"}, "must be an http"),
    ],
)
def test_a_bad_setting_is_one_line_and_exit_2(env: dict[str, str], says: str) -> None:
    clean = {k: "" for k in ("WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_PORT", "LOG_LEVEL")}
    result = cli("run", env=clean | env)
    assert result.returncode == 2
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "SECRETVALUE" not in result.stdout + result.stderr
    assert TOKEN.split(":")[1] not in result.stdout + result.stderr


async def test_a_token_telegram_refuses_is_one_line_and_exit_2() -> None:
    api = FakeBotApi("987654321:another-token-the-server-knows_0123456789")
    await api.start()
    code, out, err = await bot_command(api, "run", token=TOKEN, seeded=True)
    await api.stop()
    assert code == 2
    assert "Telegram refused the token" in err
    assert "Traceback" not in err
    assert TOKEN.split(":")[1] not in out + err


def test_every_setting_the_code_reads_is_documented_and_no_other() -> None:
    """The code is the declaration: deploy/env.example and the README's table list exactly the
    environment variables some part of the bot reads."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").rglob("*.py"))
    read = set(re.findall(r'"((?:TELEGRAM|WEBHOOK|WEB|LINE|REFERRAL|LOG)_[A-Z_]+)"', code))
    example = (ROOT / "deploy" / "env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#?([A-Z][A-Z_]+)=", example, flags=re.MULTILINE))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"`([A-Z][A-Z_]+)`", readme.split("| Variable | Meaning |")[1][:3000]))
    assert read == documented, (sorted(read - documented), sorted(documented - read))
    assert read <= table, sorted(read - table)
