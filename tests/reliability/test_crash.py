"""SIGKILL an ingest at random moments, at least 100 times: the database must stay sound, hold a
committed prefix of the run, and reach exactly the rows of an uninterrupted run when the same
ingest runs again.

Half of the kills come from the parent after a random delay (anywhere in the run: parsing, coding,
writing, committing, aggregating); the other half from the child itself just as it starts its k-th
SQL statement, for a random k, which puts every kill of that half inside the write path (those
children, and the resumptions, replay the pipeline's results: the statements are the same, and the
NLP is not paid again for each; the timed kills run the real pipeline). The seed is printed;
FRONTWATCH_CRASH_SEED=N reproduces a run, FRONTWATCH_CRASH_KILLS=N asks for more kills.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from frontwatch.runner import Pipeline, Result
from frontwatch.store.sqlite import SqliteStore

from .crash_harness import (
    Reference,
    ReplayEngine,
    dump,
    fork_child,
    ingest,
    integrity_problems,
    kill_child,
    kill_self,
    local_engine,
    prefix_problems,
    run_rows,
    units_of,
    wait_child,
    write_corpus,
)

KILLS = int(os.environ.get("FRONTWATCH_CRASH_KILLS", "100"))
MAX_TRIES = 4  # attempts per wanted kill before giving up (a timed kill can come after the end)


class StatementCounter:
    """Counts the SQL statements a store's connection starts; at statement `kill_at` the process
    SIGKILLs itself."""

    def __init__(self, kill_at: int | None = None) -> None:
        self.count = 0
        self.kill_at = kill_at

    def __call__(self, statement: str) -> None:
        self.count += 1
        if self.count == self.kill_at:
            kill_self()

    def store(self, path: Path) -> SqliteStore:
        counter = self

        class CountingStore(SqliteStore):
            @staticmethod
            def _connect(path: str, busy_timeout: float) -> sqlite3.Connection:
                conn = SqliteStore._connect(path, busy_timeout)
                conn.set_trace_callback(counter)
                return conn

        return CountingStore(path)


@dataclass
class Tally:
    seed: int
    kills: int = 0
    completed: int = 0
    by_mode: dict[str, int] = field(default_factory=lambda: {"timed": 0, "statement": 0})


@dataclass
class Harness:
    pipeline: Pipeline
    inputs: list[Path]
    results: list[Result]
    folder: Path
    reference: Reference
    statements: int
    seconds: float

    def ingest(self, db: Path, counter: StatementCounter | None = None) -> None:
        """The run under test: the real pipeline, into the database."""
        with (counter or StatementCounter()).store(db) as store:
            ingest(store, self.inputs, local_engine(self.pipeline))

    def replay(self, db: Path, counter: StatementCounter | None = None) -> None:
        """The same run with the pipeline's results replayed (they are what it codes): the store
        makes the same statements in the same order, without paying for the NLP again. Used where
        time does not matter: a kill at the k-th statement, and the resumption."""
        with (counter or StatementCounter()).store(db) as store:
            ingest(store, self.inputs, ReplayEngine(self.results))


@pytest.fixture(scope="module")
def harness(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Harness:
    """The uninterrupted run, in this process and in a forked child (which must agree)."""
    folder = tmp_path_factory.mktemp("crash")
    inputs = write_corpus(folder / "inputs")
    results = list(pipeline.run(inputs))
    db = folder / "reference.db"
    counter = StatementCounter()
    with counter.store(db) as store:
        ingest(store, inputs, local_engine(pipeline))
    runs = run_rows(db)
    assert len(runs) == 1 and runs[0][4] == "completed", runs
    reference = Reference(dump(db), runs[0], units_of(results))
    made = Harness(pipeline, inputs, results, folder, reference, counter.count, 0.0)
    child_db = folder / "child.db"
    started = time.monotonic()
    assert wait_child(fork_child(lambda: made.ingest(child_db))) == (False, 0)
    made.seconds = time.monotonic() - started
    assert dump(child_db) == reference.dump, "a forked child stores what the parent stores"
    replayed, replay_counter = folder / "replayed.db", StatementCounter()
    made.replay(replayed, replay_counter)
    assert dump(replayed) == reference.dump, "a replayed run stores what the pipeline's run stores"
    assert replay_counter.count == counter.count, "a replayed run makes the same statements"
    return made


def test_the_corpus_has_documents_events_and_a_rejection(harness: Harness) -> None:
    kinds = [u.kind for u in harness.reference.units]
    assert kinds.count("document") >= 5 and kinds.count("rejection") == 1, kinds
    assert len(harness.reference.dump["events"]) >= 5
    assert harness.reference.dump["incidents"], "aggregates are part of what a run writes"


def _one_kill(harness: Harness, rng: random.Random, db: Path, mode: str) -> bool:
    """Start an ingest into a new database in a child, kill it; True when it died by SIGKILL."""
    if mode == "statement":
        counter = StatementCounter(kill_at=rng.randint(1, harness.statements))
        return wait_child(fork_child(lambda: harness.replay(db, counter)))[0]
    delay = rng.uniform(0, 0.9 * harness.seconds)  # the measured run includes reaping the child
    pid = fork_child(lambda: harness.ingest(db))
    time.sleep(delay)
    return kill_child(pid)[0]


def _check_after_kill(harness: Harness, db: Path, where: str) -> None:
    assert integrity_problems(db) == [], where
    assert prefix_problems(db, harness.reference) == [], where
    harness.replay(db)  # resume: the same ingest on the same inputs
    assert integrity_problems(db) == [], where
    assert dump(db) == harness.reference.dump, f"{where}: resuming differs from an uninterrupted run"
    assert run_rows(db)[-1] == harness.reference.run, where


def test_kills_leave_a_committed_prefix_and_resume_exactly(harness: Harness) -> None:
    seed = int(os.environ.get("FRONTWATCH_CRASH_SEED") or random.randrange(2**32))
    print(f"\ncrash seed {seed} (FRONTWATCH_CRASH_SEED={seed} reproduces this run)")
    rng = random.Random(seed)
    tally = Tally(seed)
    tries = 0
    while tally.kills < KILLS:
        tries += 1
        assert tries <= KILLS * MAX_TRIES, f"only {tally.kills} kills landed in {tries - 1} tries"
        mode = "statement" if tries % 2 else "timed"
        db = harness.folder / f"kill-{tries}.db"
        killed = _one_kill(harness, rng, db, mode)
        where = f"seed {seed}, try {tries} ({mode})"
        if db.exists():
            _check_after_kill(harness, db, where)
        for leftover in harness.folder.glob(f"kill-{tries}.db*"):
            leftover.unlink()
        tally.kills += killed
        tally.completed += not killed
        tally.by_mode[mode] += killed
    print(f"kills survived: {tally.kills} {tally.by_mode}; runs that finished first: {tally.completed}")
