"""The SQLite store: one file, WAL journal, one transaction per document.

`SqliteStore` opens and migrates the file here; its reading and writing methods come from
`sqlite_read` and `sqlite_write`, which share the plumbing in `sqlite_conn`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from frontwatch.errors import (
    CorruptDatabase,
    DatabaseUnavailable,
    NotAFrontwatchDatabase,
    SchemaTooNew,
    StoreError,
)
from frontwatch.store.schema import (
    APPLICATION,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
    Migration,
    statements,
)
from frontwatch.store.sqlite_aggregate import SqliteAggregates
from frontwatch.store.sqlite_conn import translate_error
from frontwatch.store.sqlite_read import SqliteReader
from frontwatch.store.sqlite_write import SqliteWriter

# SQLite-only additions to the portable migrations, applied in the same transaction as the
# migration with the same version. The full-text index keeps its own copy of title and text
# (an external-content index would hang on implicit rowids, which VACUUM may renumber).
SQLITE_EXTRA: dict[int, str] = {
    1: """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    document_hash UNINDEXED,
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
)
""",
}

DEFAULT_BUSY_TIMEOUT = 10.0


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _fold(value: object) -> str | None:
    """Case folding for substring filters (SQLite's own lower() only knows ASCII)."""
    return None if value is None else str(value).casefold()


class SqliteStore(SqliteReader, SqliteWriter, SqliteAggregates):
    """A `Store` in one SQLite file. Not shared between threads; open one per process or thread."""

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.path = str(path)
        self._clock = clock
        self._closed = False
        self._conn = self._connect(self.path, busy_timeout)
        try:
            self._check_foreign()
            self._configure(busy_timeout)
            self._migrate()
        except BaseException:
            self._conn.close()
            self._closed = True
            raise

    # ----------------------------------------------------------------- opening and migrations

    @staticmethod
    def _connect(path: str, busy_timeout: float) -> sqlite3.Connection:
        if path != ":memory:":
            target = Path(path)
            if target.is_dir():
                raise DatabaseUnavailable(f"{path} is a folder, not a database file")
            if not target.parent.is_dir():
                raise DatabaseUnavailable(f"the folder of {path} does not exist")
        try:
            conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise translate_error(exc, f"open {path}") from exc
        conn.create_function("fw_fold", 1, _fold, deterministic=True)
        return conn

    def _check_foreign(self) -> None:
        """Refuse a file that is not SQLite, or a SQLite database that some other program owns."""
        names = {n for n in self._table_names() if not n.startswith("sqlite_")}
        if not names:
            return
        application = self._application() if "meta" in names else None
        if application != APPLICATION:
            raise NotAFrontwatchDatabase(
                f"{self.path} is a SQLite database of another program "
                f"(tables: {', '.join(sorted(names)[:5])})"
            )

    def _table_names(self) -> set[str]:
        try:
            return {
                row[0]
                for row in self._conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
        except sqlite3.DatabaseError as exc:
            error = translate_error(exc, f"read {self.path}")
            if type(error) is StoreError:
                error = CorruptDatabase(f"could not read {self.path}: {exc}")
            raise error from exc

    def _application(self) -> str | None:
        """The application marker in the meta table, if it can be read."""
        try:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such" in str(exc).lower():  # a meta table without our columns: not ours
                return None
            raise translate_error(exc, f"read {self.path}") from exc
        except sqlite3.DatabaseError as exc:
            raise translate_error(exc, f"read {self.path}") from exc
        return row[0] if row else None

    def _configure(self, busy_timeout: float) -> None:
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise translate_error(exc, f"configure {self.path}") from exc

    def _migrate(self) -> None:
        """Apply pending migrations in order, each in its own transaction.

        An up-to-date database is only read, so opening it takes no write lock."""
        with self._reading(f"read the schema version of {self.path}"):
            current = self._schema_version() if "schema_migrations" in self._table_names() else 0
        if current > SCHEMA_VERSION:
            raise self._too_new(current)
        if current == SCHEMA_VERSION:
            return
        while self._apply_next_migration():
            pass

    def _apply_next_migration(self) -> bool:
        """Apply the first pending migration in its own transaction; False when none is pending."""
        with self._transaction(f"migrate {self.path}"):
            self._serialise("migrate")  # two programs opening a new database migrate it in turn
            self._conn.execute(MIGRATIONS_TABLE)
            current = self._schema_version()
            if current > SCHEMA_VERSION:
                raise self._too_new(current)
            pending = [m for m in MIGRATIONS if m.version > current]
            if not pending:
                return False
            migration = pending[0]
            self._apply(migration)
            self._conn.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                (migration.version, self._now()),
            )
        return True

    def _apply(self, migration: Migration) -> None:
        """Run one migration's statements and this engine's extras for its version."""
        script = statements(migration.sql) + statements(SQLITE_EXTRA.get(migration.version, ""))
        for statement in script:
            self._conn.execute(statement)

    def _too_new(self, version: int) -> SchemaTooNew:
        return SchemaTooNew(
            f"{self.path} has schema version {version}; this frontwatch knows up to {SCHEMA_VERSION}"
        )

    def _schema_version(self) -> int:
        row = self._conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self._reading("read the schema version"):
            return self._schema_version()

    # ----------------------------------------------------------------- lifetime

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                self._rollback()
            finally:
                # even when the rollback fails (out of memory, an interrupt), closing the
                # connection is what releases the file's write lock
                self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


__all__ = ["DEFAULT_BUSY_TIMEOUT", "SQLITE_EXTRA", "SqliteStore"]
