"""Support for the crash, fault and concurrency tests: a small corpus, forked children that share the
parent's loaded pipeline, full table dumps, and the checks that a database holds a committed prefix
of a run.

A dump leaves out what legitimately differs between two runs over the same inputs: the times a row
was first or last seen, migrated, reviewed or created, and the `runs` table (one row per run, so a
killed run and its resumption leave two), which `run_rows` reads on its own."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import redirect_stderr, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from frontwatch.cli import ingest_into
from frontwatch.model import Rejection
from frontwatch.runner import Coded, Pipeline, Result
from frontwatch.runner.engines import EngineBase, LocalEngine
from frontwatch.store import Store

ROOT = Path(__file__).resolve().parents[2]
STORIES = ROOT / "examples" / "stories"
STORY_NAMES = (
    "2024-05-26-kharkiv-hypermarket-strike.txt",
    "2023-11-14-kidal-retaken.txt",
)

# Short wire-style items written for these tests (real places, invented wording).
SYNTHETIC = (
    {
        "id": "wire-1",
        "title": "Shelling hits Kupiansk",
        "published": "2023-03-04",
        "text": "KUPIANSK, March 4 - Russian forces shelled Kupiansk overnight, killing one civilian, "
        "the regional governor said on Saturday.",
    },
    {
        "id": "wire-2",
        "title": "Protest in Tbilisi",
        "published": "2024-04-30",
        "text": "TBILISI, April 30 - Thousands of people protested in Tbilisi on Tuesday against a draft "
        "law on foreign agents, and police dispersed them with tear gas.",
    },
    {
        "id": "wire-3",
        "title": "Drone strike in Odesa",
        "published": "2024-03-15",
        "text": "ODESA, March 15 - A Russian missile struck a residential area of Odesa on Friday, "
        "killing 14 people, Ukrainian officials said.",
    },
)

TIMESTAMP_COLUMNS = frozenset(
    {"first_seen", "last_seen", "applied_at", "started_at", "finished_at", "reviewed_at", "created_at"}
)
AGGREGATE_TABLES = ("story_signatures", "story_bands", "incident_members", "incidents")
Dump = dict[str, list[tuple[Any, ...]]]


def write_corpus(folder: Path) -> list[Path]:
    """The inputs of one run: example stories, a JSON Lines file of short items, and an empty file
    (rejected), in that order."""
    folder.mkdir(parents=True, exist_ok=True)
    wire = folder / "wire.jsonl"
    wire.write_text("".join(json.dumps(item) + "\n" for item in SYNTHETIC), encoding="utf-8")
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    return [*(STORIES / name for name in STORY_NAMES), wire, empty]


def ingest(
    store: Store, paths: Sequence[Path], engine: EngineBase, reported: list[dict[str, Any]] | None = None
) -> None:
    """What `frontwatch ingest` does with an open store: code, store, refresh the aggregates. The JSON
    records it reports on stderr (rejections, documents left pending) are added to `reported`, also
    when it raises."""
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            ingest_into(store, paths, default_date=None, quiet=True, command="ingest", engine=engine)
    finally:
        if reported is not None:
            reported.extend(json.loads(line) for line in err.getvalue().splitlines() if line.startswith("{"))


def local_engine(pipeline: Pipeline) -> LocalEngine:
    return LocalEngine(pipeline=pipeline)


class ReplayEngine(EngineBase):
    """An engine that hands back results coded earlier by the real pipeline, in input order.

    The store sees exactly what a live run writes; the NLP is not paid again for every injected
    fault."""

    def __init__(self, results: Sequence[Result]) -> None:
        self.results = list(results)

    def code(self, items: Iterable[Any], *, default_date: date | None = None) -> Iterable[Result]:
        for item, result in zip(items, self.results, strict=True):
            expected = item.doc_id
            got = result.document.doc_id if isinstance(result, Coded) else result.doc_id
            if expected != got:
                raise AssertionError(f"replay out of step: input {expected}, recorded {got}")
            yield result


# ---------------------------------------------------------------------------------------- dumps


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=30, isolation_level=None)


def _all_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [str(r[0]) for r in rows]


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = _all_tables(conn)
    return [n for n in names if not n.startswith(("sqlite_", "documents_fts_")) and n != "runs"]


def dump(path: Path) -> Dump:
    """Every table's rows, sorted, without timestamp columns and without `runs`."""
    with connect(path) as conn:
        out: Dump = {}
        for table in _tables(conn):
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in TIMESTAMP_COLUMNS]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    conn.close()
    return out


def run_rows(path: Path) -> list[tuple[Any, ...]]:
    """(command, documents, events, rejections, status) of every run, oldest first."""
    conn = connect(path)
    try:
        if "runs" not in _all_tables(conn):
            return []
        sql = "SELECT command, documents, events, rejections, status FROM runs ORDER BY run_id"
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def integrity_problems(path: Path) -> list[str]:
    """What SQLite finds wrong with the file: page-level integrity, foreign keys, the full-text
    index. Empty when the database is sound."""
    with connect(path) as conn:
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
        fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").fetchone()
        if fts:
            try:
                conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"full-text index: {exc}")
    conn.close()
    return problems


# ---------------------------------------------------------------------------------- the reference


@dataclass(frozen=True)
class Unit:
    """What one input result leaves in the store once its transaction committed."""

    kind: str  # "document" or "rejection"
    key: tuple[str, ...]


@dataclass(frozen=True)
class Reference:
    """An uninterrupted run: its full dump, its run row, and its results in input order."""

    dump: Dump
    run: tuple[Any, ...]
    units: list[Unit]

    def rows_of(self, table: str, column: int, value: str) -> list[tuple[Any, ...]]:
        return [row for row in self.dump[table] if row[column] == value]


def units_of(results: Sequence[Result]) -> list[Unit]:
    units = []
    for result in results:
        if isinstance(result, Rejection):
            units.append(Unit("rejection", (result.source, result.doc_id, result.code)))
        else:
            units.append(Unit("document", (result.document.document_hash,)))
    return units


def stored_units(path: Path) -> set[Unit]:
    tables = dump(path)
    docs = {Unit("document", (str(r[0]),)) for r in tables.get("documents", [])}
    rejections = {Unit("rejection", (str(r[0]), str(r[1]), str(r[2]))) for r in tables.get("rejections", [])}
    return docs | rejections


def prefix_problems(path: Path, reference: Reference) -> list[str]:
    """Why the database is not a committed prefix of the reference run (empty when it is).

    A prefix: the first n results of the run are stored and no later one; every stored document
    has exactly the reference's row, full-text entry and events; aggregates are either not yet
    written or exactly the reference's; at most one run is recorded."""
    stored = stored_units(path)
    n = 0
    while n < len(reference.units) and reference.units[n] in stored:
        n += 1
    problems = [f"stored out of order: {u}" for u in reference.units[n:] if u in stored]
    problems += [f"not in the run: {u}" for u in stored - set(reference.units)]
    current = dump(path)
    for table in ("documents", "documents_fts", "events", "rejections"):
        expected = [row for row in reference.dump[table] if _belongs(table, row, reference.units[:n])]
        rows = current.get(table, [])
        if rows != expected:
            problems.append(f"{table}: {len(rows)} rows, expected the {len(expected)} of the prefix")
    if any(current.get(t) for t in AGGREGATE_TABLES) and current != reference.dump:
        problems.append("aggregates were written for a partial run")
    runs = run_rows(path)
    if len(runs) > 1 or (runs and runs[0][4] not in ("running", "completed")):
        problems.append(f"unexpected runs: {runs}")
    return problems


def _belongs(table: str, row: tuple[Any, ...], units: Sequence[Unit]) -> bool:
    if table == "rejections":
        return Unit("rejection", (row[0], row[1], row[2])) in units
    column = 1 if table == "events" else 0
    return Unit("document", (row[column],)) in units


# ---------------------------------------------------------------------------------- forked children


def fork_child(work: Callable[[], None]) -> int:
    """Run `work` in a forked child (which shares the parent's loaded pipeline copy-on-write) with
    its output discarded; returns the child's pid. The child exits 0 when `work` returns, 1 when it
    raises."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        work()
        code = 0
    finally:
        os._exit(code)


def wait_child(pid: int) -> tuple[bool, int]:
    """(killed by SIGKILL, exit code) of a child, once it has ended."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return os.WTERMSIG(status) == signal.SIGKILL, -os.WTERMSIG(status)
    return False, os.WEXITSTATUS(status)


def kill_child(pid: int) -> tuple[bool, int]:
    """SIGKILL the child now (it may have ended already) and reap it."""
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    return wait_child(pid)


def kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)
