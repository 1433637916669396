"""A missing, corrupt or foreign model folder, or too little data, gives a coded error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from frontwatch.errors import (
    ClassifierNotFound,
    ClassifierTooNew,
    CorruptClassifier,
    NotEnoughLabels,
    SplitMismatch,
)
from frontwatch.train import Settings, load_classifier, read_labelled, train
from frontwatch.train.heldout import heldout_ids

from .synthetic import sentences, write_acled_csv


@pytest.fixture()
def copy(model_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(model_dir, tmp_path / "model"))


def test_a_missing_folder_is_fw801(tmp_path: Path) -> None:
    with pytest.raises(ClassifierNotFound) as caught:
        load_classifier(tmp_path / "nowhere")
    assert caught.value.code == "FW801"


def test_unreadable_manifest_is_fw802(copy: Path) -> None:
    (copy / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CorruptClassifier):
        load_classifier(copy)


def test_altered_weights_are_fw802(copy: Path) -> None:
    data = bytearray((copy / "weights.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / "weights.npz").write_bytes(bytes(data))
    with pytest.raises(CorruptClassifier, match="SHA-256"):
        load_classifier(copy)


def test_missing_weights_are_fw802(copy: Path) -> None:
    (copy / "weights.npz").unlink()
    with pytest.raises(CorruptClassifier, match="missing"):
        load_classifier(copy)


def test_a_newer_format_is_fw803(copy: Path) -> None:
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    (copy / "manifest.json").write_text(json.dumps({**manifest, "format": 99}), encoding="utf-8")
    with pytest.raises(ClassifierTooNew):
        load_classifier(copy)


def test_one_type_is_not_enough_to_train(tmp_path: Path) -> None:
    rows = [(text, label) for text, label in sentences() if label == "Arrests"]
    csv_file = write_acled_csv(tmp_path / "one.csv", rows)
    with pytest.raises(NotEnoughLabels) as caught:
        train(read_labelled(acled=csv_file), settings=Settings(epochs=1), buckets=1 << 10)
    assert caught.value.code == "FW804"


def test_heldout_rows_are_recomputed_from_the_training_file(
    model_dir: Path, acled_csv: Path, tmp_path: Path
) -> None:
    ids = heldout_ids(model_dir, acled_csv)
    assert len(ids) == 32 and all(i.startswith("TST") for i in ids)
    other = write_acled_csv(tmp_path / "other.csv", sentences(seed=8))
    with pytest.raises(SplitMismatch):
        heldout_ids(model_dir, other)
