"""Readable text for people: the run summary and event tables."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from frontwatch.model import Event

TOP_CLAIMANTS = 15
TABLE_COLUMNS = ("event_date", "sub_event_type", "location", "actor1", "claimant_side", "modality")


def print_summary(summary: dict[str, Any], out: TextIO) -> None:
    """Events by type, top places and who claims what, as the store's `summary()` reports them."""
    out.write(
        f"\n{summary['documents']} documents, {summary['events']} events, "
        f"{summary['rejections']} rejected inputs\n"
    )
    _section(out, "Events by type")
    for entry in summary["event_types"]:
        out.write(f"  {entry['count']:>5}  {entry['event_type']}\n")
        for sub in entry.get("sub_event_types", []):
            out.write(f"  {sub['count']:>5}    {sub['sub_event_type']}\n")
    _section(out, "Top places")
    for entry in summary["top_locations"]:
        where = ", ".join(str(v) for v in (entry.get("location"), entry.get("country")) if v)
        out.write(f"  {entry['count']:>5}  {where}\n")
    _section(out, "Who claims what")
    claimants = summary["claimants"]
    for entry in claimants[:TOP_CLAIMANTS]:
        side = entry.get("claimant_side") or "unattributed"
        who = entry.get("claimant") or "(the reporter)"
        out.write(f"  {entry['count']:>5}  {side}: {who}\n")
    if len(claimants) > TOP_CLAIMANTS:
        rest = sum(entry["count"] for entry in claimants[TOP_CLAIMANTS:])
        out.write(
            f"  {rest:>5}  ... {len(claimants) - TOP_CLAIMANTS} other claimants "
            "(see frontwatch events --claimant)\n"
        )
    if summary["rejections_by_code"]:
        _section(out, "Rejected inputs by code")
        for code, count in sorted(summary["rejections_by_code"].items()):
            out.write(f"  {count:>5}  {code}\n")


def _section(out: TextIO, title: str) -> None:
    out.write(f"\n{title}\n{'-' * len(title)}\n")


def print_table(events: Iterable[Event], out: TextIO, columns: tuple[str, ...] = TABLE_COLUMNS) -> int:
    rows = [[_cell(getattr(e, c)) for c in columns] for e in events]
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    widths = [min(w, 40) for w in widths]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    return len(rows)


def _cell(value: object) -> str:
    return "" if value is None else str(value)
