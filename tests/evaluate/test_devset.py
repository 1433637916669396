"""The quality gate on our news-style development set (examples/devset/news_dev.jsonl): snippets about
real events in many countries, written for this project, scored by `frontwatch eval`'s library.

The held-out set (examples/devset/news_holdout.jsonl) and the wide sets (examples/devset/wide_*.jsonl)
only get the shape checks here: they carry no score floors, so that nobody is tempted to tune the rules on
them."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from frontwatch.evaluate import evaluate_gold
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES
from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "examples" / "devset" / "news_dev.jsonl"
HOLDOUT = ROOT / "examples" / "devset" / "news_holdout.jsonl"
WIDE = ROOT / "examples" / "devset"
GOLD_FILES = {
    "dev": DEVSET,
    "hold": HOLDOUT,
    "wa": WIDE / "wide_africa.jsonl",
    "wl": WIDE / "wide_americas_asia_europe.jsonl",
    "wm": WIDE / "wide_middle_east_south_asia.jsonl",
    "wq": WIDE / "wide_latin_america_europe_caucasus.jsonl",
    "wp": WIDE / "wide_south_southeast_asia_pacific.jsonl",
    "wv": WIDE / "wide_rare_conflicts.jsonl",
    "wr": WIDE / "wide_africa_middle_east_local.jsonl",
    "wu": WIDE / "wide_one_sentence_world.jsonl",
    "wk": WIDE / "wide_wire_background_first.jsonl",
    "wn": WIDE / "wide_one_sentence_protest_crime.jsonl",
    "wo": WIDE / "wide_one_sentence_regional_press.jsonl",
    "wz": WIDE / "wide_notes_other_conflicts.jsonl",
    "wy": WIDE / "wide_notes_world_second.jsonl",
    "wx": WIDE / "wide_news_mixed_wire.jsonl",
    "wb": WIDE / "wide_briefs_many_outlets.jsonl",
    "wj": WIDE / "wide_fifth_round_world.jsonl",
    "wg": WIDE / "quiet_news_validation.jsonl",
    "wt": WIDE / "wide_sixth_round_world.jsonl",
    "wc": WIDE / "wide_seventh_round_world.jsonl",
    "we": WIDE / "wide_eighth_round_world.jsonl",
    "wf": WIDE / "wide_ninth_round_world.jsonl",
    "wh": WIDE / "wide_tenth_round_world.jsonl",
    "wi": WIDE / "wide_eleventh_round_world.jsonl",
    "ws": WIDE / "wide_twelfth_round_world.jsonl",
    "wd": WIDE / "wide_thirteenth_round_world.jsonl",
    "ww": WIDE / "wide_fourteenth_round_world.jsonl",
    "va": WIDE / "wide_fifteenth_round_world.jsonl",
    "vb": WIDE / "wide_sixteenth_round_world.jsonl",
    "vc": WIDE / "wide_seventeenth_round_world.jsonl",
    "vd": WIDE / "wide_eighteenth_round_world.jsonl",
    "ve": WIDE / "wide_nineteenth_round_world.jsonl",
    "vf": WIDE / "wide_twentieth_round_world.jsonl",
    "vg": WIDE / "wide_twenty_first_round_world.jsonl",
    "vh": WIDE / "wide_twenty_second_round_world.jsonl",
    "vi": WIDE / "wide_twenty_third_round_world.jsonl",
    "vj": WIDE / "wide_twenty_fourth_round_world.jsonl",
    "vk": WIDE / "wide_twenty_fifth_round_world.jsonl",
    "vl": WIDE / "wide_twenty_sixth_round_world.jsonl",
    "vm": WIDE / "wide_twenty_seventh_round_world.jsonl",
    "vn": WIDE / "wide_twenty_eighth_round_world.jsonl",
    "vo": WIDE / "wide_twenty_ninth_round_world.jsonl",
    "vp": WIDE / "wide_thirtieth_round_world.jsonl",
    "vq": WIDE / "wide_thirty_first_round_world.jsonl",
}
# The fields of examples/gold.jsonl plus admin1, in this order (docs/devset.md).
EVENT_KEYS = [
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "claimant",
    "claimant_side",
    "modality",
    "location",
    "admin1",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "geo_precision",
    "event_date",
    "time_precision",
    "fatalities",
    "evidence",
]
MODALITIES = {"asserted", "claimed", "denied", "historical", "future", "hypothetical"}
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))["devset"]


@pytest.fixture(scope="module")
def report(rules_pipeline: Pipeline) -> dict[str, Any]:
    """The rules alone: the built-in classifier learnt from this set, so it would flatter the figure."""
    return evaluate_gold(rules_pipeline, DEVSET)


def test_nothing_is_rejected(report: dict[str, Any]) -> None:
    assert report["rejected"] == []


@pytest.mark.parametrize("field", sorted(FLOORS["accuracy"]))
def test_field_accuracy_at_or_above_floor(report: dict[str, Any], field: str) -> None:
    assert report["accuracy"][field] >= FLOORS["accuracy"][field]


def test_sub_event_type_f1_at_or_above_floors(report: dict[str, Any]) -> None:
    assert report["sub_event_type_weighted_f1"] >= FLOORS["sub_event_type_weighted_f1"]
    assert report["sub_event_type_macro_f1"] >= FLOORS["sub_event_type_macro_f1"]


def test_non_events_stay_quiet(report: dict[str, Any]) -> None:
    assert report["non_events_left_quiet"] >= FLOORS["non_events_left_quiet"]


def _records(prefix: str) -> list[dict[str, Any]]:
    lines = GOLD_FILES[prefix].read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("prefix", sorted(GOLD_FILES))
def test_every_evidence_is_in_its_text(prefix: str) -> None:
    for record in _records(prefix):
        for event in record["events"]:
            assert event["evidence"] in record["text"], record["id"]


@pytest.mark.parametrize("prefix", sorted(GOLD_FILES))
def test_ids_run_in_file_order(prefix: str) -> None:
    ids = [record["id"] for record in _records(prefix)]
    assert ids == [f"{prefix}-{n:04d}" for n in range(1, len(ids) + 1)]


@pytest.mark.parametrize("prefix", sorted(GOLD_FILES))
def test_every_event_has_the_gold_fields_with_valid_values(prefix: str) -> None:
    for record in _records(prefix):
        published = datetime.date.fromisoformat(record["published"])
        assert 40 <= len(record["text"]) <= 1000, record["id"]
        for event in record["events"]:
            where = f"{record['id']} {event['sub_event_type']} {event['location']}"
            assert list(event) == EVENT_KEYS, where
            assert SUB_EVENT_TYPES[event["sub_event_type"]] == event["event_type"], where
            assert event["modality"] in MODALITIES, where
            assert event["geo_precision"] in (1, 2, 3) and event["time_precision"] in (1, 2, 3), where
            assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180, where
            if event["modality"] != "future":
                assert datetime.date.fromisoformat(event["event_date"]) <= published, where
            if event["claimant"] is None:
                assert event["claimant_side"] is None, where
            else:
                assert event["claimant"] in record["text"], where  # often named in the next sentence
