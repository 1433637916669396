"""Regressions in choosing the actors of an event, each named after what went wrong.

The texts are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from frontwatch.extract.branches import branch_for
from frontwatch.runner import Pipeline

from .test_place_false_positives import extract

RUSSIA = "Military Forces of Russia (2000-)"
UKRAINE = "Military Forces of Ukraine (2019-)"


def test_both_sides_of_a_shared_forces_noun_are_actors(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline, tmp_path, "Clashes took place between Russian and Ukrainian forces near Borivske."
    )
    assert events and (events[0].actor1, events[0].actor2) == (RUSSIA, UKRAINE)


def test_the_attacker_of_a_repelled_offensive_comes_first(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Russian forces launched an offensive towards Zolote but were repulsed by Ukrainian forces.",
        "2022-05-31",
    )
    assert events and (events[0].actor1, events[0].actor2) == (RUSSIA, UKRAINE)


def test_a_nationality_as_the_subject_stands_for_its_forces(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline, tmp_path, "Russians shelled the positions of Ukrainian forces near Marinka.", "2022-05-27"
    )
    assert events and events[0].actor1 == RUSSIA


def test_air_strikes_in_ukraine_are_the_air_forces() -> None:
    assert branch_for(RUSSIA, "Air/drone strike") == RUSSIA + " Air Force"
    assert branch_for(UKRAINE + " Air Force", "Disrupted weapons use") == UKRAINE
    assert branch_for(RUSSIA, "Shelling/artillery/missile attack") == RUSSIA
    israel = "Military Forces of Israel (2022-)"
    assert branch_for(israel, "Air/drone strike") == israel


def test_the_displaced_are_the_first_actor_of_a_displacement(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(pipeline, tmp_path, "Russian forces deported children from Donetsk.", "2022-03-19")
    assert events and events[0].sub_event_type == "Other"
    assert (events[0].actor1, events[0].actor2) == ("Civilians (Ukraine)", RUSSIA)


def test_an_attempted_assault_is_a_clash(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline, tmp_path, "Russian forces attempted to dislodge Ukrainian troops.", "2022-06-01"
    )
    assert events and events[0].sub_event_type == "Armed clash"
    assert events[0].actor1 == RUSSIA
