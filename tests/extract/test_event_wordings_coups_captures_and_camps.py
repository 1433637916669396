"""Sub-event types and fields of wordings met in news of the 1990s and 2000s: coups told as an army taking
over the government, named men captured, bodies found after a sweep, troops setting up camp, hostages taken by
men in explosive belts, chlorine carried by a suicide bomber, fans and party youths turning on others,
soldiers firing on a road blockade, and a town pushed into but still fought over.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "coup_army_took_over_the_government",
        "BANGKOK — Tanks surrounded Government House on Tuesday night and the army chief went on television "
        "to say the armed forces had taken over the government and dismissed the caretaker prime minister.",
        "2006-09-19",
        "Other",
    ),
    (
        "coup_soldiers_sent_the_president_into_exile",
        "PORT-AU-PRINCE — Soldiers stormed the national palace on Monday night and sent President "
        "Jean-Bertrand Aristide into exile in Venezuela, diplomats said.",
        "1991-10-01",
        "Other",
    ),
    (
        "coup_president_held_by_the_army",
        "LIBREVILLE — Army officers appeared on state television early on Wednesday to say that President "
        "Ali Bongo was being held under house arrest at his residence and that the election result was "
        "annulled.",
        "2023-08-30",
        "Other",
    ),
    (
        "arrest_of_a_named_leader_captured",
        "LIMA — Police captured Shining Path leader Abimael Guzman at a house in a middle-class district of "
        "Lima on Saturday night, the government said.",
        "1992-09-13",
        "Arrests",
    ),
    (
        "arrest_of_a_named_man_seized_abroad",
        "PARIS — French agents seized Ilich Ramirez Sanchez, known as Carlos, in Khartoum on Sunday and "
        "flew him to Paris, the interior minister announced on Monday.",
        "1994-08-15",
        "Arrests",
    ),
    (
        "bodies_found_after_troops_swept_through",
        "SAN SALVADOR — Human rights workers said on Tuesday they had found the bodies of hundreds of "
        "villagers in El Mozote, days after army troops swept through the area in an operation against "
        "guerrillas.",
        "1981-12-15",
        "Attack",
    ),
    (
        "troops_landed_and_set_up_camp",
        "BAMAKO — The first French troops landed at Bamako airport on Friday and set up camp there, "
        "witnesses said.",
        "2013-01-12",
        "Headquarters or base established",
    ),
    (
        "airport_they_will_use_as_a_base",
        "N'DJAMENA — Chadian troops moved into the airport of Kidal on Wednesday, which they will use as a "
        "base for operations in the mountains, officers said.",
        "2013-02-07",
        "Headquarters or base established",
    ),
    (
        "attack_took_place_on_an_earlier_day",
        "GUSAU, Nigeria — At least 20 villagers were killed when gunmen on motorcycles raided the village "
        "of Kadisau, police said on Monday. The attack took place on Thursday, but news took days to reach "
        "the state capital.",
        "2020-06-15",
        "Attack",
    ),
    (
        "grenade_thrown_at_a_rally",
        "HARARE — A grenade thrown at a campaign rally of the ruling party at a stadium in Bulawayo on "
        "Saturday injured dozens of people, state media said.",
        "2018-06-24",
        "Grenade",
    ),
    (
        "gunmen_in_explosive_belts_took_hostages",
        "ALGIERS — Gunmen, some of them wearing explosive belts, seized a gas plant at In Amenas on "
        "Wednesday and took hundreds of workers hostage, officials said.",
        "2013-01-16",
        "Abduction/forced disappearance",
    ),
    (
        "suicide_truck_with_chlorine_is_chemical",
        "BAGHDAD — A suicide bomber blew up a truck loaded with chlorine tanks in the Taji area north of "
        "Baghdad on Wednesday, killing five people and leaving dozens ill from the gas, police said.",
        "2007-02-21",
        "Chemical weapon",
    ),
    (
        "fans_attacking_supporters_are_a_mob",
        "MARSEILLE — Hundreds of Russian fans charged England supporters in the Old Port of Marseille on "
        "Saturday, attacking them with bars and bottles, police said.",
        "2016-06-11",
        "Mob violence",
    ),
    (
        "gangs_of_two_communities_fighting_are_a_mob",
        "JOS, Nigeria — Gangs of Christian and Muslim youths fought with machetes and burned houses in Jos "
        "on Sunday, witnesses said.",
        "2010-01-17",
        "Mob violence",
    ),
    (
        "party_youths_attacking_a_rally_are_a_mob",
        "HARARE — Youths of the ruling party armed with iron bars attacked an opposition rally in the "
        "Highfield suburb on Sunday, injuring several people, witnesses said.",
        "2008-05-11",
        "Mob violence",
    ),
    (
        "mass_detention_at_a_rally_is_an_intervention",
        "MINSK — Riot police detained more than 300 people at an unauthorised opposition rally in central "
        "Minsk on Sunday, a rights group said.",
        "2020-09-06",
        "Protest with intervention",
    ),
    (
        "batons_to_clear_a_camp_is_an_intervention",
        "TBILISI — Riot police swung batons on Thursday to clear hundreds of protesters camped outside "
        "parliament in Tbilisi, injuring dozens.",
        "2024-05-02",
        "Protest with intervention",
    ),
    (
        "statues_destroyed_by_militants",
        "MOSUL — Islamic State militants smashed ancient statues at the Mosul museum with sledgehammers, a "
        "video released on Thursday showed.",
        "2015-02-26",
        "Looting/property destruction",
    ),
    (
        "temple_blown_up_by_militants",
        "DAMASCUS — Islamic State militants blew up the Temple of Bel in Palmyra on Sunday, the head of "
        "Syria's antiquities department said.",
        "2015-08-31",
        "Looting/property destruction",
    ),
    (
        "stalls_demolished_by_police",
        "HARARE — Police demolished hundreds of market stalls and shacks in Harare's Mbare suburb this "
        "week, leaving families in the open, residents said.",
        "2005-05-27",
        "Looting/property destruction",
    ),
    (
        "group_renamed_itself",
        "MAIDUGURI — Boko Haram has renamed itself Islamic State's West Africa Province, according to a "
        "statement released on Friday.",
        "2015-04-24",
        "Change to group/activity",
    ),
    (
        "group_ended_its_armed_campaign",
        "MADRID — The Basque separatist group ETA announced on Thursday a definitive end to its armed "
        "activity after more than four decades.",
        "2011-10-20",
        "Change to group/activity",
    ),
    (
        "soldier_on_guard_shot_by_a_gunman",
        "LONDON — A gunman shot dead a soldier standing guard outside a barracks in the city on Friday "
        "before police shot him dead, officials said.",
        "2013-05-24",
        "Armed clash",
    ),
    (
        "town_handed_over_as_troops_pulled_out",
        "JERICHO — Israel handed the town of Jericho to Palestinian police on Friday as its last soldiers "
        "pulled out.",
        "1994-05-13",
        "Non-violent transfer of territory",
    ),
    (
        "warplane_fired_rockets",
        "ALEPPO — A government warplane fired rockets at a crowded market in the town of Azaz on Wednesday, "
        "killing at least ten people, activists said.",
        "2012-08-16",
        "Air/drone strike",
    ),
    (
        "troops_overran_the_rebel_headquarters",
        "COLOMBO — Sri Lankan troops overran the Tamil Tigers' headquarters at Kilinochchi on Friday, the "
        "army said.",
        "2009-01-02",
        "Government regains territory",
    ),
    (
        "schoolgirl_shot_in_her_van",
        "PESHAWAR — Gunmen stopped a school van in the town on Tuesday and shot a teenage girl in the head, "
        "police said.",
        "2012-10-09",
        "Attack",
    ),
    (
        "farmers_tore_down_fences_and_scuffled",
        "PARIS — Hundreds of farmers tore down fences and scuffled with riot police guarding a ministry "
        "building in Paris on Monday; several officers were hurt.",
        "2024-02-05",
        "Violent demonstration",
    ),
    (
        "crowd_with_petrol_bombs_attacked_a_station",
        "BAHRAIN — A crowd armed with petrol bombs attacked a police station in the village of Sitra on "
        "Sunday night, wounding five officers, the interior ministry said.",
        "2012-04-09",
        "Violent demonstration",
    ),
    (
        "soldiers_fired_on_villagers_blocking_a_road",
        "LIMA — Soldiers fired on villagers blocking a highway near a copper mine on Monday, killing three "
        "people, the ombudsman said.",
        "2015-09-29",
        "Excessive force against protesters",
    ),
    (
        "troops_pushed_in_and_fought_street_by_street",
        "DAMASCUS — Government troops pushed into the rebel-held town of Qusair on Sunday and were fighting "
        "rebels street by street, activists said.",
        "2013-05-19",
        "Armed clash",
    ),
    (
        "gunmen_with_rifles_and_grenades_attacked",
        "NAIROBI — Gunmen armed with rifles and grenades attacked a shopping centre in Nairobi on Saturday, "
        "killing at least 39 people, officials said.",
        "2013-09-21",
        "Attack",
    ),
    (
        "cylinder_bombs_fired_by_rebels",
        "BOGOTA — Cylinder bombs fired by FARC rebels hit houses in the town of Toribio on Saturday, "
        "killing two people, the army said.",
        "2011-07-10",
        "Shelling/artillery/missile attack",
    ),
    (
        "shrines_being_destroyed_by_militants",
        "BAMAKO — Islamist fighters of Ansar Dine began destroying the mausoleums of Sufi saints in "
        "Timbuktu on Saturday, witnesses said.",
        "2012-06-30",
        "Looting/property destruction",
    ),
    (
        "a_group_ordered_an_end_to_its_struggle",
        "BANDA ACEH — The Free Aceh Movement formally ordered an end to its armed struggle on Tuesday and "
        "disbanded its military wing, a spokesman said.",
        "2005-12-27",
        "Change to group/activity",
    ),
    (
        "a_man_captured_hiding",
        "QUITO — Ecuadorian police captured FARC commander Simon Trinidad hiding in a Quito clinic on "
        "Friday, officials said.",
        "2004-01-03",
        "Arrests",
    ),
    (
        "shot_in_the_chest_by_gunmen",
        "PESHAWAR — Gunmen stopped a car near the village on Monday and shot a local teacher in the chest, "
        "police said.",
        "2013-03-04",
        "Attack",
    ),
    (
        "a_soldier_on_guard_shot_by_a_gunman",
        "ALGIERS — A gunman shot dead a soldier guarding a checkpoint outside the city on Sunday, officials "
        "said.",
        "2014-06-02",
        "Armed clash",
    ),
    (
        "grenades_into_a_rally_are_no_police_force",
        "DHAKA — Grenades thrown into an opposition rally in the capital on Saturday killed at least 12 "
        "people, police said.",
        "2004-08-22",
        "Grenade",
    ),
    (
        "detentions_after_scuffles_at_a_rally",
        "MOSCOW — Riot police detained more than 200 people in the capital on Saturday after scuffles broke "
        "out at an opposition rally near the Kremlin, police said.",
        "2012-05-06",
        "Protest with intervention",
    ),
    (
        "fans_who_invaded_the_pitch_are_a_mob",
        "CAIRO — Fans of the home side poured onto the pitch after the final whistle on Wednesday and "
        "attacked the visiting team's supporters with stones and clubs, officials said.",
        "2012-02-02",
        "Mob violence",
    ),
    (
        "party_activists_attacking_a_named_rally",
        'DHAKA — Activists of the ruling party and its youth wing attacked the "Long March" rally of the '
        "opposition with sticks on Friday, police said.",
        "2013-04-06",
        "Mob violence",
    ),
    (
        "crowd_armed_with_petrol_bombs_attacked_police",
        "RIYADH — A crowd, some of them masked and armed with petrol bombs and stones, attacked a police "
        "station in the town on Monday night, wounding six officers, the ministry said.",
        "2011-10-04",
        "Violent demonstration",
    ),
    (
        "an_operation_with_its_headquarters_abroad",
        "BRUSSELS — The European Union launched a naval operation in the Mediterranean on Monday, with six "
        "ships and its headquarters in Rome.",
        "2015-06-22",
        "Headquarters or base established",
    ),
    (
        "soldiers_taking_over_army_barracks_mutiny",
        "OUAGADOUGOU — Soldiers took over the Sangoule Lamizana military barracks in Ouagadougou on Sunday, "
        "demanding the sacking of the army's chiefs, residents said.",
        "2022-01-23",
        "Other",
    ),
    (
        "dead_on_both_sides_is_a_fight",
        "NIAMEY — Five soldiers and eight militants were killed in the Tillaberi region on Monday, the "
        "defence ministry said.",
        "2021-03-16",
        "Armed clash",
    ),
    (
        "arrests_of_a_road_blockade_are_an_intervention",
        "MUNICH — Police arrested more than 20 climate activists who had blocked a motorway into Munich "
        "during the rush hour on Monday, a police spokesman said.",
        "2022-11-07",
        "Protest with intervention",
    ),
]

# name, text, publication date, field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_coup_is_the_army_mutiny",
        "BANGKOK — Tanks surrounded Government House on Tuesday night and the army chief went on television "
        "to "
        "say the armed forces had taken over the government and dismissed the caretaker prime minister.",
        "2006-09-19",
        "actor1",
        "Mutiny of Military Forces of Thailand (2001-2006)",
    ),
    (
        "a_coup_befalls_the_government",
        "BANGKOK — Tanks surrounded Government House on Tuesday night and the army chief went on television "
        "to "
        "say the armed forces had taken over the government and dismissed the caretaker prime minister.",
        "2006-09-19",
        "actor2",
        "Government of Thailand (2001-2006)",
    ),
    (
        "a_government_taken_over_is_not_the_doer",
        "SUVA — Fiji's military chief announced on Tuesday that he had taken over the government and "
        "dismissed "
        "the prime minister, as soldiers set up checkpoints around the capital.",
        "2006-12-05",
        "actor1",
        "Mutiny of Military Forces of Fiji (2000-2006)",
    ),
    (
        "exile_abroad_does_not_move_the_coup",
        "PORT-AU-PRINCE — Soldiers stormed the national palace on Monday night and sent President "
        "Jean-Bertrand "
        "Aristide into exile in Venezuela, diplomats said.",
        "1991-10-01",
        "location",
        "Port-au-Prince",
    ),
    (
        "bodies_found_after_a_sweep_are_the_sweepers_victims",
        "SAN SALVADOR — Human rights workers said on Tuesday they had found the bodies of hundreds of "
        "villagers "
        "in El Mozote, days after army troops swept through the area in an operation against guerrillas.",
        "1981-12-15",
        "actor1",
        "Military Forces of El Salvador (1979-1982)",
    ),
    (
        "a_regional_adjective_is_no_hamlet",
        "BARCELONA — Catalan riot police swung batons on Friday to clear hundreds of young protesters "
        "camped in "
        "a square in Barcelona.",
        "2011-05-27",
        "actor2",
        "Police Forces of Spain (2004-2011)",
    ),
    (
        "the_day_the_attack_took_place_dates_it",
        "GUSAU, Nigeria — At least 20 villagers were killed when gunmen on motorcycles raided the village of "
        "Kadisau, police said on Monday. The attack took place on Thursday, but news took days to reach the "
        "state capital.",
        "2020-06-15",
        "event_date",
        "2020-06-11",
    ),
    (
        "the_irish_republican_army_is_the_provisional_ira",
        "BELFAST — The Irish Republican Army formally ordered an end to its armed campaign on Thursday, "
        "instructing all its units to dump arms.",
        "2005-07-28",
        "actor1",
        "PIRA: Provisional Irish Republican Army",
    ),
    (
        "a_soldier_a_gunman_shot_is_the_countrys",
        "ALGIERS — A gunman shot dead a soldier guarding a checkpoint outside the city on Sunday, officials "
        "said.",
        "2014-06-02",
        "actor2",
        "Military Forces of Algeria (1999-2019)",
    ),
    (
        "soldiers_who_mutinied_are_a_mutiny_whatever_they_did",
        "OUAGADOUGOU — Soldiers who mutinied over unpaid housing allowances looted shops in the centre of "
        "Ouagadougou overnight, traders said on Friday.",
        "2011-04-15",
        "actor1",
        "Mutiny of Military Forces of Burkina Faso (1987-2014)",
    ),
    (
        "victims_named_by_their_nationality_keep_it",
        "JERUSALEM — An Israeli couple and three of their children were stabbed to death in their home in "
        "the "
        "West Bank settlement of Itamar late on Friday by an attacker who slipped into the settlement, the "
        "Israeli military said.",
        "2011-03-12",
        "actor2",
        "Civilians (Israel)",
    ),
    (
        "football_fans_from_abroad_keep_their_nationality",
        "BRUSSELS — A gunman shot dead two Swedish football fans in central Brussels on Monday evening, "
        "police "
        "said.",
        "2017-10-17",
        "actor2",
        "Civilians (Sweden)",
    ),
    (
        "the_raid_of_the_doers_dates_their_act",
        "KHARTOUM — Militiamen on horses who raided the town of Kutum last Friday raped dozens of women and "
        "girls, U.N. officials said on Thursday.",
        "2004-03-04",
        "event_date",
        "2004-02-27",
    ),
    (
        "the_time_the_blasts_went_off_dates_the_bombings",
        "AMMAN — Al-Qaida in Iraq claimed responsibility on Thursday for suicide bombings at three hotels in "
        "Amman that killed 57 people, officials said. The blasts at the three hotels went off shortly before "
        "9 p.m. on Wednesday.",
        "2005-11-10",
        "event_date",
        "2005-11-09",
    ),
    (
        "al_qaeda_in_iraq_by_its_name_of_the_day",
        "AMMAN — Al-Qaida in Iraq claimed responsibility on Thursday for suicide bombings at three hotels in "
        "Amman that killed 57 people, officials said.",
        "2005-11-10",
        "actor1",
        "AQI: Al Qaeda in Iraq",
    ),
    (
        "rebels_loyal_to_a_leader_are_his_groups",
        "GOMA — Rebels loyal to renegade General Laurent Nkunda captured the army base at Rumangabo on "
        "Sunday "
        "after government troops fled, U.N. officials said.",
        "2008-10-26",
        "actor1",
        "CNDP: National Congress for the Defence of the People",
    ),
    (
        "barracks_named_after_a_town_are_in_the_city_named",
        "MAIDUGURI, Nigeria — Boko Haram fighters stormed the Giwa military barracks in Maiduguri before "
        "dawn on "
        "Friday, setting off hours of gun battles with soldiers, residents said.",
        "2014-03-14",
        "location",
        "Maiduguri",
    ),
    (
        "unnamed_soldiers_a_group_fights_are_the_countrys",
        "MAIDUGURI, Nigeria — Boko Haram fighters stormed the Giwa military barracks in Maiduguri before "
        "dawn on "
        "Friday, setting off hours of gun battles with soldiers, residents said.",
        "2014-03-14",
        "actor2",
        "Military Forces of Nigeria (2010-2015)",
    ),
    (
        "a_territory_abroad_is_not_refused_by_the_dateline",
        "KISSUFIM CROSSING, Israel (AP) — The last Israeli soldiers left the Gaza Strip at dawn on Monday, "
        "closing the gate behind them.",
        "2005-09-12",
        "location",
        "Gaza Strip",
    ),
    (
        "soldiers_wounded_by_gunmen_fought_them",
        "GEORGETOWN — Six Guyanese soldiers were wounded on Monday when gunmen opened fire from across the "
        "river on an army boat escorting supplies, the army said.",
        "2025-02-18",
        "sub_event_type",
        "Armed clash",
    ),
    (
        "guyanas_soldiers_are_its_army",
        "GEORGETOWN — Six Guyanese soldiers were wounded on Monday when gunmen opened fire from across the "
        "river on an army boat escorting supplies, the army said.",
        "2025-02-18",
        "actor2",
        "Military Forces of Guyana (2020-)",
    ),
    (
        "a_man_seized_abroad_is_arrested_where_he_was_seized",
        "PARIS — French agents seized Ilich Ramirez Sanchez, known as Carlos, in Khartoum on Sunday and "
        "flew him "
        "to Paris, the interior minister announced on Monday.",
        "1994-08-15",
        "location",
        "Khartoum",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)
test_first_event_field = first_event_field_test(FIELDS)
