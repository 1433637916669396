"""Held-out scores: accuracy, weighted and macro F1, and precision/recall/F1 per class."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from frontwatch.evaluate.metrics import f1_scores


def classification_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """JSON-ready scores of predicted labels against gold labels (macro-F1 over the gold classes present,
    as `frontwatch eval` counts it)."""
    pairs = list(zip(gold, predicted, strict=True))
    macro, weighted = f1_scores(pairs)
    correct = sum(1 for g, p in pairs if g == p)
    return {
        "rows": len(pairs),
        "accuracy": round(correct / len(pairs), 4) if pairs else 0.0,
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "per_class": _per_class(pairs),
    }


def _per_class(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float | int]]:
    support = Counter(g for g, _ in pairs)
    result: dict[str, dict[str, float | int]] = {}
    for cls in sorted(support):
        tp = sum(1 for g, p in pairs if g == cls and p == cls)
        fp = sum(1 for g, p in pairs if g != cls and p == cls)
        fn = support[cls] - tp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[cls] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support[cls],
        }
    return result
