"""The grouped counts behind `SqliteStore.summary`, each one query on an open connection."""

from __future__ import annotations

from typing import Any

from frontwatch.store.sqlite_conn import DbConnection


def event_type_counts(conn: DbConnection) -> list[dict[str, Any]]:
    """Event types with their sub-types, the most frequent first."""
    types: dict[str, dict[str, Any]] = {}
    for event_type, sub_event_type, count in conn.execute(
        "SELECT event_type, sub_event_type, COUNT(*) FROM events "
        "GROUP BY event_type, sub_event_type ORDER BY event_type, sub_event_type"
    ):
        entry = types.setdefault(event_type, {"event_type": event_type, "count": 0, "sub_event_types": []})
        entry["count"] += count
        entry["sub_event_types"].append({"sub_event_type": sub_event_type, "count": count})
    event_types = sorted(types.values(), key=lambda e: (-e["count"], e["event_type"]))
    for entry in event_types:
        entry["sub_event_types"].sort(key=lambda s: (-s["count"], s["sub_event_type"]))
    return event_types


def top_locations(conn: DbConnection, top: int) -> list[dict[str, Any]]:
    return [
        {"location": r[0], "admin1": r[1], "country": r[2], "count": r[3]}
        for r in conn.execute(
            "SELECT location, admin1, country, COUNT(*) AS n FROM events WHERE location IS NOT NULL "
            "GROUP BY location, admin1, country ORDER BY n DESC, location LIMIT ?",
            (top,),
        )
    ]


def claimant_counts(conn: DbConnection) -> list[dict[str, Any]]:
    """Claimant side × claimant."""
    return [
        {"claimant_side": r[0], "claimant": r[1], "count": r[2]}
        for r in conn.execute(
            "SELECT claimant_side, claimant, COUNT(*) AS n FROM events "
            "WHERE claimant IS NOT NULL OR claimant_side IS NOT NULL "
            "GROUP BY claimant_side, claimant "
            "ORDER BY n DESC, claimant_side NULLS FIRST, claimant NULLS FIRST"
        )
    ]


def rejection_code_counts(conn: DbConnection) -> dict[str, int]:
    return {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT code, COUNT(*) AS n FROM rejections GROUP BY code ORDER BY n DESC, code"
        )
    }


def modality_counts(conn: DbConnection) -> dict[str, int]:
    return {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT modality, COUNT(*) AS n FROM events GROUP BY modality ORDER BY n DESC, modality"
        )
    }
