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
    path: Path  # the story file
    published: date | None
    events: tuple[dict[str, Any], ...]  # the first is the main event


def load_gold(gold_file: Path) -> list[GoldDocument]:
    """Read a gold file; story paths are relative to the gold file's folder."""
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
        return GoldDocument(
            path=gold_file.parent / record["file"],
            published=date.fromisoformat(published) if published else None,
            events=tuple(record.get("events") or ()),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"{gold_file}:{lineno}: not a gold record ({exc})",
            hint="Each line needs 'file', optional 'published' (YYYY-MM-DD) and 'events'.",
        ) from exc
