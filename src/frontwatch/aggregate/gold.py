"""Scoring incidents against hand-labelled report pairs.

A gold file is JSON Lines, one report a line: `{"report": doc id, "evidence": text found in the
event's evidence sentence, "incident": label}`. Every pair of gold reports is a gold pair, "same"
when the labels are equal. A predicted pair is "same" when both reports were coded and landed in one
incident; a report that was not coded is in no incident, so each of its "same" pairs is a miss.
Precision, recall and F1 are computed on the "same" pairs (the many easy "not same" pairs would
inflate accuracy).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from frontwatch.model import Event


@dataclass(frozen=True)
class GoldReport:
    report: str
    evidence: str
    incident: str


@dataclass(frozen=True)
class PairScore:
    pairs: int
    gold_same: int
    predicted_same: int
    true_same: int
    missing_reports: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.true_same / self.predicted_same if self.predicted_same else 1.0

    @property
    def recall(self) -> float:
        return self.true_same / self.gold_same if self.gold_same else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[GoldReport]:
    out: list[GoldReport] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            out.append(GoldReport(str(data["report"]), str(data["evidence"]), str(data["incident"])))
    return out


def locate(gold: Sequence[GoldReport], events: Iterable[Event]) -> dict[GoldReport, str]:
    """The event id of each gold report that was coded (first event of the document whose evidence
    holds the gold text)."""
    by_doc: dict[str, list[Event]] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    found: dict[GoldReport, str] = {}
    for item in gold:
        for event in by_doc.get(item.report, []):
            if item.evidence.casefold() in event.evidence.casefold():
                found[item] = event.event_id
                break
    return found


def score_pairs(gold: Sequence[GoldReport], incident_of: Mapping[GoldReport, str | None]) -> PairScore:
    """Pairwise precision and recall of "same incident" over every pair of gold reports."""
    pairs = gold_same = predicted_same = true_same = 0
    for a, b in combinations(gold, 2):
        pairs += 1
        same = a.incident == b.incident
        ia, ib = incident_of.get(a), incident_of.get(b)
        predicted = ia is not None and ia == ib
        gold_same += same
        predicted_same += predicted
        true_same += same and predicted
    missing = tuple(sorted({f"{g.report}: {g.evidence}" for g in gold if incident_of.get(g) is None}))
    return PairScore(pairs, gold_same, predicted_same, true_same, missing)
