"""The web chat as one ASGI application (Starlette): pages in, positions in POST bodies.

No cookies, no storage, nothing per person on the server: the position travels in each form,
exactly as in Telegram's buttons, so any worker can answer any request and a restart loses
nothing. Every response says not to cache it, not to send a referrer, not to be indexed, and
allows nothing but its own inline style. The quick exit answers with `Clear-Site-Data` and a
redirect to a neutral site. No request is logged: the server is run without an access log.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from bot.channels.http import Guarded, limited_body
from bot.channels.web.page import SCRIPT_HASH, STYLE_HASH, Extra, document, linked, render
from bot.core.emergency import emergency_answer
from bot.core.engine import BadDataError, Engine, Screen, State
from bot.core.events import Recorder, Uncounted
from bot.core.languages import LANGUAGES
from bot.core.links import parse_payload

#: Where the quick exit goes when the settings name no other site.
NEUTRAL_SITE = "https://weather.yahoo.co.jp/weather/"
#: The choice written into a position that only says where the person is (the forms of the
#: page about leaving carry it; it is decoded, never pressed).
HERE = "0"
#: A form body larger than this is not read (a position is 64 bytes).
MAX_BODY = 4096

HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "X-Robots-Tag": "noindex, nofollow",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'none'; "
        f"style-src '{STYLE_HASH}'; script-src '{SCRIPT_HASH}'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
}


#: A route given the engine that serves the whole request.
Handler = Callable[[Request, Engine], Awaitable[Response]]


def web_app(
    engine: Callable[[], Engine | None],
    clock: Callable[[], datetime],
    *,
    exit_url: str = NEUTRAL_SITE,
    counts: Recorder | None = None,
    beside: Sequence[BaseRoute] = (),
) -> ASGIApp:
    """The web chat. `engine` gives the engine serving now (the files may be reloaded), or
    None when no files can be served: then every page is 110 and 119 only. `beside` are
    other routes of the same application (`/healthz`, Telegram's webhook)."""
    recorder = counts or Uncounted()

    def page(current: Engine, screen: Screen, status: int = 200) -> HTMLResponse:
        texts, lang = current.texts, screen.lang
        extra = Extra(
            hint=texts.text(lang, "web-exit-hint"),
            about=texts.text(lang, "web-exit-about-link"),
            here=current.encode(screen.state, HERE),
            type_label=texts.text(lang, "web-type-label"),
            send=texts.text(lang, "web-send"),
        )
        leave = texts.text(lang, "leave-button")
        return HTMLResponse(render(screen, leave=leave, extra=extra), status_code=status)

    async def position(request: Request, current: Engine) -> State | None:
        """The position a form carries (None when it is not one this bot made)."""
        try:
            return current.decode((await _form(request))["p"]).state
        except BadDataError:
            return None

    def hint(request: Request) -> str | None:
        """The browser's first language the bot speaks (used for this page only)."""
        for part in request.headers.get("accept-language", "").split(","):
            code = part.split(";")[0].strip().lower()[:2]
            if code in LANGUAGES:
                return code
        return None

    async def start(request: Request, current: Engine) -> Response:
        sources = frozenset(current.content.sources)
        entry = parse_payload([request.query_params.get("start", "")], sources)
        # Counted as on Telegram: a conversation started, by which partner's link, if any.
        recorder.add("start", entry.source, entry.lang or "")
        state = current.start(lang=entry.lang, topic=entry.topic, under_18=entry.under_18)
        return page(current, current.screen(state, clock(), hint=hint(request)))

    async def step(request: Request, current: Engine) -> Response:
        try:
            pressed = current.decode((await _form(request))["p"])
            state = current.follow(pressed)
            current.record_step(pressed.state, state, recorder)
        except BadDataError:
            # Not a position this bot made: the start, in the browser's language, kindly.
            screen = current.screen(current.start(), clock(), hint=hint(request))
            return page(current, screen, status=400)
        return page(current, current.screen(state, clock(), hint=hint(request)))

    async def here(request: Request, current: Engine) -> Response:
        """The screen a position stands for, as it is now (Back from the page about leaving)."""
        state = await position(request, current)
        if state is None:
            return page(
                current, current.screen(current.start(), clock(), hint=hint(request)), status=400
            )
        return page(current, current.screen(state, clock(), hint=hint(request)))

    async def say(request: Request, current: Engine) -> Response:
        """Typed words: an emergency word gets 110 and 119 at once, words about ending one's
        life a kind answer, anything else a line pointing to the buttons. Never kept."""
        form = await _form(request)
        typed = form["t"][:200]
        try:
            state = current.decode(form["p"]).state
        except BadDataError:
            state = current.start()
        browser = hint(request)
        reply = current.reply_to_text(state, typed, clock(), prefer=browser, hint=browser)
        return page(current, reply.screen or current.screen(state, clock(), hint=browser))

    async def about_leaving(request: Request, current: Engine) -> Response:
        """What leaving quickly can and cannot erase, and how to clear a phone's history."""
        state = await position(request, current)
        if state is None:
            state = current.start()
        screen = current.screen(state, clock(), hint=hint(request))
        texts, lang = current.texts, screen.lang
        body = (
            f'<p class="text">{html.escape(texts.text(lang, "web-exit-about"))}</p>'
            f'<form method="post" action="/here">'
            f'<input type="hidden" name="p" value="{html.escape(current.encode(state, HERE))}">'
            f"<button>{html.escape(texts.text(lang, 'web-back'))}</button></form>"
        )
        return HTMLResponse(document(lang, texts.text(lang, "leave-button"), body))

    def emergency_only(request: Request) -> Response:
        """No files can be served: 110 and 119 (and the interpreter note), in the browser's
        language where the code has it, on every page."""
        lang = hint(request) or "en"
        body = f'<p class="text">{linked(emergency_answer(lang))}</p>'
        return HTMLResponse(document(lang, "✖", body))

    def serving(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """A route with the engine serving now, the same one for the whole request."""

        async def route(request: Request) -> Response:
            current = engine()
            if current is None:
                return emergency_only(request)
            return await handler(request, current)

        return route

    async def leave(request: Request) -> Response:
        recorder.add("exit", "", "")
        response = RedirectResponse(exit_url, status_code=303)
        response.headers["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        return response

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    app = Starlette(
        routes=[
            *beside,
            Route("/", serving(start), methods=["GET"]),
            Route("/", serving(step), methods=["POST"]),
            Route("/here", serving(here), methods=["POST"]),
            Route("/say", serving(say), methods=["POST"]),
            Route("/leaving", serving(about_leaving), methods=["POST"]),
            Route("/exit", leave, methods=["GET", "POST"]),
            Route("/favicon.ico", no_icon, methods=["GET"]),
        ]
    )
    return Guarded(app, HEADERS)


async def _form(request: Request) -> dict[str, str]:
    """The fields a page's forms send (`p`, the position; `t`, typed words), each "" when
    missing; the first value where one is repeated."""
    fields = parse_qs(await _small_body(request))
    return {name: (fields.get(name) or [""])[0] for name in ("p", "t")}


async def _small_body(request: Request) -> str:
    """The form body, up to MAX_BODY bytes; anything longer or undecodable reads as empty."""
    received = await limited_body(request, MAX_BODY)
    return "" if received is None else received.decode("utf-8", errors="replace")
