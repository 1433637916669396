"""Sub-event types and doers of wordings met in fresh news text: coups told as done, protests broken up
with a death, crowds that fought the police, plots foiled with explosives found, a colony handed back,
communities clashing, several people stabbed.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "a_boy_police_shot_as_he_watched_a_protest_met_excessive_force",
        "A 16-year-old boy died after being shot in the chest in the Valparaiso district of Playa Ancha late "
        "on Thursday as he watched a protest, his family said, accusing police of firing the shot.",
        "2011-08-26",
        "Excessive force against protesters",
    ),
    (
        "soldiers_who_fought_off_an_attack_in_a_coup_foiled_fought",
        "Soldiers loyal to the army chief fought off an attack on the armed forces headquarters in Bissau on "
        "Monday, and the government said it had foiled a coup attempt led by the navy chief.",
        "2011-12-27",
        "Armed clash",
    ),
    (
        "regular_attacks_a_group_says_it_guards_against_are_no_event",
        "The rebels say they protect Muslim herders in Ouham-Pende from regular attacks by Christian "
        "militias.",
        "2021-01-01",
        None,
    ),
    (
        "a_politician_who_vanished_leaving_blood_behind_was_made_to_disappear",
        "An opposition politician vanished after leaving a restaurant in Vitebsk late on Thursday, and his "
        "family said blood and broken glass were found beside his car.",
        "1999-09-18",
        "Abduction/forced disappearance",
    ),
    (
        "hikers_gone_missing_in_the_mountains_are_no_abduction",
        "Two hikers went missing in the mountains near Almaty on Sunday, and their abandoned car was found "
        "at a trailhead, rescuers said.",
        "2019-06-10",
        None,
    ),
    (
        "un_peacekeepers_taking_over_from_another_mission_set_up_a_base",
        "United Nations peacekeepers formally took over from the regional mission in Bangui on Monday at a "
        "ceremony where soldiers swapped their berets for blue ones.",
        "2014-09-15",
        "Headquarters or base established",
    ),
    (
        "government_troops_who_drove_militiamen_out_of_districts_regained_them",
        "Government troops backed by allied soldiers drove militiamen loyal to a former prime minister out "
        "of two districts of Pointe-Noire on Monday after three days of fighting, the government said.",
        "1998-12-22",
        "Government regains territory",
    ),
    (
        "marchers_detained_as_they_marched_were_a_protest_broken_up",
        "Police detained about 40 members of a dissident women's group and their supporters as they marched "
        "after Sunday Mass in Santa Clara, witnesses said.",
        "2016-04-03",
        "Protest with intervention",
    ),
    (
        "fire_on_crowds_who_stoned_buses_is_a_riot_fired_on",
        "Two people were killed on Tuesday when police opened fire on crowds who blocked roads, stoned buses "
        "and burned tyres in Beira in protest at a rise in bread prices, hospital staff said.",
        "2010-09-01",
        "Violent demonstration",
    ),
    (
        "a_group_suspending_its_attacks_changes_what_it_does",
        "The Niger Delta Avengers, a militant group, said on Sunday they were suspending their attacks on "
        "oil pipelines in Bayelsa to give talks with the government a chance.",
        "2009-10-25",
        "Change to group/activity",
    ),
    (
        "a_man_who_struck_a_prime_minister_attacked_her",
        "The prime minister suffered a neck injury after a man struck her on a square in central Aarhus on "
        "Friday evening, her office said.",
        "2024-06-08",
        "Attack",
    ),
    (
        "a_poisoned_letter_is_a_chemical_weapon",
        "The rebels said their commander had been killed in March by a poisoned letter handed to him by a "
        "messenger in Vedeno.",
        "2002-04-26",
        "Chemical weapon",
    ),
    (
        "men_who_doused_worshippers_with_petrol_attacked_them",
        "Two men walked into a church in Soufriere during the evening service on Sunday and doused "
        "worshippers with petrol before setting fire to the pews, police said.",
        "2003-03-10",
        "Attack",
    ),
    (
        "a_politician_beaten_up_by_young_men_was_attacked",
        "A local councillor was beaten up by three young men while hanging campaign posters in Leipzig on "
        "Saturday night, police said.",
        "2024-05-12",
        "Attack",
    ),
    (
        "fire_into_a_crowd_of_unarmed_people_is_excessive_force",
        "Troops backed by armoured cars stormed the radio station in Riga overnight, firing into the crowds "
        "of unarmed residents who had gathered outside.",
        "1991-01-20",
        "Excessive force against protesters",
    ),
    (
        "arrests_told_as_later_come_after_the_fight_they_followed",
        "Rebels attacked two army posts near Luba before dawn on Wednesday, killing three soldiers, the "
        "government said. Security forces have since arrested dozens of young men in the town, witnesses "
        "said.",
        "1998-01-23",
        "Armed clash",
    ),
    (
        "soldiers_who_say_they_have_overthrown_the_government_staged_a_coup",
        "Radio bulletin, Friday:\nSoldiers say they have overthrown the government of the president.\n"
        "Witnesses in Bamako say some soldiers are looting shops near the presidential palace.",
        "2012-03-23",
        "Other",
    ),
    (
        "a_protest_broken_up_with_a_death_met_excessive_force",
        "Riot police beat opposition supporters with truncheons as they broke up a protest against the "
        "election result in central Tbilisi on Thursday, and one person was killed, officials said.",
        "2007-11-08",
        "Excessive force against protesters",
    ),
    (
        "a_protest_broken_up_during_which_a_bomb_killed_is_no_excessive_force",
        "Police fired tear gas to break up a protest in the market of Quetta on Friday, hours after a bomb "
        "killed two people near the court, officials said.",
        "2013-02-15",
        "Protest with intervention",
    ),
    (
        "a_toll_across_the_country_is_not_the_dispersals",
        "Police fired tear gas at thousands of people protesting in La Paz on Monday against the election "
        "result, and a rights group said seven people had been killed across the country.",
        "2019-10-29",
        "Protest with intervention",
    ),
    (
        "protesters_who_burned_tyres_and_fought_police_rioted_whoever_died",
        "A man was killed by gunfire in Puerto Ayacucho on Tuesday as protesters against the closure of a "
        "market burned tyres and fought police, who fired tear gas, local media reported.",
        "2016-05-04",
        "Violent demonstration",
    ),
    (
        "fire_on_people_protesting_is_excessive_force_though_men_were_shot",
        "Three men were shot dead in the town of Sidi Bouzid on Saturday when security forces opened fire on "
        "hundreds of people protesting against the arrest of a union leader, witnesses said.",
        "2010-12-26",
        "Excessive force against protesters",
    ),
    (
        "people_shot_dead_as_a_march_broke_up_met_excessive_force",
        "Two people were shot dead as a student march against the government broke up in central Managua on "
        "Thursday, witnesses said.",
        "2018-04-20",
        "Excessive force against protesters",
    ),
    (
        "a_man_shot_dead_when_police_moved_against_occupiers_met_excessive_force",
        "A member of the band was shot dead late on Wednesday when provincial police in riot gear moved "
        "against a group of unarmed people occupying the park, band members said.",
        "1995-09-07",
        "Excessive force against protesters",
    ),
    (
        "men_who_stormed_a_protest_camp_were_a_mob",
        "Men loyal to the ruling parties stormed the protest camp in the main square on Tuesday, beating "
        "demonstrators and setting tents alight.",
        "2019-10-30",
        "Mob violence",
    ),
    (
        "dozens_of_men_who_swept_through_a_station_and_set_upon_commuters_were_a_mob",
        "Dozens of men in white T-shirts, swinging canes and metal bars, swept through the railway station "
        "late on Sunday and set upon commuters returning from a march, leaving 45 people in hospital.",
        "2019-07-22",
        "Mob violence",
    ),
    (
        "a_stone_thrown_during_a_protest_that_hit_a_minister_was_a_riot",
        "The prime minister was hit on the head by a stone thrown during a protest against vaccine mandates "
        "outside parliament in Kingstown on Thursday, officials said.",
        "2021-08-06",
        "Violent demonstration",
    ),
    (
        "supporters_who_tried_to_break_through_police_lines_rioted",
        "Hundreds of the former president's supporters tried to break through police lines near the court in "
        "Seoul on Friday, some climbing onto police buses, police said.",
        "2017-03-10",
        "Violent demonstration",
    ),
    (
        "protesters_seen_at_the_units_a_crowd_stormed_are_that_riot",
        "Supporters of the former president stormed three military units in the Chapare region on Friday and "
        "held the soldiers inside, the army said. Protesters were seen carrying sticks at the regiment near "
        "Villa Tunari.",
        "2024-11-02",
        "Violent demonstration",
    ),
    (
        "a_critic_poisoned_with_a_radioactive_substance_was_attacked_with_a_chemical",
        "LONDON - A former security officer and critic of the government was poisoned with the radioactive "
        "substance polonium-210, health officials said on Friday, hours after he died in a London hospital.",
        "2006-11-24",
        "Chemical weapon",
    ),
    (
        "the_poisonings_of_schoolgirls_were_chemical_attacks",
        "The deputy health minister said on Sunday that the poisonings of hundreds of schoolgirls in the "
        "city of Qom since late November had been deliberate.",
        "2023-02-27",
        "Chemical weapon",
    ),
    (
        "a_river_poisoned_by_a_mine_is_no_chemical_attack",
        "Residents said the river had been poisoned with cyanide from the gold mine upstream, and fish were "
        "dying, officials said on Monday.",
        "2023-02-27",
        None,
    ),
    (
        "gunmen_who_seized_two_frenchmen_abducted_them",
        "NIAMEY - Gunmen seized two young Frenchmen from a restaurant in the centre of Niamey on Friday "
        "night and drove off towards the border, the government said.",
        "2011-01-08",
        "Abduction/forced disappearance",
    ),
    (
        "gunmen_who_riddled_a_car_with_bullets_attacked",
        "DODOMA - Gunmen riddled opposition lawmaker Tundu Lissu's car with bullets as he got home for lunch "
        "on Thursday, hitting him several times, his party said.",
        "2017-09-08",
        "Attack",
    ),
    (
        "masked_men_who_fired_shots_injuring_voters_attacked",
        "Masked men in police and military gear fired shots near a polling station in Accra during the "
        "by-election on Thursday, injuring at least six people, witnesses said.",
        "2019-01-31",
        "Attack",
    ),
    (
        "a_human_chain_across_a_city_is_a_protest",
        "Tens of thousands of Portuguese linked hands in a human chain across Lisbon on Wednesday, from the "
        "UN office to the embassies of the Security Council's members.",
        "1999-09-09",
        "Peaceful protest",
    ),
    (
        "a_procession_against_a_law_is_a_protest",
        "Tens of thousands of people walked behind priests carrying icons through Podgorica on Thursday "
        "evening in the latest procession against a religion law.",
        "2020-02-14",
        "Peaceful protest",
    ),
    (
        "a_gunman_who_fired_on_shoppers_attacked_them_no_shelling",
        "STRASBOURG - A gunman slipped into the streets around the Christmas market on Tuesday evening and "
        "fired on shoppers, leaving at least two people dead, officials said.",
        "2018-12-12",
        "Attack",
    ),
    (
        "offices_left_blackened_shells_by_crowds_that_broke_in_were_rioted_not_shelled",
        "The electoral offices in Sucre were blackened shells by Tuesday morning after crowds angry at the "
        "count broke in overnight and put them to the torch.",
        "2019-10-22",
        "Violent demonstration",
    ),
    (
        "police_who_turned_their_guns_on_growers_blocking_eradication_used_excessive_force",
        "Farmers' leaders said police turned their guns on hundreds of coca growers who were trying to stop "
        "the forced eradication of their crops near Tumaco on Thursday, killing six of them.",
        "2017-10-06",
        "Excessive force against protesters",
    ),
    (
        "a_bomb_squad_that_blew_up_a_bag_stopped_a_bomb",
        "A bomb squad dug a pit and blew up a bag left at the flower market in Delhi on Friday morning after "
        "finding an improvised explosive device inside it, police said.",
        "2022-01-14",
        "Disrupted weapons use",
    ),
    (
        "young_men_chasing_passers_by_who_looked_foreign_were_a_mob",
        "A march against migrants in Limassol on Friday night ended with hooded young men smashing the "
        "windows of shops owned by foreigners and chasing passers-by who looked foreign, police said.",
        "2023-09-02",
        "Mob violence",
    ),
    (
        "people_killed_most_of_them_soldiers_when_a_base_was_stormed_died_in_a_fight",
        "At least 141 people, most of them soldiers of the eastern army, were killed when forces allied to "
        "the government stormed the Brak air base in southern Libya on Thursday, a spokesman said.",
        "2017-05-19",
        "Armed clash",
    ),
    (
        "a_curfew_imposed_after_a_riot_comes_after_the_riot",
        "LIBREVILLE - A curfew was imposed on Port-Gentil on Friday. Opposition supporters angry at the "
        "declared result of the election set fire to the French consulate on Thursday and looted shops.",
        "2009-09-04",
        "Violent demonstration",
    ),
    (
        "a_curfew_alone_is_the_news",
        "LIBREVILLE - The authorities imposed a night-time curfew on Port-Gentil on Friday ahead of the "
        "announcement of the election result.",
        "2009-09-04",
        "Other",
    ),
    (
        "protesters_who_tore_apart_a_camp_of_migrants_were_a_mob",
        "During a march against irregular migration in Iquique on Saturday, some protesters tore apart a "
        "camp of Venezuelan migrants in a seafront square and burned their tents, police said.",
        "2021-09-26",
        "Mob violence",
    ),
    (
        "a_gunman_who_opened_fire_inside_a_mall_attacked",
        "A gunman has opened fire inside the Siam Paragon shopping mall in central Bangkok, police say. "
        "Shoppers were seen running from the exits.",
        "2023-10-03",
        "Attack",
    ),
    (
        "a_council_formed_and_based_in_a_city_is_a_headquarters",
        "BENGHAZI - Opposition leaders in eastern Libya have formed a National Transitional Council based in "
        "Benghazi to act as the political face of the revolt, its spokesman said on Sunday.",
        "2011-02-28",
        "Headquarters or base established",
    ),
    (
        "rioters_who_set_fires_at_a_hotel_housing_asylum_seekers_were_a_mob",
        "Hundreds of rioters smashed windows and started fires at a hotel housing asylum seekers near "
        "Rotherham on Sunday, while officers protecting it were pelted with bricks, police said.",
        "2024-08-05",
        "Mob violence",
    ),
    (
        "schoolgirls_missing_since_fighters_raided_their_school_were_abducted",
        "The government acknowledged on Sunday that 110 schoolgirls have been missing since Islamist "
        "fighters raided their boarding school in Dapchi, in Yobe state, on the evening of February 19.",
        "2018-02-26",
        "Abduction/forced disappearance",
    ),
    (
        "a_man_attacked_with_a_hammer_and_tear_gas_was_attacked",
        "VILNIUS - A close aide of the late opposition leader was attacked with a hammer and tear gas "
        "outside his home near Vilnius late on Tuesday and taken to hospital, his team said.",
        "2024-03-13",
        "Attack",
    ),
    (
        "troops_that_advanced_kilometres_into_a_neighbours_territory_took_ground",
        "YEREVAN - Azerbaijani troops have advanced about 3.5 km into Armenian territory around the Black "
        "Lake in Syunik province and are refusing to leave, the prime minister said on Thursday.",
        "2021-05-13",
        "Non-state actor overtakes territory",
    ),
    (
        "gunfire_from_the_ground_that_hit_a_plane_was_an_attack",
        "PORT-AU-PRINCE - Gunfire from the ground hit a Spirit Airlines plane as it approached the airport "
        "on Monday, slightly injuring a flight attendant, the airline said.",
        "2024-11-12",
        "Attack",
    ),
    (
        "gunmen_who_killed_a_security_guard_and_took_workers_abducted_them",
        "Gunmen stormed the camp of a road-building firm near Bauchi late on Friday, killing a security "
        "guard and kidnapping five foreign engineers, police said.",
        "2013-03-02",
        "Abduction/forced disappearance",
    ),
    (
        "gunmen_who_killed_a_border_guard_fought_the_state",
        "Gunmen attacked a post near the frontier on Friday, killing a border guard and kidnapping two "
        "traders, officials said.",
        "2013-03-02",
        "Armed clash",
    ),
    (
        "several_people_stabbed_in_a_park_were_attacked",
        "Three tourists were stabbed while walking in a park in the city of Urumqi on Monday, and a local "
        "man has been detained, police said.",
        "2023-06-13",
        "Attack",
    ),
    (
        "explosives_found_foiling_a_plot_are_disrupted_weapons_use",
        "Police arrested two men in a flat in Antwerp on Saturday and found a kilogram of the explosive "
        "TATP, foiling a suspected plot to bomb a rally in the city centre, prosecutors said.",
        "2018-07-02",
        "Disrupted weapons use",
    ),
    (
        "a_plot_disrupted_leads_the_arrests_it_brought",
        "A joint counter-terrorism operation has disrupted a plot to bring down an aircraft with an "
        "improvised explosive device. Four men were arrested on Saturday night during raids in Lakemba.",
        "2017-07-30",
        "Disrupted weapons use",
    ),
    (
        "an_arrest_after_bomb_making_materials_were_found_stopped_a_bombing",
        "Customs inspectors at the ferry terminal in Port Angeles arrested a man on Tuesday after finding "
        "bomb-making materials, including nitroglycerine, in the trunk of his car, officials said.",
        "1999-12-17",
        "Disrupted weapons use",
    ),
    (
        "an_arrest_after_a_protest_stays_an_arrest",
        "Police arrested the leader of the student movement in Dhaka on Thursday, a day after thousands "
        "marched against the verdict, officials said.",
        "2018-02-08",
        "Arrests",
    ),
    (
        "a_second_device_defused_after_a_deadly_bomb_yields_to_the_bomb",
        "A homemade bomb thrown into a crowd near the main mosque in Sousse on Sunday killed one man, and "
        "police defused a second device found nearby, officials said.",
        "2009-02-23",
        "Grenade",
    ),
    (
        "a_colony_handed_back_changes_hands",
        "HONG KONG, July 1 - Britain handed Hong Kong back to China at midnight, ending 156 years of "
        "colonial rule, as Chinese troops crossed the border to take up their posts.",
        "1997-07-01",
        "Non-violent transfer of territory",
    ),
    (
        "a_child_handed_back_to_its_mother_is_no_territory",
        "The boy was handed back to his mother in Lyon on Monday after a court ruling, lawyers said.",
        "2019-03-05",
        None,
    ),
    (
        "crowds_looting_after_an_earthquake_loot",
        "Crowds ransacked supermarkets and a shopping centre in the quake-hit city of Talca on Sunday, and "
        "soldiers were sent in to keep order, officials said. The earthquake killed hundreds of people.",
        "2010-03-01",
        "Looting/property destruction",
    ),
    (
        "a_government_moving_its_ministries_is_no_force_on_the_move",
        "Convoys of military trucks loaded with furniture and files left the old capital on Sunday as the "
        "generals began moving government ministries to a new city in the north, officials said.",
        "2005-11-07",
        None,
    ),
    (
        "an_air_force_that_moved_its_operations_centre_to_a_base_established_it",
        "The U.S. Air Force has moved its regional air operations centre from a base in Saudi Arabia to the "
        "Al Udeid base near Doha, military officials said on Monday.",
        "2003-04-29",
        "Headquarters or base established",
    ),
    (
        "clashes_between_ethnic_communities_are_mob_violence",
        "Four people have been killed in clashes between ethnic Uzbeks and Kyrgyz in the city of Osh since "
        "Thursday, officials said.",
        "2010-06-12",
        "Mob violence",
    ),
    (
        "fighting_between_christians_and_muslims_is_mob_violence",
        "At least ten people died in fighting between Christians and Muslims in the town of Jos on Sunday, "
        "the Red Cross said.",
        "2010-01-18",
        "Mob violence",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_military_council_that_has_taken_power_is_the_army_in_mutiny",
        "Radio bulletin, Wednesday:\nSoldiers have taken over the state radio in Nouakchott. A statement "
        "read on state radio said a military council had taken power.",
        "2005-08-03",
        "actor1",
        "Mutiny of Military Forces of Mauritania (1984-2005)",
    ),
    (
        "a_leader_who_left_for_a_neighbour_names_no_soldiers",
        "Radio bulletin, Sunday:\nSoldiers say they have overthrown the government.\nWitnesses in Freetown "
        "say soldiers have freed hundreds of inmates.\nThe president is reported to have left for Guinea.",
        "1997-05-25",
        "actor1",
        "Mutiny of Military Forces of Sierra Leone (1996-1997)",
    ),
    (
        "junior_officers_are_no_town",
        "Junior army officers in Bissau detained the president on Tuesday and announced on national radio "
        "that they had dissolved the government.",
        "2003-09-14",
        "location",
        "Bissau",
    ),
    (
        "a_march_that_turned_into_a_riot_is_the_rioters",
        "Several hundred people marched through Varnsdorf on Friday evening against what they call crime. "
        "Some of the marchers threw stones and bottles at the officers, who pushed them back with batons.",
        "2011-08-27",
        "actor1",
        "Rioters (Czech Republic)",
    ),
]

FIELDS += [
    (
        "a_partys_supporters_who_stoned_officers_riot_against_the_police",
        "On Friday, members and supporters of CHADEMA marching to the office of the returning officer in "
        "Kinondoni refused orders to disperse and began throwing stones at officers.",
        "2018-02-17",
        "actor2",
        "Police Forces of Tanzania (2015-2021)",
    ),
]

FIELDS += [
    (
        "a_device_defused_with_no_doer_named_was_the_polices_work",
        "ZAGREB - A device found under a bench near the central station of Zagreb was defused on Sunday.",
        "2009-02-23",
        "actor1",
        "Police Forces of Croatia (2003-2009)",
    ),
]

FIELDS += [
    (
        "suspected_insurgents_are_the_group_whose_hallmarks_the_attacks_bore",
        "YALA, Thailand - Suspected insurgents set off small bombs at nine shops across the southern "
        "provinces late on Tuesday, police said. The attacks bore the hallmarks of the Barisan Revolusi "
        "Nasional, which made no comment.",
        "2022-08-17",
        "actor1",
        "BRN: Barisan Revolusi Nasional",
    ),
]

FIELDS += [
    (
        "a_man_poisoned_by_no_one_named_was_poisoned_by_an_unidentified_group",
        "BERLIN - Doctors said on Tuesday it was highly plausible that the activist, who fell ill in Berlin, "
        "had been poisoned.",
        "2018-09-18",
        "actor1",
        "Unidentified Armed Group (Germany)",
    ),
]

FIELDS += [
    (
        "a_man_who_went_on_a_shooting_spree_acted_alone",
        "CETINJE - A man went on a shooting spree in the old royal capital on Friday after a family dispute, "
        "killing ten people, before a passer-by shot him dead, police said.",
        "2022-08-13",
        "actor1",
        "Sole Perpetrator (Montenegro)",
    ),
    (
        "a_man_who_walked_into_a_police_station_and_was_arrested_acted_alone",
        "MANCHESTER - Two policewomen were killed with a gun and a grenade after being called to a house "
        "east of Manchester on Tuesday morning, police said. A 29-year-old man walked into a police station "
        "in nearby Hyde shortly afterwards and was arrested.",
        "2012-09-19",
        "actor1",
        "Sole Perpetrator (United Kingdom)",
    ),
    (
        "an_army_that_has_taken_control_of_the_government_is_in_mutiny",
        "NIAMEY - The army announced on state television on Thursday that it had taken control of the "
        "government, a day after soldiers surrounded the presidential palace.",
        "2010-02-19",
        "actor1",
        "Mutiny of Military Forces of Niger (1999-2010)",
    ),
    (
        "soviet_troops_are_the_soviet_unions_forces",
        "Soviet troops fired on a crowd of unarmed Afghans in Kabul on Sunday, killing twelve people, "
        "witnesses said.",
        "1980-02-25",
        "actor2",
        "Military Forces of the Soviet Union (1964-1982)",
    ),
    (
        "the_army_fighting_off_a_coup_fought_the_army_in_mutiny",
        "Soldiers loyal to the army chief fought off an attack on the armed forces headquarters in Bissau on "
        "Monday, and the government said it had foiled a coup attempt led by the navy chief.",
        "2011-12-27",
        "actor2",
        "Mutiny of Military Forces of Guinea-Bissau (2009-2012)",
    ),
    (
        "rebel_soldiers_are_the_army_in_mutiny",
        "Rebel soldiers took control of the eastern town of Uvira on Sunday after a mutiny against the "
        "president spread from army units in the capital, rebel commanders said.",
        "1998-08-03",
        "actor1",
        "Mutiny of Military Forces of the Democratic Republic of Congo (1997-2001)",
    ),
    (
        "ground_an_army_in_mutiny_takes_is_the_loyal_armys",
        "Rebel soldiers took control of the eastern town of Uvira on Sunday after a mutiny against the "
        "president spread from army units in the capital, rebel commanders said.",
        "1998-08-03",
        "actor2",
        "Military Forces of the Democratic Republic of Congo (1997-2001)",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
