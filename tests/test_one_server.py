"""One process type runs everything: `referral-bot web` serves the web chat and Telegram's
webhook from one ASGI application, in several workers sharing one port, and reloads the files
in every worker. A real process, the fake Bot API posting updates to it, pages over HTTP."""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import signal
import socket
from pathlib import Path

import httpx
import pytest

from bot.channels.http import listening, port_of, serving
from bot.channels.web.app import web_app
from bot.core.engine import Engine
from testkit import NOW
from testkit.fakebot import FakeBotApi, Person
from testkit.fakeline import FakeLineApi, LinePerson, text_of
from testkit.files import copy_files, edit, file_options
from testkit.process import Ran, bot_process, logged
from testkit.taps import tap
from testkit.webserver import free_port

SECRET = "one-server-webhook-secret_5521"  # noqa: S105 - made up
LEGAL = "/?start=en-legal"
ADVICE = "Advice on what can be done"
MARKED = {"X-Forwarded-For": "203.0.113.77", "User-Agent": "Marked-Agent/7.7"}
TYPED = "Glimmerwick flat 4B tonight"


async def web_answer(base: str) -> str:
    """The answer to "legal, advice" by the web chat, on a new connection each time (so the
    kernel may hand it to any worker)."""
    async with httpx.AsyncClient(base_url=base) as client:
        page = (await client.get(LEGAL)).text
        found = re.search(r'name="p" value="([^"]*)"><button>' + ADVICE, page)
        assert found is not None, page
        answer = await client.post("/", data={"p": html.unescape(found.group(1))})
        assert answer.status_code == 200
        return answer.text


async def telegram_answer(api: FakeBotApi, person: Person) -> str:
    await api.send(person, "/start en-legal")
    await api.wait_for(lambda: "What do you need most" in api.last_text(person.id))
    await tap(api, person, ADVICE)
    return api.last_text(person.id)


def workers_of(ran: Ran) -> list[int]:
    children = Path(f"/proc/{ran.pid}/task/{ran.pid}/children").read_text().split()
    return [int(pid) for pid in children]


async def line_answer(api: FakeLineApi, person: LinePerson) -> str:
    await api.says(person, "start en-legal")
    return text_of(await api.tap(person, ADVICE))


async def test_web_chat_telegram_and_line_from_one_process_with_two_workers(
    fake_api: FakeBotApi, tmp_path: Path
) -> None:
    async with FakeLineApi() as line:
        ran, person, someone = await _three_channels(fake_api, line, tmp_path)
    assert ran.code == 0, ran.text
    assert "Traceback" not in ran.text
    # At DEBUG, nothing about either person reached the output or any file the process wrote.
    marks = [
        someone.user_id,
        line.access_token,
        TYPED,
        "203.0.113.77",
        "Marked-Agent",
        str(person.id),
        person.first_name,
        person.username,
        "127.0.0.1:",
    ]
    written = [p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert written
    for mark in marks:
        assert mark not in ran.text, mark
        assert not any(mark.encode() in data for data in written), mark
    assert ran.text.count("setWebhook") == 0  # no request is logged
    assert fake_api.methods().count("setWebhook") == 1  # the first worker alone tells Telegram


async def _three_channels(
    fake_api: FakeBotApi, line: FakeLineApi, tmp_path: Path
) -> tuple[Ran, Person, LinePerson]:
    files = copy_files(tmp_path / "files", languages=["en"])
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        "WEBHOOK_URL": f"{base}/tg/hook",
        "WEBHOOK_SECRET": SECRET,
        "LINE_CHANNEL_SECRET": line.secret,
        "LINE_CHANNEL_ACCESS_TOKEN": line.access_token,
        "LINE_API_BASE_URL": line.base_url,
        "LOG_LEVEL": "DEBUG",
        "REFERRAL_DATA_DIR": str(tmp_path / "data"),
    }
    line.webhook_url = f"{base}/line"
    options = ("--port", str(port), "--workers", "2", *file_options(files))
    person = Person()
    someone = LinePerson()
    async with bot_process(
        fake_api, env, command_name="web", args=options, ready="setWebhook"
    ) as ran:
        assert len(workers_of(ran)) == 2
        # Three channels, one port: Telegram's updates and LINE's events by webhook, and the
        # web chat's pages.
        assert "0570-078377" in await telegram_answer(fake_api, person)
        assert "0570-078377" in await web_answer(base)
        assert "0570-078377" in await line_answer(line, someone)
        # Half a journey on LINE, finished after the reload and a worker's death below.
        await line.follow(someone)
        await line.tap(someone, "English")
        async with httpx.AsyncClient() as client:
            health = await client.get(base + "/healthz")
            # Someone types words behind a proxy that names their address and browser.
            page = (await client.get(base + "/?start=en", headers=MARKED)).text
            here = re.search(
                r'action="/say" class="say"><input type="hidden" name="p" value="([^"]*)"', page
            )
            assert here is not None
            said = await client.post(
                base + "/say", data={"p": html.unescape(here.group(1)), "t": TYPED}, headers=MARKED
            )
        assert (health.status_code, health.text) == (200, "ok\n")
        assert said.status_code == 200 and TYPED not in said.text

        # The operator changes a number and tells the process: every worker reloads.
        edit(files / "flows" / "contacts.yaml", '"0570-078377"', '"0570-000000"')
        os.kill(ran.pid, signal.SIGHUP)
        for _ in range(200):
            if ran.text.count("reloaded (SIGHUP)") == 2:
                break
            await asyncio.sleep(0.05)
        assert ran.text.count("reloaded (SIGHUP)") == 2, ran.text
        answers = await asyncio.gather(*(web_answer(base) for _ in range(8)))
        assert all("0570-000000" in a and "0570-078377" not in a for a in answers)
        assert "0570-000000" in await telegram_answer(fake_api, Person(id=918273646))
        assert "0570-000000" in await line_answer(line, LinePerson(user_id="U" + "7" * 32))

        # A worker that dies is started again, and the port keeps answering meanwhile.
        os.kill(workers_of(ran)[0], signal.SIGKILL)
        await logged(ran, "starting it again")
        assert "0570-000000" in await web_answer(base)
        for _ in range(100):
            if len(workers_of(ran)) == 2:
                break
            await asyncio.sleep(0.05)
        assert len(workers_of(ran)) == 2
        # The LINE journey goes on where it was: the position was in the button.
        reply = await line.tap(someone, "Me")
        assert "Are you in danger right now?" in text_of(reply)
    return ran, person, someone


async def test_a_route_that_fails_ends_as_a_bare_500_and_logs_no_words(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Whatever goes wrong inside a route, the person gets a plain error with the no-trace
    headers, and the log gets a count: never the error's message, which could hold words."""
    caplog.set_level(logging.DEBUG)

    def broken() -> Engine:
        raise RuntimeError("Zephyrine typed: help me at Quillfeather street")

    sock = listening("127.0.0.1", 0)
    app = web_app(broken, lambda: NOW)
    async with serving(app, sock), httpx.AsyncClient() as client:
        answer = await client.post(
            f"http://127.0.0.1:{port_of(sock)}/", data={"p": "x", "t": "Quillfeather"}
        )
    assert answer.status_code == 500
    assert answer.headers["cache-control"] == "no-store"
    assert "set-cookie" not in answer.headers
    assert "Quillfeather" not in answer.text
    assert "Quillfeather" not in caplog.text and "Zephyrine" not in caplog.text
    assert "requests that failed inside the server" in caplog.text


def test_the_listening_socket_is_tcp_so_answers_are_not_held_back() -> None:
    """asyncio sets TCP_NODELAY only on connections of a socket made as IPPROTO_TCP; without
    it every answer after the first on a kept-open connection waits for a delayed ACK
    (bench/web.py measured 44 ms)."""
    sock = listening("127.0.0.1", 0)
    with sock:
        assert sock.proto == socket.IPPROTO_TCP
