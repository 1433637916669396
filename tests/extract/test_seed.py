"""Golden test: the seed wire story (Kharkiv, 10 September 2022) gives the events it states, and nothing
that contradicts them."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from frontwatch.model import Event
from frontwatch.runner import Coded, Pipeline


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def near(event: Event, lat: float, lon: float, limit: float = 10.0) -> bool:
    return (
        event.latitude is not None
        and event.longitude is not None
        and km(event.latitude, event.longitude, lat, lon) <= limit
    )


@pytest.fixture(scope="module")
def events(pipeline: Pipeline, seed_path: Path) -> list[Event]:
    results = list(pipeline.run([seed_path]))
    assert len(results) == 1 and isinstance(results[0], Coded), results
    return results[0].events


def test_ukrainian_forces_entered_kupiansk(events: list[Event]) -> None:
    matches = [e for e in events if near(e, 49.71, 37.62)]
    assert matches, events
    e = matches[0]
    assert (e.event_type, e.sub_event_type) == ("Battles", "Government regains territory")
    assert e.actor1 == "Military Forces of Ukraine (2019-)"
    assert e.claimant == "Ukrainian troops" and e.claimant_side == "Ukraine"
    assert e.modality == "claimed"
    assert e.geo_precision == 1
    assert e.event_date == "2022-09-10"


@pytest.mark.parametrize(("lat", "lon"), [(49.46, 36.84), (49.21, 37.28)], ids=["Balakliya", "Izyum"])
def test_russian_withdrawal_one_event_per_place(events: list[Event], lat: float, lon: float) -> None:
    matches = [
        e for e in events if near(e, lat, lon) and e.sub_event_type == "Non-violent transfer of territory"
    ]
    assert len(matches) == 1, events
    e = matches[0]
    assert e.event_type == "Strategic developments"
    assert (e.plover_type, e.plover_mode) == ("RETREAT", "withdraw")
    assert e.actor1 == "Military Forces of Russia (2000-)"
    assert e.claimant == "Russia's defence ministry" and e.claimant_side == "Russia"
    assert e.event_date == "2022-09-10"


def test_fighting_around_lyman(events: list[Event]) -> None:
    matches = [e for e in events if near(e, 48.99, 37.81) and e.sub_event_type == "Armed clash"]
    assert matches, events
    assert matches[0].event_type == "Battles"
    assert matches[0].claimant == "Denis Pushilin"
    assert matches[0].admin1 == "Donetsk"


def test_lyman_captured_in_may_is_background(events: list[Event]) -> None:
    matches = [e for e in events if near(e, 48.99, 37.81) and e.modality == "historical"]
    assert len(matches) == 1, events
    e = matches[0]
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert (e.event_date, e.time_precision) == ("2022-05-01", 3)
    assert e.date_end == "2022-05-31"
    assert events[0].modality != "historical"


def test_no_event_at_the_announcers_capital(events: list[Event]) -> None:
    assert not [e for e in events if near(e, 55.75, 37.62, 50.0)]


def test_nothing_dated_2014_unless_background(events: list[Event]) -> None:
    assert not [e for e in events if (e.event_date or "").startswith("2014") and e.modality != "historical"]


def test_evidence_offsets_slice_the_input(events: list[Event], seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    for e in events:
        assert text[e.evidence_start : e.evidence_end] == e.evidence
        assert e.evidence.strip()


def test_event_ids_are_stable(pipeline: Pipeline, seed_path: Path, events: list[Event]) -> None:
    again = next(r for r in pipeline.run([seed_path]) if isinstance(r, Coded)).events
    assert [e.event_id for e in again] == [e.event_id for e in events]
    assert len({e.event_id for e in events}) == len(events)
