"""Where documents, events, rejections and runs are kept.

`open_store(url)` gives a `Store`: a plain path or `sqlite:///path` opens (or creates) a SQLite file.
"""

from __future__ import annotations

import os
import re

from frontwatch.errors import PostgresNotSupported, UnsupportedDatabaseUrl
from frontwatch.store.api import EventFilter, SearchHit, Store
from frontwatch.store.schema import SCHEMA_VERSION
from frontwatch.store.sqlite import DEFAULT_BUSY_TIMEOUT, SqliteStore

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
    if scheme in ("postgresql", "postgres") or scheme.startswith(("postgresql+", "postgres+")):
        raise PostgresNotSupported(f"cannot open {scheme}://…: PostgreSQL support is not built yet")
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


def open_store(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
    """Open (creating and migrating if needed) the store at `url`.

    Raises PostgresNotSupported (FW404) for postgresql:// URLs, UnsupportedDatabaseUrl (FW405) for
    other schemes, CorruptDatabase (FW406) for a file that is not a readable SQLite database,
    NotAFrontwatchDatabase (FW402) for another program's SQLite database, SchemaTooNew (FW401) for a
    database written by a newer frontwatch, DatabaseUnavailable (FW407) when the file cannot be
    opened, and StorageFault (FW403) when it is locked or the disk fails.
    """
    return SqliteStore(sqlite_path(url), busy_timeout=busy_timeout)


__all__ = [
    "SCHEMA_VERSION",
    "EventFilter",
    "SearchHit",
    "SqliteStore",
    "Store",
    "open_store",
    "sqlite_path",
]
