"""A fault at every write: the store's connection fails at its k-th `execute` call, for every k over
a small ingest run, with the errors a failing disk gives ("disk I/O error", "database or disk is
full") and with MemoryError; once (a transient fault) and from call k on (a disk that stays full).

For every k the database stays sound and holds only complete documents, nothing is lost silently
(a document that is not stored was reported pending or the run failed, saying why), and a later
clean run stores exactly what an uninterrupted run stores."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pytest

from frontwatch.errors import StorageFault
from frontwatch.runner import Pipeline, Result
from frontwatch.store.sqlite import SqliteStore

from .crash_harness import (
    Reference,
    ReplayEngine,
    dump,
    ingest,
    integrity_problems,
    run_rows,
    stored_units,
    units_of,
    write_corpus,
)

FAULTS: dict[str, Callable[[], BaseException]] = {
    "disk I/O error": lambda: sqlite3.OperationalError("disk I/O error"),
    "database or disk is full": lambda: sqlite3.OperationalError("database or disk is full"),
    "MemoryError": MemoryError,
}


@dataclass
class FaultPlan:
    """Which `execute` call fails, with what, and whether every later call fails too."""

    fail_at: int | None = None
    fault: str = "disk I/O error"
    sticky: bool = False
    calls: int = 0
    opened: list[sqlite3.Connection] = field(default_factory=list)

    def tick(self) -> None:
        self.calls += 1
        if self.fail_at is not None and (
            self.calls == self.fail_at or (self.sticky and self.calls > self.fail_at)
        ):
            raise FAULTS[self.fault]()

    def end_process(self) -> None:
        """Close every connection the run opened, as the end of its process would."""
        for conn in self.opened:
            conn.close()


class FaultyConnection:
    """A sqlite3 connection whose `execute` and `executemany` calls are counted by a plan, which
    makes one of them (or every one from then on) raise instead of running."""

    def __init__(self, conn: sqlite3.Connection, plan: FaultPlan) -> None:
        self._real = conn
        self._plan = plan
        plan.opened.append(conn)

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        self._plan.tick()
        return self._real.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any]) -> sqlite3.Cursor:
        self._plan.tick()
        return self._real.executemany(sql, parameters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def faulty_store(path: Path, plan: FaultPlan) -> SqliteStore:
    class FaultyStore(SqliteStore):
        @staticmethod
        def _connect(path: str, busy_timeout: float) -> sqlite3.Connection:
            return cast(sqlite3.Connection, FaultyConnection(SqliteStore._connect(path, busy_timeout), plan))

    return FaultyStore(path)


@dataclass(frozen=True)
class Setting:
    inputs: list[Path]
    results: list[Result]
    reference: Reference
    calls: int
    folder: Path


@pytest.fixture(scope="module")
def setting(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """The corpus coded once; an uninterrupted run counts the calls a fault can hit."""
    folder = tmp_path_factory.mktemp("faults")
    corpus = write_corpus(folder / "inputs")
    inputs = [corpus[0], *corpus[-2:]]  # a story, the short wire items, the empty file
    results = list(pipeline.run(inputs))
    plan = FaultPlan()  # never fails: counts the calls
    db = folder / "reference.db"
    with faulty_store(db, plan) as store:
        ingest(store, inputs, ReplayEngine(results))
    reference = Reference(dump(db), run_rows(db)[0], units_of(results))
    return Setting(inputs, results, reference, plan.calls, folder)


def _faulty_run(
    setting: Setting, db: Path, plan: FaultPlan
) -> tuple[BaseException | None, list[dict[str, Any]]]:
    reported: list[dict[str, Any]] = []
    try:
        with faulty_store(db, plan) as store:
            ingest(store, setting.inputs, ReplayEngine(setting.results), reported)
    except (StorageFault, MemoryError) as exc:
        return exc, reported
    finally:
        plan.end_process()
    return None, reported


def _check_said_what_happened(
    error: BaseException | None, reported: list[dict[str, Any]], plan: FaultPlan, where: str
) -> None:
    """The run failed, and either its error or a document it reported pending names the fault."""
    assert error is not None, f"{where}: the run ended as if nothing had failed"
    if plan.fault == "MemoryError":
        assert isinstance(error, MemoryError), f"{where}: {error!r}"
        return
    assert isinstance(error, StorageFault) and error.code == "FW403", f"{where}: {error!r}"
    pending = [r["message"] for r in reported if r.get("code") == "FW403"]
    assert plan.fault in " ".join([str(error), *pending]), f"{where}: {error} / {pending}"
    for message in pending:
        assert plan.fault in message, f"{where}: {message}"


def _check_nothing_lost(setting: Setting, db: Path, error: BaseException | None, where: str) -> None:
    """Every unit the run did not store was reported pending, or the run failed before it."""
    stored = stored_units(db)
    missing = [u for u in setting.reference.units if u not in stored]
    assert not missing or error is not None, f"{where}: {missing} lost without an error"


def _check_retry(setting: Setting, db: Path, where: str) -> None:
    with SqliteStore(db) as store:
        ingest(store, setting.inputs, ReplayEngine(setting.results))
    assert integrity_problems(db) == [], where
    assert dump(db) == setting.reference.dump, f"{where}: the clean run did not store the whole run"


@pytest.mark.parametrize(
    ("fault", "sticky"),
    [
        ("disk I/O error", False),
        ("database or disk is full", True),
        ("MemoryError", False),
        ("MemoryError", True),
    ],
    ids=["io-once", "full-from-then-on", "memory-once", "memory-from-then-on"],
)
def test_a_fault_at_every_call(setting: Setting, fault: str, sticky: bool) -> None:
    assert setting.calls > 50, "the run makes the calls a fault should hit"
    for k in range(1, setting.calls + 1):
        where = f"{fault}, {'from' if sticky else 'at'} call {k} of {setting.calls}"
        db = setting.folder / f"k{k}.db"
        plan = FaultPlan(fail_at=k, fault=fault, sticky=sticky)
        error, reported = _faulty_run(setting, db, plan)
        assert integrity_problems(db) == [], where
        _check_said_what_happened(error, reported, plan, where)
        _check_nothing_lost(setting, db, error, where)
        _check_complete_documents(setting, db, where)
        _check_retry(setting, db, where)
        for leftover in setting.folder.glob(f"k{k}.db*"):
            leftover.unlink()
    print(f"\n{fault} {'from' if sticky else 'at'} each of {setting.calls} calls: every fault survived")


def _check_complete_documents(setting: Setting, db: Path, where: str) -> None:
    """No half document: each stored document has exactly its reference row, text and events."""
    current = dump(db)
    stored = stored_units(db)
    for table in ("documents", "documents_fts", "events"):
        column = 1 if table == "events" else 0
        keys = {u.key[0] for u in stored if u.kind == "document"}
        expected = [row for row in setting.reference.dump[table] if row[column] in keys]
        assert current.get(table, []) == expected, f"{where}: {table} holds a partial document"


def test_close_releases_the_write_lock_when_memory_runs_out(tmp_path: Path) -> None:
    db = tmp_path / "lock.db"
    plan = FaultPlan()
    store = faulty_store(db, plan)
    plan.fail_at, plan.fault, plan.sticky = plan.calls + 2, "MemoryError", True  # BEGIN runs, INSERT fails
    with pytest.raises(MemoryError):
        store.start_run("ingest")
    with pytest.raises(MemoryError):
        store.close()
    plan.fail_at = None  # memory is back; the process goes on (a server, a watch loop)
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # raises "database is locked" while the lock is held
        other.execute("ROLLBACK")
    finally:
        other.close()
        plan.end_process()


def test_a_disk_error_while_opening_an_existing_database_is_a_storage_fault(tmp_path: Path) -> None:
    db = tmp_path / "existing.db"
    SqliteStore(db).close()
    plan = FaultPlan(fail_at=2)  # 1: list the tables, 2: read the application marker
    try:
        with pytest.raises(StorageFault, match="disk I/O error"):
            faulty_store(db, plan)
    finally:
        plan.end_process()


class RejectionFault(FaultyConnection):
    """Fails the first attempt to record a rejection, as a full disk would."""

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        if "INSERT INTO rejections" in sql and not self._plan.calls:
            self._plan.calls += 1
            raise sqlite3.OperationalError("database or disk is full")
        return self._real.execute(sql, parameters)


def test_a_rejection_that_cannot_be_recorded_stays_pending_and_the_run_goes_on(
    setting: Setting, tmp_path: Path
) -> None:
    empty, story = setting.inputs[-1], setting.inputs[0]
    results = [setting.results[-1], setting.results[0]]
    plan = FaultPlan()

    class Store(SqliteStore):
        @staticmethod
        def _connect(path: str, busy_timeout: float) -> sqlite3.Connection:
            return cast(sqlite3.Connection, RejectionFault(SqliteStore._connect(path, busy_timeout), plan))

    db = tmp_path / "rejection.db"
    reported: list[dict[str, Any]] = []
    try:
        with Store(db) as store, pytest.raises(StorageFault):
            ingest(store, [empty, story], ReplayEngine(results), reported)
    finally:
        plan.end_process()
    assert units_of(results)[1] in stored_units(db), "the document after the rejection was stored"
    assert [r["code"] for r in reported] == ["FW403"]
