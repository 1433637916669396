"""Gold data: our own JSON Lines format (see docs/gold-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from frontwatch.errors import UsageError


@dataclass(frozen=True)
class GoldDocument:
    """One gold document: a story file, or text given inline, with its expected events."""

    doc_id: str  # the file path as the extractor reports it, or the record's id
    published: date | None
    events: tuple[dict[str, Any], ...]  # the first is the main event
    path: Path | None = None  # the story file, for file records
    text: str | None = None  # the text, for inline records


def load_gold(gold_file: Path) -> list[GoldDocument]:
    """Read a gold file. A record names a story `file` (relative to the gold file's folder) or carries
    its `text` inline with an `id`."""
    if not gold_file.is_file():
        raise UsageError(f"no gold file at {gold_file}", hint="Give the path of a gold .jsonl file.")
    documents = []
    with gold_file.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if line.strip():
                documents.append(_document(gold_file, lineno, line))
    return documents


def _document(gold_file: Path, lineno: int, line: str) -> GoldDocument:
    try:
        record = json.loads(line)
        published = record.get("published")
        day = date.fromisoformat(published) if published else None
        events = tuple(record.get("events") or ())
        if "file" in record:
            path = gold_file.parent / record["file"]
            return GoldDocument(doc_id=str(path), published=day, events=events, path=path)
        return GoldDocument(doc_id=str(record["id"]), published=day, events=events, text=str(record["text"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"{gold_file}:{lineno}: not a gold record ({exc})",
            hint="Each line needs 'file' (or 'id' and 'text') and 'events'; 'published' is YYYY-MM-DD.",
        ) from exc
