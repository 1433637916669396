"""Associated actors: the crowd's or victims' identity, the NAF unit, a force fighting alongside."""

from __future__ import annotations

import pytest

from frontwatch.extract.associates import Told, associated_actors


def _told(evidence: str, sub_event_type: str = "Peaceful protest", admin1: str | None = None) -> Told:
    return Told(sub_event_type, evidence, admin1, None, lambda name: name)


@pytest.mark.parametrize(
    ("actor1", "evidence", "expected"),
    [
        ("Protesters (India)", "Thousands of farmers marched on Delhi on Friday.", "Farmers (India)"),
        ("Protesters (Kenya)", "Teachers rallied outside parliament in Nairobi.", "Teachers (Kenya)"),
        (
            "Protesters (France)",
            "Dock workers and unionists blocked the port of Le Havre.",
            "Labour Group (France)",
        ),
        (
            "Protesters (Afghanistan)",
            "A group of women protested in Kabul on Saturday.",
            "Women (Afghanistan)",
        ),
        # two identities named: no guess
        ("Protesters (Nigeria)", "Students and teachers marched in Abuja.", None),
        # aid workers are not a labour group
        ("Protesters (Sudan)", "Aid workers protested in Port Sudan.", "Aid Workers (Sudan)"),
        ("Protesters (Peru)", "Protesters blocked a road near Juliaca.", None),
    ],
)
def test_identity_of_the_crowd(actor1: str, evidence: str, expected: str | None) -> None:
    assert associated_actors(actor1, None, _told(evidence))[0] == expected


def test_identity_of_the_victims() -> None:
    told = _told("Gunmen attacked a church in Owo, killing 40 Christians.", "Attack")
    assert associated_actors("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", told) == (
        None,
        "Christian Group (Nigeria)",
    )


def test_displaced_civilians_are_refugees() -> None:
    told = _told("Some 300 civilians were evacuated from Lysychansk.", "Other")
    assert associated_actors("Civilians (Ukraine)", None, told)[0] == "Refugees/IDPs (Ukraine)"


@pytest.mark.parametrize(
    ("evidence", "admin1", "expected"),
    [
        ("Ukrainian forces shelled DPR positions near Horlivka.", "Donetsk", "Donbass People's Militia"),
        ("Ukrainian forces shelled LPR positions near Kreminna.", "Luhansk", "Luhansk People's Militia"),
        ("Ukrainian forces shelled rebel positions near Horlivka.", "Donetsk", "Donbass People's Militia"),
        ("Ukrainian forces shelled rebel positions near Kherson.", "Kherson", None),
    ],
)
def test_unit_of_the_novorossiya_forces(evidence: str, admin1: str, expected: str | None) -> None:
    told = _told(evidence, "Shelling/artillery/missile attack", admin1)
    actor1 = "Military Forces of Ukraine (2019-)"
    assert associated_actors(actor1, "NAF: United Armed Forces of Novorossiya", told)[1] == expected


def test_a_named_force_fighting_alongside() -> None:
    told = _told(
        "Russian forces, backed by the Wagner Group, stormed Ukrainian positions in Soledar.", "Armed clash"
    )
    assoc1, _ = associated_actors(
        "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", told
    )
    assert assoc1 == "Wagner Group"


def test_the_army_beside_an_air_force_that_shelled_too() -> None:
    told = _told("Russian forces shelled and launched air strikes on Avdiivka.", "Air/drone strike")
    assert associated_actors("Military Forces of Russia (2000-) Air Force", None, told)[0] == (
        "Military Forces of Russia (2000-)"
    )


def test_no_associate_where_the_text_names_none() -> None:
    told = _told("Russian forces shelled Kharkiv overnight.", "Shelling/artillery/missile attack")
    assert associated_actors("Military Forces of Russia (2000-)", "Civilians (Ukraine)", told) == (None, None)


def test_no_air_force_for_a_car_bomb_or_outside_russia_and_ukraine() -> None:
    """A "car bomb" is no air strike, and ACLED names a separate air force only in the war in Ukraine."""
    siege = _told("Somali forces ended a hotel siege that began with a suicide car bomb.", "Armed clash")
    assert associated_actors("Military Forces of Somalia (2022-)", "Al Shabaab", siege)[0] is None
    raid = _told("Ethiopian troops fought Fano militia backed by warplanes near Gondar.", "Armed clash")
    assert associated_actors("Military Forces of Ethiopia (2018-)", "Fano Militia", raid)[0] is None
    fight = _told("Russian troops backed by warplanes attacked Ukrainian positions.", "Armed clash")
    assert associated_actors("Military Forces of Russia (2000-)", None, fight)[0] == (
        "Military Forces of Russia (2000-) Air Force"
    )
