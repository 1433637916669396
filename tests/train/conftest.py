"""A model trained once on made-up sentences, shared by the tests that need one."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.train import Settings, Trained, read_labelled, save_classifier, train

from .synthetic import sentences, write_acled_csv

BUCKETS = 1 << 14


@pytest.fixture(scope="session")
def acled_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_acled_csv(tmp_path_factory.mktemp("labelled") / "export.csv", sentences())


@pytest.fixture(scope="session")
def trained(acled_csv: Path) -> Trained:
    return train(read_labelled(acled=acled_csv), settings=Settings(epochs=8), buckets=BUCKETS)


@pytest.fixture(scope="session")
def model_dir(trained: Trained, tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("model") / "synthetic"
    save_classifier(directory, trained.weights, {**trained.manifest, "name": directory.name})
    return directory
