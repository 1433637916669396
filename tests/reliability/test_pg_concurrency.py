"""Several programs writing one PostgreSQL database at once, across the product: a `frontwatch ingest`
process (local engine), a `frontwatch ingest --engine dask --workers 2` process whose stories overlap
the first one's, and a live `frontwatch serve` taking analysts' reviews over HTTP all along. No row
may be lost or doubled, no process may fail, and the aggregates (stories and incidents) must equal
those of one serial run over every story (made in this process while the others write)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from frontwatch.runner import Pipeline
from frontwatch.store import open_store
from frontwatch.store.reviewed import open_reviewed_store
from pg_server import PgServer

from . import pg_support as pg
from .crash_harness import STORIES, ReplayEngine, ingest, local_engine
from .test_concurrency import Reviewer, _live

FRONTWATCH = Path(sys.executable).with_name("frontwatch")
IMPORTED = time.time() - 1
SOURCE = Path(__file__).parents[2] / "src" / "frontwatch"
STORY_FILES = sorted(STORIES.glob("*.txt"))
# Who writes which stories (positions in STORY_FILES); the two ingests share two stories.
REVIEWED = slice(0, 3)  # stored first, then reviewed over HTTP while the others write
CLI_LOCAL = slice(3, 9)
CLI_DASK = slice(7, 13)
COMPARED = (
    "documents",
    "events",
    "rejections",
    "story_signatures",
    "story_bands",
    "incident_members",
    "incidents",
)


def _cli_ingest(url: str, paths: list[Path], *extra: str) -> subprocess.Popen[str]:
    command = [str(FRONTWATCH), "ingest", *map(str, paths), "--db", url, "--quiet", *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _serve(url: str) -> tuple[object, str]:
    """A live server on the database, and a review token."""
    with open_reviewed_store(url) as store:
        token = store.create_token("analyst")
    return _live().LiveServer([str(FRONTWATCH), "serve", "--db", url]), token


def _stop_server(server: object) -> str:
    """Stop the server; what it wrote on stderr."""
    process: subprocess.Popen[bytes] = server.process  # type: ignore[attr-defined]
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=30)
    err = process.stderr.read().decode(errors="replace") if process.stderr is not None else ""
    server.stop()  # type: ignore[attr-defined]
    return err


def _event_ids(url: str) -> list[str]:
    with pg.connect(url) as conn:
        return [str(r[0]) for r in conn.execute("SELECT event_id FROM events ORDER BY event_id")]


def _source_changed() -> bool:
    """Whether a source file changed after this module was imported: the processes started later
    may have run other extraction code than the serial run in this process (it happens only while
    the code is being edited)."""
    return any(path.stat().st_mtime > IMPORTED for path in SOURCE.rglob("*.py"))


def _databases(pipeline: Pipeline, server: PgServer) -> tuple[str, str]:
    """The shared database and the serial run's, both holding the reviewed stories already."""
    urls = server.migrated_database(), server.migrated_database()
    results = list(pipeline.run(STORY_FILES[REVIEWED]))
    for url in urls:
        with open_reviewed_store(url) as store:
            ingest(store, STORY_FILES[REVIEWED], ReplayEngine(results))
    return urls


def test_an_ingest_a_dask_ingest_and_a_server_taking_reviews_lose_nothing(
    pipeline: Pipeline, pg_server: PgServer
) -> None:
    if len(STORY_FILES) < CLI_DASK.stop:
        pytest.skip(f"the example corpus has {len(STORY_FILES)} stories; this test needs {CLI_DASK.stop}")
    url, serial_url = _databases(pipeline, pg_server)
    server, token = _serve(url)
    reviewer = Reviewer(server.base, token, _event_ids(url))  # type: ignore[attr-defined]
    thread = threading.Thread(target=reviewer.run)
    cli: list[subprocess.Popen[str]] = []
    serial = sorted(set(STORY_FILES[CLI_LOCAL]) | set(STORY_FILES[CLI_DASK]))
    try:
        cli = [
            _cli_ingest(url, STORY_FILES[CLI_LOCAL]),
            _cli_ingest(url, STORY_FILES[CLI_DASK], "--engine", "dask", "--workers", "2"),
        ]
        thread.start()
        with open_store(serial_url) as store:  # the serial run, as `ingest` does it, in this process
            ingest(store, serial, local_engine(pipeline))
        finished = [process.communicate(timeout=300) for process in cli]
    finally:
        reviewer.stop.set()
        if thread.is_alive():
            thread.join(timeout=120)
        for process in cli:
            if process.poll() is None:
                process.kill()
                process.communicate()
        server_err = _stop_server(server)
    print(
        f"\nconcurrent writers on PostgreSQL: 2 CLI ingests (local, dask x2), a server taking reviews "
        f"({len(reviewer.answers)} reviews)"
    )
    for process, (_, err) in zip(cli, finished, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err and "FW4" not in err, err
    assert "Traceback" not in server_err, server_err
    assert [a for a in reviewer.answers if a[2] != 200] == [], "every review was answered"
    _check_nothing_lost(url, serial_url)
    _check_reviews(url, reviewer)


def _check_nothing_lost(url: str, serial_url: str) -> None:
    """The shared database holds exactly the rows and aggregates of one serial run over every story."""
    got, expected = _keyed(pg.dump(url)), _keyed(pg.dump(serial_url))
    everything = {p for part in (REVIEWED, CLI_LOCAL, CLI_DASK) for p in STORY_FILES[part]}
    assert len(got["documents"]) == len(everything)
    for table in COMPARED:
        if got[table] != expected[table] and _source_changed():
            pytest.skip("the extraction code changed while the writers ran; their events cannot match")
        assert got[table] == expected[table], (
            f"{table} differs from the serial run: {_difference(got[table], expected[table])}"
        )
    assert all(run[4] == "completed" for run in pg.run_rows(url)), pg.run_rows(url)


def _keyed(tables: pg.Dump) -> pg.Dump:
    """The dump with each story signature and band keyed by its document's hash instead of
    `doc_key`, a number given in the order documents reach the aggregates (which concurrent
    writers change, and nothing outside the two tables reads)."""
    hashes = {row[0]: row[1] for row in tables["story_signatures"]}
    out = dict(tables)
    out["story_signatures"] = sorted((row[1:] for row in tables["story_signatures"]), key=repr)
    out["story_bands"] = sorted(((bucket, hashes[key]) for bucket, key in tables["story_bands"]), key=repr)
    return out


def _difference(got: list[tuple[object, ...]], expected: list[tuple[object, ...]]) -> str:
    extra, missing = set(got) - set(expected), set(expected) - set(got)
    if len(got) != len(expected) or not extra:
        first = sorted(extra, key=repr)[:2], sorted(missing, key=repr)[:2]
        return f"{len(got)} rows, {len(expected)} expected; extra {first[0]}, missing {first[1]}"
    a, b = sorted(extra, key=repr)[0], sorted(missing, key=repr)[0]
    return f"{a[0]}: " + ", ".join(
        f"column {i}: {x!r} != {y!r}" for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y
    )


def _check_reviews(url: str, reviewer: Reviewer) -> None:
    """One audit row per review answered, and each event's review is the last one sent to it."""
    with pg.connect(url) as conn:
        row = conn.execute("SELECT COUNT(*) FROM review_audit").fetchone()
        status = dict(conn.execute("SELECT event_id, status FROM event_reviews").fetchall())
    assert row is not None and row[0] == len(reviewer.answers)
    last = {event_id: action for event_id, action, _ in reviewer.answers}
    assert status == {e: ("accepted" if a == "accept" else "rejected") for e, a in last.items()}
