"""Partitions keep input order and bounded size; the end of a run is cut small so that workers
finish together; and no more than the tail is read ahead of what is handed out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frontwatch.runner.partitions import partitions, tail_for


def test_without_a_tail_partitions_are_full_except_the_last() -> None:
    sizes = [len(p) for p in partitions(range(37), 16)]
    assert sizes == [16, 16, 5]


@pytest.mark.parametrize("count", [0, 1, 5, 31, 32, 33, 47, 48, 49, 200])
def test_the_tail_is_cut_small_and_nothing_is_lost_or_reordered(count: int) -> None:
    parts = list(partitions(range(count), 16, tail=32, tail_size=2))
    assert [item for part in parts for item in part] == list(range(count))
    assert all(1 <= len(part) <= 16 for part in parts)
    small = [part for part in parts if part and part[0] >= count - 32]
    assert all(len(part) <= 2 for part in small)
    assert sum(len(part) for part in small) == min(count, 32)


def test_reading_runs_at_most_the_tail_ahead_of_the_partitions_handed_out() -> None:
    read: list[int] = []

    def counted() -> Iterator[int]:
        for number in range(100):
            read.append(number)
            yield number

    handed = 0
    for part in partitions(counted(), 16, tail=32):
        handed += len(part)
        assert len(read) - handed <= 32
    assert handed == 100


def test_one_worker_needs_no_tail_and_many_workers_need_one_partition_each() -> None:
    assert tail_for(1, 16) == 0
    assert tail_for(4, 16) == 64


def test_partition_sizes_below_one_are_refused() -> None:
    with pytest.raises(ValueError):
        list(partitions(range(3), 0))
    with pytest.raises(ValueError):
        list(partitions(range(3), 4, tail=2, tail_size=0))
