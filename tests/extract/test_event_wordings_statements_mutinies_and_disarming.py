"""Sub-event types, doers, places and dates of wordings met in fresh news text: massacres told after
another act, statements by the police, mutinies, groups that disarm or break away, lethal force on crowds
(more cases in test_event_wordings_mobs_blasts_and_bases.py).

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "gunmen_who_stopped_a_convoy_and_killed_many_of_them_attacked_it",
        "Gunmen stopped a bus carrying wedding guests on a road outside Kandahar on Sunday and killed at "
        "least 12 of them, officials said.",
        "2011-06-20",
        "Attack",
    ),
    (
        "a_suspect_who_opened_fire_attacked_when_the_next_sentence_tells_the_dead",
        "Police statement, 4 June 2019: Shortly after 8 p.m. on Monday, a suspect walked up to diners "
        "outside a restaurant on Main Street in Dayton and opened fire with a rifle. Three of them were "
        "pronounced dead at the scene.",
        "2019-06-04",
        "Attack",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_town_then_the_province_it_is_in_is_the_town",
        "Farmers were travelling to market in Ampatuan town, in the southern province of Maguindanao, when "
        "gunmen opened fire on their truck on Friday, killing nine, police said.",
        "2012-04-14",
        "location",
        "Ampatuan",
    ),
    (
        "where_the_arrested_man_came_from_is_not_where_he_was_arrested",
        "A gunman shot two guards outside a bank in Hamburg on Tuesday. The suspect, a 41-year-old man from "
        "Bremen, was arrested an hour later.",
        "2018-10-10",
        "location",
        "Hamburg",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
