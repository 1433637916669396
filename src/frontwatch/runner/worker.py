"""What runs inside a worker process: the pipeline, loaded once per process, codes a partition.

Pool and Dask workers import this module by name, so the function a task calls is plain and
picklable; the loaded model and gazetteer stay in the worker and never travel."""

from __future__ import annotations

from datetime import date

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.model import Document, RawDocument, Rejection
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline, Result

_loaded: dict[Limits, Pipeline] = {}


def worker_pipeline(limits: Limits = DEFAULT_LIMITS) -> Pipeline:
    """This process's pipeline for `limits`, loaded on first use (a worker start-up calls it early)."""
    pipeline = _loaded.get(limits)
    if pipeline is None:
        pipeline = _loaded[limits] = Pipeline.load(limits)
    return pipeline


def normalised(
    items: list[RawDocument | Rejection], default_date: date | None, limits: Limits
) -> list[Document | Rejection]:
    return [
        item if isinstance(item, Rejection) else normalise(item, default_date=default_date, limits=limits)
        for item in items
    ]


def code_partition(
    items: list[RawDocument | Rejection], default_date: date | None, limits: Limits = DEFAULT_LIMITS
) -> list[Result]:
    """One result per input item, in input order: the coded document or its rejection."""
    pipeline = worker_pipeline(limits)
    return list(pipeline.code(normalised(items, default_date, limits)))
