"""Code a one-story text through the whole pipeline, for tests that check what one wording yields."""

from __future__ import annotations

from pathlib import Path

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
