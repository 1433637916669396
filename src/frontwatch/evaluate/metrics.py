"""Scores of predicted events against gold events, field by field.

A document is scored by its first (main) event. A document for which nothing was predicted counts as
wrong on every field. Documents whose gold has no events score whether we also predicted none.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from frontwatch.geo.keys import plain_letters

NEAR_KM = 10.0
FAR_KM = 25.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class FieldScores:
    """Counts of correct answers per field over the scored documents."""

    documents: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    sub_types: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted) per document
    missed: list[str] = field(default_factory=list)  # documents with gold events but no prediction
    non_events: int = 0
    non_events_quiet: int = 0  # non-event documents for which nothing was predicted

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.documents if self.documents else 0.0


def _same(gold: Any, predicted: Any) -> bool:
    """Equal values; text equal whatever its case and accents ("Bogotá D.C." is "Bogota D.C.")."""
    if isinstance(gold, str) and isinstance(predicted, str):
        return _plain(gold) == _plain(predicted)
    return bool(gold == predicted)


def _plain(text: str) -> str:
    return plain_letters(text.strip().lower())


def _within(gold: dict[str, Any], predicted: dict[str, Any], km: float) -> bool:
    values = (
        gold.get("latitude"),
        gold.get("longitude"),
        predicted.get("latitude"),
        predicted.get("longitude"),
    )
    if any(v is None for v in values):
        return False
    lat1, lon1, lat2, lon2 = (float(v) for v in values)  # type: ignore[arg-type]
    return distance_km(lat1, lon1, lat2, lon2) <= km


def _date_within_one_day(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    from datetime import date

    try:
        g = date.fromisoformat(str(gold.get("event_date")))
        p = date.fromisoformat(str(predicted.get("event_date")))
    except ValueError:
        return False
    return abs((g - p).days) <= 1


EXACT_FIELDS = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",  # scored where the gold has the field (ACLED exports)
    "assoc_actor_2",
    "claimant_side",
    "modality",
    "admin1",
    "event_date",
    "time_precision",
    "fatalities",
    "geo_precision",
)


def score_document(
    scores: FieldScores, name: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> None:
    """Add one document to the running scores."""
    if not gold:
        scores.non_events += 1
        scores.non_events_quiet += int(not predicted)
        return
    scores.documents += 1
    main = gold[0]
    if not predicted:
        scores.missed.append(name)
        scores.sub_types.append((str(main.get("sub_event_type")), "(none)"))
        return
    first = predicted[0]
    scores.sub_types.append((str(main.get("sub_event_type")), str(first.get("sub_event_type"))))
    for name_ in EXACT_FIELDS:
        if name_ in main:
            scores.correct[name_] += int(_same(main.get(name_), first.get(name_)))
    scores.correct["location_10km"] += int(_within(main, first, NEAR_KM))
    scores.correct["location_25km"] += int(_within(main, first, FAR_KM))
    scores.correct["event_date_1day"] += int(_date_within_one_day(main, first))


def f1_scores(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Macro-F1 over the gold classes present, and support-weighted F1."""
    classes = sorted({g for g, _ in pairs})
    if not classes:
        return 0.0, 0.0
    f1s: dict[str, float] = {}
    for cls in classes:
        tp = sum(1 for g, p in pairs if g == cls and p == cls)
        fp = sum(1 for g, p in pairs if g != cls and p == cls)
        fn = sum(1 for g, p in pairs if g == cls and p != cls)
        f1s[cls] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    support = Counter(g for g, _ in pairs)
    macro = sum(f1s.values()) / len(classes)
    weighted = sum(f1s[c] * support[c] for c in classes) / len(pairs)
    return macro, weighted
