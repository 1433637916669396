"""Synthetic documents for the scale benchmarks, made at bench time by recombining the sentences of
the project's own example stories and development snippets (nothing is copied into the repository).

Each document is a dateline, then sentences drawn with a seeded generator, so every run builds the
same corpus and no two documents are the same text."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "examples" / "stories"
DEVSET = ROOT / "examples" / "devset" / "news_dev.jsonl"
DATELINES = ("KYIV, Ukraine —", "KHARKIV, Ukraine —", "GOMA, Congo —", "KHARTOUM, Sudan —", "BAMAKO, Mali —")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def sentences() -> list[str]:
    """The sentences of the example stories and snippets, long enough to carry content."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(STORIES.glob("*.txt"))]
    if DEVSET.is_file():
        with DEVSET.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    found: list[str] = []
    for text in texts:
        for paragraph in text.split("\n"):
            found.extend(s.strip() for s in _SENTENCE.split(paragraph) if len(s.strip()) > 40)
    return found


def documents(count: int, *, per_document: int = 12, seed: int = 7) -> Iterator[str]:
    """`count` documents of `per_document` sentences each (about 2,000 characters at 12)."""
    pool = sentences()
    rng = random.Random(seed)
    for number in range(count):
        dateline = DATELINES[number % len(DATELINES)]
        body = " ".join(rng.choice(pool) for _ in range(per_document))
        yield f"{dateline} {body}\n"


def write_jsonl(path: Path, count: int, *, per_document: int = 12) -> int:
    """Write `count` documents as JSON Lines (id, published, text); returns the bytes written."""
    with path.open("w", encoding="utf-8") as out:
        for number, text in enumerate(documents(count, per_document=per_document)):
            record = {"id": f"synthetic-{number}", "published": "2024-03-05", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size
