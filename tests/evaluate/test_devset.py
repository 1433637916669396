"""The quality gate on our news-style development set (examples/devset/news_dev.jsonl): snippets about
real events in many countries, written for this project, scored by `frontwatch eval`'s library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontwatch.evaluate import evaluate_gold
from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "examples" / "devset" / "news_dev.jsonl"
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))["devset"]


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> dict[str, Any]:
    return evaluate_gold(pipeline, DEVSET)


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


def test_every_evidence_is_in_its_text() -> None:
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for event in record["events"]:
            assert event["evidence"] in record["text"], record["id"]
