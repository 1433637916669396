"""Regressions in choosing which event a sentence reports, each named after what went wrong.

The texts are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Pipeline

from .test_place_false_positives import extract

# name, text, publication date, the sub-event type of the first event (None: no event at all)
CASES = [
    (
        "withdrawal_in_an_after_clause_leaves_the_fighting_first",
        "Heavy fighting broke out between the army and armed groups around Ber on Sunday, a day "
        "after peacekeepers pulled out of their camp in the town, the mission said.",
        "2023-11-01",
        "Armed clash",
    ),
    (
        "a_capture_in_a_relative_clause_is_background",
        "Russian troops have left Snake Island, which they seized on the first day of the war, "
        "Moscow said on Thursday.",
        "2022-06-30",
        "Non-violent transfer of territory",
    ),
    (
        "the_cause_blamed_in_a_relative_clause_still_counts",
        "An explosion at a hospital in Gaza City on Tuesday killed dozens of people, according to "
        "the health ministry, which blamed an Israeli air strike.",
        "2023-11-01",
        "Air/drone strike",
    ),
    (
        "a_single_gunman_is_armed",
        "A gunman opened fire at a shrine in Shiraz on Wednesday, killing 13 people, state media said.",
        "2022-10-26",
        "Attack",
    ),
    (
        "shot_dead_is_an_attack_without_a_named_weapon",
        "A city councillor was shot dead in her car in Rio de Janeiro on Wednesday night, police said.",
        "2018-03-15",
        "Attack",
    ),
    (
        "soldiers_detaining_the_president_is_a_coup_not_an_arrest",
        "Mutinous soldiers detained the country's president at his home in the capital on Tuesday "
        "and took him to their barracks, officials said.",
        "2020-08-18",
        "Other",
    ),
    (
        "police_detaining_a_former_president_is_an_arrest",
        "Police detained former president Jair Bolsonaro at his home in Brasilia on Saturday, officers said.",
        "2025-11-22",
        "Arrests",
    ),
    (
        "people_missing_after_a_dam_collapse_are_not_abducted",
        "A dam at a mine collapsed near the town on Friday, burying homes under mud; hundreds of "
        "people were missing, the fire service said.",
        "2019-01-25",
        None,
    ),
    (
        "protest_dispersed_by_shots_in_the_air_is_an_intervention",
        "Residents protested in Kherson on Sunday against the occupation. The protest was "
        "dispersed by Russian forces, who fired shots in the air.",
        "2022-04-10",
        "Protest with intervention",
    ),
    (
        "forces_killing_at_a_protest_use_excessive_force",
        "Residents protested in Nova Kakhovka on Monday against the occupation of the town. "
        "Russian forces opened fire, killing one person and wounding seven.",
        "2022-03-07",
        "Excessive force against protesters",
    ),
    (
        "grenade_in_an_after_clause_is_the_weapon_of_the_blast",
        "An explosion tore through a rally in the capital on Saturday, killing one person, after "
        "an attacker threw a grenade towards the stage, officials said.",
        "2018-06-23",
        "Grenade",
    ),
    (
        "captured_cars_are_property_not_ground",
        "Russian soldiers looted shops and captured cars in Polohy on Tuesday, residents said.",
        "2022-03-08",
        "Looting/property destruction",
    ),
    (
        "a_column_on_the_move_is_a_change_of_activity",
        "A column of Russian military vehicles was moving towards Orikhiv on Thursday, local officials said.",
        "2022-03-03",
        "Change to group/activity",
    ),
    (
        "people_who_gathered_to_protest_did_protest",
        "About a thousand people gathered in the centre of Berdiansk on Monday to protest against "
        "the occupation.",
        "2022-02-28",
        "Peaceful protest",
    ),
    (
        "forces_that_continued_to_shell_a_town_shelled_it",
        "Russian forces continued to shell Marinka on Tuesday.",
        "2022-03-22",
        "Shelling/artillery/missile attack",
    ),
    (
        "an_air_force_school_is_not_an_air_strike",
        "A truck packed with explosives blew up near an air force school in Cali on Thursday, "
        "killing six civilians, the mayor said.",
        "2021-06-10",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_scene_setting_clause_does_not_lead_the_story",
        "Explosive-laden drones struck central Kyiv on Monday morning, killing at least four "
        "people.\n\nThe attack came a week after Russia fired dozens of missiles at Kyiv and other "
        "cities.",
        "2022-10-17",
        "Air/drone strike",
    ),
]


@pytest.mark.parametrize(("name", "text", "published", "expected"), CASES, ids=[c[0] for c in CASES])
def test_first_event(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str | None
) -> None:
    events = extract(pipeline, tmp_path, text, published)
    assert (events[0].sub_event_type if events else None) == expected, name


def test_a_single_gunman_counts_the_dead(pipeline: Pipeline, tmp_path: Path) -> None:
    text = dict((c[0], c[1]) for c in CASES)["a_single_gunman_is_armed"]
    assert extract(pipeline, tmp_path, text, "2022-10-26")[0].fatalities == 13


def test_the_intervening_force_is_the_second_actor(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "protest_dispersed_by_shots_in_the_air_is_an_intervention")
    assert extract(pipeline, tmp_path, case[1], case[2])[0].actor2 == "Military Forces of Russia (2000-)"


def test_excessive_force_keeps_the_toll(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "forces_killing_at_a_protest_use_excessive_force")
    assert extract(pipeline, tmp_path, case[1], case[2])[0].fatalities == 1


def test_shelling_continued_is_asserted(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "forces_that_continued_to_shell_a_town_shelled_it")
    assert extract(pipeline, tmp_path, case[1], case[2])[0].modality == "asserted"


def test_a_scene_setting_clause_codes_no_clash(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "a_scene_setting_clause_does_not_lead_the_story")
    assert all(e.sub_event_type != "Armed clash" for e in extract(pipeline, tmp_path, case[1], case[2]))
