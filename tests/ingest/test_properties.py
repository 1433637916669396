"""Whatever bytes a file holds, reading it never raises."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.config import Limits
from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument, Rejection

EXTENSIONS = ["txt", "html", "jsonl", "xml", "rss", "atom", "md", "", "bin"]
PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<rss>",
    b"<!doctype html><html><body><p>",
    b'{"text": "',
    b"<feed>",
]

contents = st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=600)).map(
    lambda parts: parts[0] + parts[1]
)
texts = st.text(max_size=300).map(lambda text: text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=80, deadline=None)
@given(data=st.one_of(contents, texts), extension=st.sampled_from(EXTENSIONS))
def test_read_paths_never_raises(data: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (f"input.{extension}" if extension else "input")
        path.write_bytes(data)
        items = list(read_paths([path], Limits(max_jsonl_line_bytes=200)))
    for item in items:
        assert isinstance(item, RawDocument | Rejection)
        if isinstance(item, Rejection):
            assert item.code.startswith("FW1")
            assert item.message
        else:
            assert item.text.strip()
