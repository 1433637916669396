"""Regressions where the first actor of an attack was the force that reported it, or a party the text
does not hold responsible, instead of the group that claimed it, the party blamed, or an unidentified
armed group. Also: state names in agreements and coups. The texts are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.extract.branches import branch_for
from frontwatch.runner import Pipeline
from stories import doer

from .test_place_false_positives import extract


def _main_actor(pipeline: Pipeline, tmp_path: Path, text: str, published: str) -> str | None:
    events = extract(pipeline, tmp_path, text, published)
    assert events, text
    return doer(events[0])


def test_police_reporting_a_grenade_attack_are_not_its_doers(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "LUDHIANA — Two men on a scooter threw a grenade at a shop in Ludhiana on Friday night, police said."
    )
    assert _main_actor(pipeline, tmp_path, text, "2024-02-10") == "Unidentified Armed Group (India)"


def test_a_bomb_reported_by_the_military_is_not_the_military_s(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "COTABATO, Philippines — A bomb exploded outside a bus terminal in Cotabato on Monday, "
        "wounding six people, the military said."
    )
    actor = _main_actor(pipeline, tmp_path, text, "2022-05-10")
    assert actor is None or not actor.startswith("Military Forces")


def test_the_group_that_claims_a_bombing_is_its_first_actor(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "QUETTA — A suicide bomber blew himself up near a bus carrying workers on the outskirts of Quetta "
        "on Friday, killing nine, police said. The Balochistan Liberation Army claimed the attack."
    )
    assert _main_actor(pipeline, tmp_path, text, "2024-03-16") == "BLA: Balochistan Liberation Army"


def test_the_party_blamed_does_an_attack_told_without_its_doer(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "A shell hit a market in Omdurman on Sunday, killing 14 people, local medics said, "
        "blaming the Rapid Support Forces."
    )
    assert _main_actor(pipeline, tmp_path, text, "2024-06-03") == "Rapid Support Forces"


def test_the_side_that_blames_is_not_the_doer(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "BEIRUT — Radios carried by Hezbollah fighters blew up in several towns of southern Lebanon "
        "on Wednesday, killing three people. Hezbollah blamed Israel."
    )
    assert _main_actor(pipeline, tmp_path, text, "2024-09-19") == "Military Forces of Israel (2022-)"


def test_a_coup_is_the_mutiny_of_the_army(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "NIAMEY — Soldiers of Niger's army seized power on Wednesday and detained the president in Niamey."
    expected = "Mutiny of Military Forces of Niger (2021-2023)"
    assert _main_actor(pipeline, tmp_path, text, "2023-07-27") == expected


def test_an_ousted_president_named_in_passing_is_no_coup(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "LIMA — Police fired tear gas at protesters demanding the release of ousted President Pedro Castillo "
        "in Lima on Thursday."
    )
    events = extract(pipeline, tmp_path, text, "2023-01-20")
    assert events and events[0].sub_event_type != "Other"


def test_a_state_agreeing_to_a_ceasefire_is_its_government(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "DOHA — Israel and Hamas agreed on Thursday to a ceasefire in Gaza, mediators in Doha said."
    assert _main_actor(pipeline, tmp_path, text, "2025-01-16") == "Government of Israel (2022-)"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Military Forces of Turkey (2002-) Air Force", "Military Forces of Turkey (2002-)"),
        ("Military Forces of Russia (2000-)", "Military Forces of Russia (2000-) Air Force"),
    ],
)
def test_only_russia_and_ukraine_keep_a_separate_air_force(name: str, expected: str) -> None:
    assert branch_for(name, "Air/drone strike") == expected


def test_government_periods_cover_states_beyond_the_catalogue(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "TEHRAN — Iran's Revolutionary Guards fired missiles at targets in Erbil on Tuesday, "
        "Iranian media said."
    )
    actor = _main_actor(pipeline, tmp_path, text, "2024-01-16")
    assert actor is not None and actor.startswith("Military Forces of Iran (2021-2024)")


def test_the_party_that_denies_an_attack_is_its_accused_doer(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "A missile struck a crowded market in Kostiantynivka on Wednesday, killing 16 people, officials "
        "said. Russia's defence ministry denied carrying out the strike."
    )
    assert _main_actor(pipeline, tmp_path, text, "2023-09-06") == "Military Forces of Russia (2000-)"


def test_soldiers_the_text_does_not_attribute_are_the_home_army(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "ABUJA — Soldiers opened fire on protesters in Abuja on Thursday, killing two, witnesses said."
    assert _main_actor(pipeline, tmp_path, text, "2024-08-02") == "Military Forces of Nigeria (2023-)"


def test_a_detention_by_rebels_is_an_abduction(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "SANAA — The Houthis detained nine aid workers in Sanaa on Monday, the United Nations said."
    events = extract(pipeline, tmp_path, text, "2024-06-04")
    assert events and events[0].sub_event_type == "Abduction/forced disappearance"


def test_an_attack_on_an_army_camp_is_a_battle(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Militants attacked an army camp near Diffa on Sunday, killing 12 soldiers, the army said."
    events = extract(pipeline, tmp_path, text, "2021-03-22")
    assert events and events[0].sub_event_type == "Armed clash"


def test_an_ambush_laid_for_a_family_is_an_attack(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Gunmen ambushed a family of farmers near Zacatecas on Friday, killing five, officials said."
    events = extract(pipeline, tmp_path, text, "2022-04-09")
    assert events and events[0].sub_event_type == "Attack"


def test_a_missile_on_ukraine_with_no_named_doer_is_russia_s(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Two missiles struck a hotel in Kharkiv on Friday night, wounding 12 people, the governor said."
    assert _main_actor(pipeline, tmp_path, text, "2024-01-06") == "Military Forces of Russia (2000-)"
