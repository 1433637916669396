"""Properties over generated inputs: decoding and normalising raise nothing but frontwatch's own
errors, ingesting the same inputs twice stores the same rows, and the JSON Lines export reads
back to the same bytes."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export.factories import make_document, make_event
from frontwatch.errors import FrontwatchError
from frontwatch.export.jsonl import read_jsonl, write_jsonl
from frontwatch.ingest import read_paths
from frontwatch.ingest.html import html_items, stripped_text
from frontwatch.ingest.repair import clean_name, replace_surrogates
from frontwatch.ingest.text import decode_text
from frontwatch.model import RawDocument, Rejection
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.store import open_store

# Any code point, lone surrogates and bidi controls included.
any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=400)
any_bytes = st.one_of(st.binary(max_size=800), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))


@settings(max_examples=150, deadline=None)
@given(any_bytes, st.sampled_from([None, "utf-8", "gb18030", "latin-1", "base64", "nonsense"]))
def test_decoding_raises_only_frontwatch_errors(data: bytes, declared: str | None) -> None:
    try:
        decoded = decode_text(data, declared=declared)
    except FrontwatchError:
        return
    assert decoded.text.strip()


@settings(max_examples=60, deadline=None)
@given(any_text)
def test_html_pages_raise_only_frontwatch_errors(body: str) -> None:
    data = f"<html><body><article><p>{body}</p></article></body></html>".encode("utf-8", "surrogatepass")
    with contextlib.suppress(FrontwatchError):
        html_items("page.html", data)
    assert isinstance(stripped_text(body), str)


@settings(max_examples=150, deadline=None)
@given(any_text, st.one_of(st.none(), any_text), st.sampled_from(["text", "jsonl", "html", "feed"]))
def test_normalising_never_raises_and_keeps_offsets(text: str, title: str | None, media_type: str) -> None:
    raw = RawDocument("d", "d", text, media_type, title=title, published=title)
    result = normalise(raw)
    if isinstance(result, Rejection):
        assert result.code.startswith("FW1")
        return
    assert len(result.coded_text) == len(result.text)
    result.text.encode("utf-8")  # storable: no lone surrogate is left


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_repaired_names_hold_no_surrogate_bidi_or_control(name: str) -> None:
    cleaned = clean_name(name)
    assert cleaned is None or not any(c in cleaned for c in "\u202e\u2066\x00\x1b")
    if cleaned is not None:
        cleaned.encode("utf-8")
    assert len(replace_surrogates(name)[0]) == len(name)


story_lines = st.lists(
    st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=8), "text": any_text.filter(str.strip), "title": any_text}
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=story_lines)
def test_ingesting_twice_stores_the_same_rows(pipeline: Pipeline, records: list[dict[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "batch.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        db = Path(folder) / "twice.db"
        snapshots = []
        for _ in range(2):
            with open_store(str(db)) as store:
                engine = LocalEngine(pipeline.limits, pipeline)
                run_into_store(store, engine, read_paths([source]), command="ingest", report=lambda _: None)
            snapshots.append(_rows(db))
        assert snapshots[0] == snapshots[1]


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute(
                "SELECT document_hash, doc_id, text FROM documents ORDER BY 1"
            ).fetchall(),
            "events": conn.execute("SELECT event_id, evidence FROM events ORDER BY 1").fetchall(),
            "rejections": conn.execute(
                "SELECT source, doc_id, code FROM rejections ORDER BY 1, 2, 3"
            ).fetchall(),
        }


event_values = st.fixed_dictionaries(
    {
        "evidence": st.text(max_size=80),
        "location": st.one_of(st.none(), st.text(max_size=30)),
        "fatalities": st.one_of(st.none(), st.integers(0, 10_000)),
        "latitude": st.one_of(st.none(), st.floats(-90, 90, allow_nan=False)),
        "confidence": st.floats(0, 1, allow_nan=False),
    }
)


@settings(max_examples=80, deadline=None)
@given(st.lists(event_values, max_size=5))
def test_jsonl_export_reads_back_to_the_same_bytes(values: list[dict[str, object]]) -> None:
    document = make_document()
    events = [make_event(document, index, **value) for index, value in enumerate(values)]
    first = io.StringIO()
    write_jsonl(events, first)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.jsonl"
        path.write_text(first.getvalue(), encoding="utf-8")
        again = io.StringIO()
        write_jsonl(read_jsonl(path), again)
    assert again.getvalue() == first.getvalue()
