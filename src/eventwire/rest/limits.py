"""Request limits and safe responses: a body size cap, a time limit, no NUL in parameters,
inert JSON, and security headers on every response."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# characters that could end a string inside HTML (a JSON body pasted into a page, a sniffing
# browser): written as \\u escapes, which every JSON reader decodes back
_INERT = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` escaped, so article text can never act as markup."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.translate(_INERT).encode("utf-8")


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than `max_bytes` with 413, before the app
    reads them; declared (Content-Length) and streamed (chunked) bodies alike."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send, declared.isdigit())
            return
        body = await self._read(receive)
        if body is None:
            await self._refuse(scope, receive, send, True)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it grows past the limit."""
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                return None
            if message["type"] != "http.request" or not message.get("more_body"):
                return bytes(body)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, too_large: bool) -> None:
        from eventwire.rest.errors import error_response

        response = error_response(413, f"request body larger than {self.max_bytes} bytes") \
            if too_large else error_response(400, "Content-Length is not a number")
        await response(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


class RequestTimeout:
    """ASGI middleware: answer 503 (error code "timeout") to a request that has not started
    its response after `seconds`, so a slow query cannot hold a client forever. The request's
    work is abandoned: a store query already running in a worker thread finishes in the
    background and its answer is dropped. A response already started runs to its end: a
    streamed download (``/events.csv``, ``/reports.jsonl`` ...) starts at once and writes for
    as long as its rows take, and cutting it off would leave a file that looks whole.
    `seconds` 0 means no limit."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.seconds <= 0:
            await self.app(scope, receive, send)
            return
        started, timed_out = False, False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if timed_out:
                return   # the abandoned request finished late: its answer goes nowhere
            started = started or message["type"] == "http.response.start"
            await send(message)

        # not asyncio.wait_for: it waits for the cancelled request, and a request waiting on a
        # worker thread cannot be cancelled before the thread returns
        task = asyncio.ensure_future(self.app(scope, receive, guarded_send))
        done, _ = await asyncio.wait({task}, timeout=self.seconds)
        if task not in done and not started:
            timed_out = True
            task.cancel()
            await self._refuse(scope, receive, send)
            return
        await task   # done, or a response under way (a download): it is not cut off

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        from eventwire.rest.errors import error_response

        response = error_response(503, f"the request took longer than {self.seconds:g} s "
                                       "(request_timeout_s); narrow it or try again", code="timeout")
        await response(scope, receive, send)


class NulCheck:
    """ASGI middleware: answer 422 to a request whose path or query holds NUL (``%00``). No
    store holds one (PostgreSQL text cannot), so such a value names nothing; passed on, it
    would fail the query instead."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        where = _nul_parameter(scope) if scope["type"] == "http" else None
        if where is None:
            await self.app(scope, receive, send)
            return
        from eventwire.rest.errors import error_response

        response = error_response(422, f"{where}: must not contain NUL (%00)")
        await response(scope, receive, send)


def _nul_parameter(scope: Scope) -> str | None:
    """Which part of the request holds NUL ("path" or "query parameter 'name'"), or None."""
    if "\x00" in scope["path"]:
        return "path"
    query = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    return next((f"query parameter {name!r}" for name, value in query if "\x00" in name + value), None)


FRAME_ANCESTORS = "frame-ancestors 'none'"
# on every response; one that sets its own Content-Security-Policy keeps it (see `secured`)
SECURITY_HEADERS = {"content-security-policy": f"default-src 'none'; {FRAME_ANCESTORS}",
                    "x-content-type-options": "nosniff", "x-frame-options": "DENY",
                    "referrer-policy": "no-referrer"}


def secured(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """`headers` with each of SECURITY_HEADERS they lack, and a Content-Security-Policy that
    does not say who may frame the response made to forbid it (``frame-ancestors 'none'``)."""
    present = {name.lower() for name, _ in headers}
    kept = [(name, _unframed(value) if name.lower() == b"content-security-policy" else value)
            for name, value in headers]
    return kept + [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()
                   if name.encode() not in present]


def _unframed(policy: bytes) -> bytes:
    if b"frame-ancestors" in policy.lower():
        return policy
    return policy.rstrip(b"; ") + b"; " + FRAME_ANCESTORS.encode()


class SecurityHeaders:
    """ASGI middleware: the SECURITY_HEADERS on every response (see `secured`): no sniffing,
    no referrer, no framing, and unless a page sets its own (the dashboard's: scripts and
    styles from this server only), a policy that lets a response load and run nothing.
    A 500 is answered outside every middleware: its handler adds them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = secured(list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, send_secured if scope["type"] == "http" else send)
