"""A PostgreSQL connection that speaks like `sqlite3.Connection`, so the stores' SQL serves both engines.

Statements are written with `?` placeholders; they are rewritten to psycopg's `%s` once and cached.
Every psycopg error is turned into the frontwatch error that says what to do next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus

from frontwatch.errors import (
    DatabaseUnavailable,
    QueryTimeout,
    StorageFault,
    StoreError,
    WriteConflict,
)

UNREACHABLE_HINT = (
    "Check that the PostgreSQL server is running and reachable (host, port or socket folder), that the "
    "database exists (createdb NAME), and the user name and password in the URL."
)


def display_url(url: str) -> str:
    """The URL without its password (in the user part or a `password=` parameter), for messages."""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    netloc = f"{userinfo.split(':', 1)[0]}:***@{hostport}" if at and ":" in userinfo else parts.netloc
    query = re.sub(r"(^|&)password=[^&]*", r"\1password=***", parts.query)
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def driver_url(url: str) -> str:
    """The URL libpq understands: `postgres+driver://` and `postgresql+psycopg://` lose the driver."""
    return re.sub(r"^postgres(?:ql)?(?:\+\w+)?://", "postgresql://", url, count=1)


@lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """`?` placeholders as psycopg's `%s` (a literal `%` doubled). The stores' SQL keeps no `?` or
    `%` inside string literals, so a plain rewrite is exact."""
    return sql.replace("%", "%%").replace("?", "%s")


def translate_pg_error(exc: psycopg.Error, where: str, limit_ms: float | None = None) -> StoreError:
    """The frontwatch error for a psycopg error raised while working on the database `where`."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, pg_errors.QueryCanceled):
        limit = f" within {limit_ms:.0f} ms" if limit_ms is not None else ""
        return QueryTimeout(f"could not finish a query on {where}{limit}: {text}")
    if isinstance(exc, pg_errors.SerializationFailure | pg_errors.DeadlockDetected):
        return WriteConflict(f"a concurrent write on {where} conflicted: {text}")
    if isinstance(exc, pg_errors.LockNotAvailable | pg_errors.InsufficientResources):
        return StorageFault(f"could not write to {where}: {text}")
    if isinstance(exc, pg_errors.InvalidCatalogName | pg_errors.InvalidAuthorizationSpecification):
        return DatabaseUnavailable(f"could not open {where}: {text}", hint=UNREACHABLE_HINT)
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return DatabaseUnavailable(
            f"not allowed on {where}: {text}",
            hint="Grant the user rights on the database (or its schema), or connect as its owner.",
        )
    if isinstance(exc, psycopg.OperationalError):  # connection lost, server shut down, disk failure
        return StorageFault(f"lost the database {where}: {text}")
    if isinstance(exc, psycopg.IntegrityError) and exc.diag.constraint_name == "events_pkey":
        return StoreError(
            f"could not write to {where}: {text}",
            hint="Two events share an event_id; event ids must be unique across documents.",
        )
    return StoreError(f"could not use {where}: {text}")


def connect(url: str, connect_timeout: float) -> psycopg.Connection[tuple[Any, ...]]:
    """A connection in autocommit mode (the store opens its write transactions itself), or
    DatabaseUnavailable (FW407) when the server cannot be reached."""
    try:
        return psycopg.connect(
            driver_url(url), autocommit=True, connect_timeout=max(1, round(connect_timeout))
        )
    except psycopg.OperationalError as exc:
        detail = " ".join(str(exc).split())
        raise DatabaseUnavailable(
            f"could not connect to {display_url(url)}: {detail}", hint=UNREACHABLE_HINT
        ) from exc
    except psycopg.ProgrammingError as exc:  # a malformed URL
        raise DatabaseUnavailable(f"{display_url(url)} is not a usable PostgreSQL URL: {exc}") from exc


class PgConnection:
    """The subset of `sqlite3.Connection` the stores use, over a psycopg connection."""

    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]], where: str) -> None:
        self.raw = conn
        self.where = where
        self.limit_ms: float | None = None  # the statement_timeout in force, for messages

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[tuple[Any, ...]]:
        query = placeholders(sql)  # built by the code from constants; values are bound
        try:
            return self.raw.execute(query, tuple(parameters))
        except psycopg.Error as exc:
            raise translate_pg_error(exc, self.where, self.limit_ms) from exc

    def executemany(
        self, sql: str, parameters: Iterable[Sequence[Any]], /
    ) -> psycopg.Cursor[tuple[Any, ...]]:
        query = placeholders(sql)
        cursor = self.raw.cursor()
        try:
            cursor.executemany(query, [tuple(p) for p in parameters])
        except psycopg.Error as exc:
            raise translate_pg_error(exc, self.where, self.limit_ms) from exc
        return cursor

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def failed(self) -> bool:
        """True inside a transaction an error has aborted (only a rollback is possible)."""
        return self.raw.info.transaction_status == TransactionStatus.INERROR

    def close(self) -> None:
        self.raw.close()
