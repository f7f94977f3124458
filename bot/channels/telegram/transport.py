"""How the bot's requests reach the Bot API: aiohttp under python-telegram-bot.

python-telegram-bot's own client is httpx. Under a burst, httpcore's pool matches every waiting
request against every connection on each change (issue 17): with 256 updates in flight, most of
a core went to that scan, 6 to 11 ms per update. aiohttp's connector hands out a kept-open
connection from a list and queues the rest, so the same burst costs a fraction of it (the
figures are in the README's benchmark table). aiohttp is already here for LINE's SDK.

This client also never logs or repeats an answer it cannot read (a proxy's page could quote
the request), and its errors never carry the request's address, which holds the bot's token.
"""

from __future__ import annotations

import functools
import json
import ssl
import urllib.parse
import urllib.request
from typing import Any

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class GarbledAnswerError(NetworkError):
    """An answer that is JSON but not a Bot API answer (a proxy's page, say)."""


class AnswerTimedOutError(TimedOut):
    """The request went out in full and only Telegram's answer did not come in time: a message
    sent this way most likely arrived, so it is not sent again."""


class QuietRequest(BaseRequest):
    """A python-telegram-bot request client on one aiohttp session, made when first used.

    `pool` is the most connections open at once; a request beyond it waits up to its
    `pool_timeout` for one. The session is made in `initialize` (inside the running loop, and
    so after a web worker has forked) and closed in `shutdown`.
    """

    __slots__ = ("_connect", "_pool", "_read", "_session")

    def __init__(
        self,
        *,
        pool: int,
        connect_timeout: float,
        read_timeout: float,
    ) -> None:
        self._pool = pool
        self._connect = connect_timeout
        self._read = read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._pool,
                ssl=ssl.create_default_context(cafile=certifi.where()),
                # Telegram's addresses change rarely; a lookup per minute at most.
                ttl_dns_cache=60,
            )
            # Not trust_env: it reads ~/.netrc in a thread and the proxy variables on every
            # request (a third of the bot's CPU under a burst). The proxy is looked up once.
            self._session = aiohttp.ClientSession(
                connector=connector, skip_auto_headers=("User-Agent",)
            )

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("this QuietRequest is not initialized")
        read = _given(read_timeout, self._read)
        connect = _given(connect_timeout, self._connect)
        # aiohttp's connect timeout includes the wait for a free connection in the pool.
        pool = _given(pool_timeout, self._connect)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            # The forms sent are small, one write each: the wait that matters is the answer's.
            sock_read=read,
        )
        data: Any = None
        if request_data is not None:
            data = _form(request_data)
        try:
            async with session.request(
                method,
                url,
                data=data,
                headers={"User-Agent": self.USER_AGENT},
                proxy=_proxy_for(url),
                timeout=timeout,
                allow_redirects=False,
            ) as response:
                return response.status, await response.read()
        except aiohttp.SocketTimeoutError:
            raise AnswerTimedOutError() from None
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise TimedOut() from None
        except aiohttp.ClientError as exc:
            # The exception's text can hold the address, and the address holds the token.
            raise NetworkError(f"aiohttp: {type(exc).__name__}") from None
        except OSError as exc:
            raise NetworkError(f"connection failed: {type(exc).__name__}") from None

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """Read the answer without logging it (the base class logs an unreadable one whole)."""
        try:
            data = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            raise GarbledAnswerError("the Bot API answer is not JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("ok"), bool):
            raise GarbledAnswerError("the Bot API answer is not a Bot API answer")
        if data["ok"] and "result" not in data:
            raise GarbledAnswerError("the Bot API answer has no result")
        return data


@functools.cache
def _proxy_for_place(scheme: str, host: str) -> str | None:
    if not host or urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(scheme)


def _proxy_for(url: str) -> str | None:
    """HTTPS_PROXY (or HTTP_PROXY) unless NO_PROXY names the host, as python-telegram-bot's own
    client honours them; read once per scheme and host."""
    parts = urllib.parse.urlsplit(url)
    return _proxy_for_place(parts.scheme, parts.hostname or "")


def _given(value: Any, default: float | None) -> float | None:
    """A timeout the caller passed (None is "wait forever"), or the client's own."""
    if isinstance(value, (int, float)) or value is None:
        return None if value is None else float(value)
    return default


def _form(request_data: RequestData) -> Any:
    """The parameters as a urlencoded form, or multipart when files go with them."""
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        return fields
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        if isinstance(part, tuple):
            filename, content, *rest = part
            form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
        else:
            form.add_field(name, part)
    return form
