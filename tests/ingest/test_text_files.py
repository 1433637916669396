from __future__ import annotations

import codecs
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.config import Limits
from frontwatch.ingest import decode_bytes, read_file
from frontwatch.model import RawDocument, Rejection

from .support import STORY, codes, only, read_all

Write = Callable[[str, bytes | str], Path]


def test_plain_text_is_kept_exactly(write: Write) -> None:
    path = write("story.txt", STORY)
    doc = only(read_all(str(path)))
    assert isinstance(doc, RawDocument)
    assert doc.text == STORY
    assert doc.doc_id == str(path)
    assert doc.source == str(path)
    assert doc.media_type == "text"
    assert doc.title is None and doc.published is None


def test_path_objects_and_strings_give_the_path_as_written(write: Write) -> None:
    path = write("story.txt", STORY)
    [doc] = read_all(path)
    assert isinstance(doc, RawDocument) and doc.doc_id == str(path)


def test_crlf_text_is_not_rewritten(write: Write) -> None:
    text = STORY.replace("\n", "\r\n")
    doc = only(read_all(write("crlf.txt", text.encode("utf-8"))))
    assert isinstance(doc, RawDocument) and doc.text == text


@pytest.mark.parametrize("name", ["notes.md", "notes.text", "NOTES.TXT", "noextension", "report.2022"])
def test_text_extensions_and_no_extension(write: Write, name: str) -> None:
    doc = only(read_all(write(name, STORY)))
    assert isinstance(doc, RawDocument) and doc.media_type == "text"


def test_empty_file_is_fw101(write: Write) -> None:
    rejection = only(read_all(write("empty.txt", b"")))
    assert isinstance(rejection, Rejection)
    assert rejection.code == "FW101"
    assert rejection.hint  # every rejection says what to do next


def test_whitespace_only_file_is_fw101(write: Write) -> None:
    assert codes(read_all(write("blank.txt", " \n\t\r\n  \n"))) == ["FW101"]


def test_whitespace_only_utf16_file_is_fw101(write: Write) -> None:
    assert codes(read_all(write("blank16.txt", codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le")))) == [
        "FW101"
    ]


def test_nul_bytes_are_binary_fw102(write: Write) -> None:
    data = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"some text" * 20
    assert codes(read_all(write("archive.txt", data))) == ["FW102"]


def test_many_control_bytes_are_binary_fw102(write: Write) -> None:
    data = bytes(range(1, 32)) * 10 + b"hello world"
    assert codes(read_all(write("controls.txt", data))) == ["FW102"]


def test_undecodable_bytes_are_fw103(write: Write) -> None:
    # Not UTF-8, and 0x81 / 0x8d / 0x8f / 0x90 / 0x9d are undefined in cp1252.
    data = b"Shelling reported near the river \x81\x8d\x8f\x90\x9d crossing on Monday morning."
    assert codes(read_all(write("bad.txt", data))) == ["FW103"]


def test_mostly_high_bytes_are_not_taken_for_cp1252(write: Write) -> None:
    data = "Обстріл Харкова тривав усю ніч, повідомила обласна адміністрація.".encode("koi8-u")
    assert codes(read_all(write("koi8.txt", data))) == ["FW103"]


def test_cp1252_text_is_decoded(write: Write) -> None:
    text = "The mayor\u2019s office said \u201ctwo\u201d people were hurt \u2014 and a caf\u00e9 was damaged."
    doc = only(read_all(write("western.txt", text.encode("cp1252"))))
    assert isinstance(doc, RawDocument)
    assert doc.text == text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks(write: Write, codec: str) -> None:
    text = "Kyiv said its forces had advanced near Izium, with \u00abheavy\u00bb fighting reported."
    data = codecs.BOM_UTF16_BE + text.encode("utf-16-be") if codec == "utf-16-be" else text.encode(codec)
    doc = only(read_all(write(f"bom-{codec}.txt", data)))
    assert isinstance(doc, RawDocument)
    assert doc.text == text  # the BOM is not part of the text


def test_bad_utf16_after_bom_is_fw103(write: Write) -> None:
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"  # lone high surrogate
    assert codes(read_all(write("bad16.txt", data))) == ["FW103"]


def test_sparse_file_over_the_limit_is_rejected_without_reading(write: Write) -> None:
    path = write("huge.txt", b"")
    with path.open("wb") as handle:
        handle.truncate(5 * 1024**3)  # 5 GB, sparse
    started = time.perf_counter()
    rejection = only(read_all(str(path), limits=Limits(max_file_bytes=1024)))
    assert time.perf_counter() - started < 1.0
    assert isinstance(rejection, Rejection) and rejection.code == "FW104"


def test_sparse_file_over_the_default_limit(write: Write) -> None:
    path = write("huge-default.txt", b"")
    with path.open("wb") as handle:
        handle.truncate(5 * 1024**3)
    assert codes(read_all(str(path))) == ["FW104"]


def test_text_over_the_character_limit_is_fw104(write: Write) -> None:
    path = write("long.txt", "word " * 100)
    assert codes(read_all(path, limits=Limits(max_text_chars=50))) == ["FW104"]


def test_missing_path_is_fw108_not_an_exception(tmp_path: Path) -> None:
    rejection = only(read_all(str(tmp_path / "nope.txt")))
    assert isinstance(rejection, Rejection) and rejection.code == "FW108"
    assert rejection.doc_id == str(tmp_path / "nope.txt")


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert codes(read_all(fifo)) == ["FW108"]


@pytest.mark.parametrize("name", ["photo.jpg", "report.pdf", "data.json", "sheet.csv"])
def test_unsupported_extension_is_fw110(write: Write, name: str) -> None:
    assert codes(read_all(write(name, b"%PDF-1.4 whatever"))) == ["FW110"]


def test_unknown_extension_with_html_content_is_read_as_html(write: Write) -> None:
    html = (
        "<!DOCTYPE html><html><body><article><p>"
        + "Troops moved into the city centre on Friday, witnesses said. " * 5
        + "</p></article></body></html>"
    )
    doc = only(read_all(write("page.php", html)))
    assert isinstance(doc, RawDocument) and doc.media_type == "html"


def test_a_batch_goes_on_after_bad_files(write: Write, tmp_path: Path) -> None:
    good1 = write("a.txt", STORY)
    bad = write("b.txt", b"\x00\x01\x02")
    good2 = write("c.txt", STORY)
    items = read_all(good1, tmp_path / "missing.txt", bad, write("d.txt", b""), good2)
    assert codes(items) == ["ok", "FW108", "FW102", "FW101", "ok"]


def test_read_paths_is_lazy(write: Write) -> None:
    from frontwatch.ingest import read_paths

    def paths() -> object:
        yield write("one.txt", STORY)
        raise AssertionError("the second path must not be asked for before the first document is used")

    iterator = read_paths(paths())  # type: ignore[arg-type]
    first = next(iterator)
    assert isinstance(first, RawDocument)


def test_read_file_on_a_single_path(write: Write) -> None:
    items = list(read_file(write("x.txt", STORY)))
    assert isinstance(items[0], RawDocument)


def test_decode_bytes_directly() -> None:
    assert decode_bytes("caf\u00e9".encode()) == "caf\u00e9"
    assert decode_bytes("caf\u00e9".encode("cp1252")) == "caf\u00e9"


def test_unexpected_failure_is_fw113_and_the_batch_goes_on(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    import frontwatch.ingest.content as content

    def broken(path: str, data: bytes, limits: Limits) -> tuple[RawDocument]:
        raise ValueError("unexpected")

    monkeypatch.setattr(content, "text_items", broken)
    items = read_all(write("one.txt", STORY), write("two.jsonl", '{"id": "j", "text": "Still read."}'))
    assert codes(items) == ["FW113", "ok"]


def test_meta_charset_naming_a_non_text_codec_is_ignored(write: Write) -> None:
    page = (
        '<html><head><meta charset="base64"></head><body><article><p>'
        + "Caf\u00e9 owners in Mariupol said the shelling had stopped for now. " * 4
        + "</p></article></body></html>"
    )
    [doc] = read_all(write("odd.html", page.encode("cp1252")))
    assert isinstance(doc, RawDocument) and "Caf\u00e9" in doc.text
