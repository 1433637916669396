"""The built-in classifiers: trained by us on our own development sets (written for this project, never
on licensed data), shipped in the package and used by default. See docs/train.md.

- the type classifier (`data/typer/`) re-types the rules' main event where it is confident;
- the proposer (`data/proposer/`), which also learnt sentences that report no event, proposes an event
  where no trigger rule fires.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from frontwatch.train.model_dir import TypeClassifier, load_classifier

DATA = Path(__file__).resolve().parents[1] / "data"
BUILTIN_DIR = DATA / "typer"
PROPOSER_DIR = DATA / "proposer"


@cache
def builtin_classifier() -> TypeClassifier:
    """The shipped type classifier, read once per process (a missing or damaged one is a packaging fault
    and raises the classifier's coded error)."""
    return load_classifier(BUILTIN_DIR)


@cache
def builtin_proposer() -> TypeClassifier:
    """The shipped proposer, read once per process."""
    return load_classifier(PROPOSER_DIR)
