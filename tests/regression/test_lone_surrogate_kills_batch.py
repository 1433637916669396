"""A JSON Lines record with a `\\ud800` escape used to end the whole ingest run with a
UnicodeEncodeError inside spaCy's tokenizer (and SQLite refuses such strings too): every other
document of the batch was lost. Now the surrogate becomes U+FFFD, a FW122 notice is recorded and
the batch goes on."""

from __future__ import annotations

from pathlib import Path

from frontwatch.ingest import read_paths
from frontwatch.runner import Coded, Pipeline
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.store import open_store

RECORDS = (
    '{"id": "bad", "title": "Kharkiv \\ud800", "text": "Russian forces shelled Kharkiv \\udfff on Monday."}\n'
    '{"id": "good", "text": "Ukrainian forces retook Izium on Saturday, officials said."}\n'
)


def test_lone_surrogate_record_is_kept_repaired_and_the_batch_goes_on(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    source = tmp_path / "batch.jsonl"
    source.write_text(RECORDS, encoding="ascii")
    coded: list[str] = []
    with open_store(str(tmp_path / "db.sqlite")) as store:
        tally = run_into_store(
            store,
            LocalEngine(pipeline.limits, pipeline),
            read_paths([source]),
            command="ingest",
            report=lambda _: None,
            written=lambda result, _: (
                coded.append(result.document.text) if isinstance(result, Coded) else None
            ),
        )
        codes = {rejection.code for rejection in store.rejections()}
    assert tally.documents == 2 and tally.pending == 0
    assert "\ufffd" in coded[0] and codes == {"FW122"}
