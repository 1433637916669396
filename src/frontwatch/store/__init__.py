"""Where documents, events, rejections and runs are kept.

`open_store(url)` gives a `Store`: a plain path or `sqlite:///path` opens (or creates) a SQLite file,
a `postgresql://` URL a PostgreSQL database (see docs/storage.md).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from frontwatch.errors import PostgresNotSupported, UnsupportedDatabaseUrl
from frontwatch.store.api import EventFilter, SearchHit, Store
from frontwatch.store.schema import SCHEMA_VERSION
from frontwatch.store.sqlite import DEFAULT_BUSY_TIMEOUT, SqliteStore

if TYPE_CHECKING:
    from frontwatch.store.postgres import PostgresStore

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


def sqlite_path(url: str) -> str:
    """The file path a store URL points at.

    `sqlite:///data/fw.db` is the relative path data/fw.db, `sqlite:////srv/fw.db` the absolute
    /srv/fw.db (the usual SQLAlchemy convention); `sqlite://` and `:memory:` are an in-memory database.
    """
    if not url or not url.strip():
        raise UnsupportedDatabaseUrl("the database path is empty")
    match = _SCHEME.match(url)
    if match is None:
        return url if url == ":memory:" else os.path.expanduser(url)
    scheme = match.group(1).lower()
    if is_postgres_url(url):
        raise UnsupportedDatabaseUrl(f"{scheme}://… is a PostgreSQL URL, not a SQLite path")
    if scheme != "sqlite":
        raise UnsupportedDatabaseUrl(f"unknown database URL scheme {scheme!r}")
    rest = url[match.end() :]
    if rest in ("", "/:memory:", ":memory:"):
        return ":memory:"
    if not rest.startswith("/"):
        raise UnsupportedDatabaseUrl(
            f"{url!r} names a host; write sqlite:///relative/path.db or sqlite:////absolute/path.db"
        )
    return os.path.expanduser(rest[1:])


def is_postgres_url(url: str) -> bool:
    """True for postgresql://, postgres:// and their `+driver` forms."""
    match = _SCHEME.match(url or "")
    if match is None:
        return False
    scheme = match.group(1).lower()
    return scheme in ("postgresql", "postgres") or scheme.startswith(("postgresql+", "postgres+"))


def open_postgres(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> PostgresStore:
    """Open (creating the tables and migrating if needed) the PostgreSQL database at `url`.

    Raises PostgresNotSupported (FW404) when the driver (psycopg) is not installed."""
    try:
        from frontwatch.store.postgres import PostgresStore
    except ImportError as exc:
        raise PostgresNotSupported(f"cannot open a PostgreSQL database: {exc}") from exc
    return PostgresStore(url, busy_timeout=busy_timeout)


def open_store(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
    """Open (creating and migrating if needed) the store at `url`.

    A postgresql:// URL opens a PostgreSQL database: DatabaseUnavailable (FW407) when the server
    cannot be reached, PostgresNotSupported (FW404) when its driver is not installed. Raises
    UnsupportedDatabaseUrl (FW405) for other schemes, CorruptDatabase (FW406) for a file that is
    not a readable SQLite database, NotAFrontwatchDatabase (FW402) for another program's database,
    SchemaTooNew (FW401) for a database written by a newer frontwatch, DatabaseUnavailable (FW407)
    when the file cannot be opened, and StorageFault (FW403) when it is locked or the disk fails.
    """
    if is_postgres_url(url):
        return open_postgres(url, busy_timeout=busy_timeout)
    return SqliteStore(sqlite_path(url), busy_timeout=busy_timeout)


__all__ = [
    "SCHEMA_VERSION",
    "EventFilter",
    "SearchHit",
    "SqliteStore",
    "Store",
    "is_postgres_url",
    "open_postgres",
    "open_store",
    "sqlite_path",
]
