"""Regression: "The defence ministry said", after the story had quoted Russia's defence ministry in full,
was read as the ministry of the story's country (Ukraine), so Moscow's own restatement of its withdrawal
became a Ukrainian claim about Ukrainian troops. The text is our own, written for this test."""

from __future__ import annotations

from pathlib import Path

from frontwatch.runner import Pipeline

from .test_place_false_positives import extract

TEXT = (
    "Moscow announced on Saturday that it was pulling forces back in the Kharkiv region of Ukraine.\n\n"
    '"A decision was made to regroup Russian troops stationed near Balakliya," Russia\'s defence '
    "ministry said in a statement.\n\n"
    "Ukrainian soldiers said they had entered the town of Kupiansk.\n\n"
    "The defence ministry said that the withdrawal of troops from Kharkiv had been carried out over "
    "three days."
)


def test_the_bare_office_is_the_source_named_in_full_before(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(pipeline, tmp_path, TEXT, "2022-09-10")
    sides = {e.claimant: e.claimant_side for e in events if e.claimant is not None}
    assert "The defence ministry" not in sides or sides["The defence ministry"] == "Russia", sides
    assert all(
        e.claimant_side == "Russia" for e in events if e.sub_event_type == "Non-violent transfer of territory"
    ), [(e.location, e.claimant, e.claimant_side) for e in events]
