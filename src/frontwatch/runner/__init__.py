"""The local runner: drives documents through the stages and decides where records go."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import ExtractionFailed
from frontwatch.extract import extract_events
from frontwatch.extract.nlp import load_nlp
from frontwatch.geo.gazetteer import open_gazetteer
from frontwatch.ingest import read_paths
from frontwatch.model import Document, Event, RawDocument, Rejection
from frontwatch.normalise import normalise

if TYPE_CHECKING:
    from frontwatch.train import TypeClassifier

BATCH = 16


@dataclass(frozen=True)
class Coded:
    document: Document
    events: list[Event]


Result = Coded | Rejection


@dataclass
class Pipeline:
    """The loaded NLP model, gazetteer and classifiers, shared by every document a process handles.

    The type classifier (the built-in one unless another is given) may re-type the rules' main event
    where it is confident; the proposer may propose an event where no trigger rule fires. `rules_only`
    loads neither; see docs/train.md."""

    nlp: Any
    gazetteer: Any
    limits: Limits = DEFAULT_LIMITS
    typer: TypeClassifier | None = None
    proposer: TypeClassifier | None = None

    @classmethod
    def load(
        cls, limits: Limits = DEFAULT_LIMITS, *, model_dir: Path | None = None, rules_only: bool = False
    ) -> Pipeline:
        """The pipeline; the classifier is read first, so a bad model folder fails before the NLP model
        is loaded."""
        from frontwatch.train import builtin_classifier, builtin_proposer, load_classifier

        typer = None if rules_only else load_classifier(model_dir) if model_dir else builtin_classifier()
        proposer = None if rules_only else builtin_proposer()
        return cls(nlp=load_nlp(), gazetteer=open_gazetteer(), limits=limits, typer=typer, proposer=proposer)

    def run(self, paths: Iterable[str | Path], *, default_date: date | None = None) -> Iterator[Result]:
        """Every input path's documents, coded or rejected, in input order."""
        normalised = (self._normalise(item, default_date) for item in read_paths(paths, self.limits))
        yield from self.code(normalised)

    def code(self, items: Iterable[Document | Rejection]) -> Iterator[Result]:
        batch: list[Document | Rejection] = []
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH:
                yield from self._code_batch(batch)
                batch = []
        yield from self._code_batch(batch)

    def _normalise(self, item: RawDocument | Rejection, default_date: date | None) -> Document | Rejection:
        if isinstance(item, Rejection):
            return item
        return normalise(item, default_date=default_date, limits=self.limits)

    def _code_batch(self, batch: list[Document | Rejection]) -> Iterator[Result]:
        documents = [d for d in batch if isinstance(d, Document)]
        texts = (d.coded_text[: self.limits.max_nlp_chars] for d in documents)
        parsed = dict(zip((id(d) for d in documents), self.nlp.pipe(texts), strict=True))
        for item in batch:
            if isinstance(item, Rejection):
                yield item
            else:
                yield self._extract(item, parsed[id(item)])

    def _extract(self, document: Document, sdoc: Any) -> Result:
        try:
            propose = self.proposer.propose if self.proposer is not None else None
            events = extract_events(document, sdoc, self.gazetteer, propose)
            if self.typer is not None:
                from frontwatch.train.apply import apply_classifier

                events = apply_classifier(self.typer, document.coded_text, events)
            return Coded(document, events)
        except Exception as exc:  # one document's failure must not lose the batch
            error = ExtractionFailed(f"Extraction failed on this document: {type(exc).__name__}: {exc}")
            return Rejection(document.doc_id, document.source, error.code, error.message, error.hint)
