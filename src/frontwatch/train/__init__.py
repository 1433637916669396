"""Fit a sub-event type classifier on the user's own labelled export, score it on a held-out split,
and let it re-type the rules' main event where it is confident (see docs/train.md)."""

from __future__ import annotations

from frontwatch.train.apply import apply_classifier, retype_events
from frontwatch.train.builtin import builtin_classifier, builtin_proposer
from frontwatch.train.data import Labelled, LabelledSet, read_labelled
from frontwatch.train.fit import Trained, train
from frontwatch.train.model_dir import TypeClassifier, load_classifier, read_manifest, save_classifier
from frontwatch.train.softmax import Settings

__all__ = [
    "Labelled",
    "LabelledSet",
    "Settings",
    "Trained",
    "TypeClassifier",
    "apply_classifier",
    "builtin_classifier",
    "builtin_proposer",
    "load_classifier",
    "read_labelled",
    "read_manifest",
    "retype_events",
    "save_classifier",
    "train",
]
