"""Pieces of SQL WHERE clauses that several readers build alike, always with bound parameters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def date_range(column: str, start: str | None, end: str | None, where: list[str], params: list[Any]) -> None:
    """ "column >= start" and "column <= end" (inclusive ISO dates), for the bounds that are given."""
    if start is not None:
        where.append(f"{column} >= ?")
        params.append(start)
    if end is not None:
        where.append(f"{column} <= ?")
        params.append(end)


def equal_to(pairs: Iterable[tuple[str, Any]], where: list[str], params: list[Any]) -> None:
    """ "column = value" for each pair whose value is given."""
    for column, value in pairs:
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)


TextGroups = Iterable[tuple[tuple[str, ...], str | None]]


def containing(groups: TextGroups, where: list[str], params: list[Any]) -> None:
    """For each group with a text: any of its columns contains the text, case-insensitively.

    `fw_fold` is the case folding the store registers on its connections (SQLite's own lower() only
    knows ASCII)."""
    for columns, text in groups:
        if text:
            where.append("(" + " OR ".join(f"instr(fw_fold({c}), ?) > 0" for c in columns) + ")")
            params.extend([text.casefold()] * len(columns))
