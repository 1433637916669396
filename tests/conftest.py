"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from frontwatch.runner import Pipeline
from pg_server import pg_server, pg_url

# The PostgreSQL fixtures are registered here once: a module or conftest that imports them registers
# its own copy, and each copy started (and at the end stopped) a cluster of its own.
__all__ = ["pg_server", "pg_url"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed-kharkiv-2022-09-10.txt"
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's; Playwright never downloads a browser here


@pytest.fixture(scope="session")
def full_pipeline() -> Pipeline:
    """The NLP model, gazetteer and built-in classifiers, loaded once for the session."""
    return Pipeline.load()


@pytest.fixture(scope="session")
def pipeline(full_pipeline: Pipeline) -> Pipeline:
    return full_pipeline


@pytest.fixture(scope="session")
def rules_pipeline(full_pipeline: Pipeline) -> Pipeline:
    """The same pipeline with the rules alone: no type classifier, no proposer (what rule tests test)."""
    return replace(full_pipeline, typer=None, proposer=None)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(
            f"the seed article is not here ({SEED}): ../shared is only present beside a development clone"
        )
    return SEED


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless, launched once for the session (web page and hostile-input tests)."""
    if not CHROMIUM.is_file():
        pytest.skip(f"no chromium at {CHROMIUM}: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()
