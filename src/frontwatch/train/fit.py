"""Training: split the labelled texts, fit on the training part, pick the override threshold on the
training part, and score the held-out part, which nothing else has seen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from frontwatch import __version__
from frontwatch.errors import NotEnoughLabels, UsageError
from frontwatch.extract.proposals import LEAD, open_to_proposal
from frontwatch.train.data import EVIDENCE, NONE, TEXT, Labelled, LabelledSet, sentences_of
from frontwatch.train.features import DEFAULT_BUCKETS, DEFAULT_PREFIX, SparseRows, featurise
from frontwatch.train.model_dir import event_probabilities, most_eventlike
from frontwatch.train.scores import classification_scores
from frontwatch.train.softmax import Array, Settings, fit, probabilities
from frontwatch.train.split import MIN_TO_SPLIT, Split, stratified_split
from frontwatch.train.threshold import Proposal, Scored, against_rules, by_precision, for_proposals

FOLDS = 3
DEFAULT_SETTINGS = Settings()
MIN_ROWS = 2  # rows per class needed to learn it
RulesTypes = Callable[[Sequence[Labelled]], list[str | None]]


@dataclass(frozen=True)
class Trained:
    weights: Array
    manifest: dict[str, Any]


def train(
    labelled: LabelledSet,
    *,
    holdout: float = 0.2,
    settings: Settings = DEFAULT_SETTINGS,
    rules: RulesTypes | None = None,
    min_precision: float = 0.95,
    buckets: int = DEFAULT_BUCKETS,
    validation: LabelledSet | None = None,
    documents: LabelledSet | None = None,
) -> Trained:
    """A classifier fitted on the training split, with its manifest (held-out scores included).

    The override threshold is chosen against the rules on `validation` when it is given (texts neither
    the rules nor the model were tuned on), else on out-of-fold scores of the training split. When the
    model learnt sentences that report no event (label NONE) and validation `documents` are given, the
    threshold above which it may propose an event where the rules find none is chosen on them."""
    if not 0.0 < holdout < 1.0:
        raise UsageError("--holdout must be between 0 and 1 (exclusive)", hint="Give e.g. --holdout 0.2.")
    examples = labelled.examples
    split = stratified_split([e.label for e in examples], holdout, settings.seed)
    classes = _classes(examples, split)
    rows = featurise([e.text for e in examples], buckets, DEFAULT_PREFIX)
    target = np.array(
        [classes.index(e.label) if e.label in classes else -1 for e in examples], dtype=np.int64
    )
    train_rows = np.array([n for n in split.train if target[n] >= 0], dtype=np.int64)
    weights = fit(rows.take(train_rows), target[train_rows], len(classes), buckets, settings)
    if validation is not None and rules is not None:
        threshold, chosen = _on_validation(weights, classes, validation, rules)
        if documents is not None and NONE in classes:
            propose, proposals = _proposal_threshold(weights, classes, documents, rules)
            chosen = {**chosen, "propose_threshold": round(propose, 6), "proposals": proposals}
    else:
        threshold, chosen = _on_training(
            rows, target, train_rows, classes, buckets, settings, examples, rules, min_precision
        )
    heldout = _heldout(weights, rows, examples, split, classes, threshold)
    return Trained(
        weights, _manifest(labelled, split, classes, settings, holdout, buckets, threshold, chosen, heldout)
    )


def _on_validation(
    weights: Array, classes: list[str], validation: LabelledSet, rules: RulesTypes
) -> tuple[float, dict[str, Any]]:
    """The threshold at which the model, overriding the rules above it, types most validation rows right."""
    examples = validation.examples
    p = event_probabilities(weights, classes, [e.text for e in examples], DEFAULT_PREFIX)
    best = p.argmax(axis=1)
    scored = [
        Scored(e.label, classes[int(b)], float(p[i, b]), r)
        for i, (e, b, r) in enumerate(zip(examples, best, rules(examples), strict=True))
    ]
    threshold, chosen = against_rules(scored)
    sources = [{"file": name, "sha256": sha} for name, sha in validation.sources]
    return threshold, {**chosen, "method": "against-rules on validation", "validation": sources}


def _proposal_threshold(
    weights: Array, classes: list[str], documents: LabelledSet, rules: RulesTypes
) -> tuple[float, dict[str, Any]]:
    """The threshold for proposing an event, on the validation documents in which the rules find none."""
    quiet = [d for d, r in zip(documents.examples, rules(documents.examples), strict=True) if r is None]
    rows = []
    for doc in quiet:
        # what a proposal may read at run time: the lead's sentences the rules have no word for
        sentences = [t for t in (sentences_of(doc.text) or [doc.text])[:LEAD] if open_to_proposal(t)]
        if not sentences:
            continue
        _, j, probability = most_eventlike(event_probabilities(weights, classes, sentences, DEFAULT_PREFIX))
        rows.append(Proposal(None if doc.label == NONE else doc.label, classes[j], probability))
    return for_proposals(rows)


def _on_training(
    rows: SparseRows,
    target: Any,
    train_rows: Any,
    classes: list[str],
    buckets: int,
    settings: Settings,
    examples: Sequence[Labelled],
    rules: RulesTypes | None,
    min_precision: float,
) -> tuple[float, dict[str, Any]]:
    """The threshold from out-of-fold scores of the training rows: against the rules, or by precision."""
    scored = _out_of_fold(rows, target, train_rows, classes, buckets, settings)
    if rules is None:
        return by_precision(scored, min_precision)
    for_rules = rules([examples[int(n)] for n in train_rows])
    return against_rules(
        [Scored(s.gold, s.predicted, s.probability, r) for s, r in zip(scored, for_rules, strict=True)]
    )


def _classes(examples: Sequence[Labelled], split: Split) -> list[str]:
    counts: dict[str, int] = {}
    for n in split.train:
        counts[examples[n].label] = counts.get(examples[n].label, 0) + 1
    classes = sorted(label for label, count in counts.items() if count >= MIN_ROWS)
    if len(classes) < 2 or not split.heldout:
        raise NotEnoughLabels(
            f"{len(examples)} usable labelled rows give {len(classes)} sub-event types with at least "
            f"{MIN_ROWS} training rows and {len(split.heldout)} held-out rows (a type needs "
            f"{MIN_TO_SPLIT} rows to be split)"
        )
    return classes


def _out_of_fold(
    rows: SparseRows, target: Any, train_rows: Any, classes: list[str], buckets: int, settings: Settings
) -> list[Scored]:
    """Each training row scored by a model fitted on the other folds."""
    fold = np.random.default_rng(settings.seed).permutation(len(train_rows)) % FOLDS
    scored: list[Scored | None] = [None] * len(train_rows)
    for k in range(FOLDS):
        inside, outside = train_rows[fold != k], np.flatnonzero(fold == k)
        weights = fit(rows.take(inside), target[inside], len(classes), buckets, settings)
        p = probabilities(weights, rows.take(train_rows[outside]))
        for j, i in enumerate(outside):
            best = int(p[j].argmax())
            scored[i] = Scored(classes[int(target[train_rows[i]])], classes[best], float(p[j, best]))
    return [s for s in scored if s is not None]


def _heldout(
    weights: Array,
    rows: SparseRows,
    examples: Sequence[Labelled],
    split: Split,
    classes: list[str],
    threshold: float,
) -> dict[str, Any]:
    held = np.array(split.heldout, dtype=np.int64)
    p = probabilities(weights, rows.take(held))
    best = p.argmax(axis=1)
    predicted = [classes[int(b)] for b in best]
    gold = [examples[int(n)].label for n in held]
    scores = classification_scores(gold, predicted)
    above = [i for i, b in enumerate(best) if p[i, b] >= threshold]
    right = sum(1 for i in above if predicted[i] == gold[i])
    scores["above_threshold"] = {
        "rows": len(above),
        "accuracy": round(right / len(above), 4) if above else 0.0,
    }
    return scores


def _manifest(
    labelled: LabelledSet,
    split: Split,
    classes: list[str],
    settings: Settings,
    holdout: float,
    buckets: int,
    threshold: float,
    chosen: dict[str, Any],
    heldout: dict[str, Any],
) -> dict[str, Any]:
    return {
        "kind": "sub_event_type classifier",
        "frontwatch_version": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "labels": classes,
        "features": {
            "kind": "hashed word unigrams and bigrams, binary, L2-normalised",
            "buckets": buckets,
            "prefix": DEFAULT_PREFIX,
        },
        "settings": asdict(settings),
        "split": {
            "holdout": holdout,
            "seed": settings.seed,
            "train_rows": len(split.train),
            "heldout_rows": len(split.heldout),
            "stratified_from_rows_per_class": MIN_TO_SPLIT,
        },
        "sources": [{"file": name, "sha256": sha} for name, sha in labelled.sources],
        "rows_read": len(labelled.examples) + labelled.skipped,
        "rows_skipped": labelled.skipped,
        "threshold": round(threshold, 6),
        "threshold_choice": chosen,
        "reads": _reads(labelled),
        "heldout_scores": heldout,
    }


def _reads(labelled: LabelledSet) -> str:
    """What the model should read when applied: what it learnt from (evidence sentences only when every
    training text was one)."""
    return EVIDENCE if all(e.kind == EVIDENCE for e in labelled.examples) else TEXT
