"""A minimal event at a given internal place id, for the tests of how place ids are shown and read back."""

from __future__ import annotations

from typing import Any

from frontwatch.model import Event


def event_at(gid: int | None, **extra: object) -> Event:
    """An armed clash with every other field empty, placed at internal id `gid`."""
    fields: dict[str, Any] = dict.fromkeys(Event.__dataclass_fields__)
    fields.update(
        doc_id="d",
        document_hash="h",
        event_id="e",
        event_type="Battles",
        sub_event_type="Armed clash",
        plover_type="FIGHT",
        plover_mode="",
        modality="asserted",
        geonameid=gid,
        evidence="",
        evidence_start=0,
        evidence_end=0,
        confidence=0.5,
        trigger="",
        extractor_version="",
        extra=dict(extra),
    )
    return Event(**fields)
