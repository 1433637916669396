"""Fetching feeds and articles over HTTP(S), carefully: only public addresses (checked on every
redirect hop, and connected to as checked), conditional requests, a timeout on every network
operation and on the whole response, a size cap read without buffering past it, and a politeness
delay between two requests to the same host."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from frontwatch import __version__
from frontwatch.errors import FetchFailed, ResponseTooLarge, TooManyRedirects, UnsupportedUrl
from frontwatch.watch.addresses import Allowed, IPAddress, Resolver, is_public, vetted_address

REDIRECTS = frozenset({301, 302, 303, 307, 308})
NOT_MODIFIED = 304
CHUNK = 64 * 1024


def _any_address(address: IPAddress) -> bool:
    return True


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for every request. `allow_private` lets internal addresses through (your own network)."""

    timeout: float = 20.0  # connect, and each read
    total_timeout: float = 60.0  # the whole response
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    host_delay: float = 1.0  # seconds between two requests to the same host
    allow_private: bool = False
    user_agent: str = f"frontwatch/{__version__}"


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == NOT_MODIFIED


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to an address checked in advance, whatever the name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a checked address; the certificate is still verified against the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float, tls: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=tls)
        self._address = address
        self._tls = tls

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)


@dataclass
class Fetcher:
    """GETs URLs under a FetchPolicy; every failure is a coded InputError for the item concerned."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    resolver: Resolver = socket.getaddrinfo
    # Which resolved addresses may be fetched; None follows the policy. Set it only in tests.
    allowed: Allowed | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _next_turn: dict[str, float] = field(default_factory=dict, init=False)
    # Certificate authorities for HTTPS: the system's unless another context is given.
    tls: ssl.SSLContext = field(default_factory=ssl.create_default_context)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The final response for `url`, following redirects; 304 when the validators still hold.

        Raises UnsupportedUrl, AddressRefused, FetchFailed (network error, timeout, HTTP error),
        ResponseTooLarge or TooManyRedirects."""
        headers = {"User-Agent": self.policy.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.policy.max_redirects + 1):
            response, location = self._hop(url, headers)
            if location is None:
                return response
            url = urljoin(url, location)
            headers.pop("If-None-Match", None)
            headers.pop("If-Modified-Since", None)
        raise TooManyRedirects(f"{url}: more than {self.policy.max_redirects} redirects.")

    def _hop(self, url: str, headers: dict[str, str]) -> tuple[Response, str | None]:
        """One request: the response, and the redirect target when it is a redirect."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsupportedUrl(f"{url}: only http:// and https:// URLs are fetched.")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise UnsupportedUrl(f"{url}: the port is not a number.") from None
        address = vetted_address(parts.hostname, port, allowed=self._allowed(), resolver=self.resolver)
        self._wait_turn(parts.hostname)
        conn = self._connection(parts.scheme, parts.hostname, port, address)
        try:
            return self._exchange(conn, url, parts.path or "/", parts.query, headers)
        except (OSError, http.client.HTTPException) as exc:
            raise FetchFailed(f"{url}: {type(exc).__name__}: {exc}") from None
        finally:
            conn.close()

    def _allowed(self) -> Allowed:
        if self.allowed is not None:
            return self.allowed
        return _any_address if self.policy.allow_private else is_public

    def _connection(self, scheme: str, host: str, port: int, address: str) -> http.client.HTTPConnection:
        if scheme == "https":
            return _PinnedHTTPS(host, port, address, self.policy.timeout, self.tls)
        return _PinnedHTTP(host, port, address, self.policy.timeout)

    def _exchange(
        self, conn: http.client.HTTPConnection, url: str, path: str, query: str, headers: dict[str, str]
    ) -> tuple[Response, str | None]:
        conn.request("GET", f"{path}?{query}" if query else path, headers=headers)
        reply = conn.getresponse()
        location = reply.getheader("Location")
        if reply.status in REDIRECTS and location:
            return Response(url, reply.status), location
        if reply.status >= 400 or reply.status < 200:
            raise FetchFailed(f"{url}: HTTP {reply.status} {reply.reason}.")
        body = b"" if reply.status == NOT_MODIFIED else self._body(reply, url)
        return Response(
            url,
            reply.status,
            body,
            etag=reply.getheader("ETag"),
            last_modified=reply.getheader("Last-Modified"),
            content_type=(reply.getheader("Content-Type") or "").split(";")[0].strip().lower(),
        ), None

    def _body(self, reply: http.client.HTTPResponse, url: str) -> bytes:
        """The body, read in chunks: never more than max_bytes + 1, never longer than total_timeout."""
        limit = self.policy.max_bytes
        declared = reply.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise ResponseTooLarge(f"{url}: {declared} bytes announced, over the cap of {limit}.")
        deadline = self.clock() + self.policy.total_timeout
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = reply.read1(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            chunks.append(chunk)
            if self.clock() > deadline:
                raise FetchFailed(f"{url}: the response took longer than {self.policy.total_timeout:g} s.")
        if size > limit:
            raise ResponseTooLarge(f"{url}: over the cap of {limit} bytes; not read further.")
        return b"".join(chunks)

    def _wait_turn(self, host: str) -> None:
        """Sleep until `host` may be asked again (host_delay after the last request to it)."""
        now = self.clock()
        turn = self._next_turn.get(host, now)
        if turn > now:
            self.sleep(turn - now)
        self._next_turn[host] = max(turn, now) + self.policy.host_delay
