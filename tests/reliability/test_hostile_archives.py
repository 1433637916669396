"""Archives read in place: the good members of every kind come out as documents labelled by their
path, and a damaged archive is one FW133 rejection."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument, Rejection

from .hostile_cases import STORY


def _documents(path: Path) -> tuple[list[RawDocument], list[str]]:
    items = list(read_paths([path]))
    return [i for i in items if isinstance(i, RawDocument)], [
        i.code for i in items if isinstance(i, Rejection)
    ]


def test_a_gzipped_jsonl_dump_gives_one_document_per_record(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl.gz"
    records = [{"id": f"r{i}", "text": STORY.replace("two", str(i + 3))} for i in range(3)]
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
    documents, codes = _documents(path)
    assert [d.doc_id for d in documents] == ["r0", "r1", "r2"] and codes == []


def test_a_tar_gz_of_pages_and_texts_is_read_member_by_member(tmp_path: Path) -> None:
    path = tmp_path / "dump.tar.gz"
    page = f"<html><head><title>Kharkiv</title></head><body><article><p>{STORY}</p></article></body></html>"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in (("a/page.html", page), ("b/story.txt", STORY)):
            info = tarfile.TarInfo(name)
            info.size = len(data.encode())
            archive.addfile(info, io.BytesIO(data.encode()))
    documents, codes = _documents(path)
    assert [(d.doc_id, d.media_type) for d in documents] == [
        (f"{path}!a/page.html", "html"),
        (f"{path}!b/story.txt", "text"),
    ]
    assert codes == []


def test_a_zip_member_that_is_binary_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(500))
        archive.writestr("story.txt", STORY)
    documents, codes = _documents(path)
    assert len(documents) == 1 and codes == ["FW102"]


def test_a_damaged_archive_is_one_rejection(tmp_path: Path) -> None:
    for name in ("broken.zip", "broken.tar.gz", "broken.gz"):
        path = tmp_path / name
        path.write_bytes(b"PK\x03\x04 this is not really an archive" * 10)
        documents, codes = _documents(path)
        assert documents == [] and codes == ["FW133"], name
