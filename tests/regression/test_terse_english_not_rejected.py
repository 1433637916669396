"""Terse English notes were rejected as Nigerian Pidgin (probability 0.4) by the language detector."""

from __future__ import annotations

from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise


def test_terse_english_is_english() -> None:
    raw = RawDocument(
        doc_id="n1",
        source="test",
        text="On 3 June 2022, Russian air units struck near Roty, Donetsk. Casualties unknown.",
        media_type="jsonl",
    )
    assert isinstance(normalise(raw), Document)


def test_confident_french_is_still_rejected() -> None:
    raw = RawDocument(
        doc_id="n2",
        source="test",
        text="Les forces russes ont bombardé la ville pendant la nuit, selon les autorités locales, qui ont "
        "fait état de plusieurs blessés parmi les habitants du quartier.",
        media_type="jsonl",
    )
    result = normalise(raw)
    assert not isinstance(result, Document) and result.code == "FW105"
