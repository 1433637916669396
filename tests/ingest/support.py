"""Shared test data and functions for the ingest tests."""

from __future__ import annotations

from pathlib import Path

from frontwatch.config import Limits
from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument, Rejection

STORY = (
    "Drone strike hits fuel depot near Odesa\n"
    "\n"
    "ODESA, Ukraine (AP) — A drone struck a fuel depot on the outskirts of Odesa early on Tuesday,"
    " setting off a fire that burned for several hours, the regional administration said.\n"
    "\n"
    "No one was hurt, officials said, and firefighters had the blaze under control by midday.\n"
)


def read_all(*paths: str | Path, limits: Limits | None = None) -> list[RawDocument | Rejection]:
    if limits is None:
        return list(read_paths(list(paths)))
    return list(read_paths(list(paths), limits))


def only(items: list[RawDocument | Rejection]) -> RawDocument | Rejection:
    assert len(items) == 1, items
    return items[0]


def codes(items: list[RawDocument | Rejection]) -> list[str]:
    return [item.code if isinstance(item, Rejection) else "ok" for item in items]
