"""Which time expression dates an event: the event's own, not a thing's, a term's or the statement's."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    ],
)
def test_event_date(pipeline: Pipeline, tmp_path: Path, published: str, text: str, date: str) -> None:
    assert _first_date(pipeline, tmp_path, published, text) == date
