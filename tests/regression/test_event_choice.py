"""Regressions in choosing which event a sentence reports, each named after what went wrong.

The texts are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from frontwatch.runner import Pipeline

from .test_place_false_positives import extract


def test_withdrawal_in_an_after_clause_leaves_the_fighting_first(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Heavy fighting broke out between the army and armed groups around Ber on Sunday, a day after "
        "peacekeepers pulled out of their camp in the town, the mission said.",
    )
    assert events and events[0].sub_event_type == "Armed clash"


def test_a_capture_in_a_relative_clause_is_background(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Russian troops have left Snake Island, which they seized on the first day of the war, Moscow said "
        "on Thursday.",
        "2022-06-30",
    )
    assert events and events[0].sub_event_type == "Non-violent transfer of territory"


def test_the_cause_blamed_in_a_relative_clause_still_counts(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "An explosion at a hospital in Gaza City on Tuesday killed dozens of people, according to the health "
        "ministry, which blamed an Israeli air strike.",
    )
    assert events and events[0].sub_event_type == "Air/drone strike"


def test_a_single_gunman_is_armed(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "A gunman opened fire at a shrine in Shiraz on Wednesday, killing 13 people, state media said.",
        "2022-10-26",
    )
    assert events and events[0].sub_event_type == "Attack"
    assert events[0].fatalities == 13


def test_shot_dead_is_an_attack_without_a_named_weapon(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "A city councillor was shot dead in her car in Rio de Janeiro on Wednesday night, police said.",
        "2018-03-15",
    )
    assert events and events[0].sub_event_type == "Attack"


def test_soldiers_detaining_the_president_is_a_coup_not_an_arrest(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Mutinous soldiers detained the country's president at his home in the capital on Tuesday and took "
        "him to their barracks, officials said.",
        "2020-08-18",
    )
    assert events and events[0].sub_event_type == "Other"


def test_police_detaining_a_former_president_is_an_arrest(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Police detained former president Jair Bolsonaro at his home in Brasilia on Saturday, officers said.",
        "2025-11-22",
    )
    assert events and events[0].sub_event_type == "Arrests"


def test_people_missing_after_a_dam_collapse_are_not_abducted(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "A dam at a mine collapsed near the town on Friday, burying homes under mud; hundreds of people were "
        "missing, the fire service said.",
        "2019-01-25",
    )
    assert not events


def test_protest_dispersed_by_shots_in_the_air_is_an_intervention(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Residents protested in Kherson on Sunday against the occupation. The protest was dispersed by "
        "Russian forces, who fired shots in the air.",
        "2022-04-10",
    )
    assert events and events[0].sub_event_type == "Protest with intervention"
    assert events[0].actor2 == "Military Forces of Russia (2000-)"


def test_forces_killing_at_a_protest_use_excessive_force(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Residents protested in Nova Kakhovka on Monday against the occupation of the town. Russian forces "
        "opened fire, killing one person and wounding seven.",
        "2022-03-07",
    )
    assert events and events[0].sub_event_type == "Excessive force against protesters"
    assert events[0].fatalities == 1


def test_grenade_in_an_after_clause_is_the_weapon_of_the_blast(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "An explosion tore through a rally in the capital on Saturday, killing one person, after an attacker "
        "threw a grenade towards the stage, officials said.",
        "2018-06-23",
    )
    assert events and events[0].sub_event_type == "Grenade"


def test_captured_cars_are_property_not_ground(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Russian soldiers looted shops and captured cars in Polohy on Tuesday, residents said.",
        "2022-03-08",
    )
    assert events and events[0].sub_event_type == "Looting/property destruction"


def test_a_column_on_the_move_is_a_change_of_activity(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "A column of Russian military vehicles was moving towards Orikhiv on Thursday, local officials said.",
        "2022-03-03",
    )
    assert events and events[0].sub_event_type == "Change to group/activity"


def test_people_who_gathered_to_protest_did_protest(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "About a thousand people gathered in the centre of Berdiansk on Monday to protest against the "
        "occupation.",
        "2022-02-28",
    )
    assert events and events[0].sub_event_type == "Peaceful protest"


def test_forces_that_continued_to_shell_a_town_shelled_it(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline, tmp_path, "Russian forces continued to shell Marinka on Tuesday.", "2022-03-22"
    )
    assert events and events[0].sub_event_type == "Shelling/artillery/missile attack"
    assert events[0].modality == "asserted"


def test_an_air_force_school_is_not_an_air_strike(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "A truck packed with explosives blew up near an air force school in Cali on Thursday, killing six "
        "civilians, the mayor said.",
        "2021-06-10",
    )
    assert events and events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_scene_setting_clause_does_not_lead_the_story(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Explosive-laden drones struck central Kyiv on Monday morning, killing at least four people.\n\n"
        "The attack came a week after Russia fired dozens of missiles at Kyiv and other cities.",
        "2022-10-17",
    )
    assert events and events[0].sub_event_type == "Air/drone strike"
    assert all(e.sub_event_type != "Armed clash" for e in events)
