"""Territorial control at a date, from the coded example reports."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.aggregate import tables_of, update
from frontwatch.aggregate.control import control_at, parse_bbox
from frontwatch.errors import BadBoundingBox
from frontwatch.store.sqlite import SqliteStore


def _by_place(store: SqliteStore, day: str, bbox: str | None = None) -> dict[str, dict[str, Any]]:
    update(store)
    rows = control_at(tables_of(store), day, parse_bbox(bbox) if bbox else None)
    return {row["place"]: row for row in rows}


def test_state_follows_the_timeline(report_store: SqliteStore) -> None:
    before = _by_place(report_store, "2022-09-07")
    after = _by_place(report_store, "2022-09-11")
    assert before["Balakliya"]["state"] == "unknown"
    assert after["Balakliya"]["state"] == "Ukraine"
    # both reports quote Ukrainian officials ("officials in Kyiv said"): one side's claim, twice
    assert after["Balakliya"]["status"] == "claimed"
    assert after["Balakliya"]["confidence"] > after["Kupyansk"]["confidence"]
    assert after["Kupyansk"]["state"] == "contested"  # an entry claimed by one side, denied by the other


def test_withdrawal_hands_control_to_the_other_side(report_store: SqliteStore) -> None:
    later = _by_place(report_store, "2022-11-12")
    assert later["Kherson"]["state"] == "Ukraine"
    assert later["Izyum"]["state"] == "Ukraine"


def test_capture_claimed_by_one_side_and_fought_over_is_contested(report_store: SqliteStore) -> None:
    rows = _by_place(report_store, "2023-05-21")
    assert rows["Bakhmut"]["state"] == "contested"
    assert rows["Bakhmut"]["status"] == "disputed"


def test_bbox_keeps_only_places_inside(report_store: SqliteStore) -> None:
    rows = _by_place(report_store, "2024-03-01", bbox="36.0,49.0,38.0,50.0")  # Kharkiv oblast east
    assert {"Kupyansk", "Balakliya", "Izyum"} <= set(rows)
    assert "Kherson" not in rows


@pytest.mark.parametrize("text", ["1,2,3", "38,49,36,50", "a,b,c,d", "0,95,1,96"])
def test_bad_bbox_is_a_usage_error(text: str) -> None:
    with pytest.raises(BadBoundingBox) as caught:
        parse_bbox(text)
    assert caught.value.code == "FW503"
