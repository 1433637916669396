"""Bounded, ordered submission: at most `limit` partitions out, results in input order, and a
broken worker set recovered by sending every outstanding partition again."""

from __future__ import annotations

from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Result
from frontwatch.runner.inflight import InFlight, Partition, documents_in_flight
from frontwatch.runner.partitions import partitions


def rejection(n: int) -> Rejection:
    return Rejection(f"doc-{n}", "test", "FW101", "empty")


class Broken(Exception):
    pass


class Workers:
    """Runs partitions synchronously; collecting a chosen handle fails once, like a dead worker."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.out = 0
        self.most_out = 0
        self.submitted: list[str] = []
        self.recoveries = 0
        self.fail_on = fail_on

    def submit(self, part: Partition) -> Partition:
        self.out += 1
        self.most_out = max(self.most_out, self.out)
        self.submitted.append(part[0].doc_id)
        return part

    def collect(self, part: Partition) -> list[Result]:
        if self.fail_on is not None and part[0].doc_id == f"doc-{self.fail_on}":
            self.fail_on = None
            raise Broken
        self.out -= 1
        return [item for item in part if isinstance(item, Rejection)]

    def recover(self, exc: BaseException) -> None:
        self.recoveries += 1
        self.out = 0


def items(count: int) -> list[RawDocument | Rejection]:
    return [rejection(n) for n in range(count)]


def test_results_keep_input_order_with_a_bounded_number_out() -> None:
    workers = Workers()
    flight: InFlight[Partition] = InFlight(workers.submit, workers.collect, 6)
    results = list(flight.run(partitions(items(20), 2)))
    assert [r.doc_id for r in results if isinstance(r, Rejection)] == [f"doc-{n}" for n in range(20)]
    assert workers.most_out == 3


def test_a_failure_resubmits_everything_outstanding_once() -> None:
    workers = Workers(fail_on=4)
    flight: InFlight[Partition] = InFlight(
        workers.submit, workers.collect, 6, retry_on=(Broken,), recover=workers.recover
    )
    results = list(flight.run(partitions(items(12), 2)))
    assert [r.doc_id for r in results if isinstance(r, Rejection)] == [f"doc-{n}" for n in range(12)]
    assert workers.recoveries == 1
    assert workers.submitted.count("doc-4") == 2  # the failed partition went out again
    assert len(workers.submitted) == len(set(workers.submitted)) + 3  # with the two beside it


def test_the_bound_counts_documents_so_small_partitions_go_out_in_greater_number() -> None:
    workers = Workers()
    flight: InFlight[Partition] = InFlight(workers.submit, workers.collect, 16)
    parts = [*partitions(items(16), 8), *partitions(items(8), 1)]
    results = list(flight.run(parts))
    assert len(results) == 24
    assert workers.most_out == 9  # the last full partition and eight single documents behind it


def test_a_partition_larger_than_the_bound_still_goes_out_alone() -> None:
    workers = Workers()
    flight: InFlight[Partition] = InFlight(workers.submit, workers.collect, 2)
    assert len(list(flight.run(partitions(items(10), 5)))) == 10
    assert workers.most_out == 1


def test_the_bound_is_two_partitions_a_worker() -> None:
    assert documents_in_flight(3, 16) == 96
    assert documents_in_flight(0, 0) == 2
