"""`frontwatch ingest --engine ...`, through `frontwatch.cli.main` in this process: a pool run (its
worker is a real process) stores what a local run stores; options that do not fit together are refused."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from cli_inprocess import run_cli

from .conftest import story_paths


def ingest(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("ingest", *args, "--quiet")


def events(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT event_id, document_hash FROM events ORDER BY event_id").fetchall()


def test_ingest_with_a_pool_stores_the_events_of_a_local_ingest(tmp_path: Path) -> None:
    paths = [str(p) for p in story_paths()[:3]]
    local, pool = tmp_path / "local.db", tmp_path / "pool.db"
    assert ingest(*paths, "--db", str(local)).returncode == 0
    result = ingest(*paths, "--db", str(pool), "--engine", "pool", "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert events(pool) == events(local) != []


def test_engine_options_that_do_not_fit_together_are_usage_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    story = str(story_paths()[0])
    result = ingest(story, "--db", db, "--engine", "pool", "--scheduler", "tcp://127.0.0.1:8786")
    assert result.returncode == 2
    assert "FW200" in result.stderr and "--scheduler" in result.stderr
    assert ingest(story, "--db", db, "--engine", "local", "--workers", "3").returncode == 2
