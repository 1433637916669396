"""Engines: where documents are coded. `local` in this process, `pool` in a process pool on this
machine, `dask` on a Dask cluster. Every engine takes a stream of raw documents (or rejections) and
yields exactly one result per input, in input order, so the caller can write them as they come."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain
from types import TracebackType
from typing import Protocol, Self

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import UsageError
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Pipeline, Result
from frontwatch.runner.worker import normalised

ENGINES = ("local", "pool", "dask")


class Engine(Protocol):
    """Codes a stream of raw documents; one result per input, in input order."""

    def code(
        self, items: Iterable[RawDocument | Rejection], *, default_date: date | None = None
    ) -> Iterator[Result]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


class EngineBase:
    """Context-manager plumbing shared by the engines."""

    def close(self) -> None:
        """Release workers; nothing to release by default."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class LocalEngine(EngineBase):
    """This process: documents are coded in batches by a pipeline loaded here, on the first
    document (a poll that finds nothing new never loads the model)."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS, pipeline: Pipeline | None = None) -> None:
        self.limits = limits
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline.load(self.limits)
        return self._pipeline

    def code(
        self, items: Iterable[RawDocument | Rejection], *, default_date: date | None = None
    ) -> Iterator[Result]:
        iterator = iter(items)
        first = next(iterator, None)
        if first is None:
            return
        documents = (normalised([item], default_date, self.limits)[0] for item in chain([first], iterator))
        yield from self.pipeline.code(documents)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def open_engine(
    name: str = "local",
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Engine:
    """The engine called `name`; raises UsageError for a bad combination of settings."""
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r}", hint=f"Choose one of: {', '.join(ENGINES)}.")
    if workers is not None and workers < 1:
        raise UsageError("--workers must be at least 1")
    if scheduler is not None and name != "dask":
        raise UsageError("--scheduler only applies to --engine dask")
    if name == "local":
        if workers not in (None, 1):
            raise UsageError("--workers applies to --engine pool or dask; local runs in this process")
        return LocalEngine(limits)
    if name == "pool":
        from frontwatch.runner.pool import PoolEngine

        return PoolEngine(workers or default_workers(), limits)
    from frontwatch.runner.dask_engine import DaskEngine

    return DaskEngine(workers=workers, scheduler=scheduler, limits=limits)
