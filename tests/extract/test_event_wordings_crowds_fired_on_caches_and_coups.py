"""Sub-event types, doers, places and dates of wordings met in fresh news text: soldiers who fire rifles or
volleys of fire into a rallying crowd, or on peasants gathered in a square to press their claims; a crowd
that sacked houses; bulldozers that levelled a quarter; stores of weapons found; rulers deposed by the army;
people led away or carried off; an arrest that set off riots; gunships and troops attacking a border post;
an assault beaten back; an artillery school; the SPLA before and after South Sudan's independence; an Arab,
a Malay girl and an armoured Mercedes that are no places; a country that acts; a sign planted in protest;
warships firing on navy ships; a bomber releasing its load; stones and eggs hurled at parliament; a band of
youths; a day told of the target or of the bomb; an overseas territory retaken; invaders driven back;
hostages released; a man who set himself on fire in protest; and captured soldiers executed.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "rifles_fired_into_a_rallying_crowd_are_excessive_force",
        "ILOILO, Philippines, March 4 (Reuters) - Troops fired machine-guns into a crowd of about 3,000 "
        "fishermen and farmers rallying outside the provincial capitol on Tuesday, killing at least 12 of "
        "them, a priest said.",
        "1984-03-04",
        "Excessive force against protesters",
    ),
    (
        "volleys_fired_into_supporters_who_tried_to_march_are_excessive_force",
        "LOME, Jan 26 (AFP) - Soldiers fired volleys of automatic rifle fire into thousands of opposition "
        "supporters who tried to march on the presidential palace on Monday, killing nine, doctors said.",
        "1993-01-26",
        "Excessive force against protesters",
    ),
    (
        "fire_on_peasants_gathered_in_a_square_to_press_claims_is_excessive_force",
        "Soldiers opened fire on hundreds of peasants who had gathered in the main square of San Martin on "
        "Monday to press their claims to land, killing at least 18, officials said.",
        "1977-06-14",
        "Excessive force against protesters",
    ),
    (
        "a_crowd_that_sacked_the_houses_of_militiamen_looted",
        "PORT-AU-PRINCE, Feb 9 (Reuters) - Crowds broke open the grave of the late dictator and sacked the "
        "houses of militiamen across the capital on Saturday, witnesses said.",
        "1986-02-09",
        "Looting/property destruction",
    ),
    (
        "bulldozers_that_levelled_a_quarter_destroyed_property",
        "HEBRON, Aug 3 (Reuters) - Army bulldozers have levelled the old market quarter of the town, about "
        "80 stone houses, since Friday, residents said.",
        "1981-08-03",
        "Looting/property destruction",
    ),
    (
        "a_storm_that_levelled_a_quarter_is_no_event",
        "The storm levelled the harbour quarter of the town on Sunday, officials said.",
        "1981-08-03",
        None,
    ),
    (
        "a_minister_sacked_is_no_event",
        "The prime minister sacked the head of the army on Friday, his office said.",
        "1981-08-03",
        None,
    ),
    (
        "an_underground_store_of_weapons_found_is_a_disrupted_weapons_use",
        "BAYONNE, France, Nov 6 (AFP) - Police searching a farmhouse on Wednesday found an underground store "
        "of weapons, explosives and documents belonging to the separatists, the ministry said.",
        "1986-11-06",
        "Disrupted weapons use",
    ),
    (
        "a_hidden_store_of_rockets_uncovered_by_a_blast",
        "MANAGUA, May 25 (Reuters) - An explosion on Sunday in a car repair shop uncovered a hidden store of "
        "anti-tank rockets, rifles and explosives, police said.",
        "1993-05-25",
        "Disrupted weapons use",
    ),
    (
        "tons_of_weapons_found_buried_on_a_beach",
        "CARACAS, Nov 29 (Reuters) - The army said on Friday that two tons of weapons, among them mortars "
        "and machine-guns, had been found buried on a beach near Coro.",
        "1963-11-29",
        "Disrupted weapons use",
    ),
    (
        "pipe_bombs_found_in_a_drivers_trunk",
        "A highway patrolman who stopped a car near Trenton on Tuesday found four pipe bombs packed with "
        "nails in his trunk, the FBI said.",
        "1988-04-14",
        "Disrupted weapons use",
    ),
    (
        "armed_forces_that_deposed_the_emperor_staged_a_coup",
        "ADDIS ABABA (AP) - The armed forces deposed the emperor on Thursday and drove him from his palace "
        "to army headquarters in a small car, the radio said.",
        "1974-09-12",
        "Other",
    ),
    (
        "a_ruler_overthrown_by_army_units_is_a_coup",
        "ASUNCION, Feb 3 (Reuters) - General Carlos Mena, who ruled the country for 20 years, was overthrown "
        "on Friday by army units loyal to his deputy after a night of tank battles in the capital, radio "
        "stations said.",
        "1989-02-03",
        "Other",
    ),
    (
        "paratroops_who_led_away_a_party_leader_arrested_him",
        "BUDAPEST, Oct 3 (Reuters) - Foreign paratroops who burst into the party building in Pest on Tuesday "
        "led away Imre Kovacs, the party secretary, radio stations said.",
        "1968-10-03",
        "Arrests",
    ),
    (
        "rebels_who_carried_off_an_archaeologist_abducted_her",
        "N'DJAMENA, May 2 (AFP) - Rebels raided the oasis of Zouar on Sunday and carried off a Swiss "
        "archaeologist and her driver, the government said.",
        "1976-05-02",
        "Abduction/forced disappearance",
    ),
    (
        "an_arrest_that_set_off_riots_is_the_event",
        "TEHRAN, June 8 (Reuters) - Police arrested a popular preacher at his home in Mashhad before dawn on "
        "Friday, setting off a day of riots in which crowds burned buses and stormed police stations and "
        "dozens of people were killed, officials said.",
        "1963-06-08",
        "Arrests",
    ),
    (
        "gunships_and_troops_that_attacked_a_border_post_fought_its_garrison",
        "QUITO, Feb 2 (Reuters) - Ecuador said enemy helicopter gunships and troops attacked its border post "
        "at Mayaicu on Sunday.",
        "1981-02-02",
        "Armed clash",
    ),
    (
        "guerrillas_with_missiles_who_attacked_a_garrison_and_downed_aircraft_fought_it",
        "RABAT, Nov 9 (Reuters) - Morocco said on Sunday that guerrillas equipped with tanks and missiles "
        "had attacked its garrison at Bir Anzarane on Saturday and shot down a Moroccan aircraft.",
        "1981-11-09",
        "Armed clash",
    ),
    (
        "troops_with_rocket_launchers_who_beat_back_an_assault_fought",
        "LUANDA, Nov 3 (Reuters) - Government troops firing rocket launchers beat back an assault by rebel "
        "forces near Caxito on Sunday, the army command said.",
        "1975-11-03",
        "Armed clash",
    ),
    (
        "gunmen_in_an_artillery_school_opened_fire_with_no_shelling",
        "DAMASCUS, Oct 4 (Reuters) - Gunmen who got into the Homs artillery school opened fire on students "
        "in a lecture hall on Tuesday, killing 11, the ministry said.",
        "1979-10-04",
        "Attack",
    ),
    (
        "men_who_planted_a_sign_in_protest_protested",
        "CANBERRA, Jan 27 (AAP) - Four young men planted a beach umbrella and a sign on the lawn facing "
        "Parliament House on Wednesday in protest at the government's refusal to grant land rights.",
        "1972-01-27",
        "Peaceful protest",
    ),
    (
        "a_minister_who_set_up_a_commission_in_protest_is_no_event",
        "The minister set up a commission in protest at the ruling, his office said.",
        "1972-01-27",
        None,
    ),
    (
        "warships_that_fired_on_navy_ships_fought_them",
        "HANOI, March 15 (Reuters) - Vietnam said on Tuesday that foreign warships had opened fire on its "
        "navy supply ships near Sin Cowe reef on Monday and sunk one of them.",
        "1988-03-15",
        "Armed clash",
    ),
    (
        "a_bomber_that_released_its_load_over_a_town_is_an_air_strike",
        "PHNOM PENH, Aug 7 (Reuters) - An American B-52 bomber released its entire load over the river town "
        "of Kampong Cham on Monday, killing more than 100 people.",
        "1973-08-07",
        "Air/drone strike",
    ),
    (
        "stones_and_eggs_hurled_at_parliament_are_a_riot",
        "REYKJAVIK, March 30 (Reuters) - Police fired tear gas into a crowd of several thousand people who "
        "were hurling stones and eggs at the parliament building on Wednesday, witnesses said.",
        "1949-03-30",
        "Violent demonstration",
    ),
    (
        "a_band_of_youths_that_stabbed_a_man_is_a_mob",
        "NEW YORK, Aug 20 (Reuters) - A band of youths stabbed a rabbinical student to death in Brooklyn "
        "late on Monday, police said.",
        "1991-08-20",
        "Mob violence",
    ),
    (
        "soldiers_who_stormed_the_mansion_and_killed_the_president_staged_a_coup",
        "MONROVIA, April 14 (Reuters) - Soldiers led by a young sergeant stormed the presidential mansion "
        "before dawn on Saturday and killed President Paul Kamara in his bedroom, the radio said.",
        "1980-04-14",
        "Other",
    ),
    (
        "troops_who_raided_an_air_base_and_destroyed_aircraft_on_the_ground_fought",
        "N'DJAMENA, Sept 7 (Reuters) - Chadian troops in pick-up trucks raided the air base of Ouadi Doum on "
        "Saturday, killing hundreds of Libyan soldiers and destroying 20 aircraft on the ground, a "
        "communique said.",
        "1987-03-23",
        "Armed clash",
    ),
    (
        "invaders_driven_back_to_the_sea_fought",
        "CONAKRY, Nov 23 (AFP) - Invaders who landed from boats on Sunday attacked the airport and an army "
        "camp before being driven back to the sea, the radio said.",
        "1970-11-23",
        "Armed clash",
    ),
    (
        "rubber_bullets_fired_at_stone_throwing_youths_met_a_riot",
        "SRINAGAR, June 5 (Reuters) - Police fired rubber bullets at stone-throwing youths in the old city "
        "on Friday, witnesses said.",
        "2010-06-05",
        "Violent demonstration",
    ),
    (
        "hostages_released_after_a_ransom_are_no_event",
        "The rebels released 12 hostages on Monday after a ransom was paid, a mediator said.",
        "2004-06-08",
        None,
    ),
    (
        "hostages_seized_and_some_released_are_still_an_abduction",
        "Gunmen seized 30 passengers from a bus near Gao on Sunday and later released 12 of the hostages, "
        "officials said.",
        "2004-06-08",
        "Abduction/forced disappearance",
    ),
    (
        "a_man_who_set_himself_on_fire_in_protest_protested",
        "TUNIS, Dec 20 (Reuters) - A young man set himself on fire outside the governor's office in "
        "Kasserine on Monday in protest at unemployment, witnesses said.",
        "2010-12-20",
        "Peaceful protest",
    ),
    (
        "captured_soldiers_executed_are_an_attack_not_ground_taken",
        "The rebels executed five captured soldiers near Kidal, a video released by the group showed on "
        "Monday.",
        "2012-03-05",
        "Attack",
    ),
    (
        "people_afraid_of_being_forced_back_home_are_no_fight",
        "She said the five men she visited in prison were terrified of being forced back to China as well.",
        "2025-03-05",
        None,
    ),
]

test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "an_arab_is_no_place_nor_a_cave",
        "HEBRON, Oct 9 (AP) - An Arab threw a hand grenade into a group of Israeli tourists outside the Cave "
        "of the Patriarchs on Wednesday, wounding 12 of them, the army said.",
        "1969-10-09",
        "location",
        "Hebron",
    ),
    (
        "a_country_that_acts_is_no_place_where_the_story_has_a_dateline",
        "TOKYO, May 15 (Kyodo) - The United States returned the Ryukyu islands to Japanese rule on Monday at "
        "a ceremony, officials said.",
        "1972-05-15",
        "location",
        "Tokyo",
    ),
    (
        "an_armoured_mercedes_is_a_car",
        "FRANKFURT, Nov 30 (Reuters) - A banker was killed on Thursday when a bomb hidden in a parked car "
        "ripped into his armoured Mercedes as he was driven to work, police said.",
        "1989-11-30",
        "location",
        "Frankfurt am Main",
    ),
    (
        "a_malay_girl_is_no_place",
        "KUALA LUMPUR (Reuters) - Mobs roamed the city on Monday after a court ruling on a Malay girl, "
        "pulling people from cars and beating them, police said.",
        "1950-12-12",
        "location",
        "Kuala Lumpur",
    ),
    (
        "the_spla_before_independence_is_the_rebel_movement",
        "KHARTOUM, July 14 (Reuters) - Government troops captured Kapoeta, a southern town held by the Sudan "
        "People's Liberation Army, on Sunday, an army spokesman said.",
        "1992-07-14",
        "actor2",
        "SPLM/A: Sudan People's Liberation Movement/Army",
    ),
    (
        "a_town_of_the_south_retaken_before_independence_is_ground_regained",
        "KHARTOUM, July 14 (Reuters) - Government troops captured Kapoeta, a southern town held by the Sudan "
        "People's Liberation Army, on Sunday, an army spokesman said.",
        "1992-07-14",
        "sub_event_type",
        "Government regains territory",
    ),
    (
        "the_spla_after_independence_is_south_sudans_army",
        "JUBA, Jan 5 (Reuters) - SPLA soldiers fought rebels near Bor on Saturday, an army spokesman said.",
        "2014-01-05",
        "actor1",
        "Military Forces of South Sudan (2011-)",
    ),
    (
        "the_spla_after_independence_is_coded_as_state_forces",
        "JUBA, Jan 5 (Reuters) - SPLA soldiers fought rebels near Bor on Saturday, an army spokesman said.",
        "2014-01-05",
        "inter1",
        "1",
    ),
    (
        "an_aircraft_model_between_the_state_and_the_aircraft",
        "PHNOM PENH, Aug 7 (Reuters) - An American B-52 bomber released its entire load over the river town "
        "of Kampong Cham on Monday, killing more than 100 people.",
        "1973-08-07",
        "actor1",
        "Military Forces of the United States (1969-1974)",
    ),
    (
        "a_day_told_where_the_target_was_dug_in_is_the_acts",
        "NICOSIA, Jan 14 (Reuters) - Iran said on Wednesday that Iraq had fired chemical shells at its "
        "forces dug in near Basra on Tuesday, wounding hundreds of soldiers.",
        "1987-01-14",
        "event_date",
        "1987-01-13",
    ),
    (
        "a_day_told_of_what_the_bomb_did_is_the_acts",
        "BILBAO, June 20 (Reuters) - The separatists said on Saturday that they had planted the car bomb "
        "that tore through a supermarket car park on Friday afternoon, killing 17 shoppers.",
        "1987-06-20",
        "event_date",
        "1987-06-19",
    ),
    (
        "a_states_forces_retaking_its_overseas_territory_regain_it",
        "LONDON, May 29 (Reuters) - British paratroopers captured the Falklands settlement of Goose Green on "
        "Friday after a battle through the night, the Defence Ministry said.",
        "1982-05-29",
        "sub_event_type",
        "Government regains territory",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
