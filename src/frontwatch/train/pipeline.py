"""A pipeline whose coded documents pass through a trained classifier; it runs wherever the plain
pipeline does (`extract`, `eval`), since it offers the same `run` and `code`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from frontwatch.model import Document, Rejection
from frontwatch.runner import Coded, Pipeline, Result
from frontwatch.train.apply import apply_classifier
from frontwatch.train.model_dir import TypeClassifier


@dataclass
class RetypingPipeline:
    pipeline: Pipeline
    model: TypeClassifier

    def run(self, paths: Iterable[str | Path], *, default_date: date | None = None) -> Iterator[Result]:
        return self._retyped(self.pipeline.run(paths, default_date=default_date))

    def code(self, items: Iterable[Document | Rejection]) -> Iterator[Result]:
        return self._retyped(self.pipeline.code(items))

    def _retyped(self, results: Iterator[Result]) -> Iterator[Result]:
        for result in results:
            if isinstance(result, Coded):
                yield replace(
                    result, events=apply_classifier(self.model, result.document.coded_text, result.events)
                )
            else:
                yield result
