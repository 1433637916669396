"""The probability above which the model's type replaces the rules' type, chosen on the training split.

The model's probabilities come from out-of-fold predictions (each training row scored by a model that
did not see it), so they are as honest as held-out ones without touching the held-out rows. Against
the rules: the lowest threshold that maximises the number of training rows typed right when the model
overrides the rules above it (ties go to the higher threshold). Without the rules: the lowest threshold
at which the model's own out-of-fold precision is still at least `min_precision`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

NEVER = 1.01  # above every probability: the model never overrides


@dataclass(frozen=True)
class Scored:
    """One training row as the out-of-fold model saw it, with the rules' type (None: no event)."""

    gold: str
    predicted: str
    probability: float
    rules: str | None = None


def against_rules(rows: Sequence[Scored]) -> tuple[float, dict[str, Any]]:
    """The threshold that types most rows right when the model overrides the rules above it."""
    coded = sorted((r for r in rows if r.rules is not None), key=lambda r: -r.probability)
    gain, best_gain, threshold = 0, 0, NEVER
    for row in coded:
        gain += int(row.predicted == row.gold) - int(row.rules == row.gold)
        if gain > best_gain:
            best_gain, threshold = gain, row.probability
    rules_right = sum(1 for r in coded if r.rules == r.gold)
    stats = {
        "method": "against-rules",
        "rows_with_rules_event": len(coded),
        "rules_correct": rules_right,
        "combined_correct": rules_right + best_gain,
        "overridden": sum(1 for r in coded if r.probability >= threshold and r.predicted != r.rules),
    }
    return threshold, stats


def by_precision(rows: Sequence[Scored], min_precision: float) -> tuple[float, dict[str, Any]]:
    """The lowest threshold above which the model's out-of-fold precision is at least `min_precision`."""
    ranked = sorted(rows, key=lambda r: -r.probability)
    right, threshold, covered = 0, NEVER, 0
    for n, row in enumerate(ranked, start=1):
        right += int(row.predicted == row.gold)
        if right / n >= min_precision:
            threshold, covered = row.probability, n
    stats = {
        "method": "precision",
        "min_precision": min_precision,
        "rows_above": covered,
        "rows": len(ranked),
    }
    return threshold, stats


@dataclass(frozen=True)
class Proposal:
    """A document in which the rules found no event: its gold main type (None: it reports none) and the
    classifier's best sentence type with its probability."""

    gold: str | None
    predicted: str
    probability: float


def for_proposals(rows: Sequence[Proposal]) -> tuple[float, dict[str, Any]]:
    """The threshold above which proposing the classifier's event gains most: a right type counts one up,
    a wrong type or an event where there is none one down (ties go to the higher threshold)."""
    ranked = sorted(rows, key=lambda r: -r.probability)
    gain, best_gain, threshold = 0, 0, NEVER
    for row in ranked:
        gain += 1 if row.predicted == row.gold else -1
        if gain > best_gain:
            best_gain, threshold = gain, row.probability
    above = [r for r in ranked if r.probability >= threshold]
    stats = {
        "documents_without_rules_event": len(ranked),
        "of_them_events": sum(1 for r in ranked if r.gold is not None),
        "proposed_right": sum(1 for r in above if r.predicted == r.gold),
        "proposed_wrong_type": sum(1 for r in above if r.gold is not None and r.predicted != r.gold),
        "proposed_where_none": sum(1 for r in above if r.gold is None),
    }
    return threshold, stats
