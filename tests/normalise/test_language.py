from __future__ import annotations

from frontwatch.model import Rejection
from frontwatch.normalise import normalise

from .support import BODY, doc, raw

FRENCH = (
    "Les forces ukrainiennes ont repris plusieurs villages dans la région de Kharkiv, a annoncé samedi"
    " le ministère de la Défense, alors que les troupes russes se retirent vers l'est du pays."
)
UKRAINIAN = (
    "Українські військові звільнили кілька сіл у Харківській області, повідомило в суботу міністерство"
    " оборони, тоді як російські війська відступають на схід."
)


def test_french_is_fw105_with_the_language_named() -> None:
    result = normalise(raw(FRENCH))
    assert isinstance(result, Rejection)
    assert result.code == "FW105"
    assert "'fr'" in result.message
    assert result.doc_id == "doc-1"


def test_ukrainian_is_fw105() -> None:
    result = normalise(raw(UKRAINIAN, media_type="jsonl"))
    assert isinstance(result, Rejection) and result.code == "FW105" and "'uk'" in result.message


def test_english_with_many_place_names_is_english() -> None:
    text = (
        "Ukrainian forces recaptured Balakliia, Shevchenkove, Kupiansk and Izium, while Russian units"
        " withdrew toward Lyman and Svatove, officials in Kyiv and Kharkiv said."
    )
    result = doc(text, media_type="jsonl")
    assert result.language == "en"
    assert 0.0 <= result.language_score <= 1.0


def test_short_text_defaults_to_english() -> None:
    result = doc("Kupiansk: Ja.", media_type="jsonl")
    assert result.language == "en"
    assert 0.0 <= result.language_score <= 1.0


def test_english_score_is_high() -> None:
    result = doc(BODY, media_type="jsonl")
    assert result.language == "en" and result.language_score > 0.9
