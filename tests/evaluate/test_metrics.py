"""Per-field scoring of a document's main event."""

from __future__ import annotations

from frontwatch.evaluate.metrics import FieldScores, score_document


def test_text_fields_match_whatever_their_case_and_accents() -> None:
    scores = FieldScores()
    gold = [{"admin1": "Bogotá D.C.", "actor1": "Protesters (Colombia)"}]
    score_document(scores, "a", gold, [{"admin1": "BOGOTA D.C.", "actor1": "protesters (colombia)"}])
    score_document(scores, "b", gold, [{"admin1": "Antioquia", "actor1": "Protesters (Colombia)"}])
    assert scores.accuracy("admin1") == 0.5
    assert scores.accuracy("actor1") == 1.0
