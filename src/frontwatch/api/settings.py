"""The server's settings: where the database is, how it binds, and every limit the API enforces."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from frontwatch.store.sqlite_browse import DEFAULT_QUERY_MS


@dataclass(frozen=True)
class ApiSettings:
    """What `create_app` needs. Limits bound what one request can cost the server."""

    db: str
    host: str = "127.0.0.1"
    port: int = 8000
    public: bool = False  # on a non-loopback bind, let anyone read without a token
    page_default: int = 100
    page_max: int = 500  # events per page of /api/events
    download_max: int = 100_000  # events in one CSV or GeoJSON download, or in /api/points
    body_max: int = 16 * 1024  # bytes of a request body
    query_ms: float = DEFAULT_QUERY_MS  # time limit of one database query

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def read_needs_token(self) -> bool:
        """Reading is open on loopback; elsewhere it needs a token unless the server is public."""
        return not self.loopback and not self.public


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
