"""A multinomial logistic regression over hashed features, trained with mini-batch AdaGrad.

Small, CPU-only and deterministic for a given seed: the same rows, seed and settings give the same
weights, so a reported score can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from frontwatch.train.features import SparseRows

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Settings:
    epochs: int = 12
    batch: int = 16
    learning_rate: float = 0.5
    l2: float = 1e-6
    seed: int = 13


def logits(weights: Array, rows: SparseRows) -> Array:
    """Row-wise sum of the weight rows of each row's features (scaled by the feature values)."""
    if rows.rows == 0:
        return np.zeros((0, weights.shape[1]))
    gathered = weights[rows.indices] * rows.values[:, None]
    starts = rows.offsets[:-1]
    return np.add.reduceat(gathered, starts, axis=0)  # every row has the bias feature, so none is empty


def probabilities(weights: Array, rows: SparseRows) -> Array:
    z = logits(weights, rows)
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    result: Array = e / e.sum(axis=1, keepdims=True)
    return result


def fit(
    rows: SparseRows, labels: npt.NDArray[np.int64], classes: int, buckets: int, settings: Settings
) -> Array:
    """Weights (buckets x classes) that fit the labelled rows."""
    weights = np.zeros((buckets, classes))
    history = np.full((buckets, classes), 1e-8)
    rng = np.random.default_rng(settings.seed)
    for _ in range(settings.epochs):
        order = rng.permutation(rows.rows)
        for start in range(0, len(order), settings.batch):
            batch = order[start : start + settings.batch]
            _step(weights, history, rows.take(batch), labels[batch], settings)
    return weights


def _step(
    weights: Array, history: Array, rows: SparseRows, labels: npt.NDArray[np.int64], s: Settings
) -> None:
    """One AdaGrad step on the weight rows the batch touches (the others do not move)."""
    p = probabilities(weights, rows)
    p[np.arange(len(labels)), labels] -= 1.0
    p /= len(labels)
    owner = np.repeat(np.arange(rows.rows), np.diff(rows.offsets))
    touched, where = np.unique(rows.indices, return_inverse=True)
    grad = np.zeros((len(touched), weights.shape[1]))
    np.add.at(grad, where, p[owner] * rows.values[:, None])
    grad += s.l2 * weights[touched]
    history[touched] += grad * grad
    weights[touched] -= s.learning_rate * grad / np.sqrt(history[touched])
