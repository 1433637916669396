"""Training learns made-up labelled sentences, splits them deterministically and writes a full manifest."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from frontwatch.train import Labelled, Settings, Trained, load_classifier, read_labelled, train
from frontwatch.train.data import read_documents
from frontwatch.train.split import stratified_split

from .synthetic import TEMPLATES, sentences


def test_heldout_accuracy_is_far_above_chance(trained: Trained) -> None:
    scores = trained.manifest["heldout_scores"]
    chance = 1 / len(TEMPLATES)
    assert scores["rows"] == 32  # 20 % of 40 rows for each of 4 types
    assert scores["accuracy"] >= 0.85 > chance + 0.5
    assert set(scores["per_class"]) == set(TEMPLATES)


def test_the_split_is_deterministic_and_stratified() -> None:
    labels = [label for _, label in sentences()] + ["Grenade", "Grenade"]
    first = stratified_split(labels, 0.25, seed=3)
    assert first == stratified_split(labels, 0.25, seed=3)
    assert first != stratified_split(labels, 0.25, seed=4)
    held = Counter(labels[n] for n in first.heldout)
    assert held == dict.fromkeys(TEMPLATES, 10)  # a quarter of each type, and no lone Grenade pair split
    assert sorted(first.train + first.heldout) == list(range(len(labels)))


def test_the_manifest_is_complete_and_holds_no_text(model_dir: Path, acled_csv: Path) -> None:
    manifest = json.loads((model_dir / "manifest.json").read_text(encoding="utf-8"))
    for key in ("labels", "frontwatch_version", "created", "sources", "split", "threshold", "heldout_scores"):
        assert key in manifest, key
    assert manifest["labels"] == sorted(TEMPLATES)
    assert manifest["split"]["train_rows"] == 128 and manifest["split"]["heldout_rows"] == 32
    assert manifest["sources"][0]["sha256"] == read_labelled(acled=acled_csv).sources[0][1]
    labels = " ".join(TEMPLATES).lower()
    words = {w for text, _ in sentences() for w in text.lower().split() if len(w) > 6 and w not in labels}
    stored = (model_dir / "manifest.json").read_text(encoding="utf-8")
    assert not [w for w in words if w in stored]


def test_a_saved_model_predicts_like_the_trained_one(model_dir: Path) -> None:
    model = load_classifier(model_dir)
    ((label, probability),) = model.predict(["Police arrested two activists in Oakham on Tuesday."])
    assert label == "Arrests" and probability > 0.5


def test_gold_evidence_trains_a_model_that_reads_evidence(trained: Trained, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = sentences(per_class=12)
    records: list[dict[str, object]] = [
        {
            "id": f"g{n}",
            "text": f"LONDON - {text} More later.",
            "events": [{"sub_event_type": label, "evidence": text}],
        }
        for n, (text, label) in enumerate(rows)
    ]
    records.append({"id": "quiet", "text": "Nothing happened.", "events": []})  # no event: not a training row
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    labelled = read_labelled(gold=gold)
    assert len(labelled.examples) == 48 and labelled.examples[0].text == rows[0][0]
    model = train(labelled, settings=Settings(epochs=2), rules=None, buckets=1 << 10)
    assert model.manifest["reads"] == "evidence"
    assert trained.manifest["reads"] == "text"  # ACLED notes are whole texts


def test_a_validation_set_chooses_the_threshold_against_the_rules(tmp_path: Path) -> None:
    """With validation texts, the rules' types there (here: always "Arrests") and the final model decide
    the threshold; the manifest says so and names the file."""

    def gold_file(name: str, rows: list[tuple[str, str]]) -> Path:
        path = tmp_path / name
        records = [
            {"id": f"{name}{n}", "text": text, "events": [{"sub_event_type": label, "evidence": text}]}
            for n, (text, label) in enumerate(rows)
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    training = read_labelled(gold=gold_file("train.jsonl", sentences(per_class=20)))
    validation = read_labelled(gold=gold_file("check.jsonl", sentences(per_class=6, seed=99)))
    seen: list[int] = []

    def rules(examples: Sequence[Labelled]) -> list[str | None]:
        seen.append(len(examples))
        return ["Arrests"] * len(examples)

    model = train(training, settings=Settings(epochs=4), rules=rules, buckets=1 << 10, validation=validation)
    choice = model.manifest["threshold_choice"]
    assert seen == [24]  # the rules ran once, on the validation rows only
    assert choice["method"] == "against-rules on validation"
    assert [s["file"] for s in choice["validation"]] == ["check.jsonl"]
    assert choice["rules_correct"] == 6  # the rules are right on the arrests alone
    assert choice["combined_correct"] > choice["rules_correct"] and model.manifest["threshold"] < 1.0


def test_learning_quiet_sentences_lets_it_propose_events(tmp_path: Path) -> None:
    """Sentences that tell no event become NONE rows; the proposal threshold is chosen on the validation
    documents in which the rules found nothing (here: all of them)."""
    quiet = ["The council met to discuss the budget.", "Ministers will travel to the summit next week."]

    def gold_file(name: str, rows: list[tuple[str, str]]) -> Path:
        path = tmp_path / name
        records: list[dict[str, object]] = [
            {
                "id": f"{name}{n}",
                "text": f"{text} {quiet[n % 2]}",
                "events": [{"sub_event_type": label, "evidence": text}],
            }
            for n, (text, label) in enumerate(rows)
        ]
        records += [{"id": f"{name}-q{n}", "text": text, "events": []} for n, text in enumerate(quiet)]
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    training = read_labelled(gold=gold_file("train.jsonl", sentences(per_class=20)), quiet_sentences=True)
    assert sum(1 for e in training.examples if e.label == "(none)") == 80 + 2
    check = gold_file("check.jsonl", sentences(per_class=6, seed=99))
    model = train(
        training,
        settings=Settings(epochs=4),
        rules=lambda examples: [None] * len(examples),
        buckets=1 << 10,
        validation=read_labelled(gold=check),
        documents=read_documents([check]),
    )
    choice = model.manifest["threshold_choice"]
    assert choice["proposals"]["documents_without_rules_event"] == 26
    assert choice["proposals"]["of_them_events"] == 24
    assert choice["proposals"]["proposed_right"] > choice["proposals"]["proposed_where_none"]
    assert 0.0 < choice["propose_threshold"] < 1.0
