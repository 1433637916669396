"""`frontwatch train`, and the `--model` / `--heldout-of` options of `extract` and `eval`.

`frontwatch.train` and the pipeline are imported when a command runs, not when the parser is built (they
pull in numpy and spaCy); the defaults shown by `--help` are those of `frontwatch.train.Settings`, copied
here and held equal to them by `tests/test_startup.py`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import UsageError

if TYPE_CHECKING:
    from frontwatch.runner import Pipeline

# `frontwatch.train.Settings().seed` and `.epochs`
DEFAULT_SEED = 13
DEFAULT_EPOCHS = 12


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("train", help="fit a sub-event type classifier on your own labelled export")
    p.add_argument(
        "--acled",
        type=Path,
        default=None,
        help="ACLED CSV export: notes are the texts, sub_event_type the labels",
    )
    p.add_argument(
        "--gold",
        type=Path,
        action="append",
        default=None,
        help="gold JSON Lines file (docs/gold-format.md) to train on as well; may be given several times",
    )
    _add_validation_options(p)
    p.add_argument(
        "--out", type=Path, required=True, help="folder to write the model to (manifest.json, weights.npz)"
    )
    p.add_argument(
        "--holdout",
        type=float,
        default=0.2,
        help="share of each type's rows held out for scoring (default 0.2)",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"seed of the split and of training (default {DEFAULT_SEED})",
    )
    p.add_argument(
        "--epochs",
        type=int,
        default=DEFAULT_EPOCHS,
        help=f"passes over the training rows (default {DEFAULT_EPOCHS})",
    )
    p.add_argument(
        "--no-rules",
        action="store_true",
        help="choose the threshold by --min-precision instead of against the rules (faster: no NLP run)",
    )
    p.add_argument(
        "--min-precision",
        type=float,
        default=0.95,
        help="with --no-rules: the model's training-split precision above the threshold (default 0.95)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_train)


def _add_validation_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--validate",
        type=Path,
        action="append",
        default=None,
        metavar="GOLD",
        help="gold JSON Lines file the rules were not tuned on: the override threshold is chosen on it "
        "(may be given several times)",
    )
    p.add_argument(
        "--propose",
        action="store_true",
        help="also learn the gold texts' sentences that report no event, so the model may propose an "
        "event where no rule fires (needs --validate, where the proposal threshold is chosen)",
    )


def add_model_option(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--model",
        type=Path,
        default=None,
        help="a folder written by `frontwatch train`: re-type main events with it, not the built-in model",
    )
    group.add_argument(
        "--rules-only",
        action="store_true",
        help="type events by the rules alone, without the built-in model",
    )


def add_heldout_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--heldout-of",
        type=Path,
        default=None,
        metavar="MODEL_DIR",
        help="with --acled: score only the rows this model held out (the file must be its training file)",
    )


def with_model(args: argparse.Namespace, limits: Limits = DEFAULT_LIMITS) -> Pipeline:
    """The pipeline with the type classifier the options ask for: `--model DIR`, none with
    `--rules-only`, else the built-in one."""
    from frontwatch.runner import Pipeline

    return Pipeline.load(limits, model_dir=args.model, rules_only=args.rules_only)


def heldout_rows(args: argparse.Namespace) -> frozenset[str] | None:
    """The document ids `eval --heldout-of` keeps, or None to score every row."""
    if args.heldout_of is None:
        return None
    if args.acled is None:
        raise UsageError("--heldout-of needs --acled", hint="Give the ACLED export the model was trained on.")
    from frontwatch.train.heldout import heldout_ids

    return heldout_ids(args.heldout_of, args.acled)


def cmd_train(args: argparse.Namespace) -> int:
    from frontwatch.runner import Pipeline
    from frontwatch.train import Settings, read_labelled, save_classifier, train
    from frontwatch.train.data import read_documents
    from frontwatch.train.rules import rules_types

    if args.acled is None and args.gold is None:
        raise UsageError("nothing to train on", hint="Give --acled EXPORT.csv and/or --gold FILE.jsonl.")
    if args.epochs < 1:
        raise UsageError("--epochs must be at least 1")
    if not 0.0 < args.min_precision <= 1.0:
        raise UsageError(
            "--min-precision must be above 0 and at most 1", hint="Give e.g. --min-precision 0.95."
        )
    if args.propose and not args.validate:
        raise UsageError(
            "--propose needs --validate: its threshold is chosen on the validation files",
            hint="Give --validate GOLD with gold files the rules were not tuned on.",
        )
    if args.validate and args.no_rules:
        raise UsageError(
            "--validate compares the model with the rules; it cannot go with --no-rules",
            hint="Drop one of the two options.",
        )
    labelled = read_labelled(args.acled, args.gold, quiet_sentences=args.propose)
    validation = read_labelled(gold=args.validate) if args.validate else None
    documents = read_documents(args.validate) if args.propose else None
    rules = None
    if not args.no_rules:
        pipeline = Pipeline.load(rules_only=True)
        rules = lambda examples: rules_types(pipeline, examples)  # noqa: E731
    settings = Settings(epochs=args.epochs, seed=args.seed)
    trained = train(
        labelled,
        holdout=args.holdout,
        settings=settings,
        rules=rules,
        min_precision=args.min_precision,
        validation=validation,
        documents=documents,
    )
    manifest = {**trained.manifest, "name": args.out.name}
    save_classifier(args.out, trained.weights, manifest)
    if args.format == "json":
        print(json.dumps(manifest, indent=2, ensure_ascii=False))
    else:
        print_training(manifest, args.out)
    return 0


def print_training(manifest: dict[str, Any], out: Path) -> None:
    from frontwatch.train.threshold import NEVER

    scores = manifest["heldout_scores"]
    split = manifest["split"]
    threshold = manifest["threshold"]
    print(
        f"trained on {split['train_rows']} rows, scored on {split['heldout_rows']} held-out rows; wrote {out}"
    )
    rows = [
        ("held-out accuracy", f"{scores['accuracy']:.3f}"),
        ("held-out weighted-F1", f"{scores['weighted_f1']:.3f}"),
        ("held-out macro-F1", f"{scores['macro_f1']:.3f}"),
        ("override threshold", "never" if threshold >= NEVER else f"{threshold:.3f}"),
        ("chosen", str(manifest["threshold_choice"]["method"])),
        (
            "held-out rows above it",
            f"{scores['above_threshold']['rows']} (accuracy {scores['above_threshold']['accuracy']:.3f})",
        ),
    ]
    rows.extend(_choice_rows(manifest["threshold_choice"]))
    rows.extend(_proposal_rows(manifest["threshold_choice"]))
    for measure, value in rows:
        print(f"{measure:<28} {value}")
    print(f"\n{'sub_event_type':<40} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for label, s in sorted(scores["per_class"].items(), key=lambda kv: -int(kv[1]["support"])):
        print(f"{label:<40} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['support']:>5}")


def _proposal_rows(choice: dict[str, Any]) -> list[tuple[str, str]]:
    """How proposing events where the rules find none did on the validation documents."""
    from frontwatch.train.threshold import NEVER

    if "propose_threshold" not in choice:
        return []
    threshold, p = choice["propose_threshold"], choice["proposals"]
    quiet, events = p["documents_without_rules_event"], p["of_them_events"]
    return [
        ("propose threshold", "never" if threshold >= NEVER else f"{threshold:.3f}"),
        ("  docs without a rules event", f"{quiet} ({events} with an event)"),
        (
            "  proposed right/wrong/none",
            f"{p['proposed_right']}/{p['proposed_wrong_type']}/{p['proposed_where_none']}",
        ),
    ]


def _choice_rows(choice: dict[str, Any]) -> list[tuple[str, str]]:
    """How the threshold did on the training split (out-of-fold), against the rules or on its own."""
    if str(choice["method"]).startswith("against-rules"):
        coded = choice["rows_with_rules_event"]
        where = "validation" if "validation" in choice else "training"
        return [
            (f"{where} rows, rules right", f"{choice['rules_correct']}/{coded}"),
            (
                "  with the model above it",
                f"{choice['combined_correct']}/{coded} ({choice['overridden']} re-typed)",
            ),
        ]
    return [("training rows above it", f"{choice['rows_above']}/{choice['rows']}")]
