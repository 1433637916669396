"""Ordered, bounded submission of partitions to workers, shared by the pool and Dask engines.

At most `limit` documents are out at once, and results come back in submission order, so memory
stays bounded and the writer sees documents in input order whatever the workers' speed.

The bound counts documents, not partitions: results are taken in order, so while the oldest
partition is still being coded, the others' workers live on what is already out. At the end of a
run partitions are cut small (see `partitions`), and a bound in partitions would then leave a
worker a few small partitions, soon done, while the oldest, full one holds up the rest."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Result

Handle = TypeVar("Handle")
Partition = list[RawDocument | Rejection]

# Full partitions out per worker: one being coded and one waiting, so a worker never waits for the
# client to send more, and memory holds only a few partitions per worker.
PARTITIONS_PER_WORKER = 2


def documents_in_flight(workers: int, partition_size: int) -> int:
    """The bound on documents out for `workers` workers fed partitions of `partition_size`."""
    return PARTITIONS_PER_WORKER * max(1, workers) * max(1, partition_size)


class InFlight(Generic[Handle]):
    """Submits partitions with `submit`, collects them with `collect`, keeps at most `limit`
    documents out (always at least one partition).

    `collect` may raise `retry_on`: then `recover` is called (e.g. to restart a broken pool) and
    every partition still out is submitted again; nothing was written for them yet, so nothing is
    lost and nothing is duplicated."""

    def __init__(
        self,
        submit: Callable[[Partition], Handle],
        collect: Callable[[Handle], list[Result]],
        limit: int,
        *,
        retry_on: tuple[type[BaseException], ...] = (),
        recover: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._submit = submit
        self._collect = collect
        self._limit = max(1, limit)
        self._retry_on = retry_on
        self._recover = recover
        self._out: deque[tuple[Partition, Handle]] = deque()

    @property
    def documents_out(self) -> int:
        return sum(len(part) for part, _ in self._out)

    def run(self, parts: Iterable[Partition]) -> Iterator[Result]:
        for part in parts:
            self._out.append((part, self._submit_safely(part)))
            while self._out and self.documents_out >= self._limit:
                yield from self._take()
        while self._out:
            yield from self._take()

    def _submit_safely(self, part: Partition) -> Handle:
        try:
            return self._submit(part)
        except self._retry_on as exc:
            self._recovered(exc)
            self._resubmit_all()
            return self._submit(part)

    def _take(self) -> list[Result]:
        while True:
            _, handle = self._out[0]
            try:
                results = self._collect(handle)
            except self._retry_on as exc:
                self._recovered(exc)
                self._resubmit_all()
                continue
            self._out.popleft()
            return results

    def _recovered(self, exc: BaseException) -> None:
        if self._recover is None:
            raise exc
        self._recover(exc)

    def _resubmit_all(self) -> None:
        parts = [part for part, _ in self._out]
        self._out.clear()
        for part in parts:
            self._out.append((part, self._submit(part)))
