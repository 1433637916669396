"""Regressions in dating, sourcing and counting an event: the date of the statement taken for the date of
the event, sources that close a sentence missed, officials who speak for no side, tolls of one victim or
of several counts, and tolls put on events that carry none. The texts are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from frontwatch.extract.sources import source_actor
from frontwatch.runner import Pipeline

from .test_place_false_positives import extract


def test_the_statement_s_day_is_not_the_event_s_day(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "The Rapid Support Forces said on Wednesday they had taken Sinja, the capital of Sennar state, "
        "on Tuesday after days of fighting."
    )
    events = extract(pipeline, tmp_path, text, "2024-07-03")  # a Wednesday
    assert events and events[0].event_date == "2024-07-02"


def test_a_date_that_belongs_to_a_noun_does_not_date_the_event(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "YANGON — Security forces shot dead at least 12 people protesting against last month's election "
        "in Mandalay on Friday, witnesses said."
    )
    events = extract(pipeline, tmp_path, text, "2021-03-06")  # a Saturday
    assert events and events[0].event_date == "2021-03-05"


def test_the_previous_day_is_the_day_before_publication(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Rescuers searched the ruins of a school in Kharkiv hit by a Russian missile the previous day."
    events = extract(pipeline, tmp_path, text, "2022-05-14")
    assert events and events[0].event_date == "2022-05-13"


def test_a_source_that_closes_the_sentence_is_the_claimant(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "PESHAWAR — A suicide bomber blew himself up outside a police station in Peshawar on Monday, "
        "killing seven people, most of them policemen, officials said."
    )
    events = extract(pipeline, tmp_path, text, "2023-02-20")
    assert events and events[0].claimant == "officials"
    assert events[0].claimant_side == "Pakistan"


def test_officials_speak_for_their_state_and_witnesses_for_no_side() -> None:
    mayor = source_actor("the mayor", "CO")
    assert mayor is not None and mayor.side == "Colombia"
    spokesman = source_actor("an army spokesman", "SD")
    assert spokesman is not None and spokesman.kind == "military"
    assert source_actor("witnesses", "CO") is None
    assert source_actor("a UN official", "CD") is None


def test_counts_joined_by_and_add_up(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "Gunmen ambushed a minibus near Zamfara on Sunday, killing four women and three children, "
        "police said."
    )
    events = extract(pipeline, tmp_path, text, "2023-06-12")
    assert events and events[0].fatalities == 7


def test_a_deadly_background_does_not_give_a_toll_to_a_new_leader(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "The armed group named a new commander on Tuesday, a week after its former chief was killed "
        "in an air strike in Idlib."
    )
    events = extract(pipeline, tmp_path, text, "2024-10-08")
    changes = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert all(e.fatalities is None for e in changes)


def test_a_side_that_admits_a_withdrawal_does_not_claim_it(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Ukraine's military said on Friday its troops had withdrawn from Avdiivka to avoid encirclement."
    events = extract(pipeline, tmp_path, text, "2024-02-17")
    assert events and events[0].modality != "claimed"


def test_a_weekday_of_last_week_is_a_week_earlier(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "OUAGADOUGOU — Gunmen killed about 30 villagers in Seytenga on Tuesday last week, "
        "the regional governor said on Monday."
    )
    events = extract(pipeline, tmp_path, text, "2022-06-20")  # a Monday
    assert events and events[0].event_date == "2022-06-07"
