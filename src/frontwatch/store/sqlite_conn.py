"""The connection plumbing of the SQL stores: error translation, write transactions and guarded reads.

The SQLite store's behaviour is the default here; the PostgreSQL store (`postgres`) overrides the
hooks marked as such (transactions, locks, retries, the query time limit).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar, cast

from frontwatch.errors import CorruptDatabase, DatabaseUnavailable, QueryTimeout, StorageFault, StoreError
from frontwatch.store.dialect import SQLITE, Dialect

T = TypeVar("T")

# The lock of aggregate updates (exclusive) against document saves (shared), on PostgreSQL.
AGGREGATES_LOCK = "aggregates"


class DbCursor(Protocol):
    """The part of a DB-API cursor the stores use."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def close(self) -> None: ...


class DbConnection(Protocol):
    """The part of `sqlite3.Connection` the stores use; the PostgreSQL store's connection offers the
    same, so the SQL written once serves both engines."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> DbCursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> DbCursor: ...

    @property
    def in_transaction(self) -> bool: ...

    def close(self) -> None: ...


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
    """An open connection to a store, with the helpers its readers and writers share."""

    path: str
    _conn: DbConnection
    _clock: Callable[[], datetime]
    _closed: bool
    dialect: Dialect = SQLITE
    progress_steps = 1000  # SQLite VM steps between two looks at the clock under a time limit

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

    def _serialise(self, key: str, *, shared: bool = False) -> None:
        """Inside a write transaction: wait for other writers holding `key` (PostgreSQL only; SQLite's
        BEGIN IMMEDIATE already admits one writer at a time). `shared` holders do not exclude each other."""

    def _retrying(self, work: Callable[[], T]) -> T:
        """Run a write that may conflict with a concurrent one (PostgreSQL retries it; SQLite has
        a single writer, so there is nothing to retry)."""
        return work()

    @contextmanager
    def _time_limit(self, limit_ms: float | None, action: str) -> Iterator[None]:
        """Run the block under a time limit; QueryTimeout (FW6xx) when it runs past it.

        On SQLite, a progress handler looks at the clock every `progress_steps` VM steps."""
        self._check_open()
        conn = cast(sqlite3.Connection, self._conn)  # the SQLite store's own connection
        if limit_ms is not None:
            deadline = time.monotonic() + limit_ms / 1000
            conn.set_progress_handler(lambda: time.monotonic() > deadline, self.progress_steps)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc).lower():
                raise QueryTimeout(f"could not {action} within {limit_ms:.0f} ms") from exc
            raise translate_error(exc, action) from exc
        except sqlite3.Error as exc:
            raise translate_error(exc, action) from exc
        finally:
            conn.set_progress_handler(None, 0)

    def _count(self, sql: str) -> int:
        with self._reading("count rows"):
            row = self._conn.execute(sql).fetchone()
            return int(row[0]) if row else 0
