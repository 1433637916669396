"""Sub-event types and doers of wordings met in fresh news text: a town seized by its bare name, a bus
ambushed and its passengers shot dead, a crowd the police met while it broke through barricades, men
arrested with an aside on where they came from, fighters loyal to a man who held a post no more, a
force's first contingents or advance elements arriving.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "rebels_seizing_a_town_by_its_name_took_it",
        "GOMA, Congo (Reuters) - Rebels seized Rutshuru on Tuesday after a few hours of fighting with "
        "government troops, who fled north, residents said.",
        "2012-07-11",
        "Non-state actor overtakes territory",
    ),
    (
        "gunmen_seizing_two_frenchmen_abducted_them",
        "NIAMEY (Reuters) - Gunmen seized two young Frenchmen from a bar in the centre of Niamey late on "
        "Friday and drove off to the west, the interior ministry said.",
        "2011-01-09",
        "Abduction/forced disappearance",
    ),
    (
        "a_bus_ambushed_and_its_passengers_shot_dead_was_attacked",
        "VIENTIANE (Reuters) - Gunmen ambushed a bus on the main road north of Vientiane on Sunday, "
        "shooting dead nine passengers, diplomats said.",
        "2003-02-24",
        "Attack",
    ),
    (
        "a_crowd_the_police_met_breaking_through_barricades_rioted",
        "SEOUL (Reuters) - Police fired tear gas and water cannon at farmers who pushed through barricades "
        "and charged police lines outside the parliament in Seoul on Thursday, police said.",
        "2005-11-18",
        "Violent demonstration",
    ),
    (
        "mercenaries_arrested_with_an_aside_on_where_they_came_from_were_arrested",
        "MALABO (Reuters) - Security forces arrested 12 suspected mercenaries in Malabo on Monday night, "
        "most of them foreigners, the information minister said on state radio.",
        "2004-03-10",
        "Arrests",
    ),
    (
        "police_arresting_dozens_of_marchers_broke_up_the_march",
        "MINSK (Reuters) - Thousands marched through Minsk on Sunday against the election result, and "
        "police detained dozens of them near the main square, a rights group said.",
        "2020-08-31",
        "Protest with intervention",
    ),
    (
        "the_first_contingents_of_a_force_landing_at_a_port_set_it_up",
        "ROME (Reuters) - The first contingents of the European force for Moldova, made up of Romanian, "
        "Polish and Italian units, landed this morning at the port of Giurgiulesti, the defence ministry "
        "said.",
        "2024-05-14",
        "Headquarters or base established",
    ),
    (
        "advance_elements_arriving_set_a_base_up",
        "Advance elements of a German air defence squadron, with about 80 soldiers to run it, arrived in "
        "Lithuania on Tuesday, the defence ministry in Berlin said.",
        "2023-06-14",
        "Headquarters or base established",
    ),
    (
        "a_mission_taking_over_peacekeeping_duties_set_itself_up",
        "United Nations, press release: The United Nations Mission in Liberia today took over security "
        "duties from the regional force in Monrovia.",
        "2003-10-02",
        "Headquarters or base established",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "fighters_loyal_to_a_former_army_chief_are_not_the_army",
        "BANGUI (Reuters) - Fighters loyal to former army chief Jean Kolingba seized Bossangoa on Friday "
        "after brief clashes with government troops, witnesses said.",
        "2002-11-02",
        "actor1",
        "Unidentified Armed Group (Central African Republic)",
    ),
    (
        "fighters_no_group_is_named_for_fought_the_soldiers",
        "BANGUI (Reuters) - Fighters clashed with soldiers on the road north of Bossangoa on Friday, "
        "residents said.",
        "2002-11-02",
        "actor1",
        "Unidentified Armed Group (Central African Republic)",
    ),
    (
        "a_man_wielding_a_knife_after_a_dateline_acted_alone",
        "OSLO (Reuters) - A man wielding a knife slashed the face of a city councillor at a market in "
        "central Oslo on Saturday, police said.",
        "2019-06-02",
        "actor1",
        "Sole Perpetrator (Norway)",
    ),
    (
        "a_man_the_police_arrested_after_a_shooting_acted_alone",
        "A local mayor was shot dead outside his office in Leeuwarden on Monday evening, and police "
        "arrested a 40-year-old man near the scene.",
        "2002-05-07",
        "actor1",
        "Sole Perpetrator (Netherlands)",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
