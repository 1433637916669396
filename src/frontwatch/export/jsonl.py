"""JSON Lines: one `Event.as_dict()` object per line, UTF-8, non-ASCII kept as it is."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from frontwatch.export.atomic import Target, open_target
from frontwatch.model import Event

_EVENT_FIELDS = {f.name for f in fields(Event)} - {"extra"}


def event_json(event: Event) -> str:
    """One event as a single line of JSON (keys in field order, then the extra keys)."""
    return json.dumps(event.as_dict(), ensure_ascii=False, default=str)


def write_jsonl(events: Iterable[Event], target: Target) -> int:
    """Write one JSON object per event and line; returns the number of events written."""
    count = 0
    with open_target(target, newline="\n") as out:
        for event in events:
            out.write(event_json(event))
            out.write("\n")
            count += 1
    return count


def event_from_dict(data: dict[str, Any]) -> Event:
    """The inverse of `Event.as_dict()`: keys that are not Event fields go back into `extra`."""
    known = {k: v for k, v in data.items() if k in _EVENT_FIELDS}
    extra = {k: v for k, v in data.items() if k not in _EVENT_FIELDS}
    return Event(**known, extra=extra)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Event]:
    """Read events written by `write_jsonl` (blank lines are skipped)."""
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield event_from_dict(json.loads(line))
