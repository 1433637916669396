"""One coded database per session, copied for each test module's own live server (so reviews
made by one module do not change what another reads). The event and review modules run against
both engines: the SQLite file, and a PostgreSQL copy of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.runner import Pipeline
from frontwatch.store.postgres import PostgresStore
from frontwatch.store.sqlite import SqliteStore
from pg_server import PgServer

from .live import LiveServer, build_database

# The modules whose live server also runs on PostgreSQL (the others reopen the file by path).
BOTH_ENGINES = frozenset({"test_read", "test_review"})


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "server" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    engines = ["sqlite", "postgresql"] if module in BOTH_ENGINES else ["sqlite"]
    metafunc.parametrize("engine", engines, scope="module")


@pytest.fixture(scope="session")
def coded_db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A database of the sample stories and the hostile story, and a review token for alice."""
    return build_database(pipeline, tmp_path_factory.mktemp("api-db"))


@pytest.fixture(scope="session")
def coded_pg(coded_db: tuple[Path, str], pg_server: PgServer) -> str:
    """The coded database copied into PostgreSQL (documents, events, token); the database name."""
    url = pg_server.migrated_database()
    with SqliteStore(coded_db[0]) as source, PostgresStore(url) as target:
        hashes = [
            r[0] for r in source._conn.execute("SELECT document_hash FROM documents ORDER BY first_seen")
        ]
        events = list(source.events())
        for document_hash in hashes:
            document = source.document(document_hash)
            assert document is not None
            target.save_document(document, [e for e in events if e.document_hash == document_hash])
        for row in source._conn.execute("SELECT name, token_hash, created_at FROM api_tokens"):
            target._conn.execute(
                "INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?)", row
            )
    return url.rsplit("/", 1)[1].split("?", 1)[0]


@pytest.fixture(scope="module")
def db(coded_db: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("api-db-copy") / "served.db"
    shutil.copyfile(coded_db[0], copy)
    return copy


@pytest.fixture(scope="module")
def token(coded_db: tuple[Path, str]) -> str:
    return coded_db[1]


@pytest.fixture(scope="module")
def server(engine: str, request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    if engine == "sqlite":
        target: Path | str = request.getfixturevalue("db")
    else:  # a copy of the coded PostgreSQL database for this module
        pg: PgServer = request.getfixturevalue("pg_server")
        target = pg.database(template=request.getfixturevalue("coded_pg"))
    live = LiveServer.serve(target, "--page-max", "50")  # type: ignore[arg-type]  # serve passes it on as text
    yield live
    live.stop()
