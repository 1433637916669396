from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from frontwatch.export import (
    ACLED_CSV_COLUMNS,
    read_jsonl,
    write_acled_csv,
    write_geojson,
    write_jsonl,
)
from frontwatch.export.acled_csv import safe_cell
from frontwatch.model import Event

from .factories import make_document, make_event

DOC = make_document()


def sample() -> list[Event]:
    return [
        make_event(DOC, 0, extra={"source": "Reuters", "note": "Київ"}),
        make_event(DOC, 1, latitude=None, longitude=None, fatalities=None, extra={}),
        make_event(DOC, 2, modality="historical", event_date="2022-02-24"),
        make_event(DOC, 3, latitude=95.0, longitude=30.0),
        make_event(DOC, 4, latitude=10.0, longitude=-181.0),
        make_event(DOC, 5, latitude=-33.9, longitude=-70.6, location="Santiago", country_code="CL"),
    ]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    events = sample()
    assert write_jsonl(events, target) == len(events)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(events)
    assert "Київ" in lines[0]  # not escaped
    assert json.loads(lines[0]) == events[0].as_dict()
    assert list(read_jsonl(target)) == events


def test_jsonl_to_a_stream() -> None:
    out = io.StringIO()
    assert write_jsonl(sample()[:2], out) == 2
    assert len(out.getvalue().splitlines()) == 2


def test_geojson_structure_and_skipped(tmp_path: Path) -> None:
    target = tmp_path / "events.geojson"
    written, skipped = write_geojson(sample(), target)
    assert (written, skipped) == (3, 3)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    features = data["features"]
    assert len(features) == 3
    first = features[0]
    assert first["type"] == "Feature"
    assert first["geometry"] == {"type": "Point", "coordinates": [36.25272, 49.98081]}
    assert first["id"] == sample()[0].event_id
    assert first["properties"] == sample()[0].as_dict()
    assert features[2]["geometry"]["coordinates"] == [-70.6, -33.9]


def test_geojson_empty(tmp_path: Path) -> None:
    target = tmp_path / "none.geojson"
    assert write_geojson([], target) == (0, 0)
    assert json.loads(target.read_text()) == {"type": "FeatureCollection", "features": []}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_acled_csv_columns_and_values(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    assert write_acled_csv(sample(), target, timestamp=1700000000) == 5
    with target.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == ACLED_CSV_COLUMNS
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    assert header[31] == "iso3"
    assert header[32:] == [
        "claimant",
        "claimant_actor",
        "claimant_side",
        "modality",
        "plover_type",
        "plover_mode",
        "confidence",
        "doc_id",
        "document_hash",
        "evidence_start",
        "evidence_end",
    ]
    rows = read_csv(target)
    first = rows[0]
    event = sample()[0]
    assert first["event_id_cnty"] == event.event_id
    assert first["year"] == "2024"
    assert first["time_precision"] == "1"
    assert first["disorder_type"] == "Political violence"
    assert first["civilian_targeting"] == "Civilian targeting"
    assert first["iso"] == "804"
    assert first["iso3"] == "UKR"
    assert first["region"] == ""
    assert first["source"] == "Reuters"
    assert first["notes"] == event.evidence
    assert first["latitude"] == "49.98081"
    assert first["fatalities"] == "2"
    assert first["timestamp"] == "1700000000"
    assert first["claimant_side"] == "Ukraine"
    assert first["document_hash"] == DOC.document_hash
    second = rows[1]
    assert second["fatalities"] == "0"  # ACLED's convention for unknown
    assert second["latitude"] == ""
    assert second["source"] == ""
    assert rows[-1]["longitude"] == "-70.6"  # a plain negative number is not quoted
    assert rows[-1]["iso3"] == "CHL"


def test_acled_csv_historical(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    write_acled_csv(sample(), target)
    assert "historical" not in {r["modality"] for r in read_csv(target)}
    assert write_acled_csv(sample(), target, include_historical=True) == 6
    assert "historical" in {r["modality"] for r in read_csv(target)}


def test_acled_csv_formula_injection(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    evil = make_event(
        DOC,
        0,
        actor1='=HYPERLINK("http://x")',
        actor2="+1+cmd|' /C calc'!A0",
        location="-2+3",
        evidence="@SUM(A1:A2)",
        claimant="\tcmd",
        latitude=-12.5,
    )
    write_acled_csv([evil], target)
    row = read_csv(target)[0]
    assert row["actor1"] == '\'=HYPERLINK("http://x")'
    assert row["actor2"].startswith("'+1")
    assert row["location"] == "'-2+3"
    assert row["notes"] == "'@SUM(A1:A2)"
    assert row["claimant"] == "'\tcmd"
    assert row["latitude"] == "-12.5"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("-1e-05", "-1e-05"),
        ("-x", "'-x"),
        ("=1+1", "'=1+1"),
        ("a=b", "a=b"),
    ],
)
def test_safe_cell(cell: str, expected: str) -> None:
    assert safe_cell(cell) == expected


def test_acled_csv_to_a_stream() -> None:
    out = io.StringIO()
    assert write_acled_csv(sample()[:1], out) == 1
    assert out.getvalue().startswith("event_id_cnty,")
