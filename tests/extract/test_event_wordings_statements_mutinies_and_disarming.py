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
    (
        "police_fire_on_strikers_that_kills_two_men_is_excessive_force",
        "Police fired tear gas and buckshot at striking dock workers who had blocked the port road in Lota "
        "on Tuesday, killing two men and wounding 30, officials said.",
        "2013-05-22",
        "Excessive force against protesters",
    ),
    (
        "people_who_died_as_police_broke_up_a_protest_met_excessive_force",
        "Riot police fired rubber bullets and used water cannon to break up an opposition rally in the city "
        "centre of Minsk late on Sunday, and at least three people died, officials said.",
        "2010-12-20",
        "Excessive force against protesters",
    ),
    (
        "protesters_who_stormed_a_building_after_a_clause_about_their_target_rioted",
        "Thousands of protesters demanding the resignation of the mayor, who was filmed taking a bribe, "
        "stormed the town hall in Plovdiv on Friday, smashing windows.",
        "2014-04-12",
        "Violent demonstration",
    ),
    (
        "residents_who_set_fire_to_a_house_demanding_a_resignation_rioted",
        "Hundreds of residents of Osh set fire to the house of the district chief on Monday, demanding that "
        "he resign over a land dispute, and police fired warning shots.",
        "2012-09-04",
        "Violent demonstration",
    ),
    (
        "a_crowd_that_stabbed_police_officers_during_a_protest_rioted",
        "A crowd beat to death a police officer in the town of Zugdidi on Saturday during a protest against "
        "the detention of a local activist, the interior ministry said.",
        "2019-03-17",
        "Violent demonstration",
    ),
    (
        "an_armed_group_that_begins_a_unilateral_truce_changes_what_it_does",
        "The Karen National Liberation Army began a unilateral truce on Monday and told its units to halt "
        "attacks on army posts, a spokesman said.",
        "2004-01-06",
        "Change to group/activity",
    ),
    (
        "a_commander_who_breaks_away_with_his_fighters_changes_the_group",
        "A senior commander of the rebel movement said on Friday he had broken away from its leadership in "
        "the capital with 2,000 fighters, in a statement read in Bentiu.",
        "2015-02-14",
        "Change to group/activity",
    ),
    (
        "a_mutiny_that_exchanges_fire_with_troops_is_a_fight",
        "Hundreds of presidential guards mutinied at their barracks in Bissau on Tuesday and exchanged fire "
        "with army troops who surrounded the compound, officials said.",
        "2012-08-15",
        "Armed clash",
    ),
    (
        "mutineers_who_seize_a_city_overtake_it",
        "Mutinous soldiers seized the country's second city Bouake on Thursday and still held it on Friday, "
        "residents said.",
        "2002-09-20",
        "Non-state actor overtakes territory",
    ),
    (
        "militants_who_storm_a_police_headquarters_fight_its_police",
        "Gunmen with rifles and grenades stormed the police headquarters in Quetta on Monday night, and six "
        "people were killed before special forces retook the building, officials said.",
        "2016-08-09",
        "Armed clash",
    ),
    (
        "police_who_shot_dead_a_man_who_opened_fire_fought_him",
        "Officers shot dead a man who opened fire with a shotgun outside the town hall in Linz on Tuesday "
        "morning, police said.",
        "2020-11-04",
        "Armed clash",
    ),
    (
        "a_battle_re_enacted_for_its_anniversary_is_no_fight",
        "Muskets cracked and cannons boomed near Gettysburg on Saturday as some 10,000 re-enactors in blue "
        "and grey uniforms refought the battle for its 150th anniversary.",
        "2013-07-07",
        None,
    ),
    (
        "poachers_who_shot_dead_a_rhinoceros_attacked_no_one",
        "Poachers broke into a game reserve near Hluhluwe overnight, shot dead two white rhinos and sawed "
        "off their horns, rangers said on Monday.",
        "2014-05-12",
        None,
    ),
    (
        "people_evacuated_as_a_toxic_gas_spread_are_no_event",
        "Highly toxic hydrogen sulphide gushed from a ruptured pipeline near Villahermosa late on Tuesday "
        "and spread over nearby villages; more than 5,000 residents were evacuated.",
        "2009-03-04",
        None,
    ),
    (
        "a_gunman_who_walked_into_a_museum_took_no_ground",
        "A gunman walked into a museum in central Oslo on Friday afternoon and opened fire, killing two "
        "visitors, police said.",
        "2016-04-16",
        "Attack",
    ),
    (
        "a_bomber_overpowered_before_his_device_went_off_was_disrupted",
        "A passenger tried to set off explosives hidden in his shoes on a flight from Paris to Miami on "
        "Saturday, but crew members overpowered him, officials said.",
        "2001-12-23",
        "Disrupted weapons use",
    ),
    (
        "attempted_explosions_are_disrupted",
        "Police statement, 8 June 2011: There were three attempted explosions on trams in central Gdansk "
        "this morning; only the detonators went off and no one was hurt.",
        "2011-06-08",
        "Disrupted weapons use",
    ),
    (
        "fire_on_supporters_who_took_to_the_streets_is_force_on_protesters",
        "Security forces opened fire on opposition supporters who took to the streets of Minsk on Sunday, "
        "and officials said four people were killed.",
        "2010-12-20",
        "Excessive force against protesters",
    ),
    (
        "a_man_firing_shots_from_his_car_and_wounding_people_attacked_them",
        "A man drove through the centre of Halmstad on Sunday firing shots from his car, wounding four "
        "people, before he was detained near the harbour, police said.",
        "2015-06-15",
        "Attack",
    ),
    (
        "a_man_who_went_for_a_guard_with_a_knife_attacked_him",
        "A man went for a guard at the embassy in Tunis with a knife on Friday, wounding him, and was "
        "arrested at the scene, state media said.",
        "2019-03-02",
        "Attack",
    ),
    (
        "youths_pelting_parliament_with_stones_riot",
        "Youths broke away from a peaceful rally in central Vilnius on Wednesday night, pelting parliament "
        "with stones until police dispersed them with tear gas.",
        "2009-01-17",
        "Violent demonstration",
    ),
    (
        "a_road_blocked_with_burning_tyres_is_a_riot",
        "Residents protesting power cuts blocked the main road with burning tyres in Kisumu on Monday, and "
        "police used tear gas to clear it.",
        "2016-05-17",
        "Violent demonstration",
    ),
    (
        "young_men_fighting_running_battles_with_security_forces_riot",
        "Young men angry at the election result fought running street battles with security forces in "
        "Conakry on Tuesday, who answered with tear gas, residents said.",
        "2020-10-21",
        "Violent demonstration",
    ),
    (
        "a_group_that_moves_into_a_town_its_defenders_left_overtakes_it",
        "Rebel fighters took control of the town of Kidal on Saturday after government troops withdrew, "
        "residents said.",
        "2012-03-31",
        "Non-state actor overtakes territory",
    ),
    (
        "regression_soldiers_taking_a_break_from_army_service_change_no_group",
        "The audience at the opera in Lviv on Saturday was a mix of couples in their best clothes and "
        "soldiers in fatigues taking a break from their army service for an evening of music.",
        "2022-06-12",
        None,
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
    (
        "guards_who_mutinied_fought_the_army",
        "Hundreds of presidential guards mutinied at their barracks in Bissau on Tuesday and exchanged fire "
        "with army troops who surrounded the compound, officials said.",
        "2012-08-15",
        "actor2",
        "Military Forces of Guinea-Bissau (2012-2014)",
    ),
    (
        "a_gunman_who_walked_in_and_opened_fire_acted_alone",
        "A gunman walked into a synagogue in central Graz on Wednesday afternoon and opened fire, killing "
        "two people before fleeing, prosecutors said.",
        "2019-10-10",
        "actor1",
        "Sole Perpetrator (Austria)",
    ),
    (
        "soldiers_seizing_power_are_a_mutiny",
        "BISSAU — Soldiers surrounded the home of former prime minister Carlos Gomes Junior late on "
        "Thursday, seizing power before the run-off.",
        "2012-04-13",
        "actor1",
        "Mutiny of Military Forces of Guinea-Bissau (2009-2012)",
    ),
    (
        "where_a_flight_came_from_is_not_where_its_bomber_was_stopped",
        "A passenger tried to set off explosives sewn into his clothes as a flight from Madrid came in to "
        "land at Boston on Friday, but crew members overpowered him, officials said.",
        "2010-03-06",
        "location",
        "Boston",
    ),
    (
        "the_island_the_victims_came_from_is_not_where_they_were_attacked",
        "Mobs armed with machetes hunted down migrants from the island of Madura in the town of Sampit on "
        "Sunday, burning their homes, police said.",
        "2005-03-08",
        "location",
        "Sampit",
    ),
    (
        "a_town_in_the_basin_of_a_region_is_the_town",
        "TUNIS (Reuters) - In Redeyef, in the mining basin of Gafsa, police fired live ammunition at "
        "residents protesting against unemployment on Friday, killing one man.",
        "2008-06-07",
        "location",
        "Ar Rudayyif",  # the gazetteer's name of Redeyef
    ),
    (
        "a_group_that_names_itself_in_its_claim_is_the_doer",
        "Gunmen shot dead a judge outside his home in Izmir on Monday, and a group calling itself the "
        "Avengers of the Aegean claimed responsibility, police said.",
        "2019-02-12",
        "actor1",
        "Avengers of the Aegean",
    ),
    (
        "a_group_that_names_itself_as_the_subject_is_the_doer",
        "A group calling itself the Sons of the Delta shot dead two oil workers near Port Harcourt on "
        "Friday, police said.",
        "2007-05-05",
        "actor1",
        "Sons of the Delta",
    ),
    (
        "gran_of_a_longer_name_is_no_place",
        "Venezuelan soldiers opened fire on Pemon residents at a checkpoint near Kumarakapay (Gran Sabana) "
        "on Friday, killing two, community leaders said.",
        "2019-02-23",
        "country_code",
        "VE",
    ),
    (
        "a_man_of_a_given_age_named_by_his_nationality_acted_alone",
        "A 31-year-old Dane with far-right links drove through Odense on Saturday firing shots from his car, "
        "wounding three migrants, before he was detained, police said.",
        "2018-05-06",
        "actor1",
        "Sole Perpetrator (Denmark)",
    ),
    (
        "a_town_in_a_restaurants_longer_name_is_not_its_place",
        "Gunmen opened fire on diners at the Cappuccino Istanbul restaurant on Kwame Nkrumah Avenue in "
        "Ouagadougou (Kadiogo, Centre) on Friday night. 16 civilians were killed.",
        "2016-01-16",
        "location",
        "Ouagadougou",
    ),
    (
        "a_town_that_names_a_bar_in_apposition_is_not_its_place",
        "A masked gunman threw grenades inside La Terrasse, a bar-restaurant popular with foreigners in "
        "Bamako (Bamako) on Saturday. Five people were killed.",
        "2015-03-08",
        "location",
        "Bamako",
    ),
    (
        "a_paramilitary_ranger_is_no_town_in_texas",
        "KARACHI, Feb 18 (Reuters) - Militants stormed the police chief's office on Friday evening, and a "
        "paramilitary Ranger was killed, officials said.",
        "2023-02-18",
        "actor2",
        "Police Forces of Pakistan (2022-)",
    ),
    (
        "an_unnamed_group_that_fired_from_another_country_is_that_countrys",
        "At least two rockets fired from southern Lebanon hit northern Israel on Sunday, one of them "
        "striking a house in Kiryat Shmona, police said.",
        "2011-11-27",
        "actor1",
        "Unidentified Armed Group (Lebanon)",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
