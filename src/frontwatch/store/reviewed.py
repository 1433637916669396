"""The store the API and the review commands use: the SQLite store plus reviewed reads, review
writes and tokens. `open_reviewed_store(url)` opens it (creating and migrating like `open_store`)."""

from __future__ import annotations

from contextlib import AbstractContextManager

from frontwatch.errors import PostgresNotSupported
from frontwatch.store import is_postgres_url, sqlite_path
from frontwatch.store.api import SearchHit
from frontwatch.store.sqlite import DEFAULT_BUSY_TIMEOUT, SqliteStore
from frontwatch.store.sqlite_browse import DEFAULT_QUERY_MS
from frontwatch.store.sqlite_review import SqliteReviewer


class ReviewedSqliteStore(SqliteReviewer, SqliteStore):
    """`SqliteStore` with reviewed reads (under a per-query time limit), reviews and tokens."""

    def bounded(self, action: str) -> AbstractContextManager[None]:
        """A block of reads (by other modules, e.g. the aggregates) under the per-query time limit."""
        return self._limited(action)

    def search_documents(self, query: str, limit: int = 20) -> list[SearchHit]:
        """`search` under the per-query time limit."""
        with self._limited("search documents"):
            return self.search(query, limit)


def _reviewed_postgres(url: str, busy_timeout: float) -> ReviewedSqliteStore:
    try:
        from frontwatch.store.reviewed_postgres import ReviewedPostgresStore
    except ImportError as exc:
        raise PostgresNotSupported(f"cannot open a PostgreSQL database: {exc}") from exc
    return ReviewedPostgresStore(url, busy_timeout=busy_timeout)


def open_reviewed_store(
    url: str, *, query_ms: float | None = DEFAULT_QUERY_MS, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
) -> ReviewedSqliteStore:
    """Open the store at `url` for the API: `query_ms` bounds every read (None: no limit)."""
    if is_postgres_url(url):
        store = _reviewed_postgres(url, busy_timeout)
    else:
        store = ReviewedSqliteStore(sqlite_path(url), busy_timeout=busy_timeout)
    store.query_ms = query_ms
    return store
