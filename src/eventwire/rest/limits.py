"""Request limits and safe responses: a body size cap, a time limit, inert JSON, no content
sniffing."""

from __future__ import annotations

import asyncio
import json
from typing import Any

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
    """ASGI middleware: answer 503 (error code "timeout") to a request still running after
    `seconds`, so a slow query cannot hold a client forever. The request's work is
    abandoned: a store query already running in a worker thread finishes in the background
    and its answer is dropped. A response already started is cut off instead.
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
        if task in done:
            task.result()
            return
        timed_out = True
        task.cancel()
        if not started:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        from eventwire.rest.errors import error_response

        response = error_response(503, f"the request took longer than {self.seconds:g} s "
                                       "(request_timeout_s); narrow it or try again", code="timeout")
        await response(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware: ``X-Content-Type-Options: nosniff``, no referrer, and a
    Content-Security-Policy on every response that sets none itself: `policy`, which by
    default lets a response load and run nothing and be framed by no one. The dashboard's
    pages set their own (scripts and styles from this server only, nothing inline)."""

    def __init__(self, app: ASGIApp, policy: str = "default-src 'none'; frame-ancestors 'none'") -> None:
        self.app = app
        self.policy = policy.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"content-security-policy" for name, _ in headers):
                    headers.append((b"content-security-policy", self.policy))
                message["headers"] = [*headers, (b"x-content-type-options", b"nosniff"),
                                      (b"referrer-policy", b"no-referrer")]
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)
