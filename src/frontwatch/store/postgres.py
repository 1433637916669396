"""The PostgreSQL store: the same tables, SQL and behaviour as the SQLite store, for many writers.

`PostgresStore` reuses every reading and writing method of `SqliteStore` (their SQL is written once
for both engines, see `dialect`) and replaces only the engine's plumbing: the connection, the
migrations' types and extras, transactions, locks and retries, full-text search, and the query
time limit (statement_timeout).

Concurrency: SQLite admits one writer at a time; PostgreSQL runs writers side by side. Writes that
must not interleave take a transaction-scoped advisory lock (document saves share the aggregates
lock, an aggregate update takes it alone; saves of one document, edits of one event, and
migrations go one at a time), and a serialisation failure or deadlock is retried a bounded number
of times before WriteConflict (FW410).
"""

from __future__ import annotations

import itertools
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any, TypeVar

import psycopg

from frontwatch.errors import NotAFrontwatchDatabase, StorageFault, StoreError, WriteConflict
from frontwatch.model import Document, Event
from frontwatch.store.api import EventFilter, SearchHit
from frontwatch.store.dialect import POSTGRESQL, POSTGRESQL_POSTGIS, Dialect
from frontwatch.store.postgres_conn import (
    PgConnection,
    connect,
    display_url,
    placeholders,
    translate_pg_error,
)
from frontwatch.store.postgres_schema import POSTGIS, POSTGIS_VERSION, migration_statements
from frontwatch.store.schema import Migration
from frontwatch.store.sqlite import DEFAULT_BUSY_TIMEOUT, SqliteStore, _utc_now
from frontwatch.store.sqlite_read import event_query
from frontwatch.store.sqlite_rows import event_from_row

T = TypeVar("T")

WRITE_ATTEMPTS = 5
STREAM_BATCH = 2000  # events fetched per round trip when streaming
_CURSORS = itertools.count(1)
LOCK_NAMESPACE = "frontwatch:"

_SEARCH_SQL = (
    "SELECT d.document_hash, d.title, ts_headline('simple', d.text, q, "
    "'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') "
    "FROM documents AS d, (SELECT websearch_to_tsquery('simple', ?) && "
    "CASE WHEN ? = '' THEN ''::tsquery ELSE to_tsquery('simple', ?) END AS q) AS query "
    "WHERE d.search_vector @@ q ORDER BY ts_rank(d.search_vector, q) DESC, d.document_hash LIMIT ?"
)


def search_terms(query: str) -> tuple[str, str]:
    """An FTS5-style query as (words for websearch_to_tsquery, prefix terms for to_tsquery).

    Words, "phrases" and OR keep their meaning; NOT becomes websearch's `-`; `word*` becomes the
    prefix term `word:*` (which websearch syntax lacks)."""
    prefixes = re.findall(r"(\w+)\*", query)
    rest = re.sub(r"\w+\*", " ", query)
    rest = re.sub(r"\bNOT\s+", "-", rest)
    rest = re.sub(r"\bAND\b", " ", rest)
    return rest, " & ".join(f"{p}:*" for p in prefixes)


class PostgresStore(SqliteStore):
    """A `Store` in a PostgreSQL database. Not shared between threads; open one per process or thread.

    It is a `SqliteStore` by inheritance only, so that everything written against the SQL store
    (aggregates, review, watch state) works on it unchanged."""

    dialect: Dialect = POSTGRESQL
    _conn: PgConnection

    def __init__(
        self,
        url: str,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.url = url
        self.path = display_url(url)
        self._clock = clock
        self._closed = False
        self._conn = PgConnection(connect(url, busy_timeout), self.path)
        try:
            self._configure(busy_timeout)
            self._check_foreign()
            self._migrate()
            if self.has_postgis():
                self.dialect = POSTGRESQL_POSTGIS
        except BaseException:
            self._conn.close()
            self._closed = True
            raise

    # ----------------------------------------------------------------- opening and migrations

    def _configure(self, busy_timeout: float) -> None:
        """Lock waits end after `busy_timeout` (as SQLite's busy timeout): StorageFault, not a hang."""
        self._conn.execute("SELECT set_config('lock_timeout', ?, false)", (f"{int(busy_timeout * 1000)}",))
        row = self._conn.execute("SELECT current_setting('statement_timeout')").fetchone()
        self._statement_timeout = str(row[0]) if row else "0"

    def _table_names(self) -> set[str]:
        """Tables and views in the current schema, except those an extension owns (PostGIS's)."""
        rows = self._conn.execute(
            "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'p', 'm') AND NOT EXISTS "
            "(SELECT 1 FROM pg_depend AS d WHERE d.objid = c.oid AND d.deptype = 'e')"
        ).fetchall()
        return {str(r[0]) for r in rows}

    def _check_foreign(self) -> None:
        names = self._table_names()
        if names and (("meta" not in names) or self._application() != "frontwatch"):
            raise NotAFrontwatchDatabase(
                f"{self.path} is a PostgreSQL database of another program "
                f"(tables: {', '.join(sorted(names)[:5])})",
                hint="Point --db at a frontwatch database, or at a new empty database (createdb NAME).",
            )

    def _application(self) -> str | None:
        """The application marker in the meta table; None when that table is not shaped like
        frontwatch's (another program's `meta`), so the database is refused as another program's
        (FW402). A lost connection, a lock wait or missing rights still raise their own errors."""
        try:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        except StoreError as exc:
            if type(exc) is not StoreError:
                raise
            return None
        return str(row[0]) if row else None

    def _apply(self, migration: Migration) -> None:
        icu = self._conn.execute("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").fetchone()
        for statement in migration_statements(migration, icu=icu is not None):
            self._conn.execute(statement)
        if migration.version == POSTGIS_VERSION and self._create_postgis():
            for statement in POSTGIS:
                self._conn.execute(statement)

    def _create_postgis(self) -> bool:
        """Create the postgis extension if it can be (installed, and we may); False otherwise.

        A storage fault (a full disk, a lost connection) is no answer to that question: it ends the
        migration, which is tried again on the next opening, instead of leaving the database
        without its geometry column for good."""
        self._conn.execute("SAVEPOINT postgis")
        try:
            self._conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except StorageFault:
            raise
        except StoreError:
            self._conn.execute("ROLLBACK TO SAVEPOINT postgis")
            return False
        self._conn.execute("RELEASE SAVEPOINT postgis")
        return True

    def has_postgis(self) -> bool:
        """True when events carry a PostGIS point (column `geom`, GiST-indexed)."""
        with self._reading("look for the geometry column"):
            row = self._conn.execute(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = 'events' AND column_name = 'geom'"
            ).fetchone()
        return row is not None

    # ----------------------------------------------------------------- transactions and locks

    @contextmanager
    def _transaction(self, action: str) -> Iterator[None]:
        """A READ COMMITTED write transaction: committed on success, rolled back on any error."""
        self._check_open()
        self._conn.execute("BEGIN")
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            with suppress(StoreError):  # the connection may be gone; the server rolls back then
                self._conn.execute("ROLLBACK")

    def _serialise(self, key: str, *, shared: bool = False) -> None:
        function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        self._conn.execute(f"SELECT {function}(hashtextextended(?, 0))", (LOCK_NAMESPACE + key,))

    def _retrying(self, work: Callable[[], T]) -> T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return work()
            except WriteConflict:
                if attempt == WRITE_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)  # let the other writer finish
        raise AssertionError("unreachable")

    @contextmanager
    def _time_limit(self, limit_ms: float | None, action: str) -> Iterator[None]:
        """The block's statements under statement_timeout; QueryTimeout (FW603) past it."""
        self._check_open()
        if limit_ms is None:
            yield
            return
        self._conn.execute("SELECT set_config('statement_timeout', ?, false)", (f"{max(1, int(limit_ms))}",))
        self._conn.limit_ms = limit_ms
        try:
            yield
        finally:
            self._conn.limit_ms = None
            if not self._conn.failed:  # an aborted transaction restores the setting when rolled back
                self._conn.execute(
                    "SELECT set_config('statement_timeout', ?, false)", (self._statement_timeout,)
                )

    # ----------------------------------------------------------------- full-text search

    def _index_text(self, doc: Document) -> None:
        """Nothing to do: the tsvector is a generated column of `documents`."""

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first (see `search_terms` for the syntax)."""
        if not query.strip() or limit <= 0:
            return []
        words, prefixes = search_terms(query)
        with self._reading("search documents"):
            rows: list[Any] = self._conn.execute(_SEARCH_SQL, (words, prefixes, prefixes, limit)).fetchall()
        return [SearchHit(r[0], r[1], r[2]) for r in rows]

    # ----------------------------------------------------------------- streaming reads

    def events(self, filters: EventFilter | None = None) -> Iterator[Event]:
        """As `SqliteStore.events`, read through a server-side cursor a batch at a time, so that
        exporting a large database does not hold every event in memory."""
        sql, params = event_query(filters or EventFilter())
        self._check_open()
        return self._stream_events(sql, params)

    def _stream_events(self, sql: str, params: list[Any]) -> Iterator[Event]:
        # WITH HOLD: the cursor outlives the implicit transaction of an autocommit connection
        cursor = self._conn.raw.cursor(name=f"fw_events_{next(_CURSORS)}", withhold=True)
        cursor.itersize = STREAM_BATCH
        try:
            cursor.execute(placeholders(sql), params)
            for row in cursor:
                yield event_from_row(row)
        except psycopg.Error as exc:
            raise translate_pg_error(exc, self.path) from exc
        finally:
            with suppress(psycopg.Error):
                cursor.close()
