"""A real HTTP server on 127.0.0.1, started by the tests, serving feeds and articles we wrote."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from frontwatch.watch import Fetcher, FetchPolicy


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the body is sent
    etag: str | None = None  # answered 304 when the request carries it


@dataclass
class Site:
    """The routes the server answers and the requests it received."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for requested, _ in self.requests if requested == path)


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers.items())))
            route = site.routes.get(self.path, Route(404, b"not here"))
            if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.etag is not None:
                self.send_header("ETag", route.etag)
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            time.sleep(route.delay)
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read `site.requests` instead."""

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(served))
    server.daemon_threads = True
    served.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def local_fetcher() -> Callable[..., Fetcher]:
    """A fetcher allowed to reach this machine (the test server), with no politeness delay."""

    def make(**policy: object) -> Fetcher:
        options: dict[str, object] = {"allow_private": True, "host_delay": 0.0, "timeout": 5.0}
        options.update(policy)
        return Fetcher(FetchPolicy(**options))  # type: ignore[arg-type]

    return make
