"""Geoparse documents: the same ingest, normalise and parse stages as event extraction, toponyms out.

`geoparse_paths` is to `frontwatch geoparse` what `Pipeline.run` is to `frontwatch extract`: every input
document comes out either geoparsed or rejected (with a stable code), in input order, and one failing
document never loses the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from frontwatch.errors import ExtractionFailed
from frontwatch.extract.toponyms import Toponym, geoparse
from frontwatch.ingest import read_paths
from frontwatch.model import Document, Rejection
from frontwatch.normalise import normalise
from frontwatch.runner import BATCH, Pipeline

__all__ = ["Geoparsed", "Toponym", "geoparse", "geoparse_documents", "geoparse_paths"]


@dataclass(frozen=True)
class Geoparsed:
    document: Document
    toponyms: list[Toponym]


def geoparse_paths(
    pipeline: Pipeline, paths: Iterable[str | Path], *, default_date: date | None = None
) -> Iterator[Geoparsed | Rejection]:
    """Every input path's documents, geoparsed or rejected, in input order."""
    limits = pipeline.limits
    documents = (
        item if isinstance(item, Rejection) else normalise(item, default_date=default_date, limits=limits)
        for item in read_paths(paths, limits)
    )
    return geoparse_documents(pipeline, documents)


def geoparse_documents(
    pipeline: Pipeline, items: Iterable[Document | Rejection]
) -> Iterator[Geoparsed | Rejection]:
    """Geoparse normalised documents in batches (spaCy parses a batch at a time); rejections pass through."""
    batch: list[Document | Rejection] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH:
            yield from _batch(pipeline, batch)
            batch = []
    yield from _batch(pipeline, batch)


def _batch(pipeline: Pipeline, batch: list[Document | Rejection]) -> Iterator[Geoparsed | Rejection]:
    documents = [d for d in batch if isinstance(d, Document)]
    texts = (d.coded_text[: pipeline.limits.max_nlp_chars] for d in documents)
    parsed = dict(zip((id(d) for d in documents), pipeline.nlp.pipe(texts), strict=True))
    for item in batch:
        yield item if isinstance(item, Rejection) else _one(pipeline, item, parsed[id(item)])


def _one(pipeline: Pipeline, document: Document, sdoc: object) -> Geoparsed | Rejection:
    try:
        return Geoparsed(document, geoparse(document, sdoc, pipeline.gazetteer))
    except Exception as exc:  # one document's failure must not lose the batch
        error = ExtractionFailed(f"Geoparsing failed on this document: {type(exc).__name__}: {exc}")
        return Rejection(document.doc_id, document.source, error.code, error.message, error.hint)
