"""The connection plumbing of the SQLite store: error translation, write transactions and guarded reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime

from frontwatch.errors import CorruptDatabase, DatabaseUnavailable, StorageFault, StoreError

_FAULT_MARKERS = ("locked", "busy", "disk i/o error", "database or disk is full", "disk is full")
_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "encrypted")


def translate_error(exc: sqlite3.Error, action: str) -> StoreError:
    """Turn a sqlite3 error into the matching frontwatch error."""
    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, sqlite3.OperationalError) and any(m in lowered for m in _FAULT_MARKERS):
        return StorageFault(f"could not {action}: {text}")
    if any(m in lowered for m in _CORRUPT_MARKERS):
        return CorruptDatabase(f"could not {action}: {text}")
    if "readonly" in lowered or "unable to open" in lowered:
        return DatabaseUnavailable(f"could not {action}: {text}")
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError(
            f"could not {action}: {text}",
            hint="Two events share an event_id; event ids must be unique across documents.",
        )
    return StoreError(f"could not {action}: {text}")


class SqliteConnection:
    """An open connection to a store file, with the helpers its readers and writers share."""

    path: str
    _conn: sqlite3.Connection
    _clock: Callable[[], datetime]
    _closed: bool

    def _now(self) -> str:
        return self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store {self.path} is closed", hint="Open it again with open_store().")

    @contextmanager
    def _transaction(self, action: str) -> Iterator[None]:
        """A write transaction (BEGIN IMMEDIATE): committed on success, rolled back on any error."""
        self._check_open()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_error(exc, action) from exc
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                raise translate_error(exc, action) from exc
            raise

    @contextmanager
    def _reading(self, action: str) -> Iterator[None]:
        self._check_open()
        try:
            yield
        except sqlite3.Error as exc:
            raise translate_error(exc, action) from exc

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            # SQLite may already have rolled back on its own (e.g. after a full disk)
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _count(self, sql: str) -> int:
        with self._reading("count rows"):
            row = self._conn.execute(sql).fetchone()
            return int(row[0]) if row else 0
