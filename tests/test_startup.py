"""Start-up cost: the command line builds its parser without importing the heavy libraries, the extractors
build their actor trie on first use, and the defaults the parser copies from the library stay equal to
the library's.

Imports are checked in a fresh interpreter (this one has loaded everything already)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import fields

import pytest

from frontwatch import cli_serve, cli_train, cli_watch

# What `frontwatch --help` must not load: each costs from a tenth of a second to a second.
HEAVY = ("datasketch", "scipy", "numpy", "spacy", "dask", "distributed", "fastapi", "uvicorn")


def _modules_after(code: str) -> set[str]:
    """The top-level names in `sys.modules` after `code` runs in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {name.partition(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


def test_building_the_parser_imports_no_heavy_library() -> None:
    loaded = _modules_after("from frontwatch.cli import build_parser\nbuild_parser()")
    assert "frontwatch" in loaded
    assert sorted(loaded.intersection(HEAVY)) == []


def test_help_runs_without_the_heavy_libraries() -> None:
    code = (
        "import contextlib, io\nfrom frontwatch.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['stories', '--help'])"
    )
    assert sorted(_modules_after(code).intersection(HEAVY)) == []


def test_aggregate_imports_datasketch_only_to_sign_a_text() -> None:
    code = (
        "import sys\nfrom frontwatch.aggregate import shingles\n"
        "assert 'datasketch' not in sys.modules, 'imported with the module'\n"
        "assert shingles.signature('one two three four five six seven').shingles == 3"
    )
    assert "datasketch" in _modules_after(code)


def test_actor_trie_is_built_on_first_use() -> None:
    code = (
        "from frontwatch.extract import actor_index\n"
        "assert actor_index.alias_trie.cache_info().currsize == 0, 'built at import'\n"
        "from frontwatch.extract.actors import find_actors\n"
        "found = [m.actor.name for m in find_actors('Russian troops shelled the town.') if m.actor]\n"
        "assert found == ['Military Forces of Russia (2000-)'], found\n"
        "assert actor_index.alias_trie.cache_info().currsize == 1"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_engine_choices_are_the_runner_engines() -> None:
    from frontwatch.runner.engines import ENGINES

    assert cli_watch.ENGINES == ENGINES


def test_train_defaults_are_the_training_settings() -> None:
    from frontwatch.train import Settings

    assert (Settings().seed, Settings().epochs) == (cli_train.DEFAULT_SEED, cli_train.DEFAULT_EPOCHS)


@pytest.mark.parametrize("name", ["host", "port", "page_max", "query_ms"])
def test_serve_defaults_are_the_api_settings(name: str) -> None:
    from frontwatch.api.settings import ApiSettings

    default = {f.name: f.default for f in fields(ApiSettings)}[name]
    assert getattr(cli_serve, f"DEFAULT_{name.upper()}") == default
