"""A seeded, stratified split into training and held-out rows.

Each label's rows are shuffled with the seed and the first `holdout` share of them is held out, so
every class with enough rows is represented on both sides. A label with fewer than `MIN_TO_SPLIT`
rows stays wholly in training: one example cannot be both learnt and scored.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

MIN_TO_SPLIT = 3


@dataclass(frozen=True)
class Split:
    train: tuple[int, ...]  # row numbers, ascending
    heldout: tuple[int, ...]


def stratified_split(labels: Sequence[str], holdout: float, seed: int) -> Split:
    """Row numbers of the training and held-out parts; the same labels, share and seed give the same split."""
    by_label: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        by_label.setdefault(label, []).append(n)
    heldout: list[int] = []
    for label in sorted(by_label):
        rows = by_label[label]
        if len(rows) < MIN_TO_SPLIT:
            continue
        random.Random(f"{seed}:{label}").shuffle(rows)
        count = min(len(rows) - 1, max(1, round(len(rows) * holdout)))
        heldout.extend(rows[:count])
    held = set(heldout)
    return Split(
        train=tuple(n for n in range(len(labels)) if n not in held),
        heldout=tuple(sorted(held)),
    )
