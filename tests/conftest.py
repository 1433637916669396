"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed-kharkiv-2022-09-10.txt"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The NLP model and gazetteer, loaded once for the session."""
    return Pipeline.load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(
            f"the seed article is not here ({SEED}): ../shared is only present beside a development clone"
        )
    return SEED
