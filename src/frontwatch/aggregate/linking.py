"""Grouping reports into incidents: connected components of `matching.matches`.

`link_all` does it in memory for a whole corpus (blocking by type group, grid cell and day);
`link_new` adds new reports to the incidents already stored, looking candidates up by the same blocks
in SQL. Both give the same components, and an incident's id is "i" + the smallest event id in it, so
the result does not depend on ingest order or on how the work was split into updates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from frontwatch.aggregate.matching import (
    SLACK_DAYS,
    WIDE_DAYS,
    Key,
    day_window,
    key_of,
    matches,
    neighbour_cells,
)
from frontwatch.model import Event
from frontwatch.store.sqlite_aggregate import MemberRow, SqliteAggregates

_INCIDENT = "I:"  # union-find node of an incident already stored


class UnionFind:
    """Disjoint sets over strings; the root of a set is its smallest member, so results are stable."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, item: str) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for item in sorted(self.parent):
            out[self.find(item)].append(item)
        return out


def incident_id_of(smallest_event_id: str) -> str:
    return "i" + smallest_event_id


def member_row(key: Key, incident_id: str) -> MemberRow:
    has_days = key.first is not None and key.last is not None
    return MemberRow(
        key.event_id,
        incident_id,
        key.group,
        key.cell,
        int(key.wide),
        key.first.isoformat() if has_days and key.first else None,
        key.last.isoformat() if has_days and key.last else None,
    )


_Block = tuple[str, int, int]  # type group, grid cell, day ordinal


def _blocks(keys: Iterable[Key]) -> dict[_Block, list[Key]]:
    """Every key under (group, cell, day) for each day of its span."""
    blocks: dict[_Block, list[Key]] = defaultdict(list)
    for key in keys:
        cell = key.cell
        if cell is None or key.first is None or key.last is None:
            continue
        for day in range(key.first.toordinal(), key.last.toordinal() + 1):
            blocks[(key.group, cell, day)].append(key)
    return blocks


def _candidates(key: Key, blocks: dict[_Block, list[Key]]) -> set[Key]:
    found: set[Key] = set()
    cell = key.cell
    if cell is None or key.first is None or key.last is None:
        return found
    cells = neighbour_cells(cell)
    for day in range(key.first.toordinal() - SLACK_DAYS, key.last.toordinal() + SLACK_DAYS + 1):
        for neighbour in cells:
            found.update(blocks.get((key.group, neighbour, day), ()))
    found.discard(key)
    return found


def _union_matches(keys: Sequence[Key], uf: UnionFind) -> None:
    blocks = _blocks(keys)
    for key in keys:
        for other in _candidates(key, blocks):
            if other.event_id > key.event_id and matches(key, other):
                uf.union(key.event_id, other.event_id)


def link_all(events: Sequence[Event]) -> list[MemberRow]:
    """Incident membership for a whole corpus, in memory."""
    keys = [key_of(e) for e in events]
    uf = UnionFind()
    for key in keys:
        uf.add(key.event_id)
    _union_matches(keys, uf)
    by_id = {k.event_id: k for k in keys}
    rows: list[MemberRow] = []
    for root, members in uf.groups().items():
        rows.extend(member_row(by_id[m], incident_id_of(root)) for m in members)
    return rows


@dataclass(frozen=True)
class LinkResult:
    """What changed: incidents to summarise again, and incident ids that no longer exist."""

    affected: set[str]
    removed: set[str]


def link_new(tables: SqliteAggregates, events: Sequence[Event]) -> LinkResult:
    """Attach new reports to stored incidents (merging incidents they bridge) and store membership."""
    keys = sorted((key_of(e) for e in events), key=lambda k: k.event_id)
    uf = UnionFind()
    for key in keys:
        uf.add(key.event_id)
    _union_matches(keys, uf)
    new_ids = {k.event_id for k in keys}
    for key, incident_id in _stored_matches(tables, keys, new_ids):
        uf.add(_INCIDENT + incident_id)
        uf.union(key.event_id, _INCIDENT + incident_id)
    return _write_components(tables, uf, {k.event_id: k for k in keys})


def _stored_matches(
    tables: SqliteAggregates, keys: Sequence[Key], new_ids: set[str]
) -> list[tuple[Key, str]]:
    """(new key, stored incident id) for every stored report that matches a new one."""
    windows: set[tuple[str, int, str, str, str]] = set()
    for key in keys:
        if key.cell is None:
            continue
        first, last = day_window(key)
        narrow_from = (date.fromisoformat(first) - timedelta(days=WIDE_DAYS)).isoformat()
        windows.update((key.group, cell, first, last, narrow_from) for cell in neighbour_cells(key.cell))
    rows = [r for r in tables.block_members(sorted(windows)) if r.event_id not in new_ids]
    incident_of = {r.event_id: r.incident_id for r in rows}
    blocks = _blocks(keys)
    found: list[tuple[Key, str]] = []
    for stored in tables.events_by_id(sorted(incident_of)):
        stored_key = key_of(stored)
        found.extend(
            (k, incident_of[stored.event_id])
            for k in _candidates(stored_key, blocks)
            if matches(k, stored_key)
        )
    return found


def _write_components(tables: SqliteAggregates, uf: UnionFind, keys: dict[str, Key]) -> LinkResult:
    affected: set[str] = set()
    removed: set[str] = set()
    rows: list[MemberRow] = []
    for members in uf.groups().values():
        stored = [m[len(_INCIDENT) :] for m in members if m.startswith(_INCIDENT)]
        fresh = [m for m in members if not m.startswith(_INCIDENT)]
        smallest = min([s[1:] for s in stored] + fresh)
        incident_id = incident_id_of(smallest)
        old = [s for s in stored if s != incident_id]
        if old:
            tables.rename_incidents(old, incident_id)
        rows.extend(member_row(keys[m], incident_id) for m in fresh)
        affected.add(incident_id)
        removed.update(old)
    tables.save_members(rows)
    return LinkResult(affected, removed)
