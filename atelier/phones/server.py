"""The phones' web server: one aiohttp app on one port, on one asyncio loop in one thread.

The window starts it (``start``) on the address of the network the facilitator chose, opens a
werkvorm to phones (``publish``) and closes it (``publish(None)``, or ``stop``). Every route
carries the opening's token; another token, an old one included, gets 404 ("gesloten"). A note
a phone sends is checked for shape and limits here, then handed to ``deliver`` (the window's
thread stores it through the inbox service) and the phone hears the answer.

Nothing here touches the database or Qt: the hand-over in both directions is plain data.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from atelier.paths import resource_path
from atelier.phones import messages
from atelier.phones.messages import strict_json
from atelier.phones.opening import Opening, Reply, Submission, VoteRequest
from atelier.phones.rates import Rates
from atelier.translation import _

log = logging.getLogger("atelier.phones")

Deliver = Callable[[Submission | VoteRequest], "concurrent.futures.Future[Reply]"]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
STATIC = {  # served file → content type
    "index.html": "text/html; charset=utf-8",
    "phone.js": "text/javascript; charset=utf-8",
    "phone.css": "text/css; charset=utf-8",
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
CLOSED = "Deze werkvorm staat niet (meer) open voor telefoons."
TOO_FAST = "Je stuurt erg snel. Wacht even en verstuur dan opnieuw."
TOO_MANY_PHONES = "Er doen al zoveel telefoons mee dat er geen meer bij kan."
NOT_STORED = "De notitie is nog niet aangekomen."  # the page adds that it tries again
NO_VOTING = "Er wordt nu niet gestemd bij deze werkvorm."
STOP_S = 1.0  # at most this long for requests still running when the server stops
LIVE_HEARTBEAT_S = 20  # a comment now and then keeps routers from dropping a quiet channel


class PhoneServerError(RuntimeError):
    """The server could not start; the message is Dutch and says why."""


@dataclass(frozen=True)
class Limits:
    max_body: int = 8 * 1024  # bytes of one request's body
    notes_per_minute: int = 10  # per phone
    requests_per_minute: int = 600  # per network address (phones behind one router share one)
    phones: int = 200  # distinct phones per opening
    reply_timeout: float = 5.0  # seconds the window may take to store a note
    live_channels: int = 300  # phones listening at once


class PhoneServer:
    """See the module docstring. ``start`` and ``stop`` from the window's thread."""

    def __init__(self, deliver: Deliver, limits: Limits | None = None) -> None:
        self.deliver = deliver
        self.limits = limits or Limits()
        self.refused: Counter[str] = Counter()  # reason → count, for the window to show
        self.visits = 0  # phone pages served: 0 for long means phones cannot reach the laptop
        self._opening: Opening | None = None
        self._files = {name: resource_path("phones", name).read_bytes() for name in STATIC}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._host = ""
        self._port = 0
        self._rates = Rates()
        self._phones: set[str] = set()
        self._sent: set[str] = set()  # client ids of the notes sent to this opening
        self._channels: set[asyncio.Queue[str]] = set()  # one per phone's live channel

    # -- the window's side -------------------------------------------------------------------
    def start(self, host: str, port: int = 0) -> int:
        """Listen on ``host`` (one address, never all); the port it got (``port`` 0: any
        free one). Raises PhoneServerError in Dutch when it cannot."""
        if self._thread is not None:
            raise PhoneServerError(_("De telefoonserver draait al."))
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._serve, args=(host, port, ready, failure), name="phones", daemon=True
        )
        self._thread.start()
        ready.wait(10)
        if failure or not self._port:
            self._thread.join(2)
            self._thread = None
            reason = failure[0] if failure else _("geen antwoord")
            raise PhoneServerError(
                _("Telefoons kunnen niet verbinden op {host}:{port} ({reason}).").format(
                    host=host, port=port, reason=reason
                )
            )
        return self._port

    def publish(self, opening: Opening | None) -> None:
        """Open a werkvorm to phones (None: close it): takes effect for the next request."""
        loop = self._loop
        if loop is not None:
            loop.call_soon_threadsafe(self._set_opening, opening)
        else:
            self._opening = opening

    def refusals(self) -> dict[str, int]:
        """Refused requests by reason, copied whole (the server's thread keeps counting)."""
        return dict.copy(self.refused)  # one C-level copy: no half-counted dictionary

    def address(self) -> str:
        return f"http://{self._host_text()}:{self._port}"

    def url(self, opening: Opening) -> str:
        """The address a phone opens (the QR code's payload) for ``opening``."""
        return f"{self.address()}/p/{opening.token}/"

    def stop(self, timeout: float = 2.0) -> None:
        """Close every connection and end the thread (within ``timeout`` seconds)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        thread.join(timeout)
        self._thread = None

    # -- the server's thread -----------------------------------------------------------------
    def _serve(
        self, host: str, port: int, ready: threading.Event, failure: list[BaseException]
    ) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._open_site(host, port))
        except Exception as error:  # told to the window, in Dutch, by start()
            failure.append(error)
            ready.set()
            loop.close()
            return
        self._loop = loop
        ready.set()
        try:
            loop.run_forever()
        finally:
            self._loop = None
            loop.close()

    async def _open_site(self, host: str, port: int) -> None:
        app = web.Application(middlewares=[self._guard], client_max_size=self.limits.max_body)
        app.router.add_get("/p/{token}/", self._page)
        app.router.add_get("/p/{token}/{name:phone\\.(?:js|css)}", self._static)
        app.router.add_get("/p/{token}/state", self._state)
        app.router.add_post("/p/{token}/notes", self._note)
        app.router.add_get("/p/{token}/round", self._round)
        app.router.add_post("/p/{token}/votes", self._vote)
        app.router.add_get("/p/{token}/live", self._live)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=STOP_S
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port, backlog=64)
        await site.start()
        self._runner = runner
        self._host, self._port = host, runner.addresses[0][1]

    async def _shutdown(self) -> None:
        self._set_opening(None)  # every live channel hears "gesloten" and ends
        await asyncio.sleep(0)
        if self._runner is not None:
            await self._runner.cleanup()
        asyncio.get_running_loop().stop()

    def _set_opening(self, opening: Opening | None) -> None:
        if opening is None or self._opening is None or opening.token != self._opening.token:
            self._phones.clear()
            self._sent.clear()
            event = "gesloten"  # this opening's phones: their werkvorm is closed to them
        else:
            event = "veranderd"  # the same opening with other choices: look again
        self._opening = opening
        for channel in list(self._channels):
            channel.put_nowait(event)

    def live_count(self) -> int:
        """Phones with their live channel open now."""
        return len(self._channels)

    def _host_text(self) -> str:
        return f"[{self._host}]" if ":" in self._host else self._host

    # -- requests ----------------------------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Only this server's own address (no DNS rebinding), no other origin, and the same
        strict headers on every answer, refusals included."""
        expected = f"{self._host_text()}:{self._port}"
        origin = request.headers.get("Origin")
        if request.headers.get("Host", "").lower() != expected.lower():
            response: web.StreamResponse = self._refuse("host", 400, "Onbekend adres.")
        elif origin is not None and origin != f"http://{expected}":
            response = self._refuse("origin", 403, "Niet toegestaan.")
        else:
            try:
                response = await handler(request)
            except web.HTTPException as error:
                self.refused[f"http {error.status}"] += 1
                response = _json({"bericht": error.reason}, error.status)
        if not response.prepared:  # a live channel sent its headers itself
            response.headers.update(SECURITY_HEADERS)
        return response

    def _current(self, request: web.Request) -> Opening:
        opening = self._opening
        if opening is None or not opening.admits(request.match_info["token"]):
            raise web.HTTPNotFound(reason=CLOSED)
        return opening

    async def _page(self, request: web.Request) -> web.StreamResponse:
        self._current(request)
        self.visits += 1
        return web.Response(
            body=self._files["index.html"], content_type="text/html", charset="utf-8"
        )

    async def _static(self, request: web.Request) -> web.StreamResponse:
        self._current(request)
        name = request.match_info["name"]
        kind, _, charset = STATIC[name].partition("; charset=")
        return web.Response(body=self._files[name], content_type=kind, charset=charset)

    async def _state(self, request: web.Request) -> web.StreamResponse:
        return _json(self._current(request).state())

    async def _note(self, request: web.Request) -> web.StreamResponse:
        opening = self._current(request)
        if request.content_type != "application/json":
            return self._refuse("content type", 415, "Verkeerd soort bericht.")
        try:
            submission = messages.submission(opening, await request.json(loads=strict_json))
        except (ValueError, TypeError, KeyError):
            return self._refuse("malformed", 400, "Dit bericht kan Atelier niet lezen.")
        refusal = self._over_limit(opening, submission, request.remote or "")
        if refusal is not None:
            return refusal
        reply = await self._ask(submission)
        if reply is None:
            return self._refuse("not stored", 503, NOT_STORED)
        if reply.again:
            return self._refuse("not stored", 503, reply.message)
        if not reply.stored:
            return self._refuse("refused by inbox", 422, reply.message)
        return _json({"ontvangen": True})

    async def _round(self, request: web.Request) -> web.StreamResponse:
        """The voting round as this phone sees it: the notes, its dots, what is left."""
        opening = self._current(request)
        phone_id = request.query.get("telefoon", "")
        if not opening.voting:
            return self._refuse("no voting", 409, NO_VOTING)
        if not messages.phone_id_ok(phone_id):
            return self._refuse("malformed", 400, "Dit bericht kan Atelier niet lezen.")
        return await self._answer_vote(VoteRequest(opening.werkvorm_id, phone_id))

    async def _vote(self, request: web.Request) -> web.StreamResponse:
        opening = self._current(request)
        if not opening.voting:
            return self._refuse("no voting", 409, NO_VOTING)
        try:
            vote = messages.vote_request(opening, await request.json(loads=strict_json))
        except (ValueError, TypeError, KeyError):
            return self._refuse("malformed", 400, "Dit bericht kan Atelier niet lezen.")
        if not self._rates.allow({f"address {request.remote}": self.limits.requests_per_minute}):
            return self._refuse("too fast", 429, TOO_FAST)
        return await self._answer_vote(vote)

    async def _answer_vote(self, vote: VoteRequest) -> web.StreamResponse:
        reply = await self._ask(vote)
        if reply is None:
            return self._refuse(
                "not stored", 503, "De laptop antwoordt niet. Probeer het zo opnieuw."
            )
        if reply.again:
            return self._refuse("not stored", 503, reply.message)
        if not reply.stored:
            self.refused["vote refused"] += 1
            return _json({"bericht": reply.message, **(reply.data or {})}, 422)
        return _json(reply.data or {})

    async def _ask(self, question: Submission | VoteRequest) -> Reply | None:
        """The window's answer to ``question``; None when it does not come in time."""
        try:
            return await asyncio.wait_for(
                asyncio.wrap_future(self.deliver(question)), self.limits.reply_timeout
            )
        except (TimeoutError, concurrent.futures.CancelledError):
            return None

    async def _live(self, request: web.Request) -> web.StreamResponse:
        """A live channel (server-sent events): the page hears at once when its werkvorm closes
        or changes. Only a hint: the page also looks for itself every few seconds."""
        self._current(request)
        if len(self._channels) >= self.limits.live_channels:
            return self._refuse("too many live channels", 429, TOO_MANY_PHONES)
        response = web.StreamResponse(headers={**SECURITY_HEADERS, "X-Accel-Buffering": "no"})
        response.content_type = "text/event-stream"
        await response.prepare(request)
        channel: asyncio.Queue[str] = asyncio.Queue()
        self._channels.add(channel)
        try:
            await response.write(b": open\n\n")
            while True:
                try:
                    event = await asyncio.wait_for(channel.get(), LIVE_HEARTBEAT_S)
                except TimeoutError:
                    await response.write(b": still here\n\n")
                    continue
                await response.write(f"event: {event}\ndata: {event}\n\n".encode())
                if event == "gesloten":
                    break
        except ConnectionResetError:
            pass  # the phone went away
        finally:
            self._channels.discard(channel)
        return response

    def _over_limit(
        self, opening: Opening, submission: Submission, remote: str
    ) -> web.StreamResponse | None:
        if len(submission.text) > opening.max_text:
            return self._refuse(
                "too long", 422, f"Een notitie mag hoogstens {opening.max_text} tekens hebben."
            )
        if submission.phone_id not in self._phones and len(self._phones) >= self.limits.phones:
            return self._refuse("too many phones", 429, TOO_MANY_PHONES)
        limits = {f"address {remote}": self.limits.requests_per_minute}
        if submission.client_id not in self._sent:  # a resend is the same note, not a new one
            limits[f"phone {submission.phone_id}"] = self.limits.notes_per_minute
        if not self._rates.allow(limits):
            return self._refuse("too fast", 429, TOO_FAST)
        self._sent.add(submission.client_id)
        self._phones.add(submission.phone_id)
        return None

    def _refuse(self, reason: str, status: int, message: str) -> web.Response:
        self.refused[reason] += 1
        log.info("phone request refused: %s (%d)", reason, status)
        return _json({"bericht": message}, status)


def _json(value: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(value, ensure_ascii=False),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )
