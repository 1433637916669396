"""`frontwatch ingest --db postgresql://…` and `FRONTWATCH_DB=postgresql://…` end to end, through the
real command line: the same rows and answers as the same ingest into SQLite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from frontwatch.store import open_store
from pg_server import PgServer

STORIES = Path(__file__).resolve().parents[2] / "examples" / "stories"
FRONTWATCH = [sys.executable, "-m", "frontwatch.cli"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FRONTWATCH, *args], capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})}
    )


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*FRONTWATCH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_ingest_into_postgresql_matches_sqlite(pg_server: PgServer, tmp_path: Path) -> None:
    url = pg_server.database()
    paths = [str(STORIES / "2022-09-10-kupiansk.txt"), str(STORIES / "2022-10-10-kyiv-missile-strikes.txt")]
    lite = tmp_path / "fw.db"
    # both at once, so that both run the very same code
    runs = [_start("ingest", *paths, "--db", db, "--quiet") for db in (url, str(lite))]
    for process in runs:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    with open_store(url) as pg, open_store(str(lite)) as sqlite:
        assert pg.documents_count() == 2
        assert pg.events_count() > 0
        assert list(pg.events()) == list(sqlite.events())
        assert pg.summary() == sqlite.summary()
    listed = []
    for env in ({"FRONTWATCH_DB": url}, {"FRONTWATCH_DB": str(lite)}):  # the URL from the environment
        result = _run("incidents", "--format", "json", env=env)
        assert result.returncode == 0, result.stderr
        listed.append([json.loads(line) for line in result.stdout.splitlines() if line.strip()])
    assert listed[0]
    assert listed[0] == listed[1]


def test_unreachable_server_exits_with_a_storage_error(tmp_path: Path) -> None:
    url = f"postgresql://fw@/fw?host={tmp_path}"
    result = _run("ingest", str(STORIES / "2022-09-10-kupiansk.txt"), "--db", url, "--quiet")
    assert result.returncode != 0
    assert "FW407" in result.stderr
