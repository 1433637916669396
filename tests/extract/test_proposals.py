"""Events the rules' words miss, proposed by a classifier: the proposal names a sentence and a type, the
rules' own code reads the rest; nothing is proposed where a rule fired, outside the lead, or where the
sentence tells of nature, accidents, courts or sport."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from frontwatch.extract import extract_events
from frontwatch.model import Event, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline

CAMPED = "Hundreds of farmers camped outside the district office in Nashik on Monday over unpaid dues."


class Proposer:
    """Proposes one type for the first sentence it is shown, and remembers what it was shown."""

    def __init__(self, sub_event_type: str) -> None:
        self.sub_event_type = sub_event_type
        self.shown: list[list[str]] = []

    def __call__(self, sentences: Sequence[str]) -> tuple[int, str] | None:
        self.shown.append(list(sentences))
        return (0, self.sub_event_type) if sentences else None


def _events(pipeline: Pipeline, text: str, propose: Proposer | None) -> list[Event]:
    raw = RawDocument(doc_id="story", source="story", text=text, media_type="jsonl")
    doc = normalise(raw, default_date=date(2019, 11, 26))
    return extract_events(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer, propose)


def test_a_proposal_is_read_like_a_rules_hit(pipeline: Pipeline) -> None:
    assert _events(pipeline, CAMPED, None) == []  # no trigger rule knows "camped outside"
    (event,) = _events(pipeline, CAMPED, Proposer("Peaceful protest"))
    assert (event.sub_event_type, event.actor1, event.location) == (
        "Peaceful protest",
        "Protesters (India)",
        "Nashik",
    )
    assert (event.event_date, event.evidence, event.trigger) == ("2019-11-25", CAMPED, "camped")


def test_nothing_is_proposed_where_a_rule_fired(pipeline: Pipeline) -> None:
    propose = Proposer("Arrests")
    text = "Police fired tear gas at students marching in Nashik on Monday."
    (event,) = _events(pipeline, text, propose)
    assert event.sub_event_type != "Arrests" and propose.shown == []


def test_only_the_lead_is_read(pipeline: Pipeline) -> None:
    text = " ".join(["The council met on Monday to discuss the budget for the coming year."] * 3 + [CAMPED])
    propose = Proposer("Peaceful protest")
    _events(pipeline, text, propose)
    assert propose.shown and all(CAMPED not in sentence for sentence in propose.shown[0])


def test_no_proposal_where_the_sentence_tells_of_an_accident_or_a_match(pipeline: Pipeline) -> None:
    for text in (
        "A huge explosion at a chemicals warehouse in the port of Tianjin killed 44 people on Wednesday.",
        "Thousands of fans poured into the streets of Rabat after their team beat Portugal on Saturday.",
        "A court acquitted the former senator on Monday of the last charge against her.",
    ):
        propose = Proposer("Attack")
        assert _events(pipeline, text, propose) == [], text


def test_a_proposed_event_says_so(pipeline: Pipeline) -> None:
    (event,) = _events(pipeline, CAMPED, Proposer("Peaceful protest"))
    assert event.extra["type_coder"] == "proposer"
