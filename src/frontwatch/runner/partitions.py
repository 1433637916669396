"""Bounded partitions: the unit of work an engine hands to a worker.

A run never holds the corpus: input streams into partitions of a fixed size, and an engine keeps
only a fixed number of partitions in flight."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

PARTITION_SIZE = 16


def partitions(items: Iterable[T], size: int = PARTITION_SIZE) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, in input order, read lazily from `items`."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, not {size}")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
