"""A fake LINE platform on 127.0.0.1: the Messaging API's reply endpoint, and LINE's side of
the webhook, which signs each event with the channel secret and posts it to the bot.

A test acts as a person: add the account as a friend, type, tap a button (a postback). Each
event carries a new reply token; the fake accepts each token once, checks the bearer token,
and holds every reply to LINE's limits on its own (five messages, 5,000 characters of text,
20-character action labels, 300 characters of postback data, 13 quick-reply buttons). Any
other endpoint (a push) is recorded, so a test can say none was used. Failures (401, 429,
500, garbage, slow) can be injected for the next replies.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.channels.http import listening, port_of, serving

SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"  # noqa: S105 - made up, 32 hex like LINE's
ACCESS_TOKEN = "fake-line-channel-access-token_8Jq2Lx0w9Zt7"  # noqa: S105 - made up


@dataclass(frozen=True)
class LinePerson:
    """A LINE account used in tests; distinctive values make leaks easy to find."""

    user_id: str = "U5e1f0c9a7b3d2e8f4a6c1b0d9e8f7a6b"
    display_name: str = "Zephyrine Quillfeather"


@dataclass
class Reply:
    token: str
    messages: list[dict[str, Any]]


@dataclass
class FakeLineApi:
    secret: str = SECRET
    access_token: str = ACCESS_TOKEN
    #: Where LINE posts events: the bot's webhook (set by the test).
    webhook_url: str = ""
    replies: list[Reply] = field(default_factory=list)
    #: Requests to any endpoint but the reply one (a push would land here).
    other_calls: list[str] = field(default_factory=list)
    #: Statuses of the webhook posts, in order.
    deliveries: list[int] = field(default_factory=list)
    #: Failures for the next replies: "401", "429", "500", "garbage", "slow".
    failures: list[str] = field(default_factory=list)
    slow_seconds: float = 3.0
    #: Replies refused for breaking LINE's limits, with why.
    refused: list[str] = field(default_factory=list)
    #: Rich menus by id, their images, and the one everyone sees.
    menus: dict[str, dict[str, Any]] = field(default_factory=dict)
    images: dict[str, bytes] = field(default_factory=dict)
    default_menu: str = ""

    def __post_init__(self) -> None:
        self._issued: dict[str, str] = {}
        self._used: set[str] = set()
        self._tokens = itertools.count(1)
        self._server: Any = None
        self.base_url = ""
        #: Calls to the reply endpoint, taken or not.
        self.reply_calls = 0

    # --- the server -------------------------------------------------------------------------

    async def __aenter__(self) -> FakeLineApi:
        sock = listening("127.0.0.1", 0)
        self.base_url = f"http://127.0.0.1:{port_of(sock)}"
        app = Starlette(
            routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST", "DELETE"])]
        )
        self._server = serving(app, sock)
        await self._server.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._server.__aexit__(None, None, None)

    async def _endpoint(self, request: Request) -> Response:
        path = "/" + request.path_params["path"]
        if path.startswith("/v2/bot/richmenu") or path.startswith("/v2/bot/user/all/richmenu"):
            return await self._rich_menu(request, path)
        if path != "/v2/bot/message/reply":
            self.other_calls.append(path)
            return JSONResponse({"message": "Not found"}, status_code=404)
        self.reply_calls += 1
        if request.headers.get("authorization") != f"Bearer {self.access_token}":
            return JSONResponse({"message": "Authentication failed"}, status_code=401)
        if self.failures:
            failure = self.failures.pop(0)
            if failure == "slow":
                await asyncio.sleep(self.slow_seconds)
            elif failure == "garbage":
                return Response(b"<html>not json", status_code=200)
            else:
                return JSONResponse({"message": f"failure {failure}"}, status_code=int(failure))
        body = json.loads(await request.body())
        token = body.get("replyToken", "")
        if token not in self._issued or token in self._used:
            return JSONResponse({"message": "Invalid reply token"}, status_code=400)
        messages = body.get("messages", [])
        why = _limits(messages)
        if why:
            self.refused.append(why)
            return JSONResponse({"message": why}, status_code=400)
        self._used.add(token)
        self.replies.append(Reply(token, messages))
        return JSONResponse({"sentMessages": [{"id": "1", "quoteToken": "q"}]})

    async def _rich_menu(self, request: Request, path: str) -> Response:
        """Just enough of LINE's rich menu endpoints for `referral-bot line-menu`."""
        if request.headers.get("authorization") != f"Bearer {self.access_token}":
            return JSONResponse({"message": "Authentication failed"}, status_code=401)
        body = await request.body()
        if path == "/v2/bot/richmenu/list":
            listed = [{"richMenuId": k, **v} for k, v in self.menus.items()]
            return JSONResponse({"richmenus": listed})
        if path == "/v2/bot/richmenu" and request.method == "POST":
            made = f"richmenu-{next(self._tokens)}"
            self.menus[made] = json.loads(body)
            return JSONResponse({"richMenuId": made})
        menu_id = path.rstrip("/").split("/")[-1]
        if path.endswith("/content"):
            menu_id = path.split("/")[-2]
            if menu_id not in self.menus or request.headers.get("content-type") != "image/png":
                return JSONResponse({"message": "bad image"}, status_code=400)
            self.images[menu_id] = body
            return JSONResponse({})
        if path.startswith("/v2/bot/user/all/richmenu/") and request.method == "POST":
            if menu_id not in self.menus:
                return JSONResponse({"message": "no such menu"}, status_code=404)
            self.default_menu = menu_id
            return JSONResponse({})
        if request.method == "DELETE" and menu_id in self.menus:
            del self.menus[menu_id]
            return JSONResponse({})
        return JSONResponse({"message": "Not found"}, status_code=404)

    # --- LINE's side of the webhook -------------------------------------------------------

    def sign(self, body: bytes) -> str:
        digest = hmac.new(self.secret.encode(), body, hashlib.sha256).digest()
        return base64.b64encode(digest).decode()

    async def post(self, body: bytes, signature: str | None) -> int:
        """POST a body to the bot's webhook as LINE does; the HTTP status."""
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["X-Line-Signature"] = signature
        async with httpx.AsyncClient() as client:
            response = await client.post(self.webhook_url, content=body, headers=headers)
        self.deliveries.append(response.status_code)
        return response.status_code

    def event(self, person: LinePerson, kind: str, **extra: Any) -> dict[str, Any]:
        token = f"reply-token-{next(self._tokens)}"
        self._issued[token] = person.user_id
        return {
            "type": kind,
            "mode": "active",
            "timestamp": int(time.time() * 1000),
            "source": {"type": "user", "userId": person.user_id},
            "webhookEventId": f"01HFAKE{token}",
            "deliveryContext": {"isRedelivery": False},
            "replyToken": token,
            **extra,
        }

    async def deliver(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        """Post one event, signed, and wait for the bot's reply to it; its messages."""
        body = json.dumps({"destination": "Ufakebot", "events": [event]}).encode()
        status = await self.post(body, self.sign(body))
        assert status == 200, status
        token = event["replyToken"]
        await self.wait_for(lambda: any(r.token == token for r in self.replies))
        return next(r.messages for r in self.replies if r.token == token)

    async def follow(self, person: LinePerson) -> list[dict[str, Any]]:
        return await self.deliver(self.event(person, "follow"))

    async def says(self, person: LinePerson, text: str) -> list[dict[str, Any]]:
        message = {"type": "text", "id": "4680", "quoteToken": "q", "text": text}
        return await self.deliver(self.event(person, "message", message=message))

    async def postback(self, person: LinePerson, data: str) -> list[dict[str, Any]]:
        return await self.deliver(self.event(person, "postback", postback={"data": data}))

    async def tap(self, person: LinePerson, label: str) -> list[dict[str, Any]]:
        """Tap the button labelled `label` under the bot's latest reply to `person`."""
        choices = dict(buttons(self.last_reply(person)))
        assert label in choices, f"no {label!r} in {list(choices)}"
        return await self.postback(person, choices[label])

    def last_reply(self, person: LinePerson) -> list[dict[str, Any]]:
        mine = [r for r in self.replies if self._issued.get(r.token) == person.user_id]
        assert mine, "the bot has not replied to this person"
        return mine[-1].messages

    async def wait_for(self, predicate: Callable[[], object], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, "timed out"
            await asyncio.sleep(0.01)


def text_of(messages: list[dict[str, Any]]) -> str:
    """The text messages of a reply, joined."""
    return "\n\n".join(m["text"] for m in messages if m["type"] == "text")


def _with_actions(node: Any) -> list[dict[str, Any]]:
    """Every object in a reply that carries an action (a button, a box, a quick reply), in
    order, however deep."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("action"), dict):
            found.append(node)
        for value in node.values():
            found += _with_actions(value)
    elif isinstance(node, list):
        for value in node:
            found += _with_actions(value)
    return found


def buttons(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(shown label, postback data) of every postback button in a reply, in order."""
    found = []
    for holder in _with_actions(messages):
        action = holder["action"]
        if action.get("type") == "postback":
            texts = [c["text"] for c in holder.get("contents", []) if c.get("type") == "text"]
            found.append((texts[0] if texts else action.get("label", ""), action["data"]))
    return found


def calls(messages: list[dict[str, Any]]) -> list[str]:
    """The `tel:` addresses of a reply's buttons."""
    uris = [str(holder["action"].get("uri", "")) for holder in _with_actions(messages)]
    return [uri for uri in uris if uri.startswith("tel:")]


def _limits(messages: list[dict[str, Any]]) -> str:
    """Why LINE would refuse these messages ("" when it would take them)."""
    if not 1 <= len(messages) <= 5:
        return "between 1 and 5 messages"
    for message in messages:
        if message.get("type") == "text" and len(message.get("text", "")) > 5000:
            return "text over 5000 characters"
        if message.get("type") == "flex" and not 1 <= len(message.get("altText", "")) <= 1500:
            return "altText must be 1-1500 characters"
        if len(message.get("quickReply", {}).get("items", [])) > 13:
            return "over 13 quick-reply items"

    bad: list[str] = []
    for holder in _with_actions(messages):
        action = holder["action"]
        if len(action.get("label", "")) > 20:
            bad.append(f"label {action['label']!r} over 20 characters")
        if len(action.get("data", "")) > 300:
            bad.append("postback data over 300 characters")
    return bad[0] if bad else ""
