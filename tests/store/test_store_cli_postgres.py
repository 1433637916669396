"""`frontwatch ingest --db postgresql://…` and `FRONTWATCH_DB=postgresql://…` end to end, through the
command line's `frontwatch.cli.main` (in this process, so both ingests run the very same code): the
same rows and answers as the same ingest into SQLite."""

from __future__ import annotations

import json
from pathlib import Path

from cli_inprocess import run_cli
from frontwatch.store import open_store
from pg_server import PgServer

STORIES = Path(__file__).resolve().parents[2] / "examples" / "stories"


def test_ingest_into_postgresql_matches_sqlite(pg_server: PgServer, tmp_path: Path) -> None:
    url = pg_server.database()
    paths = [str(STORIES / "2022-09-10-kupiansk.txt"), str(STORIES / "2022-10-10-kyiv-missile-strikes.txt")]
    lite = tmp_path / "fw.db"
    for db in (url, str(lite)):
        result = run_cli("ingest", *paths, "--db", db, "--quiet")
        assert result.returncode == 0, result.stderr
    with open_store(url) as pg, open_store(str(lite)) as sqlite:
        assert pg.documents_count() == 2
        assert pg.events_count() > 0
        assert list(pg.events()) == list(sqlite.events())
        assert pg.summary() == sqlite.summary()
    listed = []
    for env in ({"FRONTWATCH_DB": url}, {"FRONTWATCH_DB": str(lite)}):  # the URL from the environment
        result = run_cli("incidents", "--format", "json", env=env)
        assert result.returncode == 0, result.stderr
        listed.append([json.loads(line) for line in result.stdout.splitlines() if line.strip()])
    assert listed[0]
    assert listed[0] == listed[1]


def test_unreachable_server_exits_with_a_storage_error(tmp_path: Path) -> None:
    url = f"postgresql://fw@/fw?host={tmp_path}"
    result = run_cli("ingest", str(STORIES / "2022-09-10-kupiansk.txt"), "--db", url, "--quiet")
    assert result.returncode != 0
    assert "FW407" in result.stderr
