"""Bounded partitions: the unit of work an engine hands to a worker.

A run never holds the corpus: input streams into partitions of a fixed size, and an engine keeps
only a fixed number of partitions in flight.

The end of a run is where workers sit idle: when the input runs out, one worker may still have a
whole partition to code while the others have nothing left. So the last `tail` items are cut into
small partitions, which the scheduler hands to whichever worker is free; the workers then finish
within a small partition of each other instead of a full one. A stream's end is only known once it
is reached, so up to `tail` items are read ahead of the partition being handed out (a bounded
amount, like the partitions in flight)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

PARTITION_SIZE = 16
TAIL_PARTITION_SIZE = 2


def partitions(
    items: Iterable[T], size: int = PARTITION_SIZE, *, tail: int = 0, tail_size: int = TAIL_PARTITION_SIZE
) -> Iterator[list[T]]:
    """Consecutive lists of `size` items, in input order, read lazily from `items`; the last `tail`
    items come in lists of at most `tail_size`."""
    if size < 1 or tail_size < 1:
        raise ValueError(f"partition sizes must be at least 1, not {size} and {tail_size}")
    if tail < 1:
        yield from _chunks(iter(items), size)
        return
    ahead: deque[T] = deque()
    for item in items:
        ahead.append(item)
        if len(ahead) >= tail + size:
            yield [ahead.popleft() for _ in range(size)]
    while len(ahead) > tail:
        yield [ahead.popleft() for _ in range(min(size, len(ahead) - tail))]
    yield from _chunks(iter(ahead), tail_size)


def tail_for(workers: int, size: int = PARTITION_SIZE) -> int:
    """How many items to cut small at the end of a run: one full partition per worker, the most
    by which two workers' finishing times can differ."""
    return workers * size if workers > 1 else 0


def _chunks(iterator: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(islice(iterator, size)):
        yield chunk
