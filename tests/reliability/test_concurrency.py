"""Several processes writing one SQLite database at once: two `frontwatch ingest` processes (one
with a process pool), writers forked from this process that ingest again and again, and a real
`frontwatch serve` taking analysts' reviews over HTTP. No row may be lost, no writer may fail on
"database is locked"; and past a deliberately tiny busy timeout the error names the lock (FW403)
while the documents stay pending for a retry."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from frontwatch.errors import StorageFault
from frontwatch.runner import Pipeline, Result
from frontwatch.runner.engines import EngineBase
from frontwatch.store import open_store
from frontwatch.store.reviewed import open_reviewed_store

from .crash_harness import (
    STORIES,
    ReplayEngine,
    connect,
    dump,
    fork_child,
    ingest,
    integrity_problems,
    local_engine,
    run_rows,
    units_of,
    wait_child,
    write_corpus,
)

FRONTWATCH = Path(sys.executable).with_name("frontwatch")
STORY_FILES = sorted(STORIES.glob("*.txt"))
# Who writes which stories (by position in STORY_FILES); the slices overlap, so some documents are
# written by several processes at once.
REVIEWED = slice(0, 4)  # stored first, then reviewed over HTTP while the others write
CLI_LOCAL = slice(4, 12)
CLI_POOL = slice(10, 18)
FORKED = (slice(16, 20), slice(18, 22))
REVIEWS = 40
IMPORTED = time.time()
PAUSE = 0.1  # between two passes of a forked writer, and between two reviews


def _source_changed() -> bool:
    """Whether a source file changed after this test module was imported: the ingest processes
    then ran other code than the reference (it happens only while the code is being edited)."""
    source = Path(__file__).parents[2] / "src" / "frontwatch"
    return any(path.stat().st_mtime > IMPORTED for path in source.rglob("*.py"))


def _live() -> ModuleType:
    """The live-server support of the API tests (loaded by path: the tests folder is no package)."""
    name = "frontwatch_api_test_live"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parents[1] / "api" / "live.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _cli_ingest(db: Path, paths: list[Path], *extra: str) -> subprocess.Popen[str]:
    command = [str(FRONTWATCH), "ingest", *map(str, paths), "--db", str(db), "--quiet", *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _forked_writer(results: list[Result], db: Path, paths: list[Path], stop: Path) -> int:
    """A child that stores its stories again and again (each pass takes the write lock for every
    document and for the aggregates) until `stop` exists. It replays results the pipeline coded
    before, so its passes are quick and it competes for the lock all the time."""

    def work() -> None:
        while not stop.exists():
            with open_store(str(db)) as store:
                ingest(store, paths, ReplayEngine(results))
            time.sleep(PAUSE)

    return fork_child(work)


@dataclass
class Reviewer:
    """Posts reviews to the live server from a thread until told to stop; keeps every answer."""

    base: str
    token: str
    event_ids: list[str]
    answers: list[tuple[str, str, int]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        request = _live().request
        n = 0
        while not self.stop.is_set() or n < REVIEWS:
            event_id = self.event_ids[n % len(self.event_ids)]
            action = ("accept", "reject")[n % 2]
            reply = request(
                f"{self.base}/api/events/{event_id}/review",
                method="POST",
                body={"action": action},
                headers={"X-Frontwatch-Token": self.token},
            )
            self.answers.append((event_id, action, reply.status))
            n += 1
            time.sleep(PAUSE)


@pytest.fixture(scope="module")
def shared_db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if len(STORY_FILES) < 22:
        pytest.skip(f"the example corpus has {len(STORY_FILES)} stories; these tests need 22")
    db = tmp_path_factory.mktemp("concurrency") / "shared.db"
    with open_reviewed_store(str(db)) as store:
        ingest(store, STORY_FILES[REVIEWED], local_engine(pipeline))
        token = store.create_token("analyst")
    return db, token


def _event_ids(db: Path) -> list[str]:
    with connect(db) as conn:
        ids = [str(r[0]) for r in conn.execute("SELECT event_id FROM events ORDER BY event_id")]
    conn.close()
    return ids


def test_writers_in_several_processes_lose_nothing(
    pipeline: Pipeline, shared_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, token = shared_db
    stop = tmp_path / "stop"
    coded = {part.start: list(pipeline.run(STORY_FILES[part])) for part in FORKED}
    server = _live().LiveServer.serve(db)
    reviewer = Reviewer(server.base, token, _event_ids(db))
    thread = threading.Thread(target=reviewer.run)
    forked: list[int] = []
    cli: list[subprocess.Popen[str]] = []
    try:
        # fork before the reviewing thread starts: a child must not inherit a lock a thread holds
        forked = [_forked_writer(coded[part.start], db, STORY_FILES[part], stop) for part in FORKED]
        cli = [
            _cli_ingest(db, STORY_FILES[CLI_LOCAL]),
            _cli_ingest(db, STORY_FILES[CLI_POOL], "--engine", "pool", "--workers", "1"),
        ]
        thread.start()
        finished = [process.communicate(timeout=300) for process in cli]
    finally:
        stop.touch()
        children = [wait_child(pid) for pid in forked]
        reviewer.stop.set()
        if thread.is_alive():
            thread.join(timeout=120)
        for process in cli:
            if process.poll() is None:
                process.kill()
                process.communicate()
        server.stop()
    print(
        f"\nconcurrent writers: 2 CLI ingests, {len(forked)} forked writers, a server taking reviews "
        f"({len(reviewer.answers)} reviews)"
    )
    for process, (_, err) in zip(cli, finished, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err, err
    assert children == [(False, 0)] * len(forked)
    assert [a for a in reviewer.answers if a[2] != 200] == [], "every review was answered"
    _check_nothing_lost(pipeline, db, tmp_path)
    _check_reviews(db, reviewer)


def _check_nothing_lost(pipeline: Pipeline, db: Path, tmp_path: Path) -> None:
    """The shared database holds exactly the documents and events of one run over every story."""
    assert integrity_problems(db) == []
    everything = sorted({p for part in (REVIEWED, CLI_LOCAL, CLI_POOL, *FORKED) for p in STORY_FILES[part]})
    reference = tmp_path / "reference.db"
    with open_store(str(reference)) as store:
        ingest(store, everything, ReplayEngine(list(pipeline.run(everything))))
    got, expected = dump(db), dump(reference)
    for table in ("documents", "documents_fts", "events", "rejections", "incident_members", "incidents"):
        if got[table] != expected[table] and _source_changed():
            pytest.skip("the extraction code changed while the writers ran; their events cannot match")
        assert got[table] == expected[table], f"{table} differs from one uninterrupted run"
    assert all(run[4] == "completed" for run in run_rows(db)), run_rows(db)


def _check_reviews(db: Path, reviewer: Reviewer) -> None:
    """One audit row per review answered, and each event's review is the last one sent to it."""
    with connect(db) as conn:
        audit = conn.execute("SELECT COUNT(*) FROM review_audit").fetchone()[0]
        status = dict(conn.execute("SELECT event_id, status FROM event_reviews").fetchall())
    conn.close()
    assert audit == len(reviewer.answers)
    last = {event_id: action for event_id, action, _ in reviewer.answers}
    assert status == {e: ("accepted" if a == "accept" else "rejected") for e, a in last.items()}


# ------------------------------------------------------------------------ a lock held too long


@dataclass
class LockHolder:
    """A process that takes the write lock of `db` and keeps it for `seconds`."""

    db: Path
    seconds: float
    process: subprocess.Popen[str] | None = None

    def take(self) -> None:
        script = (
            "import sqlite3, sys, time\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "conn.execute('COMMIT')\n"
        )
        command = [sys.executable, "-c", script, str(self.db), str(self.seconds)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None and self.process.stdout.readline() == "locked\n"

    def released(self) -> None:
        if self.process is not None:
            assert self.process.wait(timeout=30) == 0
            if self.process.stdout is not None:
                self.process.stdout.close()


class LockingEngine(EngineBase):
    """Replays recorded results; another process takes the write lock before the second one and
    lets go of it only after the last one was written (so the run can still record its end)."""

    def __init__(self, results: list[Result], holder: LockHolder) -> None:
        self.replay = ReplayEngine(results)
        self.holder = holder

    def code(self, items: Any, *, default_date: date | None = None) -> Iterator[Result]:
        for n, result in enumerate(self.replay.code(items)):
            if n == 1:
                self.holder.take()
            yield result
        self.holder.released()


def test_a_lock_held_past_the_busy_timeout_leaves_documents_pending(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    inputs = write_corpus(tmp_path / "inputs")[:-1]  # documents only
    results = list(pipeline.run(inputs))
    db = tmp_path / "locked.db"
    holder = LockHolder(db, seconds=1.0)
    reported: list[dict[str, Any]] = []
    with open_store(str(db), busy_timeout=0.05) as store, pytest.raises(StorageFault) as caught:
        ingest(store, inputs, LockingEngine(results, holder), reported)
    assert caught.value.code == "FW403" and "pending" in str(caught.value)
    pending = [r for r in reported if r.get("code") == "FW403"]
    assert len(pending) == sum(u.kind == "document" for u in units_of(results)) - 1
    assert all("database is locked" in r["message"] for r in pending), pending
    assert run_rows(db)[-1][4] == "incomplete"
    with open_store(str(db), busy_timeout=0.05) as store:  # the retry, once the lock is free
        ingest(store, inputs, ReplayEngine(results))
    reference = tmp_path / "reference.db"
    with open_store(str(reference)) as store:
        ingest(store, inputs, ReplayEngine(results))
    assert integrity_problems(db) == []
    assert dump(db) == dump(reference)
