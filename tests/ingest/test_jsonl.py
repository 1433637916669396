from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from frontwatch.config import Limits
from frontwatch.ingest.jsonl import iter_lines
from frontwatch.model import RawDocument, Rejection

from .support import codes, read_all

Write = Callable[[str, bytes | str], Path]

TEXT = "Shelling damaged a school in Kramatorsk overnight, the regional governor said on Sunday."


def line(**fields: object) -> str:
    return json.dumps(fields)


def test_good_bad_missing_and_overlong_lines_each_reported(write: Write) -> None:
    long_text = "x" * 5000
    content = "\n".join(
        [
            line(id="a1", text=TEXT, title="School hit", published="2022-09-11", url="https://example.org/a1",
                 source="Example Wire", author="A. Writer"),
            "{not json",
            line(id="a3", title="no text here"),
            line(id="a4", text=long_text),
            "",
            "   ",
            line(id=5, text=TEXT),
            line(text=TEXT),
            line(id="a8", text="   "),
            "[1, 2, 3]",
            line(id="a10", text=TEXT),
        ]
    )  # fmt: skip
    path = write("batch.jsonl", content)
    items = read_all(path, limits=Limits(max_jsonl_line_bytes=1000))
    assert codes(items) == ["ok", "FW106", "FW106", "FW104", "ok", "ok", "FW106", "FW106", "ok"]
    first = items[0]
    assert isinstance(first, RawDocument)
    assert first.doc_id == "a1"
    assert first.text == TEXT
    assert first.media_type == "jsonl"
    assert first.title == "School hit"
    assert first.published == "2022-09-11"
    assert first.url == "https://example.org/a1"
    assert first.outlet == "Example Wire"
    assert first.author == "A. Writer"
    assert first.source == str(path)
    bad_json, missing_text, overlong = items[1], items[2], items[3]
    assert isinstance(bad_json, Rejection) and bad_json.doc_id == f"{path}:2"
    assert isinstance(missing_text, Rejection) and missing_text.doc_id == "a3"  # the id parsed
    assert isinstance(overlong, Rejection) and overlong.doc_id == f"{path}:4"
    numeric = items[4]
    assert isinstance(numeric, RawDocument) and numeric.doc_id == "5"
    no_id = items[5]
    assert isinstance(no_id, RawDocument) and no_id.doc_id == f"{path}:8"
    assert isinstance(items[6], Rejection) and items[6].doc_id == "a8"
    assert isinstance(items[7], Rejection) and items[7].doc_id == f"{path}:10"
    last = items[8]
    assert isinstance(last, RawDocument) and last.doc_id == "a10"


def test_overlong_line_without_newline_at_the_end(write: Write) -> None:
    path = write("tail.ndjson", line(id="ok", text=TEXT) + "\n" + line(id="big", text="y" * 3000))
    assert codes(read_all(path, limits=Limits(max_jsonl_line_bytes=500))) == ["ok", "FW104"]


def test_crlf_and_utf8_bom(write: Write) -> None:
    content = "\ufeff" + line(id="b1", text=TEXT) + "\r\n" + line(id="b2", text=TEXT) + "\r\n"
    items = read_all(write("crlf.jsonl", content))
    assert codes(items) == ["ok", "ok"]
    assert [item.doc_id for item in items] == ["b1", "b2"]


def test_undecodable_line_and_deep_nesting_are_malformed(write: Write) -> None:
    content = (
        b'{"id": "c1", "text": "caf\xe9"}\n' + b"[" * 100_000 + b"\n" + line(id="c3", text=TEXT).encode()
    )
    assert codes(read_all(write("odd.jsonl", content))) == ["FW106", "FW106", "ok"]


def test_wrong_types_are_malformed_or_ignored(write: Write) -> None:
    content = "\n".join([line(id="d1", text=42), line(id="d2", text=TEXT, title=7, published=1662768000)])
    items = read_all(write("types.jsonl", content))
    assert codes(items) == ["FW106", "ok"]
    kept = items[1]
    assert isinstance(kept, RawDocument) and kept.title is None and kept.published is None


def test_text_over_character_limit(write: Write) -> None:
    path = write("chars.jsonl", line(id="e1", text="word " * 50))
    assert codes(read_all(path, limits=Limits(max_text_chars=100))) == ["FW104"]


def test_binary_jsonl_is_rejected_at_once(write: Write) -> None:
    path = write("zeros.jsonl", b"")
    with path.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: all NUL bytes
    assert codes(read_all(path)) == ["FW102"]


def test_empty_jsonl_yields_nothing(write: Write) -> None:
    assert read_all(write("empty.jsonl", "\n\n")) == []


def test_iter_lines_resyncs_after_an_overlong_line() -> None:
    data = b"short\n" + b"z" * 200_000 + b"\nafter\nlast"
    lines = list(iter_lines(io.BytesIO(data), 1000))
    assert lines == [(1, b"short"), (2, None), (3, b"after"), (4, b"last")]
