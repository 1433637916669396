"""A fault at every statement of an ingest into PostgreSQL, for every k: just before its k-th
statement the store's connection is cut by the server (`pg_terminate_backend`, as a restart or a
network cut does: every later statement fails too), or the k-th statement fails once with the error
of a full disk. Then, at the command line, a server-side fault (a trigger raising `disk_full`) while
`frontwatch ingest` writes one document's events.

For every k the database holds only complete documents, nothing is lost silently (a document not
stored was reported pending with FW403 and the run failed with FW403), and a clean run afterwards
stores exactly what an uninterrupted run stores."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from psycopg import errors as pg_errors

from cli_inprocess import run_cli
from frontwatch.errors import StorageFault, StoreError
from frontwatch.runner import Coded, Pipeline, Result
from frontwatch.store.postgres_conn import translate_pg_error
from pg_server import PgServer

from . import pg_support as pg
from .crash_harness import Reference, ReplayEngine, ingest, units_of, write_corpus

DISK_FULL = "could not extend file: No space left on device"


def doc_id(result: Result) -> str:
    return result.document.doc_id if isinstance(result, Coded) else result.doc_id


def disk_full_once(conn: pg.HookedConnection, sql: str) -> None:
    """The statement fails as PostgreSQL fails it when its disk is full (nothing of it runs)."""
    raise translate_pg_error(pg_errors.DiskFull(DISK_FULL), conn.where)


@dataclass(frozen=True)
class Setting:
    server: PgServer
    url: str
    inputs: list[Path]
    results: list[Result]
    reference: Reference
    statements: int


@pytest.fixture(scope="module")
def setting(pipeline: Pipeline, pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """The corpus coded once; an uninterrupted run counts the statements a fault can hit."""
    corpus = write_corpus(tmp_path_factory.mktemp("pg-faults") / "inputs")
    inputs = corpus[-2:]  # the short wire items, the empty file
    results = list(pipeline.run(inputs))
    url = pg_server.migrated_database()
    counter = pg.StatementCounter()
    with pg.hooked_store(url, counter) as store:
        ingest(store, inputs, ReplayEngine(results))
    reference = Reference(pg.dump(url), pg.run_rows(url)[0], units_of(results))
    return Setting(pg_server, url, inputs, results, reference, counter.count)


def _faulty_run(
    setting: Setting, counter: pg.StatementCounter
) -> tuple[StoreError | None, list[dict[str, Any]]]:
    reported: list[dict[str, Any]] = []
    try:
        with pg.hooked_store(setting.url, counter) as store:
            ingest(store, setting.inputs, ReplayEngine(setting.results), reported)
    except StoreError as exc:
        return exc, reported
    return None, reported


def _check_said_what_happened(
    setting: Setting, error: StoreError | None, reported: list[dict[str, Any]], current: pg.Dump, where: str
) -> None:
    """The run failed with FW403, and every document it did not store was reported pending (or
    the run failed before reaching it)."""
    assert isinstance(error, StorageFault) and error.code == "FW403", f"{where}: {error!r}"
    stored = pg.stored_units(current)
    pending = {r["doc_id"] for r in reported if r.get("code") == "FW403"}
    for unit, result in zip(setting.reference.units, setting.results, strict=True):
        if unit.kind == "document" and unit in stored:
            assert doc_id(result) not in pending, f"{where}: {doc_id(result)} stored yet pending"
        elif unit.kind == "document":
            assert doc_id(result) in pending or not pending, f"{where}: {doc_id(result)} lost silently"


def _check_retry(setting: Setting, where: str) -> None:
    with pg.hooked_store(setting.url, pg.StatementCounter()) as store:
        ingest(store, setting.inputs, ReplayEngine(setting.results))
    assert pg.dump(setting.url) == setting.reference.dump, (
        f"{where}: the clean run did not store the whole run"
    )
    assert pg.run_rows(setting.url)[-1] == setting.reference.run, where


FAULTS: dict[str, Callable[[Setting], pg.Hook]] = {
    "connection cut": lambda s: pg.terminate_backend(s.server.url("postgres")),
    "disk full once": lambda s: disk_full_once,
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_fault_at_every_statement(setting: Setting, fault: str) -> None:
    assert setting.statements > 30, "the run makes the statements a fault should hit"
    pending_seen = 0
    for k in range(1, setting.statements + 1):
        where = f"{fault} at statement {k} of {setting.statements}"
        pg.reset(setting.url)
        counter = pg.StatementCounter(k, FAULTS[fault](setting))
        error, reported = _faulty_run(setting, counter)
        current = pg.dump(setting.url)
        assert pg.document_problems(current, setting.reference) == [], where
        _check_said_what_happened(setting, error, reported, current, where)
        pending_seen += any(r.get("code") == "FW403" for r in reported)
        _check_retry(setting, where)
    assert pending_seen > 0, "some faults hit a document, which was then reported pending"
    print(
        f"\n{fault} at each of {setting.statements} statements: every fault survived "
        f"({pending_seen} runs reported pending documents)"
    )


# ------------------------------------------------------------------------ at the command line

FAULT_TRIGGER = f"""
CREATE SEQUENCE fault_counter;
CREATE FUNCTION fault_at_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF nextval('fault_counter') = 2 THEN
        RAISE EXCEPTION '{DISK_FULL}' USING ERRCODE = 'disk_full';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER fault_at_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION fault_at_event();
"""
REMOVE_TRIGGER = (
    "DROP TRIGGER fault_at_event ON events; DROP FUNCTION fault_at_event(); DROP SEQUENCE fault_counter;"
)


def _cli_ingest(url: str, inputs: list[Path]) -> subprocess.CompletedProcess[str]:
    """`frontwatch ingest` through the command line's `main`, in this process (the model loaded once)."""
    return run_cli("ingest", *map(str, inputs), "--db", url, "--quiet")


def test_a_disk_full_at_the_server_leaves_the_document_pending_and_exits_1(setting: Setting) -> None:
    pg.reset(setting.url)
    with pg.connect(setting.url) as conn:
        conn.execute(FAULT_TRIGGER)
    try:
        failed = _cli_ingest(setting.url, setting.inputs)
    finally:
        with pg.connect(setting.url) as conn:
            conn.execute(REMOVE_TRIGGER)
    assert failed.returncode == 1, failed.stderr
    records = [json.loads(line) for line in failed.stderr.splitlines() if line.startswith("{")]
    pending = [r for r in records if r.get("code") == "FW403"]
    assert len(pending) == 1 and DISK_FULL in pending[0]["message"], failed.stderr
    assert "[FW403]" in failed.stderr and "pending" in failed.stderr, failed.stderr
    assert pg.document_problems(pg.dump(setting.url), setting.reference) == []
    assert pg.run_rows(setting.url)[-1][4] == "incomplete"
    stored = pg.stored_units(pg.dump(setting.url))
    missing = [
        doc_id(r) for u, r in zip(setting.reference.units, setting.results, strict=True) if u not in stored
    ]
    assert missing == [pending[0]["doc_id"]], "only the document that met the fault is missing"
    _check_retry(setting, "after the disk filled")  # what the same command does again
    assert pg.dump(setting.url) == setting.reference.dump
