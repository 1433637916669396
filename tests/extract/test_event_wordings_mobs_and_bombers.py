"""Sub-event types and doers of wordings met in fresh news text: crowds turning on marchers, on people's
homes and on a place of worship; bombers who died by their own bombs; a gas cylinder packed with nails;
presidential guards.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "counter_demonstrators_pelting_marchers_are_a_mob",
        "BELGRADE (Reuters) - Hundreds of counter-demonstrators pelted about 200 people taking "
        "part in a pride march in Belgrade with eggs and stones on Sunday, injuring several of "
        "them, police said.",
        "2010-10-11",
        "Mob violence",
    ),
    (
        "a_crowd_pelting_workers_and_police_rioted",
        "A crowd pelted road workers and police with stones in Haldwani on Thursday after a shrine "
        "was demolished, officials said.",
        "2024-02-09",
        "Violent demonstration",
    ),
    (
        "youths_firebombing_a_hostel_are_a_mob",
        "HOYERSWERDA, Germany (Reuters) - Youths threw petrol bombs at a hostel housing Mozambican "
        "workers in Hoyerswerda late on Friday, police said.",
        "1991-09-21",
        "Mob violence",
    ),
    (
        "a_crowd_storming_a_shrine_and_tearing_it_down_is_a_mob",
        "LAHORE (Reuters) - Thousands of men stormed a Hindu temple in the town of Karak on "
        "Wednesday and tore it down with hammers, police said.",
        "2020-12-31",
        "Mob violence",
    ),
    (
        "a_driver_who_died_by_his_car_bomb_was_a_suicide_bomber",
        "ANKARA (Reuters) - A car packed with explosives blew up outside a police station in "
        "central Ankara on Monday, killing six people, officials said. Police said the driver had "
        "rammed the car into the gate and died in the blast.",
        "2016-02-15",
        "Suicide bomb",
    ),
    (
        "a_patrol_driver_killed_by_a_roadside_bomb_was_no_bomber",
        "KANDAHAR (Reuters) - A roadside bomb exploded beside a police patrol in Kandahar on "
        "Monday, killing two officers. The driver of the patrol car died in the blast.",
        "2012-05-08",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_gas_cylinder_packed_with_nails_and_explosives_was_a_bomb",
        "LYON (Reuters) - A gas cylinder packed with nails and explosives blew up on a crowded "
        "tram in central Lyon on Friday evening, wounding 14 people, police said.",
        "1995-09-09",
        "Remote explosive/landmine/IED",
    ),
    (
        "soldiers_firing_live_ammunition_at_people_attacked_them",
        "Soldiers guarding the airport fired live ammunition at hundreds of unarmed people who had gathered "
        "outside its gates in Tegucigalpa on Sunday to greet the returning president, whose plane could not "
        "land, witnesses said.",
        "2009-07-06",
        "Attack",
    ),
    (
        "supporters_seizing_the_town_of_took_it",
        "PORT VILA (AFP) - Supporters of a secessionist movement seized the town of Lakatoro on Malekula "
        "island on Tuesday, officials said.",
        "1980-06-04",
        "Non-state actor overtakes territory",
    ),
    (
        "a_group_announcing_a_cessation_of_its_operations_changes_what_it_does",
        "SAN SEBASTIAN (Reuters) - The Basque separatist group ETA announced on Sunday a complete "
        "cessation of its armed operations from midnight, police said.",
        "1998-09-13",
        "Change to group/activity",
    ),
    (
        "militiamen_setting_fire_to_houses_destroyed_property",
        "DILI (Reuters) - Militiamen went on a rampage through Liquica on Tuesday, setting fire to "
        "houses and shops across the town, witnesses said.",
        "1999-04-07",
        "Looting/property destruction",
    ),
    (
        "men_who_fired_on_them_shot_people_not_shells",
        "DILI (Reuters) - Militiamen stormed the church compound in Suai, where hundreds of families were "
        "sheltering, and fired on them, witnesses said.",
        "1999-09-07",
        "Attack",
    ),
    (
        "hostages_killed_when_forces_attacked_their_captors_died_in_a_fight",
        "SANAA (Reuters) - Three foreign hostages were killed on Wednesday when security forces attacked the "
        "militants who had seized them near Mudiyah, officials said.",
        "1999-01-01",
        "Armed clash",
    ),
    (
        "villagers_killed_when_gunmen_attacked_a_village_were_attacked",
        "GUSAU, Nigeria (Reuters) - Nine villagers were killed when gunmen attacked a village near Gusau on "
        "Sunday, police said.",
        "2019-06-10",
        "Attack",
    ),
    (
        "men_captured_in_a_shootout_took_no_ground",
        "SANAA (Reuters) - Two of the kidnappers were killed and three were captured in a shootout near the "
        "town of Mudiyah on Tuesday, officials said.",
        "1998-12-30",
        "Armed clash",
    ),
    (
        "a_village_regained_back_which_was_occupied_was_regained",
        "On 3 April 2022, Ukrainian forces regained back Husarivka village, Kharkiv, which was occupied by "
        "the Russian forces. Casualties unknown.",
        "2022-04-03",
        "Government regains territory",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "presidential_guards_are_the_states_soldiers",
        "LOME (Reuters) - Presidential guards opened fire on a group of men outside the palace in Lome on "
        "Sunday, killing two of them, witnesses said.",
        "2010-03-08",
        "actor1",
        "Military Forces of Togo (2005-)",
    ),
    (
        "a_mob_pelting_people_in_a_march_turned_on_protesters",
        "BELGRADE (Reuters) - Hundreds of counter-demonstrators pelted people taking part in a "
        "pride march in Belgrade with stones on Sunday, police said.",
        "2010-10-11",
        "actor2",
        "Protesters (Serbia)",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
