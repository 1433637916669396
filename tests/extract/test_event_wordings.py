"""Sub-event types of wordings met in fresh news text (more cases in test_event_types.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Coded, Pipeline


def _first_sub_event_type(pipeline: Pipeline, tmp_path: Path, text: str, published: str) -> str | None:
    story = tmp_path / "story.txt"
    story.write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    results = list(pipeline.run([story]))
    assert len(results) == 1 and isinstance(results[0], Coded), results
    return results[0].events[0].sub_event_type if results[0].events else None


# name, text, publication date, the sub-event type of the first event (None: no event)
CASES = [
    (
        "people_bundled_into_a_van_are_abducted_whatever_shots_came_first",
        "Two engineers were shot at by gunmen on a highway near Zitacuaro and then bundled into a van, "
        "their company said on Monday.",
        "2021-03-01",
        "Abduction/forced disappearance",
    ),
    (
        "protesters_whose_fire_kills_are_rioters_not_victims",
        "Demonstrators torched a district council building in Kisumu on Friday, killing two guards "
        "trapped inside, police said.",
        "2023-07-08",
        "Violent demonstration",
    ),
    (
        "protesters_fighting_troops_are_rioters_though_explosives_hurt_them",
        "Dozens of soldiers were hurt, some by homemade explosives, when protesters fought with troops "
        "guarding the customs post at Jarinje on Tuesday.",
        "2011-07-27",
        "Violent demonstration",
    ),
    (
        "protesters_breaking_in_are_rioters_though_police_use_water_cannon",
        "Anti-vaccine protesters broke into the offices of a broadcaster in Bucharest on Saturday, and "
        "police used water cannon to clear the street.",
        "2021-12-22",
        "Violent demonstration",
    ),
    (
        "a_plane_that_landed_is_no_air_strike",
        "A fighter jet escorted a passenger flight to the capital over a bomb hoax, and police detained an "
        "opposition blogger after the plane landed, officials said.",
        "2021-05-24",
        "Arrests",
    ),
    (
        "villagers_rounded_up_and_killed_are_attacked",
        "Soldiers rounded up villagers hiding near Hpruso on Friday, killed them and set their bodies "
        "alight, residents said.",
        "2021-12-26",
        "Attack",
    ),
    (
        "an_explosive_thrown_at_a_march_is_a_grenade",
        "An explosive device thrown at an opposition march in Kathmandu on Sunday wounded 12 people, police "
        "said.",
        "2019-04-14",
        "Grenade",
    ),
    (
        "missiles_brought_down_by_air_defences_are_disrupted",
        "Air defences brought down six cruise missiles over the capital before dawn on Thursday, the "
        "military said.",
        "2023-05-18",
        "Disrupted weapons use",
    ),
    (
        "men_roaming_the_streets_hunting_migrants_are_a_mob",
        "Groups of men armed with bats roamed the streets of the town late on Saturday looking for migrants "
        "to beat, and police made several arrests, the interior ministry said.",
        "2025-07-13",
        "Mob violence",
    ),
    (
        "activists_evicted_by_riot_police_is_an_intervention",
        "Riot police began evicting environmental activists from a forest camp near Stuttgart on Monday, "
        "carrying protesters out of tree houses.",
        "2020-02-10",
        "Protest with intervention",
    ),
    (
        "a_town_the_gazetteer_lacks_seized_is_ground_not_a_person",
        "Rebel fighters seized Tarwe, a district town in the hills, on Monday after days of assaults on army "
        "posts, the rebels said.",
        "2023-11-07",
        "Non-state actor overtakes territory",
    ),
]


@pytest.mark.parametrize(("name", "text", "published", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sub_event_type(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str | None
) -> None:
    assert _first_sub_event_type(pipeline, tmp_path, text, published) == expected, name
