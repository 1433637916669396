"""A file whose name is not UTF-8 (b"caf\\xe9.txt", as copied from an old Windows share) reached
SQLite as a path with a surrogate in it, and the UnicodeEncodeError ended the whole ingest run.
Now such bytes are written as \\xNN in the document's id and source, and the batch goes on."""

from __future__ import annotations

import os
from pathlib import Path

from frontwatch.ingest import read_paths
from frontwatch.runner import Pipeline
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.store import open_store

STORY = "Ukrainian forces retook Izium on Saturday, officials said. Residents returned to the town."


def test_a_file_name_that_is_not_utf8_is_stored_with_an_escaped_id(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(STORY.encode())
    (folder / "other.txt").write_text(STORY.replace("Izium", "Lyman"), encoding="utf-8")
    with open_store(str(tmp_path / "db.sqlite")) as store:
        tally = run_into_store(
            store,
            LocalEngine(pipeline.limits, pipeline),
            read_paths([folder]),
            command="ingest",
            report=print,
        )
        [hit] = store.search("Izium")
        document = store.document(hit.document_hash)
    assert tally.documents == 2 and tally.pending == 0
    assert document is not None and document.doc_id.endswith("caf\\xe9.txt")
