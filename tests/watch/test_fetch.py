"""Fetching against a real server on 127.0.0.1: conditional requests, caps, timeouts, redirects,
politeness, and the address rules (checked on every hop)."""

from __future__ import annotations

import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from frontwatch.errors import AddressRefused, FetchFailed, ResponseTooLarge, TooManyRedirects, UnsupportedUrl
from frontwatch.watch import Fetcher, FetchPolicy
from frontwatch.watch.addresses import is_public, vetted_address

from .conftest import Route, Site, handler_for

MakeFetcher = Callable[..., Fetcher]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("2002:7f00:1::", False),  # 6to4 wrapping 127.0.0.1
    ],
)
def test_only_public_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


def fake_resolver(table: dict[str, list[str]]) -> Callable[..., list[tuple[Any, ...]]]:
    def resolve(host: str, port: int, **_: object) -> list[tuple[Any, ...]]:
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in table[host]]

    return resolve


def test_a_name_with_any_internal_address_is_refused_before_connecting() -> None:
    resolver = fake_resolver({"mixed.test": ["93.184.216.34", "10.0.0.7"], "ok.test": ["93.184.216.34"]})
    assert vetted_address("ok.test", 80, resolver=resolver) == "93.184.216.34"
    with pytest.raises(AddressRefused, match=r"10\.0\.0\.7"):
        vetted_address("mixed.test", 80, resolver=resolver)
    fetcher = Fetcher(FetchPolicy(host_delay=0), resolver=fake_resolver({"intranet.test": ["192.168.0.4"]}))
    with pytest.raises(AddressRefused):
        fetcher.get("http://intranet.test/feed.xml")


def test_loopback_is_refused_unless_allowed(site: Site, local_fetcher: MakeFetcher) -> None:
    site.routes["/a"] = Route(body=b"hello")
    with pytest.raises(AddressRefused):
        Fetcher(FetchPolicy(host_delay=0)).get(site.url("/a"))
    assert site.requests == []
    assert local_fetcher().get(site.url("/a")).body == b"hello"


def test_a_redirect_to_an_internal_address_is_refused(site: Site) -> None:
    site.routes["/go"] = Route(302, headers={"Location": f"http://127.0.0.2:{site.port}/secret"})
    site.routes["/meta"] = Route(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    only_first = Fetcher(
        FetchPolicy(host_delay=0),
        allowed=lambda address: str(address) == "127.0.0.1",  # the test server counts as public
    )
    for path in ("/go", "/meta"):
        with pytest.raises(AddressRefused):
            only_first.get(site.url(path))
    assert [path for path, _ in site.requests] == ["/go", "/meta"]


def test_conditional_requests_get_not_modified(site: Site, local_fetcher: MakeFetcher) -> None:
    site.routes["/feed"] = Route(
        body=b"<rss/>", etag='"v1"', headers={"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
    )
    fetcher = local_fetcher()
    first = fetcher.get(site.url("/feed"))
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Mon, 01 Jan 2024 00:00:00 GMT")
    again = fetcher.get(site.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert site.requests[1][1]["If-None-Match"] == '"v1"'
    assert site.requests[1][1]["If-Modified-Since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_size_cap_holds_whatever_the_server_announces(site: Site, local_fetcher: MakeFetcher) -> None:
    site.routes["/big"] = Route(body=b"x" * 5000)
    site.routes["/lying"] = Route(body=b"x" * 5000, headers={"Connection": "close", "Content-Length": ""})
    fetcher = local_fetcher(max_bytes=1000)
    with pytest.raises(ResponseTooLarge, match="5000 bytes announced"):
        fetcher.get(site.url("/big"))
    with pytest.raises(ResponseTooLarge, match="not read further"):
        fetcher.get(site.url("/lying"))
    assert local_fetcher(max_bytes=5000).get(site.url("/big")).body == b"x" * 5000


def test_a_slow_server_times_out(site: Site, local_fetcher: MakeFetcher) -> None:
    site.routes["/slow"] = Route(body=b"late", delay=2.0)
    started = time.monotonic()
    with pytest.raises(FetchFailed):
        local_fetcher(timeout=0.3).get(site.url("/slow"))
    assert time.monotonic() - started < 1.5


def test_http_errors_redirect_loops_and_other_schemes(site: Site, local_fetcher: MakeFetcher) -> None:
    site.routes["/gone"] = Route(410, b"gone")
    site.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    site.routes["/hop"] = Route(301, headers={"Location": "/there"})
    site.routes["/there"] = Route(body=b"arrived")
    fetcher = local_fetcher(max_redirects=3)
    with pytest.raises(FetchFailed, match="HTTP 410"):
        fetcher.get(site.url("/gone"))
    with pytest.raises(TooManyRedirects):
        fetcher.get(site.url("/loop"))
    assert site.hits("/loop") == 4
    arrived = fetcher.get(site.url("/hop"))
    assert (arrived.url, arrived.body) == (site.url("/there"), b"arrived")
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x/"):
        with pytest.raises(UnsupportedUrl):
            fetcher.get(url)


def test_requests_to_one_host_are_spaced_by_the_delay(site: Site) -> None:
    site.routes["/a"] = Route(body=b"a")
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(FetchPolicy(host_delay=2.0, allow_private=True), sleep=sleep, clock=lambda: now[0])
    for _ in range(3):
        fetcher.get(site.url("/a"))
    assert slept == [2.0, 2.0]


def test_https_goes_to_the_checked_address_and_still_verifies_the_host_name(tmp_path: Path) -> None:
    """A real TLS server on 127.0.0.1 with a certificate for 'localhost' made by openssl here."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed, so no certificate can be made for the TLS server")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    served = Site()
    served.routes["/feed"] = Route(body=b"<rss/>")
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(served))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        trusting = ssl.create_default_context(cafile=str(cert))
        fetcher = Fetcher(FetchPolicy(allow_private=True, host_delay=0, timeout=5), tls=trusting)
        assert fetcher.get(f"https://localhost:{port}/feed").body == b"<rss/>"
        with pytest.raises(FetchFailed, match=r"CERTIFICATE_VERIFY_FAILED|match"):
            fetcher.get(f"https://127.0.0.1:{port}/feed")  # the certificate does not name 127.0.0.1
        with pytest.raises(FetchFailed):
            Fetcher(FetchPolicy(allow_private=True, host_delay=0, timeout=5)).get(
                f"https://localhost:{port}/feed"
            )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
