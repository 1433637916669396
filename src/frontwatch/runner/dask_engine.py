"""The Dask engine: partitions go to workers of a Dask cluster, results come back to this process.

Without a scheduler address a `LocalCluster` of worker processes is started on the loopback
interface only; with one, the client connects to that cluster. A worker plugin loads the pipeline
once on every worker, including workers that join or restart later. When a worker dies mid-task
the scheduler runs the task again elsewhere; nothing is written by workers, so nothing is lost or
stored twice."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import dask
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import SchedulerUnreachable, WorkerSetupFailed, WorkersLost
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Result
from frontwatch.runner.engines import EngineBase, default_workers
from frontwatch.runner.inflight import InFlight, Partition, documents_in_flight
from frontwatch.runner.partitions import PARTITION_SIZE, partitions, tail_for
from frontwatch.runner.worker import code_partition, worker_pipeline

PLUGIN_NAME = "frontwatch-pipeline"
CONNECT_TIMEOUT = "20s"

# Dask's housekeeping for a local cluster, made quieter. With the defaults, two idle workers and the
# process holding the scheduler and nannies burn about 13 % of a core between them (measured with
# /proc on a 2-core machine), taken from coding; these settings bring that to about 2 %. None of
# them changes which tasks run where or how a lost worker is replaced:
# - the statistical profiler samples the task's stack every 10 ms, holding the GIL (it only feeds
#   the dashboard, which a local cluster here does not serve);
# - the system monitor (psutil, every 500 ms) and the event-loop tick (every 20 ms) feed the
#   dashboard and slow-loop warnings;
# - the memory monitor still enforces the memory limit, checking every half second.
QUIET_LOCAL_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


SHUTDOWN_LOGGERS = ("distributed.worker", "distributed.core", "distributed.comm", "distributed.nanny")


def _quiet_shutdown() -> None:
    """Run on each worker before it is closed."""
    for name in SHUTDOWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin: load the NLP model and gazetteer when the worker starts."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def setup(self, worker: Any) -> None:
        worker_pipeline(self.limits)

    def teardown(self, worker: Any) -> None:
        """Nothing to release: the pipeline lives as long as the worker process."""


class DaskEngine(EngineBase):
    """Codes partitions on a Dask cluster (a local one unless `scheduler` is given)."""

    def __init__(
        self,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        limits: Limits = DEFAULT_LIMITS,
        partition_size: int = PARTITION_SIZE,
        connect_timeout: str = CONNECT_TIMEOUT,
    ) -> None:
        self.limits = limits
        self.partition_size = partition_size
        self.cluster: Any = None  # set by _local
        self.client: Any = None
        self.client = self._connect(scheduler, connect_timeout) if scheduler else self._local(workers)
        try:
            self.client.register_plugin(PipelinePlugin(limits), name=PLUGIN_NAME)
        except Exception as exc:
            self.close()
            raise WorkerSetupFailed(f"a Dask worker could not load the pipeline: {exc}") from exc

    @staticmethod
    def _connect(address: str, timeout: str) -> Any:
        try:
            return Client(address, timeout=timeout, set_as_default=False)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerUnreachable(f"no Dask scheduler answered at {address}: {exc}") from exc

    def _local(self, workers: int | None) -> Any:
        """One single-threaded worker process per core (spaCy holds the GIL), each started by a
        nanny that replaces it if it dies; the nannies pin BLAS/OpenMP threads to 1 per worker."""
        with dask.config.set(QUIET_LOCAL_CLUSTER):  # read by the scheduler, nannies and workers
            self.cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers or default_workers(),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        return Client(self.cluster, set_as_default=False)  # type: ignore[no-untyped-call]

    def threads(self) -> int:
        return max(1, int(sum(self.client.nthreads().values())))

    def worker_pids(self) -> dict[str, int]:
        """Each worker's address and process id (for monitoring and tests)."""
        return dict(self.client.run(os.getpid))

    def code(
        self, items: Iterable[RawDocument | Rejection], *, default_date: date | None = None
    ) -> Iterator[Result]:
        def submit(part: Partition) -> Any:
            return self.client.submit(code_partition, part, default_date, self.limits, pure=False)

        threads = self.threads()
        limit = documents_in_flight(threads, self.partition_size)
        flight: InFlight[Any] = InFlight(submit, self._collect, limit)
        tail = tail_for(threads, self.partition_size)
        return flight.run(partitions(items, self.partition_size, tail=tail))

    def _quiet_local_workers(self) -> None:
        """Our own workers, about to be closed, log no more: a heartbeat that meets the closing scheduler
        would print a traceback (on a loaded machine), which is no error of the run."""
        try:
            self.client.run(_quiet_shutdown)
        except Exception:  # a worker already gone has nothing left to log
            return

    @staticmethod
    def _collect(future: Any) -> list[Result]:
        try:
            results: list[Result] = future.result()
        except KilledWorker as exc:
            raise WorkersLost(f"Dask workers died repeatedly on one partition ({exc})") from exc
        finally:
            future.release()
        return results

    def close(self) -> None:
        if self.client is not None:
            if self.cluster is not None:
                self._quiet_local_workers()
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
