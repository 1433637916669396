"""Fields of wordings met in news of many wars: peacekeepers named by the countries they come from,
separatists named at the start of a sentence, and countries listed after a word that places them
elsewhere ("in solidarity with the uprisings in Egypt and Tunisia").

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "peacekeepers_from_two_countries_killed_in_an_ambush",
        "BANGUI — Suspected anti-balaka fighters ambushed a UN patrol near Bambari on Tuesday, killing three "
        "peacekeepers from Burundi and Gabon, the MINUSCA mission said.",
        "2018-04-11",
        "Armed clash",
    ),
]

# name, text, publication date, field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "peacekeepers_from_two_countries_are_the_mission",
        "BANGUI — Suspected anti-balaka fighters ambushed a UN patrol near Bambari on Tuesday, killing three "
        "peacekeepers from Burundi and Gabon, the MINUSCA mission said.",
        "2018-04-11",
        "actor2",
        "MINUSCA: United Nations Stabilization Mission in the Central African Republic",
    ),
    (
        "peacekeepers_from_two_countries_leave_the_doer_a_local_group",
        "BANGUI — Suspected anti-balaka fighters ambushed a UN patrol near Bambari on Tuesday, killing three "
        "peacekeepers from Burundi and Gabon, the MINUSCA mission said.",
        "2018-04-11",
        "actor1",
        "Anti-Balaka",
    ),
    (
        "separatists_that_begin_a_sentence_are_the_countrys_own",
        "BUEA — Separatist fighters stormed a secondary school in Kumba, in Cameroon's Southwest region, on "
        "Saturday and abducted eleven pupils, a local official said.",
        "2020-10-25",
        "actor1",
        "Ambazonian Separatists",
    ),
    (
        "countries_listed_in_solidarity_are_not_where_police_acted",
        "TEHRAN — Riot police fired tear gas at thousands of people who marched in Tehran on Monday in "
        "solidarity with the revolts in Egypt and Tunisia, and one man was shot dead, witnesses said.",
        "2011-02-15",
        "actor2",
        "Police Forces of Iran (2005-2013)",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)
test_first_event_field = first_event_field_test(FIELDS)
