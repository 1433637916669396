"""A trained type classifier on disk: `manifest.json` (what it is, how it scored) and `weights.npz`.

The weights are numbers over hashed n-gram buckets; nothing of the training texts is stored, only the
training file's SHA-256. Loading checks the weights against the SHA-256 and shape in the manifest, and
reads them without pickle.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from frontwatch.errors import ClassifierNotFound, ClassifierTooNew, CorruptClassifier
from frontwatch.train.data import EVIDENCE, NONE, TEXT, file_sha256
from frontwatch.train.features import featurise
from frontwatch.train.softmax import Array, probabilities

FORMAT = 1
MANIFEST = "manifest.json"
WEIGHTS = "weights.npz"


@dataclass(frozen=True)
class TypeClassifier:
    """Sub-event type probabilities for texts, and the probability above which they replace the rules."""

    labels: tuple[str, ...]
    weights: Array  # buckets x labels
    threshold: float
    manifest: dict[str, Any]

    @property
    def reads(self) -> str:
        return EVIDENCE if self.manifest.get("reads") == EVIDENCE else TEXT

    @property
    def prefix(self) -> int:
        """The letters kept of each word (0: whole words, the models of before the cut)."""
        return int(self.manifest.get("features", {}).get("prefix", 0))

    @property
    def name(self) -> str:
        return str(self.manifest.get("name", ""))

    @property
    def propose_threshold(self) -> float | None:
        """The probability above which it proposes an event the rules missed (None: it never does)."""
        value = self.manifest.get("threshold_choice", {}).get("propose_threshold")
        return float(value) if value is not None and NONE in self.labels else None

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """The most probable event type of each text, with its probability."""
        if not texts:
            return []
        p = event_probabilities(self.weights, self.labels, texts, self.prefix)
        best = p.argmax(axis=1)
        return [(self.labels[int(b)], float(p[i, b])) for i, b in enumerate(best)]

    def propose(self, sentences: Sequence[str]) -> tuple[int, str] | None:
        """The sentence that most reads like an event, and its type, when its probability reaches the
        proposal threshold."""
        threshold = self.propose_threshold
        if threshold is None or not sentences:
            return None
        p = event_probabilities(self.weights, self.labels, sentences, self.prefix)
        i, j, probability = most_eventlike(p)
        return (i, self.labels[j]) if probability >= threshold else None


def event_probabilities(weights: Array, labels: Sequence[str], texts: Sequence[str], prefix: int) -> Array:
    """Each text's probabilities over the labels, NONE's set to 0: re-typing and proposing choose among
    event types."""
    p = probabilities(weights, featurise(texts, weights.shape[0], prefix))
    if NONE in labels:
        p[:, list(labels).index(NONE)] = 0.0
    return p


def most_eventlike(p: Array) -> tuple[int, int, float]:
    """The text and the label of the highest event probability, and that probability."""
    i, j = divmod(int(p.argmax()), p.shape[1])
    return i, j, float(p[i, j])


def save_classifier(directory: Path, weights: Array, manifest: dict[str, Any]) -> None:
    """Write the weights (non-zero bucket rows only) and then the manifest that vouches for them."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = np.flatnonzero(np.any(weights != 0.0, axis=1)).astype(np.int64)
    path = directory / WEIGHTS
    with tempfile.NamedTemporaryFile(dir=directory, suffix=".npz", delete=False) as handle:
        np.savez_compressed(handle, rows=rows, values=weights[rows].astype(np.float32))
    os.replace(handle.name, path)
    full = {
        **manifest,
        "format": FORMAT,
        "weights_sha256": file_sha256(path),
        "weights_shape": list(weights.shape),
    }
    text = json.dumps(full, indent=2, ensure_ascii=False) + "\n"
    with tempfile.NamedTemporaryFile(
        "w", dir=directory, suffix=".json", delete=False, encoding="utf-8"
    ) as out:
        out.write(text)
    os.replace(out.name, directory / MANIFEST)


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.is_file():
        raise ClassifierNotFound(f"no trained model at {directory} (no {MANIFEST})")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptClassifier(f"{path} is not readable JSON ({exc})") from exc
    if not isinstance(manifest, dict):
        raise CorruptClassifier(f"{path} is not a JSON object")
    if not isinstance(manifest.get("format"), int) or manifest["format"] > FORMAT:
        raise ClassifierTooNew(
            f"{path} has format {manifest.get('format')!r}; this frontwatch reads {FORMAT}"
        )
    return manifest


def load_classifier(directory: Path) -> TypeClassifier:
    """The classifier saved in `directory`, checked against its manifest."""
    manifest = read_manifest(directory)
    try:
        labels = tuple(str(x) for x in manifest["labels"])
        shape = (int(manifest["weights_shape"][0]), int(manifest["weights_shape"][1]))
        threshold = float(manifest["threshold"])
        expected = str(manifest["weights_sha256"])
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CorruptClassifier(f"{directory / MANIFEST} lacks a field ({exc})") from exc
    weights = _weights(directory / WEIGHTS, expected, shape)
    if len(labels) != shape[1]:
        raise CorruptClassifier(f"{directory}: {len(labels)} labels for {shape[1]} weight columns")
    return TypeClassifier(labels, weights, threshold, manifest)


def _weights(path: Path, sha256: str, shape: tuple[int, int]) -> Array:
    if not path.is_file():
        raise CorruptClassifier(f"{path} is missing")
    if file_sha256(path) != sha256:
        raise CorruptClassifier(f"{path} does not match the SHA-256 in the manifest")
    try:
        with np.load(path, allow_pickle=False) as data:
            rows, values = data["rows"], data["values"]
        weights = np.zeros(shape)
        weights[rows] = values
    except (OSError, KeyError, ValueError, IndexError) as exc:
        raise CorruptClassifier(f"{path} holds no weights of shape {shape} ({exc})") from exc
    return weights
