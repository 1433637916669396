"""Sub-event types, doers and dates of wordings met in fresh news text: partisans and bands of men
fighting each other, feasts that date an act, lethal force on occupiers, aircraft named as the weapon,
cars driven through crowds, ground handed over, launches into space.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "supporters_of_two_parties_fighting_each_other_are_a_mob",
        "Supporters of the ruling Frelimo party and of the opposition Renamo fought with stones and clubs "
        "in the market of Montepuez on Sunday, leaving 14 people hurt, police said.",
        "2009-10-26",
        "Mob violence",
    ),
    (
        "supporters_who_attacked_the_opposition_headquarters_are_a_mob",
        "Supporters of the governing party attacked the headquarters of the opposition party in Lusaka on "
        "Tuesday, breaking windows and burning two cars, witnesses said.",
        "2016-08-10",
        "Mob violence",
    ),
    (
        "a_group_of_men_who_kicked_a_mayor_are_a_mob_whatever_they_threw",
        "A group of men kicked and punched the mayor of Pecs at a wreath-laying ceremony on Sunday and threw "
        "bottles at him, police said.",
        "2015-10-26",
        "Mob violence",
    ),
    (
        "officers_beaten_by_a_group_of_young_people_met_a_mob",
        "Two off-duty soldiers were beaten by a group of about 20 young people outside a nightclub in the "
        "town of Gjilan early on Sunday, police said.",
        "2013-06-02",
        "Mob violence",
    ),
    (
        "fighting_between_migrants_from_two_islands_is_a_mob",
        "Two people were killed on Friday when fighting broke out between settlers from the islands of "
        "Malaita and Guadalcanal on the edge of Honiara, police said.",
        "2005-03-12",
        "Mob violence",
    ),
    (
        "armed_men_who_beat_villagers_are_no_mob",
        "A group of armed men beat three villagers and shot a fourth in Kaduna State on Monday, police said.",
        "2018-04-10",
        "Attack",
    ),
    (
        "workers_and_residents_who_fought_police_rioted",
        "Workers and residents angry at the closure of the cotton mill fought police in the streets of "
        "Kafr el-Dawwar on Sunday, and officers fired tear gas, witnesses said.",
        "2008-04-07",
        "Violent demonstration",
    ),
    (
        "people_detained_as_they_tried_to_unfurl_banners_protested",
        "Police detained six students who tried to unfurl pro-democracy banners outside the national "
        "assembly in Hanoi on Monday, witnesses said.",
        "2001-05-08",
        "Protest with intervention",
    ),
    (
        "crowds_that_looted_shops_with_no_protest_told_looted",
        "Crowds of young men looted and burned shops owned by traders from the north in Bouake on Saturday, "
        "residents said.",
        "2003-02-09",
        "Looting/property destruction",
    ),
    (
        "rioters_who_looted_shops_and_pelted_police_rioted",
        "Rioters looted shops and pelted police with bottles in Clichy-sous-Bois on Friday night, officials "
        "said.",
        "2005-10-29",
        "Violent demonstration",
    ),
    (
        "people_shot_dead_during_protests_met_excessive_force",
        "Three people were shot dead during protests over fuel prices in the town of Kasese on Friday, a "
        "local official said.",
        "2011-04-23",
        "Excessive force against protesters",
    ),
    (
        "people_shot_dead_as_police_evicted_occupiers_met_excessive_force",
        "Two men were shot dead on Monday when police evicted families who had occupied a plot of state "
        "land outside Asuncion, officials said.",
        "2012-06-19",
        "Excessive force against protesters",
    ),
    (
        "a_missile_fired_from_a_drone_is_an_air_strike",
        "A missile fired from an unmanned aircraft hit a car near Mir Ali in North Waziristan on Saturday, "
        "killing four militants, officials said.",
        "2009-02-15",
        "Air/drone strike",
    ),
    (
        "a_gunship_that_attacked_fighters_struck_from_the_air",
        "A gunship attacked fighters of the Islamic Courts near Afmadow on Tuesday, Somali officials said.",
        "2007-01-10",
        "Air/drone strike",
    ),
    (
        "militants_who_seized_geologists_abducted_them",
        "Armed militants seized three Chinese geologists in the hills of Nangarhar on Monday, the provincial "
        "governor said.",
        "2010-09-14",
        "Abduction/forced disappearance",
    ),
    (
        "a_car_driven_through_crowds_killing_people_is_an_attack",
        "A man drove his van at speed through crowds watching a street carnival in Graz on Saturday, killing "
        "three people, police said.",
        "2015-06-21",
        "Attack",
    ),
    (
        "a_man_who_set_fire_to_a_car_and_stabbed_passers_by_attacked_them",
        "A man set fire to a car in the centre of Lyon on Friday and then stabbed two passers-by, police "
        "said.",
        "2019-05-25",
        "Attack",
    ),
    (
        "a_power_sharing_deal_is_an_agreement",
        "The president and the leader of the opposition signed a power-sharing deal on Thursday in Harare, "
        "officials said.",
        "2008-09-16",
        "Agreement",
    ),
    (
        "a_state_handing_over_a_canal_zone_transfers_ground",
        "Britain handed over the canal zone and its last barracks on Sunday under a treaty signed two years "
        "before, and its troops sailed home.",
        "1956-06-14",
        "Non-violent transfer of territory",
    ),
    (
        "the_first_overseas_base_of_a_force_is_established",
        "Ministry statement: A ceremony was held on Monday to open the navy's facility at the port of Ream, "
        "the first overseas base of the force.",
        "2025-04-08",
        "Headquarters or base established",
    ),
    (
        "a_gunman_who_sprayed_students_with_automatic_fire_attacked_them",
        "A gunman burst into a college canteen in Montreal on Wednesday and sprayed students with automatic "
        "fire, killing two of them, police said.",
        "2006-09-14",
        "Attack",
    ),
    (
        "commandos_who_stormed_a_building_freeing_hostages_fought_their_takers",
        "Colombian commandos stormed a farmhouse near Florencia on Sunday, freeing four hostages and killing "
        "three rebels who had held them, the army said.",
        "2008-07-14",
        "Armed clash",
    ),
    (
        "an_eviction_done_last_night_leads_though_its_review_is_to_come",
        "Police say they will review the policing of an eviction in Cork last night, when security men "
        "removed housing activists who had been occupying an empty office block. Several people were "
        "arrested.",
        "2018-10-03",
        "Protest with intervention",
    ),
    (
        "a_car_that_blew_apart_killing_people_was_a_bomb",
        "A car parked in a side street of Quetta blew apart on Tuesday morning, killing four people and "
        "wounding 12, police said.",
        "2021-04-21",
        "Remote explosive/landmine/IED",
    ),
    (
        "dozens_of_men_who_set_upon_devotees_are_a_mob",
        "Cars were left burning outside a temple in Klang on Monday after dozens of men arrived before dawn "
        "and set upon devotees guarding it, police said.",
        "2018-11-27",
        "Mob violence",
    ),
    (
        "a_crowd_that_pushed_past_a_barrier_rioted",
        "A few hundred people waving old imperial flags pushed past a barrier on Saturday and ran up the "
        "steps of parliament in Vienna, where police held them back, officials said.",
        "2020-08-30",
        "Violent demonstration",
    ),
    (
        "residents_who_burned_the_tents_of_migrants_are_a_mob",
        "Residents of the border town of Ventimiglia tore down and burned the tents and belongings of "
        "migrants on Saturday after a shopkeeper was robbed, officials said.",
        "2016-08-07",
        "Mob violence",
    ),
    (
        "men_firing_at_anyone_in_sight_attacked",
        "Hundreds of men on motorbikes rode into two villages of Zamfara state on Tuesday firing at anyone "
        "in sight, residents said.",
        "2022-01-06",
        "Attack",
    ),
    (
        "a_state_handing_a_peninsula_to_another_transfers_ground",
        "Nigeria formally handed the Bakassi peninsula to Cameroon on Thursday as its last officials pulled "
        "out.",
        "2008-08-15",
        "Non-violent transfer of territory",
    ),
    (
        "a_disease_a_premier_battled_is_no_fight",
        "TOKYO — The prime minister said on Friday he would resign because of the chronic illness he has "
        "battled for years.",
        "2020-08-29",
        None,
    ),
    (
        "a_state_that_hit_back_by_expelling_diplomats_fought_no_one",
        "OTTAWA — Canada expelled six diplomats on Monday, and New Delhi hit back by ordering six Canadian "
        "diplomats out.",
        "2024-10-15",
        None,
    ),
    (
        "a_festival_where_people_pelt_each_other_with_tomatoes_is_no_battle",
        "About 20,000 people pelted one another with overripe tomatoes in the streets of Bunol on Wednesday, "
        "in the town's annual Tomatina battle.",
        "2013-08-29",
        None,
    ),
    (
        "rain_dispersal_rockets_are_no_shelling",
        "The city's weather bureau said it fired 1,104 rain-dispersal rockets from 21 sites on Friday "
        "evening to keep showers away from the opening ceremony.",
        "2008-08-09",
        None,
    ),
    (
        "a_solar_storm_that_bombarded_the_magnetic_field_is_no_shelling",
        "The strongest solar storm in two decades bombarded Earth's magnetic field on Friday night, lighting "
        "up the sky with auroras.",
        "2024-05-11",
        None,
    ),
    (
        "helicopters_dropping_bait_strike_no_one",
        "Helicopters dropped bait over the island's rat-infested valleys in a three-phase campaign, the "
        "trust said.",
        "2018-05-09",
        None,
    ),
    (
        "farmers_firing_into_the_air_to_drive_locusts_away_met_no_police",
        "Farmers have tried banging pots and firing shots in the air to drive the locusts away, officials "
        "said.",
        "2020-02-11",
        None,
    ),
    (
        "a_state_drawing_protests_from_another_is_no_crowd",
        "China destroyed one of its own weather satellites with a missile last week, drawing protests from "
        "Washington and Tokyo, officials said.",
        "2007-01-19",
        None,
    ),
    (
        "a_deal_on_handing_islands_to_another_state_hands_nothing_yet",
        "Britain is seeking to finalise a deal on handing sovereignty of the islands to Mauritius, officials "
        "said.",
        "2024-12-01",
        None,
    ),
    (
        "a_detective_shot_dead_during_a_raid_on_thieves_fought_them",
        "A detective was shot dead on Thursday during a police raid against suspected timber thieves in the "
        "hills of Araucania, the government said.",
        "2021-01-08",
        "Armed clash",
    ),
    (
        "a_police_sergeant_shot_dead_fought_his_killers",
        "A police sergeant was shot dead in Peshawar on Monday, officials said.",
        "2021-01-05",
        "Armed clash",
    ),
    (
        "soldiers_armed_with_rocket_launchers_who_attacked_a_guarded_residence_fought",
        "Soldiers armed with rocket launchers attacked the residence of the president in Conakry before dawn "
        "on Tuesday, and a guard was killed before the assault was repelled, the government said.",
        "2011-07-20",
        "Armed clash",
    ),
    (
        "gunmen_armed_with_rockets_and_grenades_who_killed_miners_attacked",
        "Gunmen armed with rockets and grenades attacked small coal mines in Duki late on Thursday, killing "
        "at least 20 miners, officials said.",
        "2024-10-11",
        "Attack",
    ),
    (
        "explosive_devices_found_and_disposed_of_were_disrupted",
        "Firemen answering a call to a flat in Malate found timers, wiring and partly assembled explosive "
        "devices inside, and the bomb squad removed and disposed of them.",
        "1995-01-08",
        "Disrupted weapons use",
    ),
    (
        "a_passenger_who_tried_to_light_a_fuse_was_stopped",
        "Aboard Flight 63 from Paris to Miami, a passenger tried to light a fuse protruding from one of his "
        "shoes, and the crew restrained him.",
        "2001-12-23",
        "Disrupted weapons use",
    ),
    (
        "a_crowd_dancing_in_protest_at_raids_in_which_people_were_detained_protests",
        "Thousands of young people danced outside parliament in Tbilisi on Saturday in protest at police "
        "raids on two nightclubs early that morning, in which dozens of people were detained.",
        "2018-05-13",
        "Peaceful protest",
    ),
    (
        "a_tourist_blasting_off_aboard_a_rocket_is_no_shelling",
        "A South African businessman blasted off from the Baikonur cosmodrome on Thursday aboard a Soyuz "
        "rocket, becoming the second paying visitor to the space station.",
        "2002-04-25",
        None,
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, field of the first event, its value (as text)
FIELDS: list[FieldCase] = [
    (
        "new_years_day_dates_the_act_it_names",
        "A mob set fire to a church near Naivasha on New Year's Day, killing at least 20 people who had "
        "taken refuge there, police said.",
        "2008-01-20",
        "event_date",
        "2008-01-01",
    ),
    (
        "christmas_eve_in_a_story_of_january_is_the_year_before",
        "Gunmen attacked a church in the village of Maiduguri on Christmas Eve, killing six worshippers, "
        "police said.",
        "2012-01-05",
        "event_date",
        "2011-12-24",
    ),
    (
        "gunmen_believed_to_belong_to_a_group_are_its_men",
        "Gunmen seized two Kenyan aid workers on a road near Mandera on Monday. The gunmen are believed to "
        "belong to al Shabaab, officials said.",
        "2014-01-28",
        "actor1",
        "Al Shabaab",
    ),
]

FIELDS += [
    (
        "a_man_in_a_police_style_vest_who_turned_his_gun_on_himself_acted_alone",
        "A man wearing a police-style vest opened fire in a town hall in Lucerne on Thursday, killing four "
        "councillors before turning his gun on himself, police said.",
        "2003-05-09",
        "actor1",
        "Sole Perpetrator (Switzerland)",
    ),
    (
        "aircraft_led_by_a_state_with_full_stops_in_its_name_are_its_forces",
        "Officials said 30 villagers were killed when U.S.-led aircraft bombed the village of Granai in "
        "Farah province on Monday.",
        "2009-05-06",
        "actor1",
        "Military Forces of the United States (2009-2017)",
    ),
    (
        "a_short_name_after_the_parliament_of_is_a_town",
        "A gunman opened fire in the cantonal parliament of Zug on Thursday, killing 14 people, police said.",
        "2001-09-28",
        "location",
        "Zug",
    ),
]

FIELDS += [
    (
        "commandos_of_a_nationality_are_its_forces",
        "Colombian commandos stormed a farmhouse near Florencia on Sunday, freeing four hostages and killing "
        "three rebels who had held them, the army said.",
        "2008-07-14",
        "actor1",
        "Military Forces of Colombia (2002-2010)",
    ),
    (
        "a_self_named_group_placed_in_another_country_is_not_the_catalogues_namesake",
        "Gunmen attacked a police station in Tarim on Sunday, killing four officers. A group calling itself "
        "Islamic Jihad in Yemen said it carried out the attack.",
        "2009-08-03",
        "actor1",
        "Islamic Jihad in Yemen",
    ),
    (
        "a_faction_of_another_decade_is_in_the_catalogue",
        "The Red Army Faction has declared itself dissolved, in a letter sent to a news agency in Cologne.",
        "1998-04-21",
        "actor1",
        "RAF: Red Army Faction",
    ),
]

FIELDS += [
    (
        "gunmen_no_one_names_in_haiti_are_a_gang",
        "PORT-AU-PRINCE — Gunmen hijacked a minibus in Port-au-Prince on Friday and seized four teachers, "
        "officials said.",
        "2023-03-11",
        "actor1",
        "Unidentified Gang (Haiti)",
    ),
]

FIELDS += [
    (
        "a_trips_end_told_as_its_purpose_is_no_place_of_the_arrest",
        "COLOMBO — A former minister was arrested on Friday by detectives over the alleged use of state "
        "funds for a private visit to London, police said.",
        "2025-08-22",
        "location",
        "Colombo",
    ),
    (
        "a_wadi_leading_a_district_name_is_no_town",
        "MUSCAT — Gunmen opened fire on worshippers at a mosque in the Wadi Kabir district of Muscat late on "
        "Monday, killing six people, police said.",
        "2024-07-16",
        "location",
        "Muscat",
    ),
]

FIELDS += [
    (
        "a_park_named_after_a_town_elsewhere_is_no_place_of_the_blast",
        "A suicide bomber blew himself up near the swings at the crowded Gulshan-e-Iqbal park in Lahore on "
        "Sunday evening, killing at least 60 people, police said.",
        "2016-03-28",
        "location",
        "Lahore",
    ),
    (
        "the_state_a_city_was_handed_to_is_no_place_of_the_riot",
        "HONG KONG — Hundreds of masked protesters stormed the Legislative Council on Monday night, on the "
        "anniversary of the city's handover to China.",
        "2019-07-02",
        "location",
        "Hong Kong",
    ),
]

FIELDS += [
    (
        "a_capital_stays_whatever_area_abroad_its_container_matches",
        "Arrests: On 30 July 2024, hooded agents detained an opposition leader in Caracas (Capital District) "
        "amid protests against the election result.",
        "2024-07-31",
        "location",
        "Caracas",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
