"""The store the API and the review commands use: the SQLite store plus reviewed reads, review
writes and tokens. `open_reviewed_store(url)` opens it (creating and migrating like `open_store`)."""

from __future__ import annotations

from contextlib import AbstractContextManager

from frontwatch.store import sqlite_path
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


def open_reviewed_store(
    url: str, *, query_ms: float | None = DEFAULT_QUERY_MS, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
) -> ReviewedSqliteStore:
    """Open the store at `url` for the API: `query_ms` bounds every read (None: no limit)."""
    store = ReviewedSqliteStore(sqlite_path(url), busy_timeout=busy_timeout)
    store.query_ms = query_ms
    return store
