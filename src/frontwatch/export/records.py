"""JSON Lines of plain records (incidents, control rows, review gold): one JSON object per line,
written atomically like every other export when the target is a path."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from frontwatch.export.atomic import Target, open_target


def write_records(rows: Iterable[Mapping[str, Any]], target: Target) -> int:
    """Write one JSON object per row and line (values JSON does not know are written as text);
    returns the number of rows written."""
    count = 0
    with open_target(target, newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count
