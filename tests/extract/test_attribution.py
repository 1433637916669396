"""Who did it and who says so: actors and claimants read from the clause structure of news sentences.

Regression tests named after the bugs they pin down; the stories are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.perpetrators import find_culprit
from frontwatch.extract.sources import named_countries, source_actor
from frontwatch.model import Event
from frontwatch.runner import Coded, Pipeline


def _first_event(pipeline: Pipeline, tmp_path: Path, text: str, published: str = "2024-05-14") -> Event:
    story = tmp_path / "story.txt"
    story.write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    results = [r for r in pipeline.run([story]) if isinstance(r, Coded)]
    assert results and results[0].events, text
    return results[0].events[0]


# --------------------------------------------------------------------------------------------------
# sources: whom a claimant speaks for


@pytest.mark.parametrize(
    ("claimant", "country", "side"),
    [
        # the office belonged to the story's country, not to the nation the source names
        ("Iranian state media", "SY", "Iran"),
        ("the Houthi-run health ministry", "YE", "Yemen: Houthis"),
        # the party that backs a force is not the force
        ("U.S.-backed Syrian Democratic Forces", "SY", "SDF"),
        # sources that join parties, or a party and a witness, speak for none of them
        ("police and medics", "IL", None),
        ("the Nigerien and U.S. defence ministries", "NE", None),
        # separatist officials do not speak for the state they fight
        ("separatist officials", "AZ", None),
        ("the government", "YE", "Yemen: government"),
    ],
)
def test_side_of_a_source(claimant: str, country: str, side: str | None) -> None:
    actor = source_actor(claimant, country)
    assert (actor.side if actor is not None else None) == side


def test_countries_a_source_names() -> None:
    assert named_countries("Iranian and Iraqi officials") == ["IR", "IQ"]
    assert named_countries("the health ministry") == []


# --------------------------------------------------------------------------------------------------
# the catalogue: forms that name a whole class of actors


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # "Islamist militants" name the one group that carries out such attacks where there is one
        ("Islamist insurgents", "MZ", "Islamic State (Mozambique)"),
        ("Islamist militants", "IQ", "Islamic State"),
        ("jihadists", "BF", "Unidentified Armed Group (Burkina Faso)"),
        # a head of state's title before a name speaks for the state's government
        ("President Gustavo Petro", "CO", "Government of Colombia"),
        # ... not once out of office, and not for another state than the person's own
        ("former Prime Minister Imran Khan", "PK", None),
        ("President Zelensky", "RU", "Government of Ukraine (2019-)"),
        ("military police", "IL", "Military Forces of Israel (2022-)"),
        ("Palestinian Authority security forces", "PS", "Police Forces of Palestine"),
        ("Hamas's armed wing", "PS", "Hamas Movement"),
        # Palestine has no army: soldiers in the West Bank and Gaza are Israel's
        ("the army", "PS", "Military Forces of Israel (2022-)"),
        ("military police", "PS", "Military Forces of Israel (2022-)"),
        ("police", "PS", "Police Forces of Palestine"),
        # the separatist state of Nagorno-Karabakh, not Azerbaijan's own forces
        ("ethnic Armenian forces in Nagorno-Karabakh", "AZ", "Military Forces of Nagorno-Karabakh"),
        ("the separatist government of Nagorno-Karabakh", "AZ", "Government of Nagorno-Karabakh"),
    ],
)
def test_class_of_actor(text: str, country: str, expected: str | None) -> None:
    actor = resolve_actor(text, country_code=country)
    assert (actor.name if actor is not None else None) == expected


# --------------------------------------------------------------------------------------------------
# clause structure, through the whole pipeline


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # "his forces" are the forces of the commander named before them, not the residents who report it
        (
            "BENGHAZI — Khalifa Haftar sent his Libyan National Army west on Friday, and his forces "
            "captured the town of Gharyan, residents said.",
            "LNA: Libyan National Army",
        ),
        # blame laid on two parties goes to the first
        (
            "GOMA — Rockets struck a camp for displaced families near Goma on Saturday, killing six people, "
            "the army said, blaming M23 rebels and the Rwandan army.",
            "M23: March 23 Movement",
        ),
        # the uniform of a named group names the attackers
        (
            "KHARTOUM — Gunmen in RSF uniforms looted shops and banks in Omdurman on Sunday, residents said.",
            "Rapid Support Forces",
        ),
        # intercepted missiles: the interceptor is the first actor, not the launcher
        (
            "Iran launched dozens of drones and missiles at Israel overnight; nearly all were intercepted, "
            "the Israeli military said on Sunday.",
            "Military Forces of Israel (2022-)",
        ),
        # a clause that describes the subject names no doer: "a plane carrying Yemen's cabinet landed"
        (
            "ADEN — Explosions rocked the airport in Aden on Wednesday moments after a plane carrying "
            "Yemen's new cabinet landed, killing at least 20 people. The government blamed Houthi missiles.",
            "Ansar Allah",
        ),
        # the party that blames is not the doer: "...; the army blamed the RSF"
        (
            "A provincial governor was shot dead in El Geneina on Wednesday; the army blamed the Rapid "
            "Support Forces.",
            "Rapid Support Forces",
        ),
        # killed "by" soldiers "in a firefight": the soldiers fought, not the commander they killed
        (
            "A senior Hamas commander was killed by Israeli soldiers in a firefight in Khan Younis on "
            "Monday, the Israeli military said.",
            "Military Forces of Israel (2022-)",
        ),
    ],
)
def test_first_actor_from_clause_structure(
    pipeline: Pipeline, tmp_path: Path, text: str, actor1: str
) -> None:
    assert _first_event(pipeline, tmp_path, text).actor1 == actor1


def test_source_with_two_subjects(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "Two men ... threw a grenade ..., police said": the parser gave "said" both subjects."""
    event = _first_event(
        pipeline,
        tmp_path,
        "AMRITSAR — Two men on a scooter threw a grenade into a crowded temple courtyard in Amritsar on "
        "Monday, killing two people and wounding 15, police said.",
    )
    assert (event.claimant, event.claimant_side) == ("police", "India")


def test_relative_pronoun_source(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "... by Karen rebels, who said they held the town": "who" is the rebels, and they took it."""
    event = _first_event(
        pipeline,
        tmp_path,
        "MYAWADDY, Myanmar — Hundreds of soldiers pulled out of Myawaddy on Thursday after an assault by "
        "Karen rebels, who said they now held the town.",
    )
    assert event.actor1 == "KNU/KNLA: Karen National Union/Karen National Liberation Army"
    assert event.claimant_side == "Myanmar: resistance"


def test_the_groups_spokesman(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "the group's military spokesman" speaks for the group the sentence named."""
    event = _first_event(
        pipeline,
        tmp_path,
        "Yemen's Houthis seized a cargo ship in the Red Sea on Sunday and took its crew to Hodeidah, "
        "the group's military spokesman said.",
    )
    assert event.claimant_side == "Yemen: Houthis"


def test_unclaimed_air_strike_where_only_the_state_flies(pipeline: Pipeline, tmp_path: Path) -> None:
    event = _first_event(
        pipeline,
        tmp_path,
        "BAHIR DAR, Ethiopia — A drone strike hit a bus station in Bahir Dar on Tuesday, killing 12 people, "
        "a doctor at the city's hospital said.",
    )
    assert event.actor1 == "Military Forces of Ethiopia (2018-)"


def test_unidentified_group_of_the_country_where_it_acts(pipeline: Pipeline, tmp_path: Path) -> None:
    """A story placed only by its dateline has no focus country: the group is named for the event's place."""
    event = _first_event(
        pipeline,
        tmp_path,
        "LIMASSOL, Cyprus (AP) — A gunman on a motorbike shot dead a businessman outside his office on "
        "Friday, police said.",
    )
    assert event.actor1 == "Unidentified Armed Group (Cyprus)"


def test_state_forces_of_a_story_placed_by_its_dateline(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "Police opened fire" in a story that names its country only in the dateline: Kenya's police."""
    event = _first_event(
        pipeline,
        tmp_path,
        "NAIROBI, Kenya (AP) — Police opened fire on protesters outside parliament on Tuesday, killing two "
        "people, a hospital official said.",
    )
    assert (event.actor1, event.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya (2022-)")


def test_appositive_after_the_claiming_group(pipeline: Pipeline) -> None:
    """ "Al Shabaab, an al Qaeda-linked group, claimed ...": the group is al Shabaab, not al Qaeda."""
    doc = pipeline.nlp(
        "Al Shabaab, an al Qaeda-linked group fighting to overthrow the government, claimed responsibility "
        "for the attack."
    )
    culprit = find_culprit(list(doc.sents), "SO")
    assert culprit is not None and culprit.claimed and culprit.actor.name == "Al Shabaab"


def test_first_of_the_parties_blamed(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The army blamed M23 rebels and the Rwandan army for the shelling.")
    culprit = find_culprit(list(doc.sents), "CD")
    assert culprit is not None and culprit.actor.name == "M23: March 23 Movement"


def test_branch_of_the_islamic_state_where_it_struck(pipeline: Pipeline, tmp_path: Path) -> None:
    """A story placed only by its dateline: "the Islamic State group" is its branch in that country."""
    event = _first_event(
        pipeline,
        tmp_path,
        "PESHAWAR, Pakistan — A suicide bomber blew himself up at a political rally in Bajaur on Sunday, "
        "killing 40 people, police said. The Islamic State group later claimed the attack.",
    )
    assert event.actor1 == "Islamic State (Khorasan)"
