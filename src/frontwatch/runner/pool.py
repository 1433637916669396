"""The process-pool engine: N worker processes on this machine, each with its own pipeline.

A worker that dies (killed, out of memory) breaks the pool; the pool is started again and the
partitions still out are sent again. Nothing is written by workers, so a resent partition can
neither be lost nor stored twice."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from datetime import date

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import FrontwatchError, WorkerSetupFailed, WorkersLost
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Result
from frontwatch.runner.engines import EngineBase
from frontwatch.runner.inflight import InFlight, Partition, documents_in_flight
from frontwatch.runner.partitions import PARTITION_SIZE, partitions, tail_for
from frontwatch.runner.worker import code_partition, worker_pipeline

MAX_RESTARTS = 3


def _start_worker(limits: Limits) -> None:
    """Pool initializer: load the pipeline before the first task, once per worker process.

    A setup error is left for the first task to raise again, with its message: an initializer
    that raises would only break the pool without saying why."""
    with suppress(FrontwatchError):
        worker_pipeline(limits)


class PoolEngine(EngineBase):
    """A pool of `workers` processes (spawned, so no state leaks in from this process)."""

    def __init__(
        self, workers: int, limits: Limits = DEFAULT_LIMITS, *, partition_size: int = PARTITION_SIZE
    ) -> None:
        self.workers = workers
        self.limits = limits
        self.partition_size = partition_size
        self.restarts = 0
        self._pool = self._start()
        self._check_started()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.limits,),
        )

    def _check_started(self) -> None:
        """Fail early, with the worker's own message, when workers cannot load the pipeline."""
        try:
            self._pool.submit(code_partition, [], None, self.limits).result()
        except FrontwatchError as exc:
            self._pool.shutdown(cancel_futures=True)
            raise WorkerSetupFailed(f"a pool worker could not start: {exc}") from exc
        except BrokenProcessPool as exc:
            self._pool.shutdown(cancel_futures=True)
            raise WorkerSetupFailed("pool workers died while loading the pipeline") from exc

    def worker_pids(self) -> list[int]:
        """The process ids of the live workers (for monitoring and tests)."""
        processes = getattr(self._pool, "_processes", None) or {}
        return sorted(int(pid) for pid in processes)

    def code(
        self, items: Iterable[RawDocument | Rejection], *, default_date: date | None = None
    ) -> Iterator[Result]:
        def submit(part: Partition) -> Future[list[Result]]:
            return self._pool.submit(code_partition, part, default_date, self.limits)

        flight: InFlight[Future[list[Result]]] = InFlight(
            submit,
            lambda future: future.result(),
            documents_in_flight(self.workers, self.partition_size),
            retry_on=(BrokenProcessPool,),
            recover=self._restart,
        )
        tail = tail_for(self.workers, self.partition_size)
        return flight.run(partitions(items, self.partition_size, tail=tail))

    def _restart(self, exc: BaseException) -> None:
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            raise WorkersLost(f"pool workers died {self.restarts} times in one run") from exc
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
