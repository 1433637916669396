"""The geoparsing quality gate: `frontwatch geoparse-eval`'s library on our toponym gold set
(examples/geoparse/gold.jsonl) must stay at or above the floors in geoparse_floors.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontwatch.evaluate.geoparse import evaluate_geoparse, load_toponym_gold
from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "examples" / "geoparse" / "gold.jsonl"
FLOORS = json.loads((Path(__file__).parent / "geoparse_floors.json").read_text(encoding="utf-8"))
MIN_PARAGRAPHS = 50
MIN_COUNTRIES = 25


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> dict[str, Any]:
    return evaluate_geoparse(pipeline, GOLD)


@pytest.mark.parametrize("measure", ["found", "within_10km", "within_161km", "precision"])
def test_overall_at_or_above_floor(report: dict[str, Any], measure: str) -> None:
    assert report[measure] >= FLOORS[measure], report["misses"]


@pytest.mark.parametrize("kind", sorted(FLOORS["by_kind_within_161km"]))
def test_each_kind_at_or_above_floor(report: dict[str, Any], kind: str) -> None:
    assert report["by_kind"][kind]["within_161km"] >= FLOORS["by_kind_within_161km"][kind]


def test_ukrainian_places_within_10km(report: dict[str, Any]) -> None:
    assert report["ukrainian_places"]["within_10km"] >= FLOORS["ukrainian_places_within_10km"]


def test_nothing_is_rejected(report: dict[str, Any]) -> None:
    assert report["rejected"] == []


def test_the_gold_set_is_broad_and_its_spans_spell_their_text() -> None:
    paragraphs = load_toponym_gold(GOLD)  # raises when a span does not spell its text
    assert len(paragraphs) >= MIN_PARAGRAPHS
    countries = {t["country_code"] for p in paragraphs for t in p.toponyms if t["country_code"]}
    assert len(countries) >= MIN_COUNTRIES
    kinds = {t["kind"] for p in paragraphs for t in p.toponyms}
    assert {"place", "admin area", "country", "demonym"} <= kinds


BLIND = ROOT / "examples" / "geoparse" / "news_blind.jsonl"


def test_the_blind_news_set_loads_and_is_broad() -> None:
    """The blind set (docs/geoparse-format.md) only gets shape checks: no floors, so nobody tunes on it."""
    paragraphs = load_toponym_gold(BLIND)
    assert len(paragraphs) >= 80
    countries = {t["country_code"] for p in paragraphs for t in p.toponyms if t["country_code"]}
    assert len(countries) >= 50
