"""The quality gate on ACLED's Ukraine development split: each row's notes coded by frontwatch and scored
against the row's own codes. The file is evaluation data that is not ours to ship: it is read from
../shared where present and the test skips elsewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontwatch.evaluate import evaluate_acled
from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval-sources" / "acled_ukraine_2022_dev.csv"
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))["acled_dev"]


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> dict[str, Any]:
    if not DEV.is_file():
        pytest.skip(
            f"the ACLED development split is not here ({DEV}): ../shared is beside development clones only"
        )
    return evaluate_acled(pipeline, DEV)


@pytest.mark.parametrize("field", sorted(FLOORS["accuracy"]))
def test_field_accuracy_at_or_above_floor(report: dict[str, Any], field: str) -> None:
    assert report["accuracy"][field] >= FLOORS["accuracy"][field]


def test_sub_event_type_f1_at_or_above_floors(report: dict[str, Any]) -> None:
    assert report["sub_event_type_weighted_f1"] >= FLOORS["sub_event_type_weighted_f1"]
    assert report["sub_event_type_macro_f1"] >= FLOORS["sub_event_type_macro_f1"]


def test_few_notes_yield_no_event(report: dict[str, Any]) -> None:
    assert len(report["documents_missed"]) <= FLOORS["max_documents_missed"]
