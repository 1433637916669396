"""Evaluation: run the pipeline over gold documents and score every field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, Protocol

from frontwatch.evaluate.acled import read_acled
from frontwatch.evaluate.gold import GoldDocument, load_gold
from frontwatch.evaluate.metrics import FieldScores, f1_scores, score_document
from frontwatch.ingest import read_paths
from frontwatch.model import Document, Event, RawDocument, Rejection
from frontwatch.normalise import normalise

__all__ = ["GoldDocument", "evaluate_acled", "evaluate_gold", "load_gold", "report_rows", "score_predictions"]


class Runs(Protocol):
    def run(self, paths: Any, *, default_date: Any = None) -> Any: ...

    def code(self, items: Any) -> Any: ...


def evaluate_acled(
    pipeline: Runs, csv_file: Path, limit: int | None = None, only: Collection[str] | None = None
) -> dict[str, Any]:
    """Scores of the pipeline on an ACLED export: each row's notes against its coded columns (only the
    rows whose document id is in `only`, when given: a trained model's held-out rows)."""
    rows = [r for r in read_acled(csv_file, limit) if only is None or r.document.doc_id in only]
    documents = (normalise(row.document) for row in rows)
    predicted: dict[str, list[dict[str, Any]]] = {}
    rejected: list[dict[str, str]] = []
    for result in pipeline.code(documents):
        if isinstance(result, Rejection):
            rejected.append(result.as_dict())
        else:
            predicted[result.document.doc_id] = [_acled_convention(_as_dict(e)) for e in result.events]
    golds = [GoldDocument(row.document.doc_id, None, (row.gold,)) for row in rows]
    return score_predictions(golds, predicted, rejected)


def evaluate_gold(pipeline: Runs, gold_file: Path) -> dict[str, Any]:
    """Scores of the pipeline on a gold file, as a JSON-ready dict."""
    gold_documents = load_gold(gold_file)
    documents = (item for gold in gold_documents for item in _documents(gold, gold_file))
    predicted: dict[str, list[dict[str, Any]]] = {}
    rejected: list[dict[str, str]] = []
    for result in pipeline.code(documents):
        if isinstance(result, Rejection):
            rejected.append(result.as_dict())
        else:
            predicted.setdefault(result.document.doc_id, []).extend(_as_dict(e) for e in result.events)
    return score_predictions(gold_documents, predicted, rejected)


def _documents(gold: GoldDocument, gold_file: Path) -> Iterator[Document | Rejection]:
    """The gold document through ingest (files) and normalise, with its publication date."""
    raws: Iterable[RawDocument | Rejection]
    if gold.path is not None:
        raws = read_paths([gold.path])
    else:
        raws = [
            RawDocument(doc_id=gold.doc_id, source=str(gold_file), text=gold.text or "", media_type="jsonl")
        ]
    for raw in raws:
        yield raw if isinstance(raw, Rejection) else normalise(raw, default_date=gold.published)


def score_predictions(
    gold_documents: list[GoldDocument],
    predicted: dict[str, list[dict[str, Any]]],
    rejected: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Score events already extracted (keyed by doc_id, the story's path) against the gold documents;
    events must be in the extractor's order, most salient first."""
    scores = FieldScores()
    for gold in gold_documents:
        score_document(scores, gold.doc_id, list(gold.events), predicted.get(gold.doc_id, []))
    return _report(scores, rejected or [])


def _acled_convention(event: dict[str, Any]) -> dict[str, Any]:
    """ACLED writes 0 where no deaths are reported; our null (unstated) compares as 0."""
    return {**event, "fatalities": event["fatalities"] or 0}


def _as_dict(event: Event) -> dict[str, Any]:
    return {k: v for k, v in asdict(event).items() if k != "extra"}


def _report(scores: FieldScores, rejected: list[dict[str, str]]) -> dict[str, Any]:
    macro, weighted = f1_scores(scores.sub_types)
    event_pairs = [(_event_type(g), _event_type(p)) for g, p in scores.sub_types]
    event_macro, _ = f1_scores(event_pairs)
    fields = {name: round(scores.accuracy(name), 4) for name in sorted(scores.correct)}
    return {
        "documents_with_events": scores.documents,
        "documents_without_gold_events": scores.non_events,
        "non_events_left_quiet": scores.non_events_quiet,
        "documents_missed": scores.missed,
        "rejected": rejected,
        "accuracy": fields,
        "event_type_macro_f1": round(event_macro, 4),
        "sub_event_type_macro_f1": round(macro, 4),
        "sub_event_type_weighted_f1": round(weighted, 4),
        "sub_event_type_confusion_matrix": _matrix(scores.sub_types),
        "sub_event_type_confusions": [
            {"gold": g, "predicted": p, "count": n}
            for (g, p), n in Counter((g, p) for g, p in scores.sub_types if g != p).most_common()
        ],
    }


def _matrix(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Gold sub-event type -> predicted sub-event type -> count ("(none)" when nothing was predicted)."""
    matrix: dict[str, dict[str, int]] = {}
    for gold, predicted in pairs:
        row = matrix.setdefault(gold, {})
        row[predicted] = row.get(predicted, 0) + 1
    return matrix


def _event_type(sub_event_type: str) -> str:
    from frontwatch.extract.taxonomy import SUB_EVENT_TYPES

    return SUB_EVENT_TYPES.get(sub_event_type, "(none)")


def report_rows(report: dict[str, Any]) -> list[tuple[str, str]]:
    """The report as (measure, value) rows for a text table."""
    rows = [
        ("documents with gold events", str(report["documents_with_events"])),
        ("documents with no prediction", str(len(report["documents_missed"]))),
        (
            "non-event documents left quiet",
            f"{report['non_events_left_quiet']}/{report['documents_without_gold_events']}",
        ),
        ("event_type macro-F1", f"{report['event_type_macro_f1']:.3f}"),
        ("sub_event_type macro-F1", f"{report['sub_event_type_macro_f1']:.3f}"),
        ("sub_event_type weighted-F1", f"{report['sub_event_type_weighted_f1']:.3f}"),
    ]
    rows.extend((f"{name} accuracy", f"{value:.3f}") for name, value in report["accuracy"].items())
    return rows
