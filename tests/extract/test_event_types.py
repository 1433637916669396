"""Golden cases for the choice of ACLED sub-event type and first actor on news wordings.

Each text is our own, written for these tests about a real kind of happening; each case checks one rule
(the wording that signals the event, or the clause that must not lead).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.extract.actors import side_of
from frontwatch.extract.sources import source_actor
from frontwatch.runner import Pipeline
from stories import doer, story_events

# name, text, publication date, the sub-event type of the first event
SUB_EVENT_CASES = [
    (
        "a_woman_detonating_an_explosive_vest_is_a_suicide_bomb",
        "A woman detonated an explosive vest at a checkpoint in Maiduguri on Monday, killing herself and "
        "two soldiers, the army said.",
        "2023-06-19",
        "Suicide bomb",
    ),
    (
        "armed_attackers_hacking_villagers_to_death_attack_them_and_are_no_mob",
        "Machete-wielding attackers hacked 12 villagers to death in Ituri province overnight, local "
        "officials said.",
        "2023-06-19",
        "Attack",
    ),
    (
        "two_factions_merging_change_the_groups",
        "The two rebel factions announced on Sunday that they had merged into a single movement.",
        "2023-06-19",
        "Change to group/activity",
    ),
    (
        "a_group_pledging_allegiance_changes",
        "The militant group pledged allegiance to the Islamic State in a video released on Friday.",
        "2023-06-19",
        "Change to group/activity",
    ),
    (
        "fighters_plundering_warehouses_loot",
        "Fighters loyal to the warlord plundered warehouses belonging to the World Food Programme in "
        "Mogadishu on Tuesday.",
        "2023-06-19",
        "Looting/property destruction",
    ),
    (
        "assailants_setting_fire_to_one_church_destroy_property",
        "Unknown assailants set fire to a church in a village near Bamenda overnight, residents said.",
        "2023-06-19",
        "Looting/property destruction",
    ),
    (
        "security_forces_killing_a_militant_commander_fight",
        "Security forces killed a suspected militant commander in a raid in Mindanao on Tuesday.",
        "2023-06-19",
        "Armed clash",
    ),
    (
        "a_toll_told_as_police_fired_on_protesters_is_their_excessive_force",
        "MANAGUA — At least 10 people have been killed since Wednesday as police fired on students "
        "protesting against cuts to pensions in Managua, a human rights group said on Saturday.",
        "2018-04-21",
        "Excessive force against protesters",
    ),
    (
        "a_gang_setting_fire_to_a_police_station_destroys_property",
        "Gang members set fire to a police station in Port-au-Prince on Monday, residents said.",
        "2024-03-04",
        "Looting/property destruction",
    ),
    (
        "troops_demolishing_homes_destroy_property",
        "Israeli troops demolished the homes of two Palestinian attackers in Jenin on Tuesday.",
        "2023-08-08",
        "Looting/property destruction",
    ),
    (
        "troops_opening_fire_on_a_crowd_of_mourners_attack_them",
        "Troops opened fire on a crowd of mourners in Mandalay on Sunday, killing 12, witnesses said.",
        "2021-03-28",
        "Attack",
    ),
    (
        "farmers_blocking_railway_tracks_with_a_demand_protest",
        "Farmers in Punjab blocked railway tracks on Monday demanding guaranteed crop prices.",
        "2024-02-19",
        "Peaceful protest",
    ),
    (
        "a_projectile_that_hits_an_airport_is_a_missile_attack",
        "RIYADH — A projectile fired from Yemen hit the arrivals hall of Abha airport on Wednesday, "
        "wounding 26 civilians, the coalition said.",
        "2019-06-12",
        "Shelling/artillery/missile attack",
    ),
    (
        "a_killing_of_at_least_134_named_villagers_is_an_attack",
        "BAMAKO — Gunmen killed at least 134 Fulani villagers in Ogossagou in central Mali on Saturday, a "
        "local mayor said.",
        "2019-03-24",
        "Attack",
    ),
    (
        "a_states_strike_that_kills_is_an_air_strike",
        "Three people were killed in a Russian strike on a village near Kupiansk on Sunday, the regional "
        "governor said.",
        "2024-05-12",
        "Air/drone strike",
    ),
    (
        "a_driver_blowing_up_his_explosives_laden_lorry_is_a_suicide_bomb",
        "A lorry packed with explosives was blown up by its driver outside a police station in Kabul on "
        "Wednesday, killing nine people, officials said.",
        "2017-05-31",
        "Suicide bomb",
    ),
    (
        "rockets_carrying_a_toxic_chemical_are_a_chemical_weapon",
        "Rockets carrying a toxic chemical hit the town of Taza south of Kirkuk on Tuesday, officials "
        "said, and hundreds of residents were treated for burns.",
        "2016-03-09",
        "Chemical weapon",
    ),
    (
        "an_army_taking_control_of_the_government_is_a_coup",
        "BANGKOK — The army chief announced on television on Thursday that the military had taken control "
        "of the government.",
        "2014-05-22",
        "Other",
    ),
    (
        "former_guerrillas_founding_a_party_change_the_group",
        "BOGOTA — Former FARC guerrillas founded a political party on Thursday and said they would "
        "contest next year's elections.",
        "2017-09-01",
        "Change to group/activity",
    ),
    (
        "riot_police_breaking_up_a_sit_in_intervene_in_a_protest",
        "Riot police used batons to break up a sit-in by teachers outside the education ministry in "
        "Nairobi on Tuesday.",
        "2024-02-13",
        "Protest with intervention",
    ),
    (
        "an_armed_group_appointing_a_new_commander_changes_the_group",
        "The rebel group announced on Sunday that it had appointed a new commander after its leader was "
        "killed in an air strike.",
        "2024-08-04",
        "Change to group/activity",
    ),
    (
        "a_road_blocked_to_protest_is_a_protest_not_a_mere_purpose",
        "Hundreds of farmers blocked the highway outside Warsaw with tractors on Monday to protest "
        "against low grain prices.",
        "2023-04-03",
        "Peaceful protest",
    ),
    (
        "arrests_ahead_of_a_rally_are_arrests",
        "Police in Dhaka arrested 40 opposition supporters on Friday ahead of the rally planned for "
        "Saturday, party officials said.",
        "2023-10-27",
        "Arrests",
    ),
    (
        "a_state_striking_sites_abroad_is_a_missile_attack_not_the_massacre_it_answers",
        "NEW DELHI — India struck nine sites in Pakistan early on Wednesday, including targets in "
        "Bahawalpur, in what it called a response to the Pahalgam massacre. Pakistan said civilians "
        "were killed.",
        "2025-05-07",
        "Shelling/artillery/missile attack",
    ),
    (
        "an_attack_looked_back_on_is_no_answer_to_a_missile_strike",
        "Two Russian missiles hit a hotel in the centre of Kramatorsk on Monday evening, killing four "
        "people, regional officials said. The governor said the attack showed Moscow was targeting "
        "civilians.",
        "2023-07-10",
        "Shelling/artillery/missile attack",
    ),
    (
        "attacks_repelled_after_a_drone_strike_are_interceptions_not_a_clash",
        "Ukrainian drones hit an oil depot in the Bryansk region on Saturday, the regional governor "
        "said. Moscow said most of the attacks had been repelled.",
        "2024-01-20",
        "Air/drone strike",
    ),
    (
        "protesters_angry_over_prices_setting_fire_riot",
        "Protesters angry over a rise in the price of fuel set fire to a police station in the town "
        "of Kisumu on Tuesday, witnesses said.",
        "2023-03-21",
        "Violent demonstration",
    ),
    (
        "a_withdrawal_under_a_ceasefire_deal_is_a_transfer_not_an_agreement",
        "Armenian troops pulled out of the village of Kirants on Tuesday under the border deal with "
        "Baku, officials said.",
        "2024-05-21",
        "Non-violent transfer of territory",
    ),
    (
        "a_withdrawal_demanded_is_no_event_beside_a_strike",
        "Turkish warplanes struck targets near Qamishli on Friday, the defence ministry said, urging "
        "Kurdish fighters to pull out of the border strip.",
        "2022-11-25",
        "Air/drone strike",
    ),
    (
        "a_group_that_would_be_dissolved_changes",
        "The country's new leaders said on Monday that the ruling party's militias would be "
        "dissolved and merged into the army.",
        "2024-12-30",
        "Change to group/activity",
    ),
    (
        "a_new_head_named_with_a_long_apposition_changes_the_group",
        "Hezbollah named Naim Qassem, its long-serving deputy and a founding member of the group, as "
        "its secretary-general on Tuesday, a month after an Israeli strike killed his predecessor.",
        "2024-10-29",
        "Change to group/activity",
    ),
    (
        "a_crew_taken_from_a_seized_ship_is_an_abduction",
        "Iran's Revolutionary Guards seized a container ship in the Strait of Hormuz on Saturday, "
        "taking its 25 crew members to an Iranian port, state media said.",
        "2024-04-13",
        "Abduction/forced disappearance",
    ),
    (
        "strikes_on_a_port_with_no_weapon_named_are_air_strikes",
        "U.S. strikes on the Houthi-held port of Hodeidah on Sunday killed 12 people, the group's "
        "health ministry said.",
        "2025-04-20",
        "Air/drone strike",
    ),
    (
        "a_person_stoned_to_death_by_students_is_mob_violence",
        "Students beat and burned to death a university lecturer in Mardan on Thursday after he was "
        "accused of blasphemy, police said.",
        "2017-04-13",
        "Mob violence",
    ),
    (
        "police_arresting_people_at_an_occupied_campus_intervene_in_a_protest",
        "Police cleared a library that student protesters had occupied in Amsterdam on Wednesday, "
        "arresting 30 people, the city said.",
        "2024-05-08",
        "Protest with intervention",
    ),
    (
        "a_gunman_opening_fire_at_a_named_rally_attacks_it",
        "A gunman opened fire at the prime minister's election rally in Handlova on Wednesday, "
        "wounding him in the stomach, police said.",
        "2024-05-15",
        "Attack",
    ),
    (
        "troops_opening_fire_on_a_crowd_that_dies_attack_it",
        "At least 30 people were killed on Sunday when soldiers opened fire as crowds gathered at "
        "an aid distribution point in Rafah, the health ministry said.",
        "2025-06-01",
        "Attack",
    ),
    (
        "rebels_saying_they_had_taken_a_city_overtake_it",
        "M23 rebels said on Friday they had taken Goma after government soldiers fled, residents said.",
        "2025-01-31",
        "Non-state actor overtakes territory",
    ),
    (
        "fighters_walking_into_a_town_take_it",
        "Islamist fighters walked into the centre of Djibo on Sunday after the army left its "
        "positions, residents said.",
        "2022-09-04",
        "Non-state actor overtakes territory",
    ),
    (
        "separatists_seizing_all_camps_overtake_them",
        "Separatist fighters seized all army camps in Mukalla on Thursday after two days of "
        "fighting, residents said.",
        "2019-08-29",
        "Non-state actor overtakes territory",
    ),
    (
        "soldiers_who_left_a_country_handing_over_a_base_transfer_it",
        "The last German soldiers of the UN mission left Mali on Tuesday, handing over their camp in "
        "Gao to the Malian army, the defence ministry said.",
        "2023-12-12",
        "Non-violent transfer of territory",
    ),
    (
        "villages_handed_to_a_neighbour_are_transferred",
        "Kyrgyzstan handed three border villages in the Batken region to Tajikistan on Monday, "
        "officials said.",
        "2025-03-17",
        "Non-violent transfer of territory",
    ),
    (
        "staff_held_at_gunpoint_are_abducted_before_the_arrests",
        "Masked gunmen burst into a radio station in Port-au-Prince on Monday and held the staff at "
        "gunpoint for two hours before police arrested four of them, officials said.",
        "2024-03-04",
        "Abduction/forced disappearance",
    ),
    (
        "gunmen_carrying_off_goods_loot_while_fighting_goes_on",
        "Residents said gunmen had broken into shops and warehouses in Omdurman on Sunday, carrying "
        "off food and fuel while the fighting continued.",
        "2023-05-07",
        "Looting/property destruction",
    ),
    (
        "shot_him_dead_is_an_attack",
        "Gunmen stormed the home of a district mayor in Bamenda on Saturday and shot him dead, police said.",
        "2023-02-11",
        "Attack",
    ),
    (
        "troops_ordered_out_to_avoid_encirclement_is_ground_lost",
        "Ukraine's army said on Monday it had ordered its units out of Avdiivka to avoid being encircled.",
        "2024-02-19",
        "Non-state actor overtakes territory",
    ),
    (
        "a_police_raid_on_a_gang_that_leaves_dead_is_a_fight",
        "A police raid against gang members in a hillside district of Salvador on Tuesday left nine people "
        "dead, state officials said.",
        "2023-09-05",
        "Armed clash",
    ),
    (
        "buses_set_on_fire_with_no_burner_named_is_property_destruction",
        "Three buses parked at the depot in Valparaiso were set on fire overnight, the transport company "
        "said.",
        "2019-10-21",
        "Looting/property destruction",
    ),
    (
        "an_alliance_announced_with_rebels_is_a_change_to_the_group",
        "A former electoral official announced in Kampala on Sunday a new alliance with ADF rebels.",
        "2023-06-11",
        "Change to group/activity",
    ),
    (
        "a_past_killing_told_in_the_lead_comes_before_today's_denial",
        "Soldiers killed at least 40 villagers in Djibo in February, investigators said on Thursday. "
        "The army said on Friday its troops had killed 12 militants near Djibo.",
        "2023-05-12",
        "Attack",
    ),
    (
        "tear_gas_fired_to_disperse_a_crowd_is_an_intervention_not_excessive_force",
        "Riot police fired tear gas and rubber bullets to scatter hundreds of demonstrators outside the "
        "electoral commission in Abidjan on Saturday.",
        "2020-10-31",
        "Protest with intervention",
    ),
    (
        "gunmen_ambushing_a_passenger_bus_attack_civilians",
        "Gunmen ambushed a passenger bus near Bandiagara on Friday, killing 31 travellers, officials said.",
        "2021-12-04",
        "Attack",
    ),
    (
        "herders_hacking_villagers_to_death_are_armed_attackers_not_a_mob",
        "Herdsmen raided a farming settlement in Plateau state overnight, hacking 14 villagers to death, a "
        "local leader said.",
        "2023-05-17",
        "Attack",
    ),
    (
        "a_driver_ramming_an_explosives_laden_truck_is_a_suicide_bomb",
        "An attacker rammed an explosives-laden truck into the gate of an army camp in Lower Shabelle on "
        "Sunday, officials said.",
        "2019-09-30",
        "Suicide bomb",
    ),
    (
        "fighters_seizing_women_abduct_them",
        "Jihadist fighters snatched about 50 women gathering wild fruit near Arbinda this week, "
        "residents said.",
        "2023-01-16",
        "Abduction/forced disappearance",
    ),
    (
        "workers_on_strike_protest",
        "Nurses in Harare went on strike on Monday to demand salaries in US dollars.",
        "2022-06-20",
        "Peaceful protest",
    ),
    (
        "a_candlelight_vigil_is_a_protest",
        "Hundreds of people held a candlelight vigil in Kathmandu on Friday for the students killed "
        "by police.",
        "2025-09-12",
        "Peaceful protest",
    ),
    (
        "anti_coup_protesters_rounded_up_no_coup",
        "Soldiers rounded up scores of anti-coup demonstrators in Mandalay on Sunday, witnesses said.",
        "2021-03-07",
        "Protest with intervention",
    ),
    (
        "militants_taking_over_a_town_overtake_territory",
        "Islamist militants took over the district town of Mocimboa da Praia on Wednesday after government "
        "troops fled.",
        "2020-08-13",
        "Non-state actor overtakes territory",
    ),
    (
        "an_arms_cache_uncovered_is_disrupted_weapons_use",
        "Troops uncovered a weapons cache in a forest near Monguno on Tuesday, the army said.",
        "2022-03-02",
        "Disrupted weapons use",
    ),
    (
        "bodies_found_with_gunshot_wounds_were_attacked",
        "The bodies of three farmers were found with gunshot wounds on a road outside Tierralta, the "
        "mayor said.",
        "2021-08-09",
        "Attack",
    ),
    (
        "a_village_attacked_by_militiamen_is_an_attack_on_civilians",
        "A village in Djugu territory was attacked by armed militiamen before dawn, leaving 18 people dead.",
        "2022-02-02",
        "Attack",
    ),
    (
        "people_slain_in_a_raid_on_a_village_were_attacked",
        "Dozens of people were slain in a raid on a farming village in Benue state on Saturday night.",
        "2018-06-25",
        "Attack",
    ),
    (
        "troops_trading_fire_with_rebels_clash",
        "Soldiers traded fire with separatist fighters for two hours outside Kumba, a local official said.",
        "2020-10-26",
        "Armed clash",
    ),
    (
        "an_army_killing_insurgents_clashes_with_them",
        "The army said on Monday it had neutralised 45 terrorists during an operation near Diffa.",
        "2021-03-15",
        "Armed clash",
    ),
    (
        "a_blast_at_a_checkpoint_with_no_weapon_named_is_an_explosive_device",
        "A blast near a police checkpoint on the outskirts of Peshawar killed four officers on Sunday.",
        "2023-07-03",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_gas_cylinder_blast_is_no_explosive_attack",
        "A gas cylinder blast at a restaurant in Karachi killed three people on Sunday, police said.",
        "2023-07-03",
        None,
    ),
    (
        "a_vehicle_striking_a_mine_is_a_landmine",
        "Three peacekeepers were killed when their armoured vehicle struck a mine near Tessalit.",
        "2023-04-10",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_bomber_detonating_his_explosives_is_a_suicide_bomb",
        "A bomber detonated his explosives at the gate of a court in Mogadishu, police said.",
        "2023-04-10",
        "Suicide bomb",
    ),
    (
        "protesters_killed_when_police_fired_meet_excessive_force",
        "Five demonstrators were shot dead when police fired on a march against the fuel price rise "
        "in Lagos.",
        "2023-06-01",
        "Excessive force against protesters",
    ),
    (
        "hostages_freed_in_exchange_for_prisoners_is_an_agreement",
        "The militants released four hostages in exchange for 20 of their jailed fighters, mediators said.",
        "2019-11-20",
        "Agreement",
    ),
    (
        "ammunition_dumps_destroyed_by_rockets_are_a_strike_not_a_disrupted_weapon",
        "Ukrainian forces said they had destroyed two ammunition dumps near Nova Kakhovka with rockets.",
        "2022-07-12",
        "Shelling/artillery/missile attack",
    ),
    (
        "a_base_inaugurated_is_established",
        "The defence minister inaugurated a naval base at the port of Ras Banas on Thursday, state "
        "television said.",
        "2021-07-02",
        "Headquarters or base established",
    ),
    (
        "an_armed_wing_formed_changes_the_group",
        "The separatist movement announced on Monday that it had formed an armed wing to guard its villages.",
        "2021-04-12",
        "Change to group/activity",
    ),
    (
        "militants_going_house_to_house_killing_attack_civilians",
        "Militants went from house to house shooting residents in a village near Tillaberi, officials said.",
        "2021-03-22",
        "Attack",
    ),
    (
        "a_crowd_demanding_in_the_streets_protests",
        "Thousands of young people, many waving flags, filled the main avenue of Lome on Saturday, demanding "
        "term limits for the president.",
        "2017-09-09",
        "Peaceful protest",
    ),
    (
        "an_air_defence_bringing_down_a_drone_is_disrupted_weapons_use",
        "The army said its air defences brought down a drone over Tripoli's airport on Sunday.",
        "2019-08-05",
        "Disrupted weapons use",
    ),
    (
        "soldiers_seizing_power_is_a_coup",
        "Soldiers stormed the state broadcaster in Niamey late on Wednesday, seizing power from the elected "
        "president, officers said on television.",
        "2023-07-27",
        "Other",
    ),
    (
        "bases_handed_over_with_a_clause_between_are_transferred",
        "France handed its air base in N'Djamena, the last of its sites in the country, to Chad's army on "
        "Thursday.",
        "2025-01-31",
        "Non-violent transfer of territory",
    ),
    (
        "a_bomb_hidden_in_a_bag_that_went_off_is_an_explosive_device",
        "A bomb hidden in a sports bag under a bench went off at a bus stop in Jos on Tuesday, killing two.",
        "2018-05-22",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_critic_taken_into_custody_is_arrested",
        "Police took Kassim Musa, editor of a weekly paper and a critic of the governor, into custody "
        "on Friday.",
        "2022-05-20",
        "Arrests",
    ),
    (
        "rebels_taking_up_arms_again_change_their_activity",
        "Former commanders of the rebel army said in a video that they were taking up arms again.",
        "2019-08-29",
        "Change to group/activity",
    ),
    (
        "a_pilot_taken_captive_is_abducted",
        "Separatist fighters burned a small plane at a highland airstrip and took its pilot captive.",
        "2023-02-08",
        "Abduction/forced disappearance",
    ),
    (
        "a_missile_that_wrecked_a_restaurant_is_a_missile_attack",
        "A missile wrecked a cafe in the centre of Kharkiv on Tuesday evening, killing four, officials said.",
        "2023-10-05",
        "Shelling/artillery/missile attack",
    ),
    (
        "an_arson_attack_on_a_pylon_destroys_property",
        "An arson attack on a power pylon cut electricity to an industrial park near Leipzig on Tuesday.",
        "2024-03-05",
        "Looting/property destruction",
    ),
    (
        "a_bomb_safely_detonated_by_police_is_disrupted",
        "A pipe bomb found outside a bank in Medellin was safely detonated by police on Monday.",
        "2019-02-04",
        "Disrupted weapons use",
    ),
    (
        "killings_in_reprisal_for_clashes_are_an_attack",
        "Rebels shot or hacked to death 40 villagers near Beni on Monday in reprisal for clashes with the "
        "army, officials said.",
        "2021-05-04",
        "Attack",
    ),
    (
        "an_ambush_that_kills_bus_passengers_is_an_attack",
        "Gunmen ambushed a bus on a desert road in Minya on Friday and sprayed it with bullets, killing 12 "
        "people, officials said.",
        "2018-11-03",
        "Attack",
    ),
    (
        "insurgents_entering_a_town_then_pulling_out_clash",
        "Insurgents entered the town of Mueda on Friday, fighting the army for hours before pulling out, "
        "residents said.",
        "2021-06-12",
        "Armed clash",
    ),
    (
        "an_army_position_overrun_is_a_fight",
        "Jihadists overran an army position near Djibo on Tuesday, killing 17 soldiers, the army said.",
        "2022-09-07",
        "Armed clash",
    ),
    (
        "separatists_burning_villagers_to_death_are_armed_attackers_not_a_mob",
        "Separatists raided a village near Kumba on Monday night, burning to death at least 12 people, "
        "officials said.",
        "2020-10-26",
        "Attack",
    ),
    (
        "a_leader_shot_several_times_was_attacked",
        "The prime minister was shot several times as he greeted supporters in the town of Kraljevo on "
        "Wednesday. A man was detained at the scene.",
        "2024-05-16",
        "Attack",
    ),
    (
        "rebels_pushed_back_by_troops_clashed_with_them",
        "Rebels attacked two army posts outside Bambari on Wednesday but were pushed back by government "
        "troops, the UN mission said.",
        "2021-01-13",
        "Armed clash",
    ),
    (
        "a_crowd_carting_away_relief_food_loots",
        "Crowds broke into a government warehouse in Jos on Saturday and carted away bags of rice meant as "
        "relief.",
        "2020-10-24",
        "Looting/property destruction",
    ),
    (
        "a_bishop_taken_away_by_police_is_arrested",
        "Police raided the parish house in Esteli before dawn and took away the parish priest, the church "
        "said.",
        "2022-08-19",
        "Arrests",
    ),
    (
        "homes_set_ablaze_by_militiamen_are_destroyed_property",
        "Militiamen set ablaze more than 150 homes in a village near Bunia overnight, residents said.",
        "2023-06-12",
        "Looting/property destruction",
    ),
    (
        "polling_stations_burned_by_assailants_are_destroyed_property",
        "Several polling stations were burned by unknown assailants in Imo state on Saturday.",
        "2023-02-26",
        "Looting/property destruction",
    ),
    (
        "graves_desecrated_are_destroyed_property",
        "Unknown people desecrated dozens of graves at a Christian cemetery near Lahore, police said.",
        "2023-08-20",
        "Looting/property destruction",
    ),
    (
        "engineers_seized_by_gunmen_are_abducted",
        "Two foreign engineers were seized by gunmen on the road to Gao on Monday, officials said.",
        "2022-04-11",
        "Abduction/forced disappearance",
    ),
    (
        "a_lawyer_who_vanished_after_being_detained_was_disappeared",
        "A rights lawyer vanished after being detained by security agents in Cairo last week, her family "
        "said.",
        "2021-03-10",
        "Abduction/forced disappearance",
    ),
    (
        "fighters_defecting_change_the_group",
        "Hundreds of fighters defected from the militia to the army this week, its commander said.",
        "2023-05-02",
        "Change to group/activity",
    ),
    (
        "a_group_ending_its_truce_changes_its_activity",
        "The armed group declared the end of its unilateral ceasefire with the government on Sunday.",
        "2022-10-02",
        "Change to group/activity",
    ),
    (
        "a_group_suspending_armed_operations_changes_its_activity",
        "The rebels said they were suspending their military operations for a month to allow talks.",
        "2022-10-02",
        "Change to group/activity",
    ),
    (
        "students_vandalising_offices_riot",
        "Angry students vandalised the administration block of the university in Ibadan on Monday.",
        "2022-10-03",
        "Violent demonstration",
    ),
    (
        "soldiers_handed_to_prosecutors_hand_over_no_ground",
        "Four soldiers admitted raping a teenage girl near Tumaco and were handed over to civilian "
        "prosecutors, the army said.",
        "2020-06-25",
        "Sexual violence",
    ),
    (
        "grenades_pulled_out_are_no_withdrawal",
        "A councillor pulled out two hand grenades and set them off during a council meeting in Uzhhorod, "
        "police said.",
        "2023-12-16",
        "Grenade",
    ),
    (
        "rebels_seizing_a_named_town_overtake_it",
        "Resistance fighters seized Mindat, a district town in Chin state, on Monday after days of assaults "
        "on army posts, the rebels said.",
        "2024-04-08",
        "Non-state actor overtakes territory",
    ),
    (
        "farmers_driving_tractors_in_to_protest_protested",
        "Farmers drove hundreds of tractors into Brussels on Thursday to protest against cheap imports.",
        "2024-02-01",
        "Peaceful protest",
    ),
    (
        "journalists_murdered_were_attacked",
        "Two radio journalists were murdered in Guerrero on Sunday, state prosecutors said.",
        "2022-05-09",
        "Attack",
    ),
    (
        "police_in_a_shootout_with_gang_members_clash",
        "Police engaged gang members in a shootout in Cite Soleil on Friday, killing four, officials said.",
        "2023-03-10",
        "Armed clash",
    ),
    (
        "sides_agreeing_to_resume_peace_talks_agree",
        "The government and the rebel army agreed to resume formal peace talks next month, mediators said.",
        "2016-06-15",
        "Agreement",
    ),
    (
        "live_rounds_fired_to_break_a_blockade_are_excessive_force",
        "Six people died when troops fired live rounds to break a road blockade by farmers near Cusco, the "
        "ombudsman said.",
        "2022-12-16",
        "Excessive force against protesters",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), SUB_EVENT_CASES, ids=[c[0] for c in SUB_EVENT_CASES]
)
def test_first_event_type(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str | None
) -> None:
    events = story_events(pipeline, tmp_path, text, published)
    assert (events[0].sub_event_type if events else None) == expected, name


# name, text, publication date, the first actor of the first event
ACTOR_CASES = [
    (
        "soldiers_killing_demonstrators_are_the_doers_not_the_demonstrators",
        "Soldiers fired on crowds near the airport in Ayacucho on Thursday, killing eight demonstrators, "
        "the ombudsman said.",
        "2022-12-16",
        "Military Forces of Peru (2022-)",
    ),
    (
        "one_gunman_acting_alone_is_a_sole_perpetrator",
        "A gunman shot dead six people at a supermarket in Buffalo on Saturday afternoon, police said.",
        "2022-05-15",
        "Sole Perpetrator (United States)",
    ),
    (
        "several_gunmen_are_an_unidentified_armed_group",
        "Gunmen shot dead six people at a market in Kaduna on Saturday afternoon, police said.",
        "2022-05-15",
        "Unidentified Armed Group (Nigeria)",
    ),
    (
        "a_nations_bulldozers_are_its_forces",
        "Israeli bulldozers demolished a primary school in the Masafer Yatta area of the southern West "
        "Bank on Wednesday, residents said.",
        "2022-11-23",
        "Military Forces of Israel (2021-2022)",
    ),
    (
        "a_lorrys_driver_near_an_embassy_names_neither_the_officials_nor_the_embassy",
        "A lorry packed with explosives was blown up by its driver near the German embassy in Kabul on "
        "Wednesday, officials said.",
        "2017-05-31",
        "Unidentified Armed Group (Afghanistan)",
    ),
    (
        "the_victim_named_by_a_pronoun_is_not_the_doer",
        "Gunmen stormed the home of a district mayor in Bamenda on Saturday and shot him dead, police said.",
        "2023-02-11",
        "Unidentified Armed Group (Cameroon)",
    ),
    (
        "a_group_blamed_replaces_unnamed_gunmen",
        "Gunmen shot dead a police commander in Tijuana on Friday; the state prosecutor blamed the "
        "Sinaloa Cartel.",
        "2024-06-14",
        "Sinaloa Cartel",
    ),
    (
        "the_invader_takes_the_ground_a_state_gives_up",
        "Ukraine's army said on Monday it had ordered its units out of Avdiivka to avoid being encircled.",
        "2024-02-19",
        "Military Forces of Russia (2000-)",
    ),
    (
        "sides trading blame name no doer; the account that follows does",
        "Armenia and Azerbaijan traded blame on Tuesday for shelling along their border near Jermuk. "
        "Armenia's defence ministry said Azerbaijani forces had fired artillery at its positions there.",
        "2022-09-13",
        "Military Forces of Azerbaijan (2003-)",
    ),
    (
        "the_party_that_denies_burning_is_the_one_held_to_have_done_it",
        "Three aid lorries were set on fire at a checkpoint near Goma on Sunday, residents said; "
        "Rwanda's army denied burning them.",
        "2024-03-10",
        "Military Forces of Rwanda (2000-)",
    ),
    (
        "settlers_rampaging_stay_the_first_actor_of_mob_violence",
        "Dozens of Israeli settlers rampaged through the village of Turmus Ayya on Wednesday, setting fire "
        "to houses and cars, residents said.",
        "2023-06-21",
        "Settlers (Israel)",
    ),
    (
        "the_group_leading_insurgents_is_the_doer",
        "Insurgents led by Hayat Tahrir al-Sham swept into Hama on Thursday, a war monitor said.",
        "2024-12-05",
        "HTS: Hayat Tahrir al Sham",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), ACTOR_CASES, ids=[c[0] for c in ACTOR_CASES]
)
def test_first_actor(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str
) -> None:
    events = story_events(pipeline, tmp_path, text, published)
    assert events and doer(events[0]) == expected, name


def test_strikes_practised_in_drills_are_no_event(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "Russia's Pacific Fleet held drills in the Sea of Japan on Tuesday, practising strikes on enemy "
        "ships and ports, the defence ministry said."
    )
    assert story_events(pipeline, tmp_path, text, "2024-09-10") == []


@pytest.mark.parametrize(
    ("claimant", "country_code"),
    [("the UN envoy for Yemen", "YE"), ("Egyptian and Qatari mediators", "PS"), ("UN investigators", "ML")],
)
def test_neutral_sources_speak_for_no_side(claimant: str, country_code: str) -> None:
    assert source_actor(claimant, country_code) is None


@pytest.mark.parametrize(
    ("claimant", "country_code", "side"),
    [
        ("the Hamas-run health ministry", "PS", "Palestine: Hamas"),
        ("Hezbollah", "LB", "Lebanon: Hezbollah"),
        ("the Houthis", "YE", "Yemen: Houthis"),
        ("the Syrian army", "SY", "Syria: government"),
    ],
)
def test_sides_are_named_as_in_the_gold(claimant: str, country_code: str, side: str) -> None:
    assert side_of(source_actor(claimant, country_code)) == side


def test_a_car_driven_into_a_crowd_is_an_attack_not_ground_taken(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "A man drove a car into a crowd at a Christmas market in Magdeburg on Friday, killing five "
        "people, police said."
    )
    events = story_events(pipeline, tmp_path, text, "2024-12-21")
    assert events and events[0].sub_event_type == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Clashes between security forces and protesters left 17 people dead in the city of Juliaca on "
            "Monday, the ombudsman's office said.",
            "Excessive force against protesters",
        ),
        (
            "Protesters clashed with police in Tbilisi on Sunday night, and dozens were hurt, officials said",
            "Violent demonstration",
        ),
        ("Russian and Ukrainian forces clashed near Bakhmut on Monday, the army said.", "Armed clash"),
    ],
)
def test_a_clash_with_protesters_is_no_armed_clash(
    pipeline: Pipeline, tmp_path: Path, text: str, sub_event_type: str
) -> None:
    events = story_events(pipeline, tmp_path, text, "2023-01-10")
    assert events and events[0].sub_event_type == sub_event_type


def test_a_killing_whose_armed_party_the_next_sentence_names_is_an_attack(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "was killed ... The army blamed the RSF": no event before, as the killing sentence names no armed
    party."""
    text = (
        "The governor of West Darfur was killed in El Geneina on Wednesday hours after a television "
        "interview. The army blamed the Rapid Support Forces."
    )
    events = story_events(pipeline, tmp_path, text, "2023-06-15")
    assert events and events[0].sub_event_type == "Attack" and events[0].fatalities == 1


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed in a car crash on the motorway on Sunday. Police blamed the icy road.",
        "Two hikers were killed by an avalanche in the Alps on Sunday, rescuers said.",
    ],
)
def test_a_death_in_an_accident_is_no_event(pipeline: Pipeline, tmp_path: Path, text: str) -> None:
    assert story_events(pipeline, tmp_path, text, "2023-06-15") == []


def test_a_plane_brought_down_by_a_missile_is_no_mishap(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "A military plane crashed near Kidal on Tuesday after being hit by a missile, the army said."
    events = story_events(pipeline, tmp_path, text, "2023-06-15")
    assert events, "a plane hit by a missile is an event, whatever crash ends it"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # "occupied territory" is no capture: the kidnapping was lost behind it
        (
            "Russian forces kidnapped the head of Dvorichna village, Kharkiv, and brought her to occupied "
            "territory, officials said.",
            "Abduction/forced disappearance",
        ),
        (
            "Ukrainian forces regained the village of Baklanova Muraviika, Chernihiv, on Thursday.",
            "Government regains territory",
        ),
        (
            "Russia's Ministry of Defence claimed taking control over Verkhnotoretske, Donetsk.",
            "Non-state actor overtakes territory",
        ),
        ("Ukrainian forces destroyed a column of Russian forces near Irpin on Sunday.", "Armed clash"),
        ("Russian soldiers beat a 56-year-old man in Boromlia, trying to extort money from him.", "Attack"),
        (
            "About 40,000 people took part in a commemorative march in Simferopol on Monday.",
            "Peaceful protest",
        ),
    ],
)
def test_acled_note_wordings(pipeline: Pipeline, tmp_path: Path, text: str, sub_event_type: str) -> None:
    events = story_events(pipeline, tmp_path, text, "2022-05-20")
    assert events and events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        # "attacks" and "stealthy" read as a clash and a theft in a story on state hacking
        "Military intelligence spies now run stealthy attacks that target intellectual property and "
        "government servers around the world, analysts said.",
        "Hackers linked to the army attacked the computer networks of two banks on Monday, officials said.",
    ],
)
def test_attacks_on_computers_are_no_event(pipeline: Pipeline, tmp_path: Path, text: str) -> None:
    assert story_events(pipeline, tmp_path, text, "2022-05-19") == []


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubt whether Russia could launch a full offensive against Sloviansk before winter.",
        "It is hard to believe Ukraine is yet capable of a counteroffensive in the south, officers said.",
        "The idea of a counteroffensive is popular in Kyiv, a researcher said.",
    ],
)
def test_an_act_only_weighed_is_hypothetical(pipeline: Pipeline, tmp_path: Path, text: str) -> None:
    events = story_events(pipeline, tmp_path, text, "2022-07-11")
    assert [e.modality for e in events] in ([], ["hypothetical"]), [e.modality for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Russia is looking to buy combat drones from Iran for use over Ukraine.",
        # a reason, a proof and a market read as protests
        "The space agency chief said Moscow would quit the station project in protest against sanctions.",
        "Its gunners had demonstrated to their allies that they could use the new rocket systems well.",
        "Arms makers' shares rallied on Monday after the defence budget was approved.",
        # firefighters and their blazes, a warrant and a ship on its way
        "Firefighters from Edmonton, who have battled blazes in Canada for years, flew in on Monday.",
        "The Bosnian Serb leader rejected the arrest warrant on Wednesday, calling it political.",
        "A second ship carrying a missile propellant ingredient is heading to Iran, officials said.",
        # a plane crash and a charge sheet
        "A surveillance aircraft crashed in a remote district of Ghazni on Monday, killing its crew.",
        "Many of the deportees have been charged with murder, assault and drug crimes, the minister said.",
        # forces named by what they do
        "The US announced on Monday new weapons for Ukraine's forces fighting Russia, including rockets.",
        # a photograph's caption, an arrest for an ordinary crime, and a national strike of workers
        "A destroyed house in the village of Yatskivka, eastern Ukraine.",
        "Police in Nairobi arrested a man on Tuesday suspected of killing his wife in a dispute over land.",
        "French strikes hit rail transport across the country on Thursday, unions said.",
        "Police in Lagos arrested two men on Friday for stealing cars from a showroom.",
        "Traders seized goods from the men before the market closed, a witness said.",
        "Ghana beat Nigeria in a penalty shootout on Sunday to reach the final.",
        "He was sworn in as president three weeks after he walked out of prison.",
        "Police in Mombasa arrested a suspected drug dealer on Tuesday.",
        "A fire swept through a nightclub after indoor fireworks set the ceiling alight, officials said.",
        "A judge found the athlete guilty of culpable homicide for shooting dead his girlfriend at home.",
        "A further 3,000 soldiers have gone missing since the start of the war, the ministry estimated.",
        "The minister called on the rebels to lay down their arms and return to talks.",
        # anniversaries remember old acts; mishaps are no attacks; a drug haul and a trial are police and
        # court work
        "Veterans gathered at the memorial to mark 75 years since Allied troops liberated the town.",
        "A siren sounded at noon, the moment 60 years ago when the bomber dropped its load on the harbour.",
        "A lorry carrying dynamite blew up after colliding with a bus near Tarkwa on Monday, killing nine.",
        "A cargo plane crashed into farmland moments after taking off from Kano, killing its four crew.",
        "Police said they had arrested 40 people and seized two tonnes of cocaine in raids across the port.",
        "The trial of a former rebel commander opened in The Hague on Tuesday, with prosecutors accusing him "
        "of murder and torture during the war.",
        "The supreme court upheld the convictions of five former officers for the abduction and murder of a "
        "student during the dictatorship.",
    ],
)
def test_words_of_war_and_protest_used_otherwise_are_no_event(
    pipeline: Pipeline, full_pipeline: Pipeline, tmp_path: Path, text: str
) -> None:
    assert story_events(pipeline, tmp_path, text, "2022-07-19") == []
    assert story_events(full_pipeline, tmp_path, text, "2022-07-19") == []  # nor does the proposer see one


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "There was no sign of the tanker being intercepted on its way to Bandar Abbas, officials said.",
            "denied",
        ),
        (
            "The envoy spoke on Friday, the 14th anniversary of the start of the protests in Deraa.",
            "historical",
        ),
        ("Tehran has called the abduction allegations baseless, officials in Baghdad said.", "hypothetical"),
    ],
)
def test_modality_of_acts_not_done_today(
    pipeline: Pipeline, tmp_path: Path, text: str, modality: str
) -> None:
    assert [e.modality for e in story_events(pipeline, tmp_path, text, "2025-03-14")] == [modality]
