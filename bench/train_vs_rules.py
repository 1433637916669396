"""A trained type classifier against the rules alone, on the same coded documents.

Usage: .venv/bin/python bench/train_vs_rules.py --model MODEL_DIR [--acled CSV] [--gold JSONL]

The pipeline codes each corpus once; the rules' events are then scored as they are, and again after
the model has re-typed the main event at several thresholds (the model's own, then fixed ones), with
the model reading either the main event's evidence sentence (what `--model` does) or the whole text.
On the ACLED export only the model's held-out rows are scored (the file must be its training file).
The events of one run are reused for every variant, so the rules cannot drift between variants.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from frontwatch.evaluate import evaluate_acled, evaluate_gold
from frontwatch.model import Document, Event, Rejection
from frontwatch.runner import Coded, Pipeline, Result
from frontwatch.train import TypeClassifier, load_classifier, retype_events
from frontwatch.train.heldout import heldout_ids

ROOT = Path(__file__).resolve().parent.parent
ACLED = ROOT.parent / "shared" / "eval-sources" / "acled_ukraine_2022_dev.csv"
NEWS = ROOT / "examples" / "devset" / "news_dev.jsonl"
FIXED = (0.9, 0.7, 0.5, 0.0)

Retype = Callable[[Coded], list[Event]]


class Replay:
    """Codes documents once, then replays the same results (optionally re-typed) on every later pass."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.results: list[Result] | None = None
        self.retype: Retype | None = None

    def run(self, paths: Any, *, default_date: Any = None) -> Iterator[Result]:
        raise NotImplementedError

    def code(self, items: Iterable[Document | Rejection]) -> Iterator[Result]:
        if self.results is None:
            self.results = list(self.pipeline.code(items))
        else:
            for _ in items:  # let the evaluator's generator run, as a real pass would
                pass
        for result in self.results:
            if isinstance(result, Coded) and self.retype is not None:
                yield Coded(result.document, self.retype(result))
            else:
                yield result


def retyper(model: TypeClassifier, threshold: float, whole_text: bool) -> Retype:
    def retype(coded: Coded) -> list[Event]:
        if not coded.events:
            return coded.events
        text = coded.document.coded_text if whole_text else coded.events[0].evidence
        return retype_events(coded.events, model.predict([text])[0], threshold)

    return retype


def line(name: str, report: dict[str, Any]) -> str:
    acc = report["accuracy"]
    return (
        f"{name:<34} {acc.get('event_type', 0):>7.3f} {acc.get('sub_event_type', 0):>7.3f} "
        f"{report['sub_event_type_weighted_f1']:>7.3f} {report['sub_event_type_macro_f1']:>7.3f} "
        f"{acc.get('actor1', 0):>7.3f}"
    )


def compare(
    title: str, replay: Replay, model: TypeClassifier, evaluate: Callable[[Replay], dict[str, Any]]
) -> None:
    print(f"\n{title}")
    print(f"{'variant':<34} {'type':>7} {'sub acc':>7} {'sub wF1':>7} {'sub mF1':>7} {'actor1':>7}")
    replay.retype = None
    print(line("rules alone", evaluate(replay)))
    for whole in (False, True):
        for threshold in (model.threshold, *FIXED):
            replay.retype = retyper(model, threshold, whole)
            name = f"model {'text' if whole else 'evidence'} >= {threshold:.3f}"
            print(line(name + (" (manifest)" if threshold == model.threshold else ""), evaluate(replay)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--acled", type=Path, default=ACLED)
    parser.add_argument("--gold", type=Path, default=NEWS)
    args = parser.parse_args()
    model = load_classifier(args.model)
    pipeline = Pipeline.load()
    if args.acled.is_file():
        only = heldout_ids(args.model, args.acled)
        title = f"ACLED held-out rows ({len(only)}) of {args.acled.name}"
        compare(title, Replay(pipeline), model, lambda p: evaluate_acled(p, args.acled, None, only))
    else:
        print(f"no ACLED export at {args.acled}: skipped")
    compare(f"gold file {args.gold.name}", Replay(pipeline), model, lambda p: evaluate_gold(p, args.gold))


if __name__ == "__main__":
    main()
