"""Regression: a sentence listing several places gave every place's event the whole toll, so the
deaths were counted once per place. The texts are our own, written for these tests."""

from __future__ import annotations

from pathlib import Path

from frontwatch.runner import Pipeline

from .test_place_false_positives import extract


def _tolls(pipeline: Pipeline, tmp_path: Path, text: str) -> dict[str, int | None]:
    events = extract(pipeline, tmp_path, text, "2022-09-10")
    return {e.location or "": e.fatalities for e in events}


def test_the_deaths_go_to_the_place_named_with_them(pipeline: Pipeline, tmp_path: Path) -> None:
    tolls = _tolls(
        pipeline,
        tmp_path,
        "Russian forces shelled Kharkiv and Izium on Friday, killing three people in Izium, "
        "the regional governor said.",
    )
    assert len(tolls) == 2
    assert [toll for name, toll in tolls.items() if name.startswith("Izy")] == [3]
    assert tolls.get("Kharkiv", "missing") is None


def test_a_toll_without_a_place_is_counted_once(pipeline: Pipeline, tmp_path: Path) -> None:
    tolls = _tolls(
        pipeline,
        tmp_path,
        "Russian forces shelled Kharkiv and Izium on Friday, killing three people, "
        "the regional governor said.",
    )
    assert len(tolls) == 2
    assert sorted(t for t in tolls.values() if t is not None) == [3]
