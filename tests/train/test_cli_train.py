"""`frontwatch train` and the `--model` options, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.cli import main


def test_train_writes_a_model_and_reports_heldout_scores(
    acled_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model"
    code = main(
        [
            "train",
            "--acled",
            str(acled_csv),
            "--out",
            str(out),
            "--no-rules",
            "--epochs",
            "3",
            "--format",
            "json",
        ]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["heldout_scores"]["rows"] == 32 and report["name"] == "model"
    assert (out / "manifest.json").is_file() and (out / "weights.npz").is_file()


def test_train_prints_a_table(acled_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            ["train", "--acled", str(acled_csv), "--out", str(tmp_path / "m"), "--no-rules", "--epochs", "2"]
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "held-out accuracy" in text and "Peaceful protest" in text


def test_extract_with_a_missing_model_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Troops shelled the town.", encoding="utf-8")
    assert main(["extract", str(story), "--model", str(tmp_path / "none")]) == 2
    assert "FW801" in capsys.readouterr().err


def test_heldout_of_needs_an_acled_file(model_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--heldout-of", str(model_dir)]) == 2
    assert "--heldout-of needs --acled" in capsys.readouterr().err
