"""A small fake Telegram Bot API server on 127.0.0.1, for end-to-end tests of the real Application
and for the benchmark.

It speaks HTTP/1.1 with keep-alive, answers the methods the bot uses, keeps each private chat's
messages (both sides, with Telegram's sequential ids), and lets a test act as a person: send text,
press a button. Failures (429, 500, 403, a slow answer) can be injected per method. Once the bot
calls setWebhook, updates are posted to its webhook with the secret, as Telegram does, instead of
waiting for getUpdates.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

BOT_ID = 7000001
BOT_USERNAME = "referral_test_bot"


@dataclass
class Person:
    """A Telegram account used in tests; distinctive values make leaks easy to find."""

    id: int = 918273645
    first_name: str = "Zephyrine"
    last_name: str = "Quillfeather"
    username: str = "zq_private_handle"
    language_code: str = "en"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "username": self.username,
            "language_code": self.language_code,
        }


@dataclass
class Stored:
    message: dict[str, Any]
    from_bot: bool
    deleted: bool = False


@dataclass
class Injected:
    """A failure of one method: `times` calls, or every call until `until` (time.monotonic)."""

    method: str
    #: "429", "500", "403", "401", "slow", "too-old" (a callback answered too late), or
    #: "garbage" (a 200 whose body is `body`, not JSON).
    kind: str
    times: int = 1
    until: float | None = None
    body: bytes = b""
    #: For "429": the seconds Telegram says to wait.
    retry_after: int = 1

    def applies(self, method: str) -> bool:
        if method != self.method:
            return False
        if self.until is not None:
            return time.monotonic() < self.until
        if self.times > 0:
            self.times -= 1
            return True
        return False


@dataclass
class FakeBotApi:
    token: str
    host: str = "127.0.0.1"
    port: int = 0
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    chats: dict[int, dict[int, Stored]] = field(default_factory=dict)
    group_chats: set[int] = field(default_factory=set)
    failures: list[Injected] = field(default_factory=list)
    slow_seconds: float = 3.0

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._changed = asyncio.Condition()
        self._server: asyncio.Server | None = None
        self._next_id: dict[int, int] = {}
        self.webhook: dict[str, Any] | None = None
        #: HTTP status of each webhook delivery, in order.
        self.deliveries: list[int] = []

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._client, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    # --- acting as a person -------------------------------------------------------------------

    def _new_id(self, chat_id: int) -> int:
        self._next_id[chat_id] = self._next_id.get(chat_id, 0) + 1
        return self._next_id[chat_id]

    def _chat(self, chat_id: int, person: Person) -> dict[str, Any]:
        if chat_id in self.group_chats:
            return {"id": chat_id, "type": "group", "title": "Some group"}
        return {
            "id": chat_id,
            "type": "private",
            "first_name": person.first_name,
            "username": person.username,
        }

    async def send(self, person: Person, text: str | None = None, **extra: Any) -> int:
        """The person sends a message (text, or any other kind through `extra`)."""
        message = self._message(person, text, **extra)
        await self._push({"message": message})
        return int(message["message_id"])

    async def send_many(self, people: list[Person], text: str) -> None:
        """Each person sends `text` at once: every update is queued before any is fetched (or,
        with a webhook, delivered one after another)."""
        updates: list[dict[str, Any]] = [
            {"message": self._message(person, text)} for person in people
        ]
        async with self._changed:
            for update in updates:
                update["update_id"] = self._next_update
                self._next_update += 1
            if self.webhook is None:
                self._updates.extend(updates)
            self._changed.notify_all()
        if self.webhook is not None:
            for update in updates:
                await self.deliver(update, self.webhook.get("secret_token"))

    def _message(self, person: Person, text: str | None = None, **extra: Any) -> dict[str, Any]:
        """A message from `person`, kept in their chat (not yet queued as an update)."""
        chat_id = extra.pop("chat_id", person.id)
        message: dict[str, Any] = {
            "message_id": self._new_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id, person),
            "from": person.as_json(),
            **extra,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self.chats.setdefault(chat_id, {})[message["message_id"]] = Stored(message, False)
        return message

    async def edit(self, person: Person, message_id: int, text: str) -> None:
        """The person edits one of their own messages."""
        stored = self.chats[person.id][message_id]
        stored.message["text"] = text
        stored.message["edit_date"] = int(time.time())
        await self._push({"edited_message": dict(stored.message)})

    async def press(
        self, person: Person, message_id: int, data: str, chat_id: int | None = None
    ) -> None:
        """The person taps a button on one of the bot's messages."""
        chat = chat_id or person.id
        stored = self.chats.get(chat, {}).get(message_id)
        message = (
            stored.message
            if stored
            else {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": self._chat(chat, person),
                "text": "(an old message)",
            }
        )
        query = {
            "id": f"q{self._next_update}",
            "from": person.as_json(),
            "chat_instance": "ci-1",
            "message": message,
            "data": data,
        }
        await self._push({"callback_query": query})

    async def push_raw(self, update: dict[str, Any]) -> None:
        """Queue an update exactly as given (its update_id is assigned if it has none)."""
        if "update_id" not in update:
            await self._push(update)
            return
        async with self._changed:
            self._next_update = max(self._next_update, int(update["update_id"]) + 1)
            self._updates.append(update)
            self._changed.notify_all()

    async def _push(self, update: dict[str, Any]) -> None:
        async with self._changed:
            update["update_id"] = self._next_update
            self._next_update += 1
            if self.webhook is None:
                self._updates.append(update)
            self._changed.notify_all()
        if self.webhook is not None:
            await self.deliver(update, self.webhook.get("secret_token"))

    async def deliver(self, update: dict[str, Any], secret: str | None) -> int:
        """POST one update to the bot's webhook, as Telegram does; returns the HTTP status."""
        assert self.webhook is not None, "the bot has not set a webhook"
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        async with httpx.AsyncClient() as client:
            response = await client.post(self.webhook["url"], json=update, headers=headers)
        self.deliveries.append(response.status_code)
        return response.status_code

    # --- what the person sees -----------------------------------------------------------------

    def visible(self, chat_id: int) -> list[Stored]:
        return [s for _, s in sorted(self.chats.get(chat_id, {}).items()) if not s.deleted]

    def last_bot_message(self, chat_id: int) -> dict[str, Any]:
        bot_messages = [s.message for s in self.visible(chat_id) if s.from_bot]
        assert bot_messages, "the bot has not sent anything"
        return bot_messages[-1]

    def last_text(self, chat_id: int) -> str:
        """The text of the bot's latest visible message, or "" (safe inside wait_for)."""
        bot_messages = [s.message for s in self.visible(chat_id) if s.from_bot]
        return str(bot_messages[-1].get("text", "")) if bot_messages else ""

    @staticmethod
    def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
        markup = message.get("reply_markup") or {}
        return [
            (b["text"], b["callback_data"])
            for row in markup.get("inline_keyboard", [])
            for b in row
        ]

    def methods(self) -> list[str]:
        return [m for m, _ in self.calls]

    async def wait_for(self, predicate: Callable[[], object], timeout: float = 10.0) -> None:
        """Return once `predicate()` is true, checking whenever the server sees a change."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("timed out waiting for the bot")
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), 0.05)

    async def wait_for_calls(self, method: str, count: int, timeout: float = 10.0) -> None:
        await self.wait_for(lambda: self.methods().count(method) >= count, timeout)

    # --- HTTP ---------------------------------------------------------------------------------

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                _method, path, _version = lines[0].split(" ", 2)
                headers = {
                    k.strip().lower(): v.strip()
                    for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)
                }
                length = int(headers.get("content-length", "0"))
                body = await reader.readexactly(length) if length else b""
                status, payload = await self._answer(path, headers, body)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def _answer(
        self, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, Any] | bytes]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        method = path[len(prefix) :]
        params = _params(headers.get("content-type", ""), body)
        self.calls.append((method, params))
        for failure in self.failures:
            if failure.applies(method):
                if failure.kind == "garbage":
                    return 200, failure.body
                if failure.kind == "401":
                    return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                if failure.kind == "too-old":
                    return 400, {
                        "ok": False,
                        "error_code": 400,
                        "description": "Bad Request: query is too old and response timeout "
                        "expired or query ID is invalid",
                    }
                if failure.kind == "429":
                    return 429, {
                        "ok": False,
                        "error_code": 429,
                        "description": f"Too Many Requests: retry after {failure.retry_after}",
                        "parameters": {"retry_after": failure.retry_after},
                    }
                if failure.kind == "500":
                    return 500, {
                        "ok": False,
                        "error_code": 500,
                        "description": "Internal Server Error",
                    }
                if failure.kind == "403":
                    return 403, {
                        "ok": False,
                        "error_code": 403,
                        "description": "Forbidden: bot was blocked by the user",
                    }
                if failure.kind == "slow":
                    await asyncio.sleep(self.slow_seconds)
        handler = getattr(self, "_m_" + method, None)
        if handler is None:
            return 200, {"ok": True, "result": True}
        try:
            result = await handler(params)
        except _ApiError as exc:
            return exc.code, {"ok": False, "error_code": exc.code, "description": exc.description}
        async with self._changed:
            self._changed.notify_all()
        return 200, {"ok": True, "result": result}

    # --- methods ------------------------------------------------------------------------------

    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {"id": BOT_ID, "is_bot": True, "first_name": "Referral", "username": BOT_USERNAME}

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:  # noqa: N802
        """Up to `limit` updates (1-100, default 100, as Telegram), waiting up to `timeout`
        (at most a second here) for the first one: as Telegram, a long poll does not come
        back empty early because the bot sent something meanwhile."""
        offset = int(params.get("offset", 0) or 0)
        timeout = min(float(params.get("timeout", 0) or 0), 1.0)
        limit = min(max(int(params.get("limit", 100) or 100), 1), 100)
        async with self._changed:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(self._updates)), timeout
                    )
            return self._updates[:limit]

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id = int(params["chat_id"])
        message = {
            "message_id": self._new_id(chat_id),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "group" if chat_id in self.group_chats else "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Referral"},
            "text": params["text"],
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self.chats.setdefault(chat_id, {})[message["message_id"]] = Stored(message, True)
        return message

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        stored = self.chats.get(chat_id, {}).get(message_id)
        if stored is None or stored.deleted or not stored.from_bot:
            raise _ApiError(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup")
        if (
            stored.message.get("text") == params["text"]
            and stored.message.get("reply_markup") == markup
        ):
            raise _ApiError(400, "Bad Request: message is not modified")
        stored.message["text"] = params["text"]
        stored.message["reply_markup"] = markup
        return stored.message

    async def _m_setWebhook(self, params: dict[str, Any]) -> bool:  # noqa: N802
        self.webhook = params
        return True

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:  # noqa: N802
        self.webhook = None
        return True

    async def _m_deleteMessages(self, params: dict[str, Any]) -> bool:  # noqa: N802
        chat_id = int(params["chat_id"])
        for message_id in params["message_ids"]:
            stored = self.chats.get(chat_id, {}).get(int(message_id))
            if stored is not None:
                stored.deleted = True
        return True


class _ApiError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


def _params(content_type: str, body: bytes) -> dict[str, Any]:
    """python-telegram-bot posts form fields whose values are JSON (strings are sent raw)."""
    if not body:
        return {}
    if "json" in content_type:
        loaded = json.loads(body)
        return loaded if isinstance(loaded, dict) else {}
    params: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        if key in (
            "text",
            "callback_query_id",
            "description",
            "short_description",
            "url",
            "secret_token",
        ):
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params
