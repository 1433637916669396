"""The same input gives the same documents and events, ids included, in this process, in a process
pool and on a Dask cluster; and a worker killed mid-run loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path
from typing import Any

import dask
import pytest

from frontwatch.errors import SchedulerUnreachable, UsageError
from frontwatch.model import Rejection
from frontwatch.runner import Pipeline, Result
from frontwatch.runner.dask_engine import DaskEngine
from frontwatch.runner.engines import LocalEngine, open_engine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.runner.pool import PoolEngine
from frontwatch.store import open_store

from .conftest import signature, story_paths, with_rejection


def stored_rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        events = conn.execute("SELECT event_id, document_hash, rank, sub_event_type FROM events ORDER BY 1")
        documents = conn.execute("SELECT document_hash, doc_id FROM documents ORDER BY 1")
        return [*events.fetchall(), *documents.fetchall()]


def test_the_reference_run_codes_events(local_results: list[Result]) -> None:
    events = [event for _, _, events in signature(local_results) for event in events]
    assert len(events) >= len(story_paths())
    assert isinstance(local_results[-1], Rejection)


def test_a_pool_of_two_gives_the_local_events_and_survives_a_killed_worker(
    local_results: list[Result],
) -> None:
    with PoolEngine(2, partition_size=1) as engine:
        assert signature(list(engine.code(with_rejection()))) == signature(local_results)
        results: list[Result] = []
        for result in engine.code(with_rejection()):
            if not results:
                os.kill(engine.worker_pids()[0], signal.SIGKILL)
            results.append(result)
        assert engine.restarts == 1
    assert signature(results) == signature(local_results)


def test_dask_gives_the_local_events(dask_engine: DaskEngine, local_results: list[Result]) -> None:
    results = list(dask_engine.code(with_rejection()))
    assert signature(results) == signature(local_results)


def test_local_cluster_workers_run_with_quiet_housekeeping_and_one_blas_thread(
    dask_engine: DaskEngine,
) -> None:
    settings = dask_engine.client.run(
        lambda: (
            dask.config.get("distributed.worker.profile.enabled"),
            dask.config.get("distributed.admin.tick.interval"),
            os.environ.get("OPENBLAS_NUM_THREADS"),
            os.environ.get("OMP_NUM_THREADS"),
        )
    )
    assert len(settings) == 2
    assert set(settings.values()) == {(False, "1s", "1", "1")}


def test_a_dask_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(
    dask_engine: DaskEngine, pipeline: Pipeline, tmp_path: Path
) -> None:
    reference, killed = tmp_path / "local.db", tmp_path / "dask.db"
    with open_store(str(reference)) as store:
        run_into_store(store, LocalEngine(pipeline=pipeline), with_rejection(), command="t", report=print)
    before = dask_engine.worker_pids()
    victim = next(iter(before.values()))

    kills: list[int] = []

    def kill_after_first(result: Result, stored: bool) -> None:
        if not kills:
            kills.append(victim)
            os.kill(victim, signal.SIGKILL)

    with open_store(str(killed)) as store:
        tally = run_into_store(
            store, dask_engine, with_rejection(), command="t", report=print, written=kill_after_first
        )
        assert store.documents_count() == tally.documents == len(story_paths())
    assert victim not in dask_engine.worker_pids().values()
    assert stored_rows(killed) == stored_rows(reference)


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("spark", {}),
        ("local", {"workers": 2}),
        ("pool", {"workers": 0}),
        ("pool", {"scheduler": "tcp://127.0.0.1:8786"}),
    ],
)
def test_bad_engine_settings_are_usage_errors(name: str, options: dict[str, Any]) -> None:
    with pytest.raises(UsageError):
        open_engine(name, **options)


def test_dask_connects_to_a_running_scheduler_by_address(
    dask_engine: DaskEngine, local_results: list[Result]
) -> None:
    address = dask_engine.cluster.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    with DaskEngine(scheduler=address, partition_size=2) as remote:
        assert remote.cluster is None
        assert signature(list(remote.code(with_rejection()))) == signature(local_results)


def test_a_scheduler_that_does_not_answer_is_reported_with_its_code() -> None:
    with pytest.raises(SchedulerUnreachable) as caught:
        DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout="2s")
    assert "tcp://127.0.0.1:9" in caught.value.message
