"""Sub-event types of wordings met in fresh news text (more cases in test_event_types.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Pipeline
from stories import story_events


def _first_sub_event_type(pipeline: Pipeline, tmp_path: Path, text: str, published: str) -> str | None:
    events = story_events(pipeline, tmp_path, text, published)
    return events[0].sub_event_type if events else None


# name, text, publication date, the sub-event type of the first event (None: no event)
CASES = [
    (
        "a_poisonous_substance_dropped_by_a_drone_is_a_chemical_weapon",
        "A drone dropped a poisonous substance on soldiers defending the plant in Severodonetsk on "
        "Monday, the regional governor said.",
        "2022-06-14",
        "Chemical weapon",
    ),
    (
        "white_phosphorus_dropped_on_villages_is_a_chemical_weapon",
        "Helicopters dropped white phosphorus munitions on villages near Idlib on Sunday, rescuers said.",
        "2019-08-20",
        "Chemical weapon",
    ),
    (
        "people_detained_as_they_gather_for_a_banned_march_are_a_protest_met",
        "Police detained 200 people, among them two journalists, as they tried to gather in the city "
        "centre of Istanbul for a banned march on Sunday.",
        "2022-06-27",
        "Protest with intervention",
    ),
    (
        "people_hauled_into_buses_at_a_rally_are_a_protest_met",
        "Riot police hauled hundreds of people into buses as thousands rallied in Minsk on Sunday.",
        "2020-09-14",
        "Protest with intervention",
    ),
    (
        "a_tribal_elder_killed_by_militants_is_an_attack",
        "Militants killed a tribal elder in a targeted attack in North Waziristan on Monday.",
        "2023-05-10",
        "Attack",
    ),
    (
        "gunmen_waylaying_a_bus_of_pilgrims_attack_them",
        "Gunmen waylaid a bus carrying pilgrims near Bhatinda on Monday.",
        "2023-05-10",
        "Attack",
    ),
    (
        "activists_picked_up_from_their_homes_by_security_forces_are_arrested",
        "Security forces picked up three activists from their homes in Quetta on Monday, their families "
        "said.",
        "2023-05-10",
        "Arrests",
    ),
    (
        "a_cache_of_weapons_seized_is_no_ground_taken",
        "Police seized a cache of weapons in Lagos on Monday.",
        "2023-05-10",
        "Disrupted weapons use",
    ),
    (
        "a_gherao_of_an_office_is_a_protest",
        "Hundreds of farmers gheraoed the district collector's office in Nashik on Monday over unpaid dues.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "shutters_downed_against_a_tax_are_a_protest",
        "Traders in Kathmandu downed shutters on Tuesday to oppose a new tax.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "a_hartal_is_a_protest",
        "Opposition activists observed a hartal in Chittagong on Sunday.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "a_human_chain_is_a_protest",
        "Students formed a human chain outside the university in Dhaka on Monday to denounce the killing"
        " of a classmate.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "sitting_on_a_highway_to_demand_a_bridge_is_a_protest",
        "Villagers in Kasese sat on the highway for hours on Monday to demand a new bridge.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "slogans_chanted_at_a_funeral_are_a_protest",
        "Mourners chanted anti-government slogans at the funeral in Zahedan on Friday.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "supporters_thronging_the_streets_protest",
        "Hundreds of supporters of the opposition leader thronged the streets of Lahore on Sunday.",
        "2023-05-10",
        "Peaceful protest",
    ),
    (
        "bullets_sprayed_at_a_wedding_are_an_attack",
        "Armed men on motorbikes sprayed bullets at a wedding party in Zamfara on Sunday, killing nine.",
        "2023-05-10",
        "Attack",
    ),
    (
        "people_bundled_into_a_van_are_abducted_whatever_shots_came_first",
        "Two engineers were shot at by gunmen on a highway near Zitacuaro and then bundled into a van, "
        "their company said on Monday.",
        "2021-03-01",
        "Abduction/forced disappearance",
    ),
    (
        "protesters_whose_fire_kills_are_rioters_not_victims",
        "Demonstrators torched a district council building in Kisumu on Friday, killing two guards "
        "trapped inside, police said.",
        "2023-07-08",
        "Violent demonstration",
    ),
    (
        "protesters_fighting_troops_are_rioters_though_explosives_hurt_them",
        "Dozens of soldiers were hurt, some by homemade explosives, when protesters fought with troops "
        "guarding the customs post at Jarinje on Tuesday.",
        "2011-07-27",
        "Violent demonstration",
    ),
    (
        "protesters_breaking_in_are_rioters_though_police_use_water_cannon",
        "Anti-vaccine protesters broke into the offices of a broadcaster in Bucharest on Saturday, and "
        "police used water cannon to clear the street.",
        "2021-12-22",
        "Violent demonstration",
    ),
    (
        "a_plane_that_landed_is_no_air_strike",
        "A fighter jet escorted a passenger flight to the capital over a bomb hoax, and police detained an "
        "opposition blogger after the plane landed, officials said.",
        "2021-05-24",
        "Arrests",
    ),
    (
        "villagers_rounded_up_and_killed_are_attacked",
        "Soldiers rounded up villagers hiding near Hpruso on Friday, killed them and set their bodies "
        "alight, residents said.",
        "2021-12-26",
        "Attack",
    ),
    (
        "an_explosive_thrown_at_a_march_is_a_grenade",
        "An explosive device thrown at an opposition march in Kathmandu on Sunday wounded 12 people, police "
        "said.",
        "2019-04-14",
        "Grenade",
    ),
    (
        "missiles_brought_down_by_air_defences_are_disrupted",
        "Air defences brought down six cruise missiles over the capital before dawn on Thursday, the "
        "military said.",
        "2023-05-18",
        "Disrupted weapons use",
    ),
    (
        "men_roaming_the_streets_hunting_migrants_are_a_mob",
        "Groups of men armed with bats roamed the streets of the town late on Saturday looking for migrants "
        "to beat, and police made several arrests, the interior ministry said.",
        "2025-07-13",
        "Mob violence",
    ),
    (
        "activists_evicted_by_riot_police_is_an_intervention",
        "Riot police began evicting environmental activists from a forest camp near Stuttgart on Monday, "
        "carrying protesters out of tree houses.",
        "2020-02-10",
        "Protest with intervention",
    ),
    (
        "a_town_the_gazetteer_lacks_seized_is_ground_not_a_person",
        "Rebel fighters seized Tarwe, a district town in the hills, on Monday after days of assaults on army "
        "posts, the rebels said.",
        "2023-11-07",
        "Non-state actor overtakes territory",
    ),
    (
        "storming_an_army_post_is_a_fight",
        "Six soldiers were killed on Thursday when guerrillas stormed an army post near Tame with rifles and "
        "grenades, the army said.",
        "2022-03-10",
        "Armed clash",
    ),
    # police on duty are armed: ACLED codes a killing of them as a fight, as the gold files do
    (
        "officers_found_shot_in_their_car_were_fought",
        "Two police officers were found shot inside their patrol car near Temuco on Sunday, officials said.",
        "2021-05-02",
        "Armed clash",
    ),
    (
        "a_bomb_made_safe_is_disrupted",
        "A bomb was discovered under a prison officer's van in Lurgan on Tuesday and made safe by army "
        "technicians, police said.",
        "2019-06-04",
        "Disrupted weapons use",
    ),
    (
        "people_taken_off_a_bus_by_gunmen_are_abducted",
        "Gunmen took 14 passengers off a bus near Ciudad Mante on Saturday, the state prosecutor said.",
        "2023-03-27",
        "Abduction/forced disappearance",
    ),
    (
        "crowds_pouring_into_the_streets_protest",
        "Tens of thousands of people poured into the streets of Tbilisi on Sunday against the foreign agents "
        "bill.",
        "2024-05-12",
        "Peaceful protest",
    ),
    (
        "crowds_pouring_into_the_streets_to_celebrate_do_not",
        "Thousands of fans poured into the streets of Buenos Aires on Sunday night to celebrate the World "
        "Cup "
        "victory.",
        "2022-12-18",
        None,
    ),
    (
        "a_ceasefire_agreed_after_long_talks_is_an_agreement",
        "The two sides agreed after eleven hours of talks hosted by the Turkish foreign minister to a "
        "ceasefire along the border from midnight.",
        "2022-10-01",
        "Agreement",
    ),
    (
        "a_former_president_led_out_in_handcuffs_is_arrested",
        "Police led the former interior minister out of his home in handcuffs on Tuesday after a court "
        "ordered his detention.",
        "2022-02-15",
        "Arrests",
    ),
    (
        "an_opposition_leader_handing_himself_over_is_arrested",
        "The opposition leader handed himself over to National Guard troops on Tuesday after a rally, and "
        "was "
        "driven away in an armoured car.",
        "2014-02-18",
        "Arrests",
    ),
    (
        "police_who_mutiny_are_other",
        "Police officers in Santa Cruz mutinied on Friday night, barricading themselves inside their "
        "headquarters.",
        "2019-11-09",
        "Other",
    ),
    (
        "gunmen_firing_on_a_group_attack_it_they_do_not_shell_it",
        "Gunmen fired on a group of farmers who had occupied a ranch near Dourados on Tuesday, killing one "
        "man, a rights group said.",
        "2016-06-15",
        "Attack",
    ),
    (
        "a_lone_gunman_firing_at_a_rally_attacks_it",
        "A gunman on a rooftop opened fire at a campaign rally in Nitra on Saturday, wounding two people, "
        "police said.",
        "2024-07-13",
        "Attack",
    ),
    (
        "a_protester_killed_by_a_tear_gas_canister_is_excessive_force",
        "A protester died in Puyo on Tuesday after being struck in the head by a tear gas canister during a "
        "demonstration against fuel prices, his family said.",
        "2022-06-22",
        "Excessive force against protesters",
    ),
    (
        "a_woman_beaten_by_a_crowd_is_mob_violence",
        "A man who was beaten by a crowd in Sao Vicente after a false rumour of child kidnapping died on "
        "Monday, police said.",
        "2014-05-05",
        "Mob violence",
    ),
    (
        "villages_won_back_are_regained",
        "The defence ministry said on Thursday that its troops had won back six villages in the Korenevo "
        "district of the Kursk region.",
        "2024-09-12",
        "Government regains territory",
    ),
    (
        "cars_hijacked_and_set_on_fire_are_property",
        "Gunmen hijacked and set fire to a dozen buses and lorries in Culiacan on Friday night, officials "
        "said.",
        "2023-01-06",
        "Looting/property destruction",
    ),
    (
        "a_town_taken_without_firing_a_shot_is_a_peaceful_transfer",
        "The rebels took over Kismayo without firing a shot on Saturday after the garrison surrendered to "
        "them, residents said.",
        "2012-09-29",
        "Non-violent transfer of territory",
    ),
    (
        "gunmen_seizing_tourists_abduct_them",
        "Gunmen seized two tourists and a resort worker from an island off Sabah late on Friday and escaped "
        "by speedboat, police said.",
        "2014-04-04",
        "Abduction/forced disappearance",
    ),
    (
        "a_girl_abducted_and_raped_is_sexual_violence",
        "A 10-year-old girl was abducted from her village near Kasur, held for two days and raped, police "
        "said on Monday.",
        "2018-01-08",
        "Sexual violence",
    ),
    (
        "taken_from_home_by_men_in_plain_clothes_is_abducted",
        "The activist was taken from his home in Karachi late on Tuesday by men in plain clothes, his family "
        "said. Police denied holding him.",
        "2016-08-10",
        "Abduction/forced disappearance",
    ),
    (
        "explosives_planted_in_a_mosque_are_an_ied",
        "At least 20 worshippers were killed when explosives planted inside a mosque in Kunduz went off "
        "during "
        "Friday prayers, officials said.",
        "2021-10-09",
        "Remote explosive/landmine/IED",
    ),
    (
        "an_airfield_handed_over_is_a_peaceful_transfer",
        "Foreign troops have handed Bagram Airfield, once the largest base in the country, over to the "
        "Afghan "
        "army, officials said on Friday.",
        "2021-07-02",
        "Non-violent transfer of territory",
    ),
    (
        "a_car_bomb_blown_up_in_a_controlled_explosion_is_disrupted",
        "Soldiers stopped a car packed with explosives at a checkpoint near Baidoa and destroyed it in a "
        "controlled explosion on Thursday, the army said.",
        "2020-02-13",
        "Disrupted weapons use",
    ),
    (
        "a_rally_that_turned_violent_is_a_riot_though_people_died",
        "Three people were killed on Friday when a rally by opposition supporters turned violent in "
        "Lilongwe, "
        "with protesters torching shops and stoning police, who fired tear gas and live rounds.",
        "2019-07-05",
        "Violent demonstration",
    ),
    (
        "fire_into_crowds_of_striking_workers_is_excessive_force",
        "Soldiers fired into crowds of striking miners near Marikana on Thursday, killing 34 people, police "
        "said.",
        "2012-08-17",
        "Excessive force against protesters",
    ),
    (
        "cow_vigilantes_beating_a_man_are_a_mob",
        "A man died in hospital on Monday, two days after self-styled cow protectors stopped his truck near "
        "Dadri and beat him with sticks, police said.",
        "2017-04-03",
        "Mob violence",
    ),
    (
        "a_statue_blown_up_is_property_destroyed",
        "A statue of a former militia leader was blown up in Bamiyan this week, days after the takeover of "
        "the province, residents said.",
        "2021-08-18",
        "Looting/property destruction",
    ),
    (
        "security_forces_setting_up_a_camp_establish_a_base",
        "Security forces have set up a camp in Tekulguda, deep in a forest long held by Maoist rebels, a "
        "senior police officer said on Wednesday.",
        "2024-02-07",
        "Headquarters or base established",
    ),
    (
        "a_movement_choosing_a_new_leader_changes",
        "The insurgents have chosen a hardline cleric as their new leader, two senior commanders said on "
        "Thursday.",
        "2016-05-26",
        "Change to group/activity",
    ),
    (
        "a_bomb_that_ripped_a_pipeline_is_an_ied",
        "A rebel bomb ripped a hole in an oil pipeline near Tibu on Monday, the state oil company said.",
        "2019-02-11",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_putsch_is_a_coup",
        "An army captain announced on state television on Friday that the head of the junta had been "
        "removed, "
        "the second putsch in eight months.",
        "2022-10-01",
        "Other",
    ),
    (
        "seized_by_men_in_civilian_clothes_is_abducted",
        "A rights defender was seized by men in civilian clothes outside a government office in the capital "
        "on Friday, his colleagues said.",
        "2023-12-02",
        "Abduction/forced disappearance",
    ),
    (
        "a_bomb_found_is_disrupted",
        "A viable bomb was found on a lorry at an industrial estate in Newry, police said on Monday.",
        "2020-02-03",
        "Disrupted weapons use",
    ),
    (
        "fighters_handing_over_their_guns_change_their_group",
        "More than 500 rebel fighters handed over their guns at a ceremony in Cotabato on Saturday.",
        "2019-09-07",
        "Change to group/activity",
    ),
    (
        "a_ceasefire_declared_over_changes_the_group",
        "The rebel front declared on Saturday that its 30-year ceasefire with the government was over.",
        "2020-11-14",
        "Change to group/activity",
    ),
    (
        "troops_detonating_houses_destroy_property",
        "Video released on Saturday showed soldiers detonating dozens of houses at once in a border village.",
        "2024-11-02",
        "Looting/property destruction",
    ),
    (
        "a_new_military_command_inaugurated_is_a_headquarters",
        "The army inaugurated a new regional command in Sorong on Monday, officials said.",
        "2024-06-10",
        "Headquarters or base established",
    ),
    (
        "an_open_ended_strike_is_a_protest",
        "Shops and schools stayed shut across the city on Saturday as the civic committee began an "
        "open-ended "
        "strike, demanding early elections.",
        "2022-10-22",
        "Peaceful protest",
    ),
    (
        "police_opening_fire_on_villagers_protesting_is_excessive_force",
        "Two people died when police opened fire on villagers protesting an eviction drive near Darrang on "
        "Thursday, officials said.",
        "2021-09-24",
        "Excessive force against protesters",
    ),
    (
        "shot_dead_as_police_broke_up_crowds_is_excessive_force",
        "A student was shot dead late on Friday as military police broke up crowds defying a curfew after "
        "the "
        "disputed vote, rights groups said.",
        "2017-12-02",
        "Excessive force against protesters",
    ),
    (
        "stones_hurled_at_riot_police_is_a_riot",
        "Residents opposed to a nickel mine hurled stones at riot police on Saturday, who answered with tear "
        "gas.",
        "2021-10-23",
        "Violent demonstration",
    ),
    (
        "marchers_setting_fire_to_offices_riot",
        "Thousands marched through Jayapura on Thursday and some set fire to a post office and shops, police "
        "said.",
        "2019-08-29",
        "Violent demonstration",
    ),
    (
        "stun_grenades_thrown_into_crowds_is_an_intervention",
        "Police hurled stun grenades into crowds trying to break through their lines near parliament on "
        "Wednesday, as protesters demanded the prime minister's resignation.",
        "2024-06-12",
        "Protest with intervention",
    ),
    (
        "villagers_hacked_and_shot_to_death_were_attacked_not_lynched",
        "Sixteen people were hacked and shot to death in a village in Hela province on Monday in a revenge "
        "killing, police said.",
        "2022-07-11",
        "Attack",
    ),
    (
        "a_border_treaty_signed_is_an_agreement",
        "The presidents of the two countries signed a border treaty in Bishkek on Thursday, ending a dispute "
        "that had led to deadly fighting.",
        "2025-03-13",
        "Agreement",
    ),
    (
        "a_flag_raised_after_an_offensive_drove_out_militants_is_ground_taken",
        "Government troops raised the national flag over Sinjar on Friday after an offensive drove out the "
        "militants, officials said.",
        "2015-11-13",
        "Government regains territory",
    ),
    (
        "officers_killed_in_a_gunbattle_fought",
        "Two army officers and a policeman were killed in a gunbattle with militants in a forest near "
        "Anantnag "
        "on Wednesday, police said.",
        "2023-09-13",
        "Armed clash",
    ),
    (
        "gunmen_opening_fire_on_police_fight_them",
        "Gunmen opened fire on police at a checkpoint in Nazran on Sunday evening, killing two officers "
        "before "
        "they were shot dead, officials said.",
        "2024-06-23",
        "Armed clash",
    ),
    (
        "gunmen_opening_fire_on_a_convoy_of_an_official_attack_it",
        "Two bodyguards were killed when gunmen opened fire on the police chief's convoy early on Friday, "
        "officials said.",
        "2020-06-26",
        "Attack",
    ),
    (
        "troops_beginning_to_leave_hand_over_ground",
        "Government troops began leaving the peninsula on Monday after the president ordered them out.",
        "2014-03-24",
        "Non-violent transfer of territory",
    ),
    (
        "fighters_burning_their_rifles_change_their_group",
        "About 30 rebel fighters burned their rifles at a ceremony near the border on Friday.",
        "2025-07-11",
        "Change to group/activity",
    ),
    (
        "dead_when_soldiers_moved_to_break_a_blockade_is_excessive_force",
        "At least six people died on Tuesday when soldiers and police moved to break a blockade of a fuel "
        "plant by opposition supporters, the ombudsman said.",
        "2019-11-20",
        "Excessive force against protesters",
    ),
    (
        "a_combat_brigade_set_up_abroad_is_a_base",
        "The army formally set up a combat brigade in a neighbouring allied country on Thursday.",
        "2025-05-22",
        "Headquarters or base established",
    ),
    (
        "positions_captured_in_a_clash_are_no_town_taken",
        "Separatist forces clashed with government troops near Marinka on Thursday and managed to capture "
        "some of their positions, a spokesman said.",
        "2022-04-15",
        "Armed clash",
    ),
    (
        "a_column_destroyed_before_a_forced_retreat_is_the_fight",
        "Government forces destroyed a column of rebel vehicles near Kidal on Sunday and forced them to "
        "retreat into the desert, the army said.",
        "2023-10-02",
        "Armed clash",
    ),
    (
        "rebels_pushed_back_is_a_fight",
        "Troops pushed the rebels back from the outskirts of Bunia on Saturday, the army said.",
        "2023-05-14",
        "Armed clash",
    ),
    (
        "drones_used_to_destroy_columns_are_an_air_strike",
        "The army used drones to destroy three armoured vehicles of the insurgents near Mocimboa da Praia "
        "on Tuesday.",
        "2021-08-10",
        "Air/drone strike",
    ),
    (
        "rescuers_battling_to_free_passengers_fight_no_one",
        "A bus plunged into a gorge near Mandi on Sunday, killing 14 people, as rescuers battled to free "
        "passengers from the wreck.",
        "2022-08-21",
        None,
    ),
    (
        "soldiers_killed_battling_a_wildfire_are_no_attack",
        "Forest fires swept across the hills above Bejaia on Monday, killing 15 people, six soldiers sent to "
        "battle the flames among them, the interior ministry said.",
        "2021-08-10",
        None,
    ),
    (
        "crews_battling_many_blazes_fight_no_one",
        "Civil defence crews battled more than 50 blazes across the coastal hills overnight as fires raced "
        "towards villages near Tartus.",
        "2020-10-10",
        None,
    ),
    (
        "an_assault_on_sovereignty_is_a_figure_of_speech",
        "Caracas called the new sanctions an assault on the country's sovereignty and recalled its "
        "ambassador.",
        "2019-08-06",
        None,
    ),
    (
        "an_old_bomb_made_safe_by_experts_is_no_attack",
        "A Second World War shell dug up at a building site in Cologne was made safe by bomb disposal "
        "experts on Tuesday after 3,000 residents were evacuated.",
        "2023-05-09",
        None,
    ),
    (
        "the_crime_a_court_sentences_is_not_the_news",
        "A court in Lyon on Monday sentenced a former priest to eight years in prison for sexually abusing "
        "boys at scout camps.",
        "2020-03-16",
        None,
    ),
    (
        "a_riot_after_a_verdict_is_still_a_riot",
        "Supporters of the preacher torched cars in Sirsa on Friday after a court convicted him of rape, "
        "police said.",
        "2017-08-25",
        "Violent demonstration",
    ),
    (
        "soldiers_flying_in_to_set_up_headquarters_set_up_a_base",
        "The first Burundian soldiers of the regional force flew into Goma on Monday to set up their "
        "headquarters near the airport.",
        "2023-03-06",
        "Headquarters or base established",
    ),
    (
        "two_states_signing_a_deal_for_the_displaced_agree",
        "Sudan and South Sudan signed an agreement on Thursday to open ten border crossings and let "
        "displaced families return home.",
        "2012-09-27",
        "Agreement",
    ),
    (
        "two_states_signing_a_trade_deal_make_no_event",
        "Japan and Australia signed a deal on Monday to expand trade in beef and coal.",
        "2014-07-07",
        None,
    ),
    (
        "crowds_smashing_their_way_into_shops_loot",
        "Crowds smashed their way into shops in Honiara's Chinatown on Wednesday night, police said.",
        "2021-11-25",
        "Looting/property destruction",
    ),
    (
        "gunmen_killing_a_company_s_staff_attack_them",
        "Gunmen on motorbikes killed four employees of a mining company near Djibo on Thursday, officials "
        "said.",
        "2021-06-03",
        "Attack",
    ),
    (
        "a_self_defence_group_killing_herders_attacks_them",
        "Members of a self-defence group killed 12 herders in villages near Djibo over the weekend, the "
        "government said.",
        "2020-03-09",
        "Attack",
    ),
    (
        "drones_setting_a_depot_ablaze_are_an_air_strike",
        "Drones set ablaze an oil depot in Novorossiysk overnight, the regional governor said on Saturday.",
        "2024-05-18",
        "Air/drone strike",
    ),
    (
        "helicopters_in_a_flood_strike_no_one",
        "Floods have killed more than 200 people across Assam since May, officials said, as air force "
        "helicopters dropped food to stranded villagers.",
        "2022-06-25",
        None,
    ),
    (
        "guns_fired_in_an_exercise_are_no_attack",
        "Troops fired artillery and flew fighter jets over the Ustka range on Tuesday during NATO exercises.",
        "2023-06-13",
        None,
    ),
    (
        "a_rampage_of_armed_gangs_is_their_attack",
        "Armed gangs killed at least 30 people during a rampage through the Pernier district of "
        "Port-au-Prince on Friday, a rights group said.",
        "2023-03-04",
        "Attack",
    ),
    (
        "women_assaulted_by_mobs_suffer_sexual_violence",
        "At least 40 women were sexually assaulted by mobs around the square during the celebrations on "
        "Sunday night, a rights group said.",
        "2013-07-01",
        "Sexual violence",
    ),
    (
        "a_speech_to_a_rally_is_no_protest",
        "The president told a rally in Ankara on Sunday that the army would stay in northern Syria.",
        "2019-10-20",
        None,
    ),
    (
        "tanks_in_a_parade_are_no_force_on_the_move",
        "Columns of tanks and thousands of troops rolled through Pyongyang on Tuesday in a parade marking "
        "the party's anniversary.",
        "2020-10-13",
        None,
    ),
    (
        "gunfire_erupting_between_armed_groups_is_a_fight",
        "Gunfire erupted near the port in Zawiya overnight between rival armed groups, residents said.",
        "2023-05-30",
        "Armed clash",
    ),
    (
        "debris_falling_after_interceptions_is_disrupted_weapons_use",
        "A man was killed when debris fell on a house in Ashkelon after rockets from Gaza were "
        "intercepted on Monday, police said.",
        "2021-05-17",
        "Disrupted weapons use",
    ),
    (
        "an_exchange_of_prisoners_is_an_agreement",
        "Armenia and Azerbaijan carried out an exchange of 36 prisoners at their border on Thursday.",
        "2023-12-14",
        "Agreement",
    ),
    (
        "a_new_caliph_is_a_change_to_the_group",
        "The Islamic State group named an Iraqi jihadist as its new caliph on Wednesday.",
        "2022-03-10",
        "Change to group/activity",
    ),
    (
        "ending_a_peace_agreement_changes_the_group",
        "The rebels said on Monday they were ending, with immediate effect, the 2019 peace agreement with "
        "the government.",
        "2024-02-12",
        "Change to group/activity",
    ),
    (
        "soldiers_seizing_state_television_rise_against_the_government",
        "A group of soldiers seized the state television in Niamey before dawn on Wednesday, witnesses said.",
        "2023-07-26",
        "Other",
    ),
    (
        "militants_blowing_up_a_temple_destroy_property",
        "Militants blew up the ancient temple of Nabu in Nimrud on Saturday, local officials said.",
        "2015-04-11",
        "Looting/property destruction",
    ),
    (
        "troops_setting_up_a_checkpoint_establish_a_base",
        "Russian troops set up a checkpoint at the entrance to Lachin on Tuesday, Armenian officials said.",
        "2020-12-01",
        "Headquarters or base established",
    ),
    (
        "a_verdict_naming_a_war_s_crimes_is_no_event",
        "Judges at the special court in Freetown found the former rebel leader guilty on Thursday of rape "
        "and murder.",
        "2009-02-26",
        None,
    ),
    (
        "soldiers_killed_when_fighters_attack_a_post_died_in_a_fight",
        "Twenty-four soldiers and a civilian were killed on Monday when fighters attacked an army post at "
        "Tabankort, the government said.",
        "2019-11-19",
        "Armed clash",
    ),
    (
        "police_detaining_hundreds_of_marchers_intervene",
        "Thousands of people marched through Minsk on Sunday to demand new elections, and riot police "
        "detained more than 300 of them, a rights group said.",
        "2020-09-14",
        "Protest with intervention",
    ),
    (
        "women_raped_when_troops_cleared_a_camp_suffered_sexual_violence",
        "Doctors said women had been raped when soldiers cleared the protest camp outside the ministry on "
        "Monday.",
        "2019-06-05",
        "Sexual violence",
    ),
    (
        "an_enraged_crowd_burning_homes_is_a_mob",
        "In Ambo, crowds angered by the killing of a popular musician on Monday set fire to shops and "
        "homes and attacked residents from other communities, witnesses said.",
        "2020-07-01",
        "Mob violence",
    ),
    (
        "tear_gas_on_an_earlier_day_leaves_today_s_march_peaceful",
        "Hundreds of thousands of people marched peacefully through the city centre on Sunday to demand "
        "the bill's withdrawal. On Wednesday, police had fired tear gas to clear protesters from outside "
        "the legislature.",
        "2019-06-17",
        "Peaceful protest",
    ),
    (
        "a_truce_that_collapsed_is_no_agreement",
        "A five-month truce in the north collapsed this week, aid agencies said on Friday.",
        "2022-08-26",
        None,
    ),
    (
        "pupils_taken_in_a_raid_that_killed_one_are_abducted",
        "Gunmen shot dead a guard and seized dozens of pupils from a secondary school in Kuriga, in Kaduna "
        "state, on Thursday morning, police said.",
        "2024-03-08",
        "Abduction/forced disappearance",
    ),
    (
        "a_man_abducted_and_tortured_is_attacked",
        "Soldiers abducted and tortured a student in Kherson on Friday, his family said.",
        "2022-04-02",
        "Attack",
    ),
    (
        "police_firing_on_workers_demanding_pay_use_excessive_force",
        "A worker was shot dead when police opened fire on thousands of workers demanding higher wages in "
        "Ashulia on Monday, witnesses said.",
        "2023-10-31",
        "Excessive force against protesters",
    ),
    (
        "firing_on_a_march_is_excessive_force",
        "Pro-government gunmen opened fire on a large opposition march in Managua on Saturday, killing "
        "three people, rights groups said.",
        "2018-06-23",
        "Excessive force against protesters",
    ),
    (
        "deaths_after_police_tore_down_barricades_are_excessive_force",
        "Police swept through Masaya on Tuesday, tearing down barricades put up by protesters, and at least "
        "six people were killed, a rights group said.",
        "2018-07-18",
        "Excessive force against protesters",
    ),
    (
        "armed_men_shooting_police_officers_first_fight_them",
        "Armed men attacked two commune offices early on Sunday, shooting dead three police officers and a "
        "commune official, state media reported.",
        "2023-06-11",
        "Armed clash",
    ),
    (
        "insurgents_firing_on_a_checkpoint_fight_its_guards",
        "Suspected insurgents opened fire on a checkpoint manned by defence volunteers in Yala late on "
        "Tuesday, killing 12 people, police said.",
        "2019-11-06",
        "Armed clash",
    ),
    (
        "an_ally_retaking_a_town_for_the_state_regains_it",
        "Rwandan and Mozambican troops recaptured the port town of Palma on Sunday, Rwanda's defence force "
        "said.",
        "2021-08-08",
        "Government regains territory",
    ),
    (
        "herdsmen_storming_a_village_and_killing_attack_it",
        "Suspected herdsmen stormed a village in Bokkos on Sunday night and killed 40 people, police said.",
        "2023-12-26",
        "Attack",
    ),
    (
        "a_legal_battle_is_no_fight",
        "The court ruling ended a months-long legal battle over the election result, lawyers said on "
        "Thursday.",
        "2023-10-27",
        None,
    ),
    (
        "a_team_battling_past_rivals_fights_no_one",
        "The Super Eagles battled past Angola 1-0 on Friday to reach the semi-finals of the Cup of Nations.",
        "2024-02-03",
        None,
    ),
    (
        "a_cleric_seized_with_others_by_fighters_is_abducted",
        "A retired bishop was seized along with his driver and a village chief by separatist fighters "
        "near Kumbo on Thursday, a church official said.",
        "2020-11-06",
        "Abduction/forced disappearance",
    ),
    (
        "fighters_burning_a_library_as_they_leave_destroy_property",
        "Fleeing militants set fire to the city's main library before abandoning Timbuktu, the mayor said "
        "on Monday.",
        "2013-01-28",
        "Looting/property destruction",
    ),
    (
        "gunmen_burning_cars_after_an_arrest_attempt_destroy_property",
        "Cartel gunmen set fire to cars and buses across the city on Tuesday night after troops tried to "
        "arrest a senior commander, officials said.",
        "2022-08-10",
        "Looting/property destruction",
    ),
    (
        "a_march_over_looting_is_a_protest",
        "Thousands of people marched through the capital on Friday night demanding the president's "
        "resignation over the looting of the pension fund.",
        "2015-06-13",
        "Peaceful protest",
    ),
    (
        "a_militia_handing_in_its_weapons_changes",
        "Members of the militia handed 200 firearms to the governor on Thursday, answering his call to "
        "give up looted weapons.",
        "2025-02-28",
        "Change to group/activity",
    ),
    (
        "an_agreement_to_open_peace_talks_is_an_agreement",
        "The government and the rebel front signed an agreement in Kuala Lumpur on Thursday to open peace "
        "talks.",
        "2013-03-01",
        "Agreement",
    ),
    (
        "troops_landing_to_restore_order_establish_a_base",
        "The first paratroopers of the regional peacekeeping force landed in Almaty on Thursday to guard "
        "key sites, the defence ministry said.",
        "2022-01-07",
        "Headquarters or base established",
    ),
    (
        "arresting_people_who_tried_to_march_intervenes",
        "Police arrested dozens of supporters of the opposition leader who tried to march in Douala on "
        "Tuesday, his party said.",
        "2020-09-23",
        "Protest with intervention",
    ),
    (
        "mutineers_firing_into_the_air_rise_against_the_government",
        "Mutinous soldiers seized control of the city on Friday, firing into the air and blocking its "
        "entrances to demand bonuses, residents said.",
        "2017-01-07",
        "Other",
    ),
    (
        "police_firing_live_bullets_at_protesters_use_excessive_force",
        "Police fired live bullets and tear gas at protesters in the slums on Saturday, and residents "
        "said several people had been shot dead.",
        "2017-08-13",
        "Excessive force against protesters",
    ),
    (
        "groups_of_men_chasing_and_beating_fans_are_a_mob",
        "Groups of men on scooters chased and beat visiting football fans in the city centre overnight, "
        "police said.",
        "2024-11-08",
        "Mob violence",
    ),
    (
        "a_crowd_stoning_police_and_burning_their_station_riots",
        "A crowd pelted police with stones and set fire to the police station on Thursday after a "
        "demolition, officials said.",
        "2024-02-09",
        "Violent demonstration",
    ),
    (
        "captives_beheaded_are_attacked",
        "Militants beheaded a hostage on Monday after a ransom deadline passed, police said.",
        "2016-04-26",
        "Attack",
    ),
    (
        "a_note_labelled_hq_established_is_a_base",
        "HQ established: On 7 September 2021, the Taliban announced a caretaker government in Kabul (Kabul).",
        "2021-09-08",
        "Headquarters or base established",
    ),
    (
        "a_note_labelled_property_destruction_is_property_destroyed",
        "Property destruction: On 7 March 2015, Islamic State militants began demolishing the ruins of "
        "Hatra (Nineveh).",
        "2015-03-08",
        "Looting/property destruction",
    ),
    (
        "a_note_labelled_non_violent_activity_is_other",
        "Non-violent activity: On 22 January 2025, Ansar Allah released the crew of a cargo ship it had "
        "seized and flew them out of Sanaa (Amanat Al Asimah).",
        "2025-01-23",
        "Other",
    ),
    (
        "militants_attacking_a_force_s_camp_fight_it",
        "On 26 January 2020, militants attacked the gendarmerie camp in Sokolo (Niono, Segou). 20 "
        "gendarmes were killed.",
        "2020-01-27",
        "Armed clash",
    ),
    (
        "gunmen_attacking_a_camp_for_the_displaced_attack_civilians",
        "Gunmen attacked a camp for displaced people near Djibo on Sunday, killing 15 civilians, "
        "officials said.",
        "2022-06-13",
        "Attack",
    ),
    (
        "settlers_raiding_a_village_and_firing_are_a_mob",
        "On 4 August 2023, Israeli settlers raided Burqa (Ramallah, West Bank) and opened fire on "
        "residents, killing a 19-year-old man.",
        "2023-08-05",
        "Mob violence",
    ),
    (
        "gunmen_storming_a_town_hall_and_killing_attack",
        "On 5 October 2022, gunmen stormed the town hall of San Miguel Totolapan (Guerrero) during a "
        "meeting, killing the mayor and at least 18 other people.",
        "2022-10-06",
        "Attack",
    ),
    (
        "an_air_attack_on_a_convoy_is_an_air_strike",
        "On 19 September 2016, an air attack struck an aid convoy and a warehouse in Urum al-Kubra "
        "(Aleppo). Around 20 civilians were killed.",
        "2016-09-20",
        "Air/drone strike",
    ),
    (
        "gunmen_firing_at_a_helicopter_are_no_air_strike",
        "On 25 June 2021, gunmen fired at a helicopter carrying the president as it approached Cucuta "
        "(Norte de Santander). No one was injured.",
        "2021-06-26",
        "Attack",
    ),
    (
        "gunmen_ambushing_buses_of_workers_attack_civilians",
        "On 6 November 2019, gunmen ambushed a convoy of buses carrying employees of a gold mine near "
        "Boungou (Tapoa, Est). 37 civilians were killed.",
        "2019-11-07",
        "Attack",
    ),
    (
        "troops_breaking_a_siege_regain_ground",
        "On 5 September 2017, army troops broke the three-year siege of Deir ez-Zor (Deir ez-Zor), "
        "reaching the besieged base west of the city.",
        "2017-09-06",
        "Government regains territory",
    ),
    (
        "farmers_protesting_who_clashed_with_police_riot",
        "On 26 January 2021, farmers protesting against the farm laws broke away from the agreed route of "
        "a tractor rally and clashed with police in Delhi (Delhi).",
        "2021-01-27",
        "Violent demonstration",
    ),
    (
        "rebels_taking_a_town_the_army_left_under_attack_overtake_it",
        "On 28 June 2024, M23 rebels took control of Kanyabayonga (Lubero, North Kivu) after FARDC troops "
        "pulled out of the town under attack.",
        "2024-06-29",
        "Non-state actor overtakes territory",
    ),
    (
        "an_explosion_ripping_open_a_canal_is_an_ied",
        "An explosion ripped open a section of the Ibar-Lepenac canal near Zubin Potok late on Friday, the "
        "police said.",
        "2024-11-30",
        "Remote explosive/landmine/IED",
    ),
    (
        "bulldozing_a_monastery_of_many_centuries_destroys_property",
        "Islamic State militants bulldozed the 1,500-year-old Mar Elian monastery near al-Qaryatain, "
        "photographs showed on Friday.",
        "2015-08-22",
        "Looting/property destruction",
    ),
    (
        "blocking_a_highway_to_demand_a_resignation_is_a_protest",
        "Indigenous authorities blocked stretches of the Inter-American highway on Monday, demanding that "
        "the attorney general step down.",
        "2023-10-03",
        "Peaceful protest",
    ),
    (
        "supporters_gathering_to_press_lawmakers_protest",
        "Thousands of supporters of the president gathered outside the Legislative Assembly on Sunday, "
        "answering his call to press lawmakers to approve a loan.",
        "2020-02-10",
        "Peaceful protest",
    ),
    (
        "a_year_s_protests_named_as_a_date_are_no_protest",
        "Voters rejected the charter written after the 2019 protests by a wide margin, the electoral board "
        "said on Sunday.",
        "2022-09-05",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "published", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sub_event_type(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str | None
) -> None:
    assert _first_sub_event_type(pipeline, tmp_path, text, published) == expected, name
