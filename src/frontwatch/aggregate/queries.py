"""Reading incidents and stories back, with the same filters as `frontwatch events`."""

from __future__ import annotations

from typing import Any

from frontwatch.errors import UnknownIncident
from frontwatch.store.api import EventFilter
from frontwatch.store.conditions import containing, date_range, equal_to
from frontwatch.store.dialect import Dialect
from frontwatch.store.sqlite_aggregate import SqliteAggregates


def _claimant_test(dialect: Dialect) -> str:
    """A claimant, its canonical actor or its side of the report `r` contains the folded parameter."""
    parts = " || ' | ' || ".join(
        f"coalesce({dialect.report_field(k)}, '')" for k in ("claimant", "claimant_actor", "claimant_side")
    )
    return f"instr(fw_fold({parts}), ?) > 0"


def _conditions(f: EventFilter, dialect: Dialect) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    date_range("date_start", f.date_from, f.date_to, where, params)
    equal_to((("event_type", f.event_type), ("sub_event_type", f.sub_event_type)), where, params)
    containing(((("location", "admin1", "country"), f.place), (("actor1", "actor2"), f.actor)), where, params)
    if f.claimant:  # some report of the incident's ledger (supporting or contradicting a claim) says so
        where.append(dialect.incident_reports(_claimant_test(dialect)))
        params.append(f.claimant.casefold())
    if f.modality is not None:
        where.append(dialect.incident_reports(f"{dialect.report_field('modality')} = ?"))
        params.append(f.modality)
    if not f.include_historical:
        where.append('instr(claims, \'"modality": "historical"\') = 0')
    return " AND ".join(where), params


def incidents(tables: SqliteAggregates, filters: EventFilter | None = None) -> list[dict[str, Any]]:
    """Incident summaries (each with its claims ledger) matching `filters`, oldest first."""
    f = filters or EventFilter()
    where, params = _conditions(f, tables.dialect)
    return tables.incident_rows(where, params, f.limit)


def incident(tables: SqliteAggregates, incident_id: str) -> dict[str, Any]:
    """One incident, or UnknownIncident (FW502)."""
    rows = tables.incident_rows("incident_id = ?", [incident_id])
    if not rows:
        raise UnknownIncident(f"there is no incident {incident_id!r}")
    return rows[0]


def stories(
    tables: SqliteAggregates, min_documents: int = 2, limit: int | None = None
) -> list[dict[str, Any]]:
    """Story clusters with at least `min_documents` copies, largest first, with every outlet that ran them."""
    found = tables.story_rows(min_documents)
    if limit is not None:
        found = found[:limit]
    members = tables.story_documents([story_id for story_id, _ in found])
    infos = tables.source_infos(sorted({d for docs in members.values() for d in docs}))
    out: list[dict[str, Any]] = []
    for story_id, count in found:
        docs = [infos[d] for d in members.get(story_id, []) if d in infos]
        out.append(
            {
                "story_id": story_id,
                "documents": count,
                "outlets": sorted({d.outlet or d.agency or d.source for d in docs}),
                "titles": sorted({d.title for d in docs if d.title}),
                "first_published": min((d.published or d.first_seen for d in docs), default=None),
                "members": [
                    {
                        "document_hash": d.document_hash,
                        "source": d.source,
                        "outlet": d.outlet,
                        "title": d.title,
                    }
                    for d in docs
                ],
            }
        )
    return out
