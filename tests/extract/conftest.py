"""The extraction tests test the rules: their pipeline types events without the built-in classifier
(tests/train tests the classifier and how it re-types)."""

from __future__ import annotations

import pytest

from frontwatch.runner import Pipeline


@pytest.fixture(scope="session")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline
