"""LINE's webhook as a route of the one ASGI application (`referral-bot web`).

The signature (`X-Line-Signature`, HMAC-SHA256 of the body with the channel secret) is checked
in constant time before anything in the body is read as JSON: a request without one gets a
bare 400, one with a wrong one a bare 403, and nothing about either is logged but a count.
Signed events are answered in the background, so LINE gets its 200 at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.channels.http import limited_body
from bot.channels.line.channel import LineChannel
from bot.core.notices import Throttled

log = logging.getLogger(__name__)
#: Anyone can send requests to the webhook: refusals are counted, at most one line a minute.
refused = Throttled(log, "LINE webhook requests refused (no or wrong signature, or too large)")
#: Signed, so from LINE, but not readable as events.
unreadable = Throttled(log, "LINE webhook bodies that could not be read (content not logged)")

SIGNATURE_HEADER = "X-Line-Signature"
#: LINE's webhook bodies are a few kilobytes; anything much larger is not from LINE.
MAX_BODY = 1024 * 1024
#: Where LINE posts when the settings name no other path.
DEFAULT_PATH = "/line"


def genuine(secret: bytes, body: bytes, signature: str) -> bool:
    """LINE's signature: base64 of HMAC-SHA256 of the body with the channel secret, compared
    in constant time (as the SDK's `SignatureValidator` does, without loading the SDK's
    thousand webhook models into every worker)."""
    expected = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest())
    return hmac.compare_digest(expected, signature.encode("utf-8", "replace"))


def line_route(channel: LineChannel, *, secret: str, path: str = DEFAULT_PATH) -> Route:
    key = secret.encode("utf-8")

    async def receive(request: Request) -> Response:
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not signature:
            refused()
            return Response(status_code=400)
        body = await limited_body(request, MAX_BODY)
        if body is None:
            refused()
            return Response(status_code=413)
        if not genuine(key, body, signature):
            refused()
            return Response(status_code=403)
        try:
            events = json.loads(body).get("events")
        except (ValueError, AttributeError):
            events = None
        if not isinstance(events, list):
            unreadable()
            return Response(status_code=400)
        channel.take(events)  # an empty list is LINE's "verify" request: 200, nothing else
        return Response(status_code=200)

    return Route(path, receive, methods=["POST"])
