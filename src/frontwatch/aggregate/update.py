"""Keeping stories and incidents up to date as documents arrive.

`update(store)` handles only what is new (documents without a story signature, events in no
incident): new copies join their story, new reports join or bridge incidents, and only the incidents
they touch are summarised again. `rebuild(store)` forgets every aggregate and builds them again from
all stored documents in memory; both give the same stories, incidents and ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from frontwatch.aggregate.claims import Report
from frontwatch.aggregate.linking import LinkResult, link_all, link_new
from frontwatch.aggregate.matching import NOT_HAPPENED
from frontwatch.aggregate.stories import link_all_documents, link_documents
from frontwatch.aggregate.summary import summarise
from frontwatch.errors import AggregatesUnavailable
from frontwatch.model import Event
from frontwatch.store.sqlite_aggregate import SqliteAggregates


@dataclass(frozen=True)
class UpdateResult:
    documents: int
    events: int
    incidents: int


def tables_of(store: object) -> SqliteAggregates:
    """The aggregate tables of a store, or AggregatesUnavailable (FW501)."""
    if isinstance(store, SqliteAggregates):
        return store
    raise AggregatesUnavailable(f"the store {type(store).__name__} keeps no stories or incidents")


def update(store: object, new_document_hashes: Sequence[str] | None = None) -> UpdateResult:
    """Bring stories and incidents up to date with new documents (all unaggregated ones when None)."""
    tables = tables_of(store)
    if new_document_hashes is not None:
        hashes = sorted(set(new_document_hashes))
    else:
        hashes = tables.unaggregated_documents()  # read first: nothing to do takes no write lock
    if not hashes:
        return UpdateResult(0, 0, 0)
    with tables.aggregate_transaction():
        moved = link_documents(tables, hashes)
        events = _unlinked_events(tables, hashes)
        result = link_new(tables, events)
        recount = _incidents_of_documents(tables, sorted(moved))  # their story changed: recount sources
        written = _summarise(tables, result.affected | recount, result.removed)
    return UpdateResult(len(hashes), len(events), written)


def _unlinked_events(tables: SqliteAggregates, hashes: Sequence[str]) -> list[Event]:
    """The documents' events that are in no incident yet."""
    events = tables.events_of_documents(hashes)
    known = tables.incidents_of_events([e.event_id for e in events])
    return [e for e in events if e.event_id not in known]


def _incidents_of_documents(tables: SqliteAggregates, hashes: Sequence[str]) -> set[str]:
    events = tables.events_of_documents(hashes)
    return set(tables.incidents_of_events([e.event_id for e in events]).values())


def rebuild(store: object) -> UpdateResult:
    """Forget every story and incident and build them again from all stored documents."""
    tables = tables_of(store)
    with tables.aggregate_transaction():
        tables.clear_aggregates()
        hashes = tables.unaggregated_documents()
        link_all_documents(tables, hashes)
        events = tables.events_of_documents(hashes)
        rows = link_all(events)
        tables.save_members(rows)
        members: dict[str, list[str]] = {}
        for row in rows:
            members.setdefault(row.incident_id, []).append(row.event_id)
        loaded = {e.event_id: e for e in events}
        written = _write_summaries(tables, sorted(members), members, loaded, set())
    return UpdateResult(len(hashes), len(events), written)


def _summarise(tables: SqliteAggregates, affected: Iterable[str], removed: set[str]) -> int:
    """Write the summaries of the affected incidents; drop those of removed ones."""
    ids = sorted(set(affected) - removed)
    members = tables.members_of(ids)
    events = {e.event_id: e for e in tables.events_by_id(sorted({m for ms in members.values() for m in ms}))}
    return _write_summaries(tables, ids, members, events, removed)


def _write_summaries(
    tables: SqliteAggregates,
    ids: Sequence[str],
    members: dict[str, list[str]],
    events: dict[str, Event],
    removed: set[str],
) -> int:
    sources = tables.source_infos(sorted({e.document_hash for e in events.values()}))
    rows = []
    empty: list[str] = []
    for incident_id in ids:
        reports = [Report(events[m], sources[events[m].document_hash]) for m in members.get(incident_id, [])]
        if not reports or all(r.event.modality in NOT_HAPPENED for r in reports):
            empty.append(incident_id)
            continue
        rows.append(summarise(incident_id, reports))
    tables.replace_incidents(sorted(removed | set(empty)), rows)
    return len(rows)


__all__ = ["LinkResult", "UpdateResult", "rebuild", "refresh", "tables_of", "update"]


def refresh(store: object) -> UpdateResult | None:
    """`update` after an ingest: catches up every unaggregated document; None for a store that keeps
    no aggregates (an ingest must not fail for want of them)."""
    if not isinstance(store, SqliteAggregates):
        return None
    return update(store)
