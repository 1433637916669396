"""HTTP hardening: security headers with a strict Content-Security-Policy, a request-body cap, tokens
for writing (and for reading on a non-loopback bind), and CSRF checks on every write.

Writes need the token in the `X-Frontwatch-Token` header (a header a cross-site form cannot send)
and, when the browser states an Origin, the server's own origin.
"""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from frontwatch.api.settings import ApiSettings
from frontwatch.errors import AuthRequired, BodyTooLarge, CsrfRejected, FrontwatchError
from frontwatch.store.reviewed import open_reviewed_store

TOKEN_HEADER = "X-Frontwatch-Token"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def error_response(exc: FrontwatchError) -> JSONResponse:
    status = int(getattr(exc, "status", 500))
    return JSONResponse(exc.as_dict(), status_code=status)


def token_owner(settings: ApiSettings, token: str | None) -> str | None:
    """The name the token belongs to, or None for a missing or unknown token."""
    if not token:
        return None
    with open_reviewed_store(settings.db, query_ms=settings.query_ms) as store:
        return store.token_owner(token)


def check_origin(request: Request) -> None:
    """A write must come from this server's own page: Origin (when sent) equals our origin."""
    origin = request.headers.get("origin")
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        raise CsrfRejected(f"a write came from another site ({site})")
    if origin is None:
        return
    host = request.headers.get("host", "")
    if origin != f"{request.url.scheme}://{host}":
        raise CsrfRejected("a write came from another origin")


def check_body_size(request: Request, limit: int) -> None:
    length = request.headers.get("content-length")
    if length is None:
        raise BodyTooLarge("a write must state its Content-Length", hint="Send the body in one piece.")
    if not length.isdigit() or int(length) > limit:
        raise BodyTooLarge(f"the request body is over {limit} bytes")


LOG = logging.getLogger("frontwatch.api")
INTERNAL_ERROR = {"code": "FW600", "error": "internal error", "hint": "The server logged the details."}


class Guard:
    """ASGI middleware: limits and checks before the route, security headers on every response.

    Plain ASGI rather than an `http` middleware function, which would put every response (static
    files included) through an extra task and stream."""

    def __init__(self, app: ASGIApp, settings: ApiSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        try:
            await _check(Request(scope), self.settings)
        except FrontwatchError as exc:
            await error_response(exc)(scope, receive, send_with_headers)
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if started:
                raise
            # an unexpected failure still answers with the security headers, and is logged
            LOG.exception("unhandled error on %s", scope.get("path"))
            await JSONResponse(INTERNAL_ERROR, status_code=500)(scope, receive, send_with_headers)


async def _check(request: Request, settings: ApiSettings) -> None:
    path = request.url.path
    if request.method in WRITE_METHODS:
        check_body_size(request, settings.body_max)
        check_origin(request)
        owner = await run_in_threadpool(token_owner, settings, request.headers.get(TOKEN_HEADER))
        if owner is None:
            raise AuthRequired("writing needs a valid token")
        request.state.reviewer = owner
    elif settings.read_needs_token and path.startswith("/api/"):
        owner = await run_in_threadpool(token_owner, settings, request.headers.get(TOKEN_HEADER))
        if owner is None:
            raise AuthRequired("this server is not on loopback: reading needs a token")
