"""Stories that are no news of political violence as a whole: disasters and accidents told in the words of
war, and opinion pieces. The texts are our own, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.extract.mishaps import no_news_of_violence
from frontwatch.runner import Pipeline
from stories import story_events


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "A chain of explosions ripped through a fireworks market north of the capital on Tuesday, "
            "killing 12.",
            "Television images showed rockets shooting into the sky.",
        ],
        [
            "Parts of the island looked as if they had been bombed after the cyclone tore through on "
            "Friday night.",
        ],
        ["A crush at a stadium gate killed 40 people on Saturday, officials said."],
        [
            "A series of explosions at an army depot flattened homes and killed 20 people on Sunday.",
            "The president blamed careless handling of dynamite stored at the camp.",
        ],
        ["ANALYSIS — The battle for the country's lithium is being fought in boardrooms, not in the desert."],
    ],
)
def test_disasters_accidents_and_opinion_pieces_are_no_news_of_violence(sentences: list[str]) -> None:
    assert no_news_of_violence(sentences)


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "An explosion tore through a fireworks market on Tuesday, killing 12.",
            "Police said the blast had been set off deliberately.",
        ],
        ["Gunmen attacked a village after floods cut it off from the town, killing nine people."],
        ["Protesters clashed with police on Monday over the slow relief after the earthquake."],
        ["Russian missiles hit Kharkiv overnight, officials said."],
        [
            "Russian forces fired 'Hurricane' multiple rocket launchers at the outskirts of Mykolaiv on "
            "Sunday."
        ],
        ["Two deminers were killed by a landmine near Makariv on Thursday; officials called it an accident."],
    ],
)
def test_a_story_naming_a_hostile_act_is_news_of_violence(sentences: list[str]) -> None:
    assert not no_news_of_violence(sentences)


def test_an_accidental_blast_at_a_barracks_codes_no_event(pipeline: Pipeline, tmp_path: Path) -> None:
    events = story_events(
        pipeline,
        tmp_path,
        "BATA — A series of explosions at an army barracks tore through the city on Sunday, killing at least "
        "20 people. The president blamed careless handling of dynamite stored at the camp.",
        "2021-03-08",
    )
    assert events == []
