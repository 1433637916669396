"""The built-in type classifier and proposer: shipped in the package, trained only on our own read
development sets, used by every pipeline unless `--rules-only` (or, for the classifier, `--model DIR`)
says otherwise."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.runner import Pipeline
from frontwatch.train import builtin_classifier, builtin_proposer
from frontwatch.train.builtin import BUILTIN_DIR, PROPOSER_DIR
from frontwatch.train.data import file_sha256
from frontwatch.train.model_dir import TypeClassifier

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_typer.sh"
# Sets that measure the whole coder and must never be learnt from (docs/devset.md): the held-out set
# (half of it blind) and the blind wide sets.
NEVER_TRAINED_ON = {
    "news_holdout.jsonl",
    "wide_middle_east_south_asia.jsonl",
    "wide_africa_middle_east_local.jsonl",
    "wide_one_sentence_world.jsonl",
    "wide_one_sentence_protest_crime.jsonl",
    "wide_notes_world_second.jsonl",
    "wide_thirteenth_round_world.jsonl",
    "wide_fourteenth_round_world.jsonl",
    "wide_fifteenth_round_world.jsonl",
    "wide_sixteenth_round_world.jsonl",
    "wide_seventeenth_round_world.jsonl",
    "wide_eighteenth_round_world.jsonl",
    "wide_nineteenth_round_world.jsonl",
    "wide_twentieth_round_world.jsonl",
    "wide_twenty_first_round_world.jsonl",
    "wide_twenty_second_round_world.jsonl",
    "wide_twenty_third_round_world.jsonl",
    "wide_twenty_fourth_round_world.jsonl",
    "wide_twenty_fifth_round_world.jsonl",
    "wide_twenty_sixth_round_world.jsonl",
    "wide_twenty_seventh_round_world.jsonl",
    "wide_twenty_eighth_round_world.jsonl",
    "wide_twenty_ninth_round_world.jsonl",
    "wide_thirtieth_round_world.jsonl",
    "wide_thirty_first_round_world.jsonl",
}
STORY = "KHARKIV (Reuters) - Russian artillery shelled Kharkiv overnight, officials said on Monday.\n"


def _listed(option: str) -> list[Path]:
    """The files the training script gives with `option` (paths relative to the repository)."""
    text = SCRIPT.read_text(encoding="utf-8")
    block = re.search(rf"^{option}=\((.*?)^\)", text, re.S | re.M)
    assert block is not None, option
    names = [line.strip().strip('"') for line in block.group(1).splitlines() if line.strip()]
    return [ROOT / name.replace("$d", "examples/devset") for name in names]


def test_the_builtin_model_loads_and_reads_evidence_sentences() -> None:
    model = builtin_classifier()
    assert model.reads == "evidence" and model.prefix > 0
    assert 0.0 < model.threshold < 1.0
    assert len(model.labels) == 25


@pytest.mark.parametrize("load", [builtin_classifier, builtin_proposer])
def test_it_learnt_from_no_blind_or_held_out_set(load: Callable[[], TypeClassifier]) -> None:
    manifest = load().manifest
    learnt = {s["file"] for s in manifest["sources"]}
    validated = {s["file"] for s in manifest["threshold_choice"].get("validation", [])}
    assert learnt and not learnt & NEVER_TRAINED_ON
    assert not validated & NEVER_TRAINED_ON and not validated & learnt


@pytest.mark.parametrize(
    ("load", "validation"), [(builtin_classifier, ["validate"]), (builtin_proposer, ["validate", "quiet"])]
)
def test_it_was_trained_on_the_files_as_they_are_now(
    load: Callable[[], TypeClassifier], validation: list[str]
) -> None:
    """Editing a training or validation set without running scripts/train_typer.sh again fails here; the
    quiet news validate the proposer only."""
    manifest = load().manifest
    by_name = {p.name: p for p in _listed("train") + [f for v in validation for f in _listed(v)]}
    recorded = manifest["sources"] + manifest["threshold_choice"].get("validation", [])
    assert {s["file"] for s in recorded} == set(by_name)
    for source in recorded:
        assert file_sha256(by_name[source["file"]]) == source["sha256"], source["file"]


def test_the_shipped_files_are_package_data() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for folder in (BUILTIN_DIR, PROPOSER_DIR):
        assert (folder / "manifest.json").is_file() and (folder / "weights.npz").is_file()
        assert f'"data/{folder.name}/*"' in pyproject


def test_only_the_proposer_proposes() -> None:
    assert builtin_classifier().propose_threshold is None
    threshold = builtin_proposer().propose_threshold
    assert threshold is not None and 0.0 < threshold < 1.0
    assert "(none)" in builtin_proposer().labels


def test_every_pipeline_carries_them_unless_rules_only(pipeline: Pipeline) -> None:
    assert pipeline.typer is builtin_classifier() and pipeline.proposer is builtin_proposer()
    rules = Pipeline.load(rules_only=True)
    assert rules.typer is None and rules.proposer is None


@pytest.mark.parametrize(("options", "coder"), [([], "rules"), (["--rules-only"], None)])
def test_extract_says_who_typed_each_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], coder: str | None
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert main(["extract", str(story), "--date", "2022-05-02", "--format", "jsonl", *options]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events and events[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert [e.get("type_coder") for e in events] == [coder] * len(events)
