"""Helpers of the place tests: a minimal event at a given internal place id (how place ids are shown and
read back), and the toponyms geoparsing finds in a text."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.toponyms import Toponym, geoparse
from frontwatch.model import Document, Event, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline


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


def toponyms_in(pipeline: Pipeline, text: str) -> dict[str, Toponym]:
    """The toponyms geoparsing finds in `text`, by the text of each."""
    doc = normalise(RawDocument("t", "test", text, "jsonl"))
    assert isinstance(doc, Document)
    return {t.text: t for t in geoparse(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer)}
