"""The built-in type classifier: trained by us on our own development sets (written for this project,
never on licensed data), shipped in the package and used by default. See docs/train.md."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from frontwatch.train.model_dir import TypeClassifier, load_classifier

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "data" / "typer"


@cache
def builtin_classifier() -> TypeClassifier:
    """The shipped classifier, read once per process (a missing or damaged one is a packaging fault and
    raises the classifier's coded error)."""
    return load_classifier(BUILTIN_DIR)
