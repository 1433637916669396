"""What `watch` remembers between polls and across restarts, kept in the store's own database
(schema version 4): per source, the validators of the last answer (ETag, Last-Modified, or a file's
size and modification time); per item, whether it is stored, rejected, or to be tried again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from frontwatch.store.sqlite import SqliteStore
from frontwatch.store.sqlite_conn import SqliteConnection

STORED = "stored"
REJECTED = "rejected"
RETRY = "retry"
MAX_ATTEMPTS = 3  # a transiently failing item is tried on this many polls, then left as rejected


@dataclass(frozen=True)
class SourceState:
    """The validators from the last successful poll of a source."""

    source: str
    etag: str | None = None
    last_modified: str | None = None
    fingerprint: str | None = None


class WatchState(SqliteConnection):
    """Watch state in a store's database (SQLite or PostgreSQL), through the store's connection and
    its transactions and error translation, so it lives and moves with the data it describes."""

    def __init__(self, store: SqliteStore) -> None:
        self.path = store.path
        self._conn = store._conn
        self._clock = store._clock
        self._closed = False
        self._store = store

    @contextmanager
    def _transaction(self, action: str) -> Iterator[None]:
        with self._store._transaction(action):
            yield

    @contextmanager
    def _reading(self, action: str) -> Iterator[None]:
        with self._store._reading(action):
            yield

    def source(self, source: str) -> SourceState:
        """The stored validators of `source` (all None when it was never polled)."""
        with self._reading(f"read the watch state of {source}"):
            row = self._conn.execute(
                "SELECT etag, last_modified, fingerprint FROM watch_sources WHERE source = ?", (source,)
            ).fetchone()
        return SourceState(source, *row) if row else SourceState(source)

    def save_source(self, state: SourceState, status: str) -> None:
        """Record a poll of a source; its validators are kept for the next conditional request."""
        with self._transaction(f"record the poll of {state.source}"):
            self._conn.execute(
                "INSERT INTO watch_sources "
                "(source, etag, last_modified, fingerprint, last_polled, last_status) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, fingerprint = excluded.fingerprint, "
                "last_polled = excluded.last_polled, last_status = excluded.last_status",
                (state.source, state.etag, state.last_modified, state.fingerprint, self._now(), status),
            )

    def is_pending(self, source: str, key: str) -> bool:
        """True for an item never finished: not seen yet, or failed fewer than MAX_ATTEMPTS times."""
        with self._reading(f"read the watch state of {source}"):
            row = self._conn.execute(
                "SELECT status, attempts FROM watch_items WHERE source = ? AND item_key = ?", (source, key)
            ).fetchone()
        return row is None or (row[0] == RETRY and int(row[1]) < MAX_ATTEMPTS)

    def mark(self, source: str, key: str, status: str, document_hash: str | None = None) -> None:
        """Record the outcome of one item; a RETRY that reached MAX_ATTEMPTS becomes REJECTED."""
        now = self._now()
        with self._transaction(f"record item {key} of {source}"):
            self._conn.execute(
                "INSERT INTO watch_items (source, item_key, status, attempts, document_hash, first_seen, "
                "last_seen) VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (source, item_key) DO UPDATE SET "
                "status = excluded.status, attempts = watch_items.attempts + 1, "
                "document_hash = COALESCE(excluded.document_hash, watch_items.document_hash), "
                "last_seen = excluded.last_seen",
                (source, key, status, document_hash, now, now),
            )
            self._conn.execute(
                "UPDATE watch_items SET status = ? WHERE source = ? AND item_key = ? AND status = ? "
                "AND attempts >= ?",
                (REJECTED, source, key, RETRY, MAX_ATTEMPTS),
            )

    def items(self, source: str) -> dict[str, tuple[str, int]]:
        """Every item recorded for `source`: key -> (status, attempts)."""
        with self._reading(f"read the watch state of {source}"):
            rows = self._conn.execute(
                "SELECT item_key, status, attempts FROM watch_items WHERE source = ?", (source,)
            ).fetchall()
        return {key: (status, int(attempts)) for key, status, attempts in rows}
