"""SIGKILL an ingest into PostgreSQL at random moments, at least 30 times: the database must hold a
committed prefix of the run (every stored document whole, with all its events), and running the
same ingest again must give exactly the rows of an uninterrupted run.

As in the SQLite harness (`test_crash.py`), the pipeline is loaded once and each try forks a child
that ingests the corpus; half the children are SIGKILLed by the parent after a random delay, half
kill themselves just before their k-th SQL statement reaches the server (random k), which puts
those kills inside the write path. The seed is printed; FRONTWATCH_CRASH_SEED=N reproduces a run,
FRONTWATCH_PG_CRASH_KILLS=N asks for more kills."""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from frontwatch.runner import Pipeline, Result
from pg_server import PgServer

from . import pg_support as pg
from .crash_harness import (
    Reference,
    ReplayEngine,
    fork_child,
    ingest,
    kill_child,
    kill_self,
    local_engine,
    units_of,
    wait_child,
    write_corpus,
)

KILLS = int(os.environ.get("FRONTWATCH_PG_CRASH_KILLS", "30"))
MAX_TRIES = 4  # attempts per wanted kill before giving up (a timed kill can come after the end)


@dataclass
class Harness:
    pipeline: Pipeline
    inputs: list[Path]
    results: list[Result]
    reference: Reference
    statements: int
    seconds: float
    url: str

    def ingest(self, counter: pg.StatementCounter | None = None) -> None:
        """The run under test: the real pipeline, into the database, in this process."""
        with pg.hooked_store(self.url, counter or pg.StatementCounter()) as store:
            ingest(store, self.inputs, local_engine(self.pipeline))

    def resume(self) -> None:
        """The same ingest again (the pipeline's results replayed: they are what it codes)."""
        with pg.hooked_store(self.url, pg.StatementCounter()) as store:
            ingest(store, self.inputs, ReplayEngine(self.results))


@dataclass
class Tally:
    seed: int
    kills: int = 0
    completed: int = 0
    by_mode: dict[str, int] = field(default_factory=lambda: {"timed": 0, "statement": 0})
    prefixes: set[int] = field(default_factory=set)  # documents stored at the kills, seen


@pytest.fixture(scope="module")
def harness(pipeline: Pipeline, pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> Harness:
    """The uninterrupted run, in this process and in a forked child (which must agree)."""
    inputs = write_corpus(tmp_path_factory.mktemp("pg-crash") / "inputs")
    results = list(pipeline.run(inputs))
    url = pg_server.migrated_database()
    made = Harness(pipeline, inputs, results, Reference({}, (), []), 0, 0.0, url)
    counter = pg.StatementCounter()
    made.ingest(counter)
    runs = pg.run_rows(url)
    assert len(runs) == 1 and runs[0][4] == "completed", runs
    made.reference = Reference(pg.dump(url), runs[0], units_of(results))
    made.statements = counter.count
    pg.reset(url)
    started = time.monotonic()
    assert wait_child(fork_child(made.ingest)) == (False, 0)
    made.seconds = time.monotonic() - started
    assert pg.dump(url) == made.reference.dump, "a forked child stores what the parent stores"
    return made


def test_the_corpus_has_documents_events_and_aggregates(harness: Harness) -> None:
    kinds = [u.kind for u in harness.reference.units]
    assert kinds.count("document") >= 5 and kinds.count("rejection") == 1, kinds
    assert len(harness.reference.dump["events"]) >= 5
    assert harness.reference.dump["incidents"], "aggregates are part of what a run writes"


def _one_kill(harness: Harness, rng: random.Random, mode: str) -> bool:
    """Start an ingest into the emptied database in a child, kill it; True when it died by SIGKILL."""
    if mode == "statement":
        counter = pg.StatementCounter(rng.randint(1, harness.statements), lambda conn, sql: kill_self())
        return wait_child(fork_child(lambda: harness.ingest(counter)))[0]
    delay = rng.uniform(0, 0.9 * harness.seconds)  # the measured run includes reaping the child
    pid = fork_child(harness.ingest)
    time.sleep(delay)
    return kill_child(pid)[0]


def _check_after_kill(harness: Harness, where: str) -> int:
    """The prefix checks, then the resumption; returns the number of documents the kill left."""
    assert pg.prefix_problems(harness.url, harness.reference) == [], where
    left = len(pg.dump(harness.url)["documents"])
    harness.resume()
    assert pg.dump(harness.url) == harness.reference.dump, (
        f"{where}: resuming differs from an uninterrupted run"
    )
    assert pg.run_rows(harness.url)[-1] == harness.reference.run, where
    return left


def test_kills_leave_a_committed_prefix_and_resume_exactly(harness: Harness) -> None:
    seed = int(os.environ.get("FRONTWATCH_CRASH_SEED") or random.randrange(2**32))
    print(f"\npostgresql crash seed {seed} (FRONTWATCH_CRASH_SEED={seed} reproduces this run)")
    rng = random.Random(seed)
    tally = Tally(seed)
    tries = 0
    while tally.kills < KILLS:
        tries += 1
        assert tries <= KILLS * MAX_TRIES, f"only {tally.kills} kills landed in {tries - 1} tries"
        mode = "statement" if tries % 2 else "timed"
        pg.reset(harness.url)
        killed = _one_kill(harness, rng, mode)
        tally.prefixes.add(_check_after_kill(harness, f"seed {seed}, try {tries} ({mode})"))
        tally.kills += killed
        tally.completed += not killed
        tally.by_mode[mode] += killed
    documents = len(harness.reference.dump["documents"])
    print(
        f"kills survived: {tally.kills} {tally.by_mode}; runs that finished first: {tally.completed}; "
        f"documents stored at the kills: {sorted(tally.prefixes)} of {documents}"
    )
