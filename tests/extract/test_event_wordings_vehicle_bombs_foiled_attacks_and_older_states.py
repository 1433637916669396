"""Sub-event types, doers and places of wordings met in fresh news text: vehicles packed with explosives
driven into their targets; a bomb carried on the body; an airliner destroyed by a bomb; bombers named as the
doers of an attack; sexual torture; a bomb found hidden in luggage; men arrested with missiles they meant to
fire; an attempt to attack foiled; arrests on the first day of a blockade; a deposed leader captured; a town
that "fell on Sunday to" rebels; a crossing taken after a fight with the army; a man driven off with after
his guards were shot; a parliament retaken after a battle; a state's unit named with another state's demonym;
state forces before the first government a country's period table knows; patrol boats as a navy; crowds that
stoned cars; workers who stormed a prison; police storming an embassy held in a sit-in; militiamen who killed
hundreds of men; commandos landed by helicopter; a killing of long ago apologised for; truce observers; an
agreement signed for a ceasefire; the civilians a bomb or an air strike befell where no one else is named;
movements founded, merged or split; a colony handed over or an island returned to a state's rule; and the army
whose missile was brought down.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import (
    Case,
    FieldCase,
    FirmCase,
    firm_type_test,
    first_event_field_test,
    sub_event_type_test,
)

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "a_lorry_packed_with_explosives_driven_into_a_barracks_is_a_suicide_bomb",
        "A rebel drove a lorry packed with explosives into a police barracks in the northern town of Jaffna "
        "on Tuesday, killing 12 policemen, officials said.",
        "1990-05-02",
        "Suicide bomb",
    ),
    (
        "a_van_loaded_with_explosives_was_driven_into_the_gates",
        "A van loaded with explosives was driven into the gates of the interior ministry in Nazran on "
        "Monday, killing 30 people, officials said.",
        "2003-05-13",
        "Suicide bomb",
    ),
    (
        "explosives_carried_under_the_clothes_are_a_suicide_bomb",
        "A passenger carrying explosives under his clothes set them off aboard a bus in Haifa on Sunday, "
        "killing nine people, police said.",
        "1996-03-04",
        "Suicide bomb",
    ),
    (
        "an_airliner_destroyed_by_a_bomb_is_no_air_strike",
        "An airliner was destroyed by a bomb off the Irish coast on Sunday, killing all 329 people on board, "
        "investigators said.",
        "1985-06-24",
        "Remote explosive/landmine/IED",
    ),
    (
        "bombers_that_attacked_a_town_struck_from_the_air",
        "Nigerian bombers attacked the town of Uli on Monday, killing 20 people at the market, Biafran "
        "officials said.",
        "1968-10-02",
        "Air/drone strike",
    ),
    (
        "sexual_torture_in_a_police_station_is_sexual_violence",
        "A student has filed a complaint accusing a detective of sexually torturing her during an "
        "interrogation at the Incheon police station on 6 June, her lawyers said on Saturday.",
        "1986-07-06",
        "Sexual violence",
    ),
    (
        "a_bomb_found_hidden_in_luggage_is_a_disrupted_attack",
        "Customs officers at Frankfurt airport on Tuesday found a bomb hidden in a radio cassette player in "
        "the luggage of a passenger, police said.",
        "1988-10-27",
        "Disrupted weapons use",
    ),
    (
        "men_arrested_with_launchers_they_meant_to_fire_were_stopped_before_the_attack",
        "Kenyan police arrested three men in Nairobi on Friday who had two rocket launchers that they "
        "intended to fire at a passing airliner, officials said.",
        "1976-01-25",
        "Disrupted weapons use",
    ),
    (
        "an_attempt_to_bomb_foiled_is_a_disrupted_attack",
        "Police foiled an attempt to bomb the synagogue in Rome on Saturday when they stopped two men "
        "carrying grenades, officials said.",
        "1982-10-10",
        "Disrupted weapons use",
    ),
    (
        "arrests_on_the_second_day_of_a_blockade_break_up_a_protest",
        "Police arrested about 40 environmentalists on Monday, the second day of a blockade of logging "
        "roads near Nelson, as protesters chained themselves to gates.",
        "1994-07-12",
        "Protest with intervention",
    ),
    (
        "a_deposed_president_captured_is_arrested_not_a_coup_nor_ground",
        "Army units captured deposed President Juan Bosch at his home in Santo Domingo on Wednesday, a "
        "military spokesman said.",
        "1963-09-26",
        "Arrests",
    ),
    (
        "a_town_that_fell_on_sunday_to_rebels_was_taken",
        "The town of Kisangani fell on Sunday to rebel fighters after days of shelling, residents said.",
        "1997-03-17",
        "Non-state actor overtakes territory",
    ),
    (
        "a_border_post_taken_after_a_fight_with_the_army_is_a_clash",
        "Militia units took the border post at Gornja Radgona on Thursday after a fight with the army "
        "detachment holding it, local radio said.",
        "1991-06-28",
        "Armed clash",
    ),
    (
        "gunmen_who_shot_the_guards_and_drove_off_with_him_abducted_him",
        "Gunmen stopped the car of a factory director in Milan on Tuesday, shot dead his two bodyguards and "
        "drove off with him, police said.",
        "1978-03-15",
        "Abduction/forced disappearance",
    ),
    (
        "a_parliament_building_retaken_after_a_battle_is_no_ground_regained",
        "Troops retook the parliament building in Port of Spain on Wednesday after a six-day battle with "
        "the Muslim rebels who seized it, officials said.",
        "1990-08-02",
        "Armed clash",
    ),
]

CASES += [
    (
        "crowds_that_stoned_cars_and_looted_shops_riot",
        "Crowds angered by the arrest of a party leader stoned cars, looted shops and burned a police post "
        "in the townships of Salisbury on Monday, officials said.",
        "1960-07-26",
        "Violent demonstration",
    ),
    (
        "workers_demanding_bread_who_stormed_a_prison_and_fought_troops_riot",
        "Shipyard workers led thousands of people through Gdansk on Tuesday demanding lower food prices, "
        "stormed the party headquarters and fought troops into the night, the state agency said.",
        "1970-12-16",
        "Violent demonstration",
    ),
    (
        "police_storming_an_embassy_held_in_a_sit_in_with_deaths_is_excessive_force",
        "Police stormed the Danish embassy on Monday, where students had staged a sit-in, and 12 people died "
        "when fire broke out during the raid, officials said.",
        "1981-03-03",
        "Excessive force against protesters",
    ),
    (
        "militiamen_who_killed_hundreds_of_men_attacked_them",
        "Militiamen killed hundreds of men, women and children in the refugee camp of Tel al-Zaatar during a "
        "rampage that lasted two days, aid workers who entered the camp said.",
        "1976-08-14",
        "Attack",
    ),
    (
        "commandos_landed_by_helicopter_struck_no_target_from_the_air",
        "Commandos landed by helicopter at the port of Hodeida on Saturday night and blew up two fuel "
        "depots, officials said.",
        "1970-01-11",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_killing_of_long_ago_apologised_for_is_no_event",
        "The government formally apologised on Friday for the killing of hundreds of men by colonial troops "
        "in 1947, at a ceremony in the village where it happened.",
        "2011-12-09",
        None,
    ),
]

CASES += [
    (
        "truce_observers_tell_no_truce",
        "United Nations truce observers said on Tuesday that troops raided the border village of Nahalin on "
        "the night of March 28, killing nine villagers.",
        "1954-03-30",
        "Attack",
    ),
    (
        "an_agreement_signed_for_a_permanent_ceasefire_is_an_agreement",
        "The government and secessionist leaders signed an agreement at a university near Wellington on "
        "Friday for a permanent ceasefire from April 30, officials said.",
        "1998-01-23",
        "Agreement",
    ),
]

CASES += [
    (
        "exile_movements_merged_to_form_a_liberation_front",
        "Three exile movements merged in Lusaka on Monday to form the Zimbabwe Liberation Front, which says "
        "it will fight for majority rule.",
        "1971-10-05",
        "Change to group/activity",
    ),
    (
        "a_congress_that_set_up_a_liberation_organization_changed_the_groups",
        "A congress of exiles meeting in Cairo set up the Eritrean Liberation Front last Thursday and chose "
        "a chairman, delegates said.",
        "1960-07-12",
        "Change to group/activity",
    ),
    (
        "a_new_group_calling_itself_a_movement_is_a_change",
        "A new Islamic group calling itself the Army of the Faithful has been handing out leaflets in Kano "
        "since mid-December, police sources said.",
        "1980-01-20",
        "Change to group/activity",
    ),
    (
        "an_armed_movement_that_split_changed",
        "The Basque separatist movement split on Sunday when its armed wing walked out of the party congress "
        "in Bilbao, party sources said.",
        "1974-10-14",
        "Change to group/activity",
    ),
    (
        "a_colony_handed_over_to_an_authority_changed_hands_without_a_fight",
        "Portugal handed over East Timor to an Indonesian administration on Monday, ending four centuries of "
        "Portuguese rule in the territory.",
        "1976-07-19",
        "Non-violent transfer of territory",
    ),
    (
        "an_island_returned_to_a_states_rule_changed_hands_without_a_fight",
        "The United States returned the island of Iwo Jima to Japanese rule at midnight after 23 years of "
        "American administration.",
        "1968-06-26",
        "Non-violent transfer of territory",
    ),
    (
        "a_faction_that_backed_the_troops_tells_no_split",
        "Government troops, backed by a breakaway faction of Karen fighters, captured the rebel headquarters "
        "at Manerplaw on Friday after the rebels set it on fire and pulled out, officials said.",
        "1995-01-27",
        "Government regains territory",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_unit_named_with_another_states_demonym_is_that_states",
        "Units of the Slovene Territorial Defence fired on an army convoy near Ljubljana on Thursday, "
        "Slovene radio said.",
        "1991-06-28",
        "actor1",
        "Military Forces of Slovenia (1990-1992)",
    ),
    (
        "israels_forces_in_1954_carry_that_governments_period",
        "Israeli troops raided the village of Nahalin on the night of March 28, killing nine villagers, "
        "Jordanian officials said.",
        "1954-03-30",
        "actor1",
        "Military Forces of Israel (1954-1955)",
    ),
    (
        "frances_forces_in_1958_carry_that_governments_period",
        "French bombers attacked the border village of Sakiet Sidi Youssef on Saturday, killing 68 "
        "people, the Tunisian government said.",
        "1958-02-09",
        "actor1",
        "Military Forces of France (1957-1958)",
    ),
    (
        "forces_before_the_first_period_known_carry_no_period",
        "Syrian troops fired on a crowd of strikers in Aleppo on Tuesday, killing three people, officials "
        "said.",
        "1938-11-25",
        "actor2",
        "Military Forces of Syria",
    ),
    (
        "patrol_boats_are_the_navy",
        "North Korean patrol boats fired on a South Korean fishing boat off the island of Yeonpyeong on "
        "Friday, officials said.",
        "1971-02-06",
        "actor1",
        "Military Forces of North Korea (1948-1994) Navy",
    ),
    (
        "a_deposed_leader_captured_is_arrested_by_his_captors",
        "Troops loyal to the army chief captured deposed Prime Minister Patrice Lumumba near Port Francqui "
        "on Thursday, a spokesman said.",
        "1960-12-03",
        "sub_event_type",
        "Arrests",
    ),
]

FIELDS += [
    (
        "phalangist_militiamen_are_the_lebanese_forces",
        "Phalangist militiamen killed dozens of villagers in the Chouf hills on Sunday, residents said.",
        "1983-09-05",
        "actor1",
        "LF: Lebanese Forces",
    ),
    (
        "workers_who_stormed_a_prison_are_rioters",
        "Shipyard workers led thousands of people through Gdansk on Tuesday demanding lower food prices, "
        "stormed the party headquarters and fought troops into the night, the state agency said.",
        "1970-12-16",
        "actor1",
        "Rioters (Poland)",
    ),
]

FIELDS += [
    (
        "a_bomb_that_killed_people_no_one_arms_befell_civilians",
        "A bomb exploded near the bus station in Tentena on Saturday morning. Twenty people were killed, "
        "police said.",
        "2005-05-28",
        "actor2",
        "Civilians (Indonesia)",
    ),
    (
        "an_air_strike_that_destroyed_a_hospital_befell_civilians",
        "An air strike destroyed the only hospital in Haydan late on Monday, the medical charity said.",
        "2015-10-27",
        "actor2",
        "Civilians (Yemen)",
    ),
]

FIELDS += [
    (
        "a_missile_brought_down_is_the_army_its_demonym_names",
        "Israeli air defences shot down two Syrian rockets over the Golan Heights on Monday, the military "
        "said.",
        "2018-07-24",
        "actor2",
        "Military Forces of Syria (2000-2024)",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)


# name, text, publication date: the first event's type may not be re-typed by the classifier
FIRM: list[FirmCase] = [
    (
        "driving_off_with_a_man_after_shooting_his_guards_is_a_firm_abduction",
        "Gunmen stopped the car of a factory director in Milan on Tuesday, shot dead his two bodyguards and "
        "drove off with him, police said.",
        "1978-03-15",
    ),
    (
        "bombers_named_as_doers_make_a_firm_air_strike",
        "French bombers and fighters attacked the village of Sakiet Sidi Youssef on Saturday, killing 68 "
        "people, among them children in a school, the Tunisian government said.",
        "1958-02-09",
    ),
]

test_the_classifier_may_not_retype = firm_type_test(FIRM)
