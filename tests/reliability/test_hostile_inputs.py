"""Every hostile input of the catalogue, replayed through ingest and normalise in a child process
bounded in time and memory: the expected outcome and codes, and nothing forbidden leaks out."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hostile_cases import CASES, Case, replay, warm_up


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Load the parsers and the language model once, before the children fork: the bounds are
    for reading the input, not for importing libraries."""
    warm_up()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input_has_its_expected_outcome_within_bounds(case: Case, tmp_path: Path) -> None:
    result = replay(case, tmp_path)
    assert not result.error, result.error
    assert result.codes == case.codes, result
    assert result.outcome == case.outcome, result
    assert result.seconds <= case.seconds, f"{case.name}: {result.seconds:.2f} s over {case.seconds} s"
    assert result.grown_mb <= case.megabytes, f"{case.name}: grew {result.grown_mb:.0f} MB"
    assert not result.leaked, result.leaked
