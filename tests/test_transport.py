"""The Bot API client under python-telegram-bot (aiohttp): what each failure becomes, that the
address (which holds the token) never shows in an error, and that a request waiting for a
connection is told apart from one whose answer was late. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.web_request import FileField
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.channels.telegram.channel import maybe_delivered
from bot.channels.telegram.transport import (
    AnswerTimedOutError,
    GarbledAnswerError,
    QuietRequest,
    _proxy_for,
    _proxy_for_place,
)

TOKEN_PATH = "/bot123456:SECRET-token-part/sendMessage"  # noqa: S105 - made up


async def _slow(request: web.Request) -> web.Response:
    await asyncio.sleep(float(request.query.get("wait", "0")))
    return web.json_response({"ok": True, "result": True})


async def _echo(request: web.Request) -> web.Response:
    body = await request.post()
    fields = {
        name: (value.filename, value.file.read().decode())
        if isinstance(value, FileField)
        else value
        for name, value in body.items()
    }
    return web.json_response({"ok": True, "result": {"type": request.content_type, **fields}})


@pytest.fixture
async def server() -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_post("/slow", _slow)
    app.router.add_post("/echo", _echo)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
async def client() -> AsyncIterator[QuietRequest]:
    request = QuietRequest(pool=1, connect_timeout=2, read_timeout=2)
    await request.initialize()
    yield request
    await request.shutdown()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_no_connection_is_a_network_error_without_the_address(client: QuietRequest) -> None:
    url = f"http://127.0.0.1:{_closed_port()}{TOKEN_PATH}"
    with pytest.raises(NetworkError) as caught:
        await client.do_request(url, "POST")
    error = caught.value
    assert not isinstance(error, TimedOut)
    assert "SECRET" not in str(error) and "SECRET" not in repr(error)
    assert error.__cause__ is None and error.__suppress_context__
    assert not maybe_delivered(error)  # nothing went out: sending again is right


async def test_a_late_answer_is_not_sent_again(server: str, client: QuietRequest) -> None:
    with pytest.raises(AnswerTimedOutError) as caught:
        await client.do_request(f"{server}/slow?wait=1", "POST", read_timeout=0.2)
    assert maybe_delivered(caught.value)


async def test_waiting_for_a_connection_is_not_a_late_answer(
    server: str, client: QuietRequest
) -> None:
    """The pool holds one connection: the second request never left, so it may be sent again."""
    first = asyncio.create_task(client.do_request(f"{server}/slow?wait=1", "POST"))
    await asyncio.sleep(0.1)
    with pytest.raises(TimedOut) as caught:
        await client.do_request(f"{server}/slow", "POST", pool_timeout=0.1, connect_timeout=0.1)
    assert not maybe_delivered(caught.value)
    assert await first == (200, b'{"ok": true, "result": true}')


async def test_requests_beyond_the_pool_wait_their_turn(server: str, client: QuietRequest) -> None:
    answers = await asyncio.gather(
        *(client.do_request(f"{server}/slow?wait=0.05", "POST") for _ in range(10))
    )
    assert [status for status, _ in answers] == [200] * 10


async def test_parameters_go_as_a_form_and_files_as_multipart(
    server: str, client: QuietRequest
) -> None:
    plain = RequestData([RequestParameter.from_input("text", "Hello ✓ & =")])
    status, body = await client.do_request(f"{server}/echo", "POST", plain)
    answer = client.parse_json_payload(body)["result"]
    assert (status, answer) == (
        200,
        {"type": "application/x-www-form-urlencoded", "text": "Hello ✓ & ="},
    )
    with_file = RequestData(
        [
            RequestParameter.from_input("chat_id", 5),
            RequestParameter.from_input("document", InputFile(b"card", filename="card.pdf")),
        ]
    )
    _, body = await client.do_request(f"{server}/echo", "POST", with_file)
    answer = client.parse_json_payload(body)["result"]
    assert answer["type"] == "multipart/form-data"
    assert answer["chat_id"] == "5"
    assert any(value == ["card.pdf", "card"] for value in answer.values())


@pytest.mark.parametrize(
    "payload", [b"<html>502 Bad Gateway</html>", b"[1, 2]", b'{"ok": true}', b"\xff\xfe"]
)
def test_an_unreadable_answer_is_refused_without_quoting_it(payload: bytes) -> None:
    with pytest.raises(GarbledAnswerError) as caught:
        QuietRequest.parse_json_payload(payload)
    assert payload.decode("utf-8", "replace")[:4] not in str(caught.value)


async def test_uninitialized_or_closed_is_a_clear_error(server: str) -> None:
    request = QuietRequest(pool=1, connect_timeout=1, read_timeout=1)
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(f"{server}/slow", "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is harmless
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(f"{server}/slow", "POST")


def test_the_proxy_comes_from_the_environment_unless_the_host_is_excluded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example")
    _proxy_for_place.cache_clear()
    try:
        assert _proxy_for("https://api.telegram.org/bot1:x/getMe") == "http://proxy.example:3128"
        assert _proxy_for("https://internal.example/bot1:x/getMe") is None
        assert _proxy_for("http://api.telegram.org/bot1:x/getMe") is None  # no HTTP_PROXY
    finally:
        _proxy_for_place.cache_clear()
