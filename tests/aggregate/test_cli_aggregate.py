"""The situation-picture commands, run through `frontwatch.cli.main` on a database of coded reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from frontwatch.aggregate import update
from frontwatch.cli import main
from frontwatch.store.sqlite import SqliteStore

from .support import event_id


@pytest.fixture
def db(report_store: SqliteStore) -> str:
    """The reports database, closed so the commands open it themselves (they aggregate on open)."""
    path = report_store.path
    report_store.close()
    return path


def test_incidents_lists_each_with_claims(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["incidents", "--db", db, "--place", "Kupyansk", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    assert all(row["location"] == "Kupyansk" for row in rows)
    assert any(c["proposition"] == "control:Ukraine" for row in rows for c in row["claims"])


def test_claims_of_one_incident(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with SqliteStore(db) as store:
        update(store)
        eid = event_id(store, "kramatorsk-tass", "denied")
        incident_id = store.incidents_of_events([eid])[eid]
    assert main(["claims", "--db", db, "--incident", incident_id]) == 0
    out = capsys.readouterr().out
    assert "happened: disputed" in out
    assert "- [Russia]" in out


def test_unknown_incident_is_fw502(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", "--db", db, "--incident", "i-nope"]) == 1
    assert "FW502" in capsys.readouterr().err


def test_control_geojson(db: str, tmp_path: Path) -> None:
    out = tmp_path / "control.geojson"
    assert (
        main(["control", "--db", db, "--date", "2022-11-12", "--format", "geojson", "--out", str(out)]) == 0
    )
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    states = {f["properties"]["place"]: f["properties"]["state"] for f in features}
    assert states["Kherson"] == "Ukraine"
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in features)


def test_control_bad_bbox_exits_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["control", "--db", db, "--date", "2022-11-12", "--bbox", "1,2,3"]) == 2
    assert "FW503" in capsys.readouterr().err


def test_incident_level_acled_csv(db: str, tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    assert main(["incidents", "--db", db, "--format", "acled-csv", "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with SqliteStore(db) as store:
        assert len(rows) == len(store.incident_rows())
    kupiansk = next(r for r in rows if r["location"] == "Kupyansk" and r["status"] == "disputed")
    assert "Daily Sentinel" in kupiansk["source"] and "TASS" in kupiansk["source"]
    assert kupiansk["source_scale"] == "International-Other"
    assert kupiansk["independent_sources"] == "3"


def test_incident_geojson_carries_the_claims(db: str, tmp_path: Path) -> None:
    out = tmp_path / "incidents.geojson"
    assert main(["incidents", "--db", db, "--format", "geojson", "--out", str(out)]) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert features and all(f["properties"]["claims"] for f in features)


def test_stories_command(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    (story,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert story["outlets"] == ["Daily Sentinel", "Reuters"]


def test_incident_filters_look_inside_the_ledger(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["incidents", "--db", db, "--modality", "denied", "--format", "json"]) == 0
    denied = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["location"] for row in denied] == ["Kramatorsk"]
    assert main(["incidents", "--db", db, "--claimant", "prigozhin", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["location"] for row in rows] == ["Bakhmut"]
