"""The quality gate: `frontwatch extract` over the example corpus, scored against examples/gold.jsonl,
must stay at or above the floors pinned in floors.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from frontwatch.evaluate import load_gold, score_predictions

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "examples" / "gold.jsonl"
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    gold = load_gold(GOLD)
    paths = [g.doc_id for g in gold]
    result = subprocess.run(
        [sys.executable, "-m", "frontwatch.cli", "extract", *paths, "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    predicted: dict[str, list[dict[str, Any]]] = {}
    for line in result.stdout.splitlines():
        event = json.loads(line)
        predicted.setdefault(event["doc_id"], []).append(event)
    rejected = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    return score_predictions(gold, predicted, rejected)


def test_no_example_is_rejected(report: dict[str, Any]) -> None:
    assert report["rejected"] == []


@pytest.mark.parametrize("field", sorted(FLOORS["accuracy"]))
def test_field_accuracy_at_or_above_floor(report: dict[str, Any], field: str) -> None:
    assert report["accuracy"][field] >= FLOORS["accuracy"][field], report


def test_sub_event_type_macro_f1_at_or_above_floor(report: dict[str, Any]) -> None:
    assert report["sub_event_type_macro_f1"] >= FLOORS["sub_event_type_macro_f1"]


def test_non_event_stories_stay_quiet(report: dict[str, Any]) -> None:
    assert report["non_events_left_quiet"] >= FLOORS["non_events_left_quiet"]


def test_every_gold_evidence_is_in_its_story() -> None:
    for gold in load_gold(GOLD):
        assert gold.path is not None
        text = gold.path.read_text(encoding="utf-8")
        for event in gold.events:
            assert event["evidence"] in text, (gold.path, event["evidence"])
