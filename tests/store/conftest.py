from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.store.sqlite import SqliteStore
from pg_server import PgServer

from .factories import TickingClock

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "fw.db")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, db_path: str, request: pytest.FixtureRequest) -> str:
    """A new database on each backend: a SQLite file path (not created yet), or the URL of a fresh
    PostgreSQL database already holding the schema."""
    if backend == "sqlite":
        return db_path
    server: PgServer = request.getfixturevalue("pg_server")
    return server.migrated_database()


@pytest.fixture
def store(backend: str, db_url: str) -> Iterator[SqliteStore]:
    """An empty store (with a ticking clock) on each backend."""
    if backend == "sqlite":
        with SqliteStore(db_url, clock=TickingClock()) as opened:
            yield opened
        return
    from frontwatch.store.postgres import PostgresStore

    with PostgresStore(db_url, clock=TickingClock()) as pg:
        yield pg


@pytest.fixture
def sqlite_store(db_path: str) -> Iterator[SqliteStore]:
    """An empty SQLite store, for what only SQLite has (PRAGMAs, file locks)."""
    with SqliteStore(db_path, clock=TickingClock()) as opened:
        yield opened


@pytest.fixture
def pg_store(pg_server: PgServer) -> Iterator[SqliteStore]:
    """An empty PostgreSQL store (with a ticking clock), for what only PostgreSQL has."""
    from frontwatch.store.postgres import PostgresStore

    with PostgresStore(pg_server.migrated_database(), clock=TickingClock()) as opened:
        yield opened
