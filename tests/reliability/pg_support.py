"""Support for the PostgreSQL crash, fault and concurrency tests: table dumps of a PostgreSQL
database, the committed-prefix check, a fast reset between tries, and a store whose connection
calls a hook before each statement (to count statements, kill the process, or fail one).

The dumps leave out what the SQLite dumps of `crash_harness` leave out (timestamps and the `runs`
table) and the columns PostgreSQL generates from others (`search_vector`, `geom`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import psycopg

from frontwatch.store.postgres import PostgresStore
from frontwatch.store.postgres_conn import PgConnection
from frontwatch.store.sqlite import DEFAULT_BUSY_TIMEOUT

from .crash_harness import AGGREGATE_TABLES, TIMESTAMP_COLUMNS, Dump, Reference, Unit

__all__ = ["Dump", "HookedConnection", "StatementCounter", "dump", "hooked_store", "prefix_problems", "reset"]

GENERATED_COLUMNS = frozenset({"search_vector", "geom"})
KEPT_TABLES = ("schema_migrations", "meta")  # what a reset keeps: the schema stays migrated
_TABLES_SQL = (
    "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT EXISTS "
    "(SELECT 1 FROM pg_depend AS d WHERE d.objid = c.oid AND d.deptype = 'e') ORDER BY c.relname"
)

Hook = Callable[["HookedConnection", str], None]


def connect(url: str) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(url, autocommit=True)


def tables(url: str) -> list[str]:
    """The tables of the database (those of extensions, such as PostGIS's, aside)."""
    with connect(url) as conn:
        return [str(r[0]) for r in conn.execute(_TABLES_SQL)]


def dump(url: str) -> Dump:
    """Every table's rows, sorted, without timestamps, generated columns and the `runs` table."""
    out: Dump = {}
    with connect(url) as conn:
        for table in [str(r[0]) for r in conn.execute(_TABLES_SQL)]:
            if table == "runs":
                continue
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d.name for d in cursor.description or ()]
            keep = [i for i, n in enumerate(names) if n not in TIMESTAMP_COLUMNS | GENERATED_COLUMNS]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    return out


def run_rows(url: str) -> list[tuple[Any, ...]]:
    """(command, documents, events, rejections, status) of every run, oldest first."""
    if "runs" not in tables(url):
        return []
    with connect(url) as conn:
        sql = "SELECT command, documents, events, rejections, status FROM runs ORDER BY run_id"
        return [tuple(r) for r in conn.execute(sql)]


def reset(url: str) -> None:
    """Empty every table but the schema's own, as a new migrated database would be (much faster
    than creating one for each try; DELETE beats TRUNCATE on tables this small). Only `runs` and
    `review_audit` number their rows, and the dumps leave `runs` out."""
    names = [t for t in tables(url) if t not in KEPT_TABLES]
    with connect(url) as conn, conn.transaction():
        conn.execute("SET CONSTRAINTS ALL DEFERRED")
        for name in names:
            conn.execute(f'DELETE FROM "{name}"')


def stored_units(current: Dump) -> set[Unit]:
    docs = {Unit("document", (str(r[0]),)) for r in current.get("documents", [])}
    rejections = {Unit("rejection", (str(r[0]), str(r[1]), str(r[2]))) for r in current.get("rejections", [])}
    return docs | rejections


def _belongs(table: str, row: tuple[Any, ...], units: Iterable[Unit]) -> bool:
    if table == "rejections":
        return Unit("rejection", (row[0], row[1], row[2])) in units
    column = 1 if table == "events" else 0  # documents.document_hash, events.document_hash
    return Unit("document", (row[column],)) in units


def document_problems(current: Dump, reference: Reference) -> list[str]:
    """Why some stored document is not complete (its row and all its events, as the reference run
    wrote them); empty when every stored document is whole."""
    stored = stored_units(current)
    problems = [f"not in the run: {u}" for u in stored - set(reference.units)]
    for table in ("documents", "events", "rejections"):
        expected = [row for row in reference.dump[table] if _belongs(table, row, stored)]
        rows = current.get(table, [])
        if rows != expected:
            problems.append(f"{table}: {len(rows)} rows, expected the {len(expected)} of the stored units")
    return problems


def prefix_problems(url: str, reference: Reference) -> list[str]:
    """Why the database is not a committed prefix of the reference run (empty when it is): the
    first n results stored and no later one, each complete; aggregates absent or the reference's."""
    current = dump(url)
    stored = stored_units(current)
    n = 0
    while n < len(reference.units) and reference.units[n] in stored:
        n += 1
    problems = [f"stored out of order: {u}" for u in reference.units[n:] if u in stored]
    problems += document_problems(current, reference)
    if any(current.get(t) for t in AGGREGATE_TABLES) and current != reference.dump:
        problems.append("aggregates were written for a partial run")
    runs = run_rows(url)
    if len(runs) > 1 or (runs and runs[0][4] not in ("running", "completed")):
        problems.append(f"unexpected runs: {runs}")
    return problems


# ------------------------------------------------------------------------- a hooked connection


class HookedConnection(PgConnection):
    """The store's connection, calling `hook` before each statement it is asked to run."""

    def __init__(self, inner: PgConnection, hook: Hook) -> None:
        super().__init__(inner.raw, inner.where)
        self.hook = hook

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[tuple[Any, ...]]:
        self.hook(self, sql)
        return super().execute(sql, parameters)

    def executemany(
        self, sql: str, parameters: Iterable[Sequence[Any]], /
    ) -> psycopg.Cursor[tuple[Any, ...]]:
        self.hook(self, sql)
        return super().executemany(sql, parameters)


def hooked_store(url: str, hook: Hook, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> PostgresStore:
    """A PostgresStore whose every statement, from the first one of opening on, goes through `hook`."""

    class HookedStore(PostgresStore):
        def _configure(self, busy_timeout: float) -> None:
            self._conn = HookedConnection(self._conn, hook)
            super()._configure(busy_timeout)

    return HookedStore(url, busy_timeout=busy_timeout)


class StatementCounter:
    """A hook counting statements; at statement `act_at` it calls `action` (once)."""

    def __init__(self, act_at: int | None = None, action: Hook | None = None) -> None:
        self.count = 0
        self.act_at = act_at
        self.action = action

    def __call__(self, conn: HookedConnection, sql: str) -> None:
        self.count += 1
        if self.count == self.act_at and self.action is not None:
            self.action(conn, sql)


def terminate_backend(admin_url: str) -> Hook:
    """A hook action that ends the connection's server process (as a server restart or a network
    cut would) and waits until it is gone, so the statement about to run meets a dead connection."""

    def act(conn: HookedConnection, sql: str) -> None:
        with connect(admin_url) as admin:
            admin.execute("SELECT pg_terminate_backend(%s, 10000)", (conn.raw.info.backend_pid,))

    return act


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?", 1)[0]
