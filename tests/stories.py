"""Code a one-story text through the whole pipeline, for tests that check what one wording yields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.model import Event
from frontwatch.runner import Coded, Pipeline


def story_events(pipeline: Pipeline, tmp_path: Path, text: str, published: str) -> list[Event]:
    """The events of a story file holding `text`, published on `published` (ISO date)."""
    story = tmp_path / "story.txt"
    story.write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    results = list(pipeline.run([story]))
    assert len(results) == 1 and isinstance(results[0], Coded), results
    return results[0].events


def doer(event: Event) -> str | None:
    """Who did it: the first actor, except for force used on protesters, which ACLED codes as a protest
    event with the protesters first and the force second."""
    return event.actor2 if event.sub_event_type == "Excessive force against protesters" else event.actor1


def other_side(event: Event) -> str | None:
    """Whom it befell: the second actor, or the protesters (first) of force used on them."""
    return event.actor1 if event.sub_event_type == "Excessive force against protesters" else event.actor2


Case = tuple[str, str, str, str | None]  # name, text, publication date, the first event's sub-event type
FieldCase = tuple[str, str, str, str, str]  # name, text, publication date, a field, its value


def sub_event_type_test(cases: list[Case]) -> Callable[..., None]:
    """A test, parametrized over `cases`, that the first event of each text has the sub-event type given
    (None: the text yields no event)."""

    @pytest.mark.parametrize(("name", "text", "published", "expected"), cases, ids=[c[0] for c in cases])
    def test_sub_event_type(
        pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str | None
    ) -> None:
        events = story_events(pipeline, tmp_path, text, published)
        assert (events[0].sub_event_type if events else None) == expected, name

    return test_sub_event_type


def first_event_field_test(cases: list[FieldCase]) -> Callable[..., None]:
    """A test, parametrized over `cases`, that a field of the first event of each text has the value given
    (compared as text)."""

    @pytest.mark.parametrize(
        ("name", "text", "published", "field", "expected"), cases, ids=[c[0] for c in cases]
    )
    def test_first_event_field(
        pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, field: str, expected: str
    ) -> None:
        events = story_events(pipeline, tmp_path, text, published)
        assert events and str(getattr(events[0], field)) == expected, name

    return test_first_event_field


FirmCase = tuple[str, str, str]  # name, text, publication date


def firm_type_test(cases: list[FirmCase]) -> Callable[..., None]:
    """A test, parametrized over `cases`, that the first event's type rests on what a classifier of words
    cannot read (the grammar), so the classifier may not re-type it."""

    @pytest.mark.parametrize(("name", "text", "published"), cases, ids=[c[0] for c in cases])
    def test_the_classifier_may_not_retype(
        pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str
    ) -> None:
        events = story_events(pipeline, tmp_path, text, published)
        assert events[0].extra.get("type_firm") is True, name

    return test_the_classifier_may_not_retype
