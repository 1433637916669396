"""Fixtures for the aggregates: the hand-labelled incident reports coded once per session, and a
store holding them on each engine (SQLite, and PostgreSQL when the tests can run a server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.model import Document, Event
from frontwatch.runner import Coded, Pipeline
from frontwatch.store.sqlite import SqliteStore
from pg_server import PgServer

INCIDENTS = Path(__file__).resolve().parents[2] / "examples" / "incidents"
# Modules that reopen the report database by its file path, so run on SQLite only.
SQLITE_ONLY = frozenset({"test_cli_aggregate"})


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test of `report_store` on both engines (but those of SQLITE_ONLY)."""
    if "report_store" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    engines = ["sqlite"] if module in SQLITE_ONLY else ["sqlite", "postgresql"]
    metafunc.parametrize("engine", engines)


@pytest.fixture(scope="session")
def coded_reports(pipeline: Pipeline) -> list[tuple[Document, list[Event]]]:
    """The example incident reports, coded by the real pipeline (once per session)."""
    out = [
        (r.document, r.events) for r in pipeline.run([INCIDENTS / "reports.jsonl"]) if isinstance(r, Coded)
    ]
    assert out, "no incident report was coded"
    return out


def fill(store: SqliteStore, coded: list[tuple[Document, list[Event]]]) -> None:
    for document, events in coded:
        store.save_document(document, events)


@pytest.fixture
def report_store(
    engine: str,
    tmp_path: Path,
    coded_reports: list[tuple[Document, list[Event]]],
    request: pytest.FixtureRequest,
) -> Iterator[SqliteStore]:
    """A fresh database holding the coded reports, not yet aggregated."""
    if engine == "sqlite":
        opened: SqliteStore = SqliteStore(tmp_path / "reports.db")
    else:
        from frontwatch.store.postgres import PostgresStore

        server: PgServer = request.getfixturevalue("pg_server")
        opened = PostgresStore(server.migrated_database())
    with opened as store:
        fill(store, coded_reports)
        yield store
