"""Bytes already in memory (a whole file, or an archive member) to documents, by kind."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import PurePath

from frontwatch.config import Limits
from frontwatch.ingest.feeds import read_feed
from frontwatch.ingest.html import html_items
from frontwatch.ingest.jsonl import read_jsonl_stream
from frontwatch.ingest.sniff import HEAD_BYTES, sniff
from frontwatch.ingest.text import text_items
from frontwatch.model import RawDocument, Rejection


def read_content(
    name: PurePath, label: str, data: bytes, limits: Limits
) -> Iterator[RawDocument | Rejection]:
    """The documents in `data`, whose kind comes from the extension of `name` and its first bytes.
    Raises InputError for content that is refused as a whole."""
    kind = sniff(name, data[:HEAD_BYTES])
    if kind == "feed":
        yield from read_feed(label, data, limits, notices=True)
    elif kind == "html":
        yield from html_items(label, data, limits)
    elif kind == "jsonl":
        yield from read_jsonl_stream(io.BytesIO(data), label, limits)
    else:
        yield from text_items(label, data, limits)
