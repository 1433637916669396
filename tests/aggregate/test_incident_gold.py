"""Quality gate: incidents against the hand-labelled report pairs in examples/incidents."""

from __future__ import annotations

from frontwatch.aggregate import update
from frontwatch.aggregate.gold import load_gold, locate, score_pairs
from frontwatch.store.sqlite import SqliteStore

from .conftest import INCIDENTS

F1_FLOOR = 0.90


def test_gold_has_enough_pairs() -> None:
    gold = load_gold(INCIDENTS / "gold.jsonl")
    pairs = len(gold) * (len(gold) - 1) // 2
    assert pairs >= 100
    assert len({g.incident for g in gold}) >= 10


def test_incident_pairs_reach_the_f1_floor(report_store: SqliteStore) -> None:
    update(report_store)
    gold = load_gold(INCIDENTS / "gold.jsonl")
    event_of = locate(gold, report_store.events())
    incident = report_store.incidents_of_events(sorted(event_of.values()))
    score = score_pairs(gold, {g: incident.get(e) for g, e in event_of.items()})
    detail = (
        f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}; not coded: {score.missing_reports}"
    )
    assert score.f1 >= F1_FLOOR, detail
