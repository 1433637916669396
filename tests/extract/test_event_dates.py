"""Which time expression dates an event: the event's own, not a thing's, a term's or the statement's."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from frontwatch.model import RawDocument, Rejection
from frontwatch.normalise import normalise
from frontwatch.runner import Coded, Pipeline


def _first_date(pipeline: Pipeline, tmp_path: Path, published: str, text: str) -> str | None:
    story = tmp_path / "story.txt"
    story.write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    results = [r for r in pipeline.run([story]) if isinstance(r, Coded)]
    assert results and results[0].events, text
    return results[0].events[0].event_date


@pytest.mark.parametrize(
    ("published", "text", "date"),
    [
        # the date of a thing the sentence names ("the October 7 attack") dated the appointment
        (
            "2024-08-07",
            "Hamas named Yahya Sinwar, its leader in Gaza and the architect of the October 7 attack, as head "
            "of its political bureau on Tuesday.",
            "2024-08-06",
        ),
        # what the victims were doing on a day dates the act that befell them, not the officials' saying
        (
            "2017-02-17",
            "A suicide bomber blew himself up among devotees performing the dhamaal dance at the shrine of "
            "the saint in Sehwan on Thursday evening, killing at least 72 people, officials said on Friday.",
            "2017-02-16",
        ),
        # the start of the truce ("starting on Saturday") dated the agreement, and to the Saturday before
        (
            "2022-04-01",
            "The UN envoy for Yemen said on Friday the warring parties had agreed to a two-month truce "
            "starting on Saturday.",
            "2022-04-01",
        ),
        # a protest broken up the day before the story kept the undated lead's day
        (
            "2019-03-11",
            "For weeks the marches had been calm. Police fired tear gas at thousands of students in central "
            "Algiers late on Sunday, witnesses said.",
            "2019-03-10",
        ),
        # an attack through the night into the next morning began on the first day
        (
            "1998-01-05",
            "Gunmen went from house to house in a village south of Relizane through Saturday night and "
            "Sunday morning, killing dozens of people, officials said.",
            "1998-01-03",
        ),
        # a time noun after a weekday is still the event's time
        (
            "2024-03-06",
            "Russian forces shelled Kharkiv on Tuesday night, killing two civilians, the governor said.",
            "2024-03-05",
        ),
        # a capture whose hold "still" went on the next day is dated by the capture
        (
            "2012-04-01",
            "Rebels who rose up on Friday seized the town of Tessalit and still held it on Saturday, "
            "residents said.",
            "2012-03-30",
        ),
        # "between 1996 and 2001" begins in 1996
        (
            "2002-06-19",
            "Between 1996 and 2001, soldiers raped hundreds of women in villages of Shan State, a rights "
            "group said.",
            "1996-01-01",
        ),
        # how the crowd was armed ("armed with spears ... on Thursday afternoon") tells the act's day
        (
            "2012-08-17",
            "Police opened fire on striking miners armed with spears and clubs near Marikana on Thursday "
            "afternoon, killing 34 of them, the police commissioner said on Friday.",
            "2012-08-16",
        ),
        # an act told "a day after" what its sentence dates happened the day before
        (
            "2015-11-05",
            "The prime minister's resignation on Wednesday came a day after thousands of people marched to "
            "the government headquarters in Bucharest.",
            "2015-11-03",
        ),
        (
            "1999-01-17",
            "Monitors found the bodies of 40 men in the village of Racak on Saturday, two days after police "
            "swept through it.",
            "1999-01-14",
        ),
        # the raid of the doers, told in a clause on them, dates what they did in it
        (
            "2015-10-02",
            "A rights group said on Thursday that fighters who overran the town on Monday had gone from "
            "house to house, killing and raping relatives of police officers in Kunduz.",
            "2015-09-28",
        ),
        # an act told as done during a happening a clause dates
        (
            "2010-08-17",
            "A rights group said on Monday that women had been raped by armed gangs during the violence that "
            "swept the city of Osh in June.",
            "2010-06-01",
        ),
        # people "missing since Sunday" went missing on Sunday: the day of the act, not a state since long ago
        (
            "2008-12-16",
            "A diplomat and his colleague have been missing since Sunday, when their car was found abandoned "
            "near Karma with its engine running, officials said.",
            "2008-12-14",
        ),
        # not an act whose own clause is followed by "after": "took control two days after declaring ..."
        (
            "2014-05-22",
            "The army chief announced on Thursday that the military had taken control of the government, two "
            "days after declaring martial law.",
            "2014-05-22",
        ),
    ],
)
def test_event_date(pipeline: Pipeline, tmp_path: Path, published: str, text: str, date: str) -> None:
    assert _first_date(pipeline, tmp_path, published, text) == date


def test_a_source_headers_date_does_not_date_the_act_its_text_dates(pipeline: Pipeline) -> None:
    # "From the verdict ..., 30 June 2011 (summary): ... on 12 March 2011 ... abducted": a record of a JSON
    # Lines file, one paragraph, whose header gives the date of the release, not of the act
    text = (
        "From the verdict of the Osh regional court, 30 June 2011 (summary): The court found that on 12 "
        "March 2011 officers of a special unit stopped the car of opposition politician Kubat Osmonov in "
        "Osh and abducted him."
    )
    raw = RawDocument(doc_id="verdict", source="verdict.jsonl", text=text, media_type="jsonl")
    document = normalise(raw, default_date=datetime.date(2011, 6, 30))
    assert not isinstance(document, Rejection)
    results = [r for r in pipeline.code([document]) if isinstance(r, Coded)]
    assert results and results[0].events
    assert results[0].events[0].event_date == "2011-03-12"
