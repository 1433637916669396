"""Sub-event types of wordings met in fresh news text: riots the police answer, weapons tested or seized,
mutinies over pay, groups named for what they fight for, and stories that tell of no event at all (more
cases in test_event_wordings_mobs_blasts_and_bases.py).

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "a_riot_the_police_answered_is_the_event",
        "BISHKEK — Police used tear gas in Bishkek on Tuesday after crowds angered by the election "
        "results threw rocks and broke into the government headquarters, officials said.",
        "2020-10-06",
        "Violent demonstration",
    ),
    (
        "police_attacked_with_stones_in_unrest_met_a_riot",
        "STOCKHOLM — Police officers fired warning shots after being attacked with stones during unrest "
        "in the Rinkeby district on Friday night, police said.",
        "2022-04-16",
        "Violent demonstration",
    ),
    (
        "pepper_spray_on_a_crowd_is_an_intervention",
        "Police used pepper spray on Saturday on protesters who had blocked the entrance to parliament in "
        "Wellington, and several people were treated for its effects.",
        "2022-03-02",
        "Protest with intervention",
    ),
    (
        "a_rubber_bullet_that_wounds_is_no_excessive_force",
        "Police fired rubber bullets and tear gas at students marching on parliament in Nairobi on "
        "Tuesday, and a photographer was hit in the leg by a rubber bullet.",
        "2024-06-26",
        "Protest with intervention",
    ),
    (
        "killed_in_fighting_is_a_fight",
        "DUSHANBE — At least 21 people were killed in fighting in Rushan district on Wednesday when "
        "security forces moved against armed residents, officials said.",
        "2022-05-19",
        "Armed clash",
    ),
    (
        "died_after_being_stabbed_is_an_attack",
        "GDANSK — Mayor Pawel Adamowicz died on Monday after being stabbed on stage at a charity concert "
        "in Gdansk, doctors said.",
        "2019-01-14",
        "Attack",
    ),
    (
        "a_candlelight_vigil_is_a_protest",
        "Tens of thousands of people filled the square in Bratislava on Friday evening for a candlelight "
        "vigil for the murdered journalist Jan Kuciak.",
        "2018-03-03",
        "Peaceful protest",
    ),
    (
        "a_boat_carrying_weapons_seized_is_disrupted",
        "The Australian navy seized a fishing boat carrying more than 1,000 assault rifles and machine "
        "guns off the coast of Oman last week, the defence department said.",
        "2021-02-17",
        "Disrupted weapons use",
    ),
    (
        "a_post_handed_from_one_guard_to_another_changes_hands",
        "YEREVAN — Armenian border guards took over passport control at Zvartnots airport from Russian "
        "border guards on Thursday, the National Security Service said.",
        "2024-08-02",
        "Non-violent transfer of territory",
    ),
    (
        "a_group_named_for_liberation_liberates_nothing",
        "Fighters of the Movement for the Liberation of the Congo raped dozens of women in villages south "
        "of Bangui, a UN report said.",
        "2003-01-15",
        "Sexual violence",
    ),
    (
        "shots_at_drones_that_bring_none_down_disrupt_them",
        "Troops fired at two drones that crossed the border on Sunday but did not bring them down, the "
        "army said.",
        "2024-03-04",
        "Disrupted weapons use",
    ),
    (
        "gangs_of_youths_killing_migrants_are_a_mob",
        "At least 12 people were killed in attacks by gangs of youths on migrants in townships east of "
        "Johannesburg over the weekend, police said.",
        "2008-05-19",
        "Mob violence",
    ),
    (
        "a_flag_raised_over_a_town_takes_it",
        "Islamist fighters stormed Mocimboa da Praia on Monday, raising their flag over the police "
        "station, residents said.",
        "2020-03-24",
        "Non-state actor overtakes territory",
    ),
    (
        "villages_burned_and_emptied_are_destroyed_property",
        "Soldiers burned down hundreds of homes in three villages near Mingin last week and forcibly "
        "displaced their residents, a rights group said.",
        "2022-02-10",
        "Looting/property destruction",
    ),
    (
        "looting_a_day_after_liberation_is_the_looting",
        "Militiamen looted shops in Tikrit on Friday, a day after the government declared the city "
        "liberated from the jihadists, witnesses said.",
        "2015-04-04",
        "Looting/property destruction",
    ),
    (
        "grenades_thrown_in_a_shooting_are_an_attack",
        "Gunmen attacked a wedding party in the village on Saturday night, throwing grenades and firing "
        "on the guests, killing nine people, police said.",
        "2021-07-04",
        "Attack",
    ),
    (
        "several_hundred_nationalists_stoning_an_office_are_a_mob",
        "Several hundred nationalists pelted the offices of an opposition weekly with stones on Sunday, "
        "smashing its windows, police said.",
        "2019-05-13",
        "Mob violence",
    ),
    (
        "arrested_on_suspicion_of_planning_attacks_is_an_arrest",
        "Police arrested 14 men on Sunday on suspicion of planning armed attacks on government buildings, "
        "officials said.",
        "2019-05-13",
        "Arrests",
    ),
    (
        "taken_to_prison_is_an_arrest",
        "Former president Jacob Zuma was taken to a prison in Estcourt on Wednesday night to begin a "
        "15-month sentence for contempt of court.",
        "2021-07-08",
        "Arrests",
    ),
    (
        "a_bomb_that_released_chlorine_is_a_chemical_weapon",
        "Activists said a regime helicopter dropped a barrel bomb that released chlorine over Kafr Zita "
        "on Friday, leaving dozens of people struggling to breathe.",
        "2014-04-12",
        "Chemical weapon",
    ),
    (
        "soldiers_demanding_back_pay_mutiny",
        "Soldiers demanding unpaid bonuses fired into the air and seized the armoury in Bobo-Dioulasso on "
        "Thursday night, residents said.",
        "2011-06-03",
        "Other",
    ),
    (
        "a_new_leader_of_a_rebel_movement_changes_it",
        "Riek Machar was elected leader of the armed opposition movement SPLM-IO at a meeting in Pagak on "
        "Tuesday.",
        "2017-01-10",
        "Change to group/activity",
    ),
    (
        "a_deal_said_to_be_broken_is_no_deal",
        "The opposition called the decision a violation of the 2018 peace agreement.",
        "2022-08-05",
        None,
    ),
    (
        "a_missile_test_at_sea_is_no_attack",
        "Iran test-fired a medium-range ballistic missile on Sunday that came down in the Gulf of Oman, "
        "state television said.",
        "2023-05-29",
        None,
    ),
    (
        "a_bomb_of_a_past_war_going_off_is_no_attack",
        "A 500-kilogram bomb dropped in 1944 exploded at a building site in Bologna on Tuesday while "
        "experts were trying to defuse it; no one was hurt.",
        "2021-06-09",
        None,
    ),
    (
        "a_toll_counted_since_a_year_is_no_event",
        "Cluster munitions have killed or injured more than 20,000 people in Laos since 1964, the "
        "clearance agency said.",
        "2023-04-04",
        None,
    ),
    (
        "troops_marching_in_a_procession_do_not_protest",
        "Some 3,000 troops marched in the procession as the coffin was carried to Westminster Abbey on "
        "Monday.",
        "2022-09-19",
        None,
    ),
    (
        "a_boardroom_coup_is_no_coup",
        "In what staff called a boardroom coup, the broadcaster's board removed its director-general on "
        "Tuesday.",
        "2022-09-20",
        None,
    ),
    (
        "buses_driving_out_of_a_prison_retake_nothing",
        "Buses carrying freed inmates drove out of the prison gates on Thursday after a presidential "
        "pardon, state media said.",
        "2022-11-18",
        None,
    ),
    (
        "a_toll_of_toxic_liquor_is_no_violence",
        "The death toll from toxic liquor in Bihar's Saran district rose to 39 on Friday. Police have "
        "arrested 12 people accused of selling it.",
        "2022-12-16",
        None,
    ),
    (
        "a_prize_citation_names_no_event",
        "The prize was awarded on Friday to the campaign for its efforts to end the use of landmines and "
        "cluster bombs in war.",
        "2022-10-07",
        None,
    ),
    (
        "powers_to_detain_are_no_arrest",
        "The president gave soldiers and police sweeping powers to search and detain suspects without "
        "warrants on Thursday.",
        "2018-01-19",
        None,
    ),
    (
        "a_gunman_killing_a_police_officer_fights_the_police",
        "PARIS — A gunman shot dead a police officer on the Champs-Elysees on Thursday night before he "
        "was killed by police, the interior ministry said.",
        "2017-04-21",
        "Armed clash",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "police_who_say_what_they_did_to_a_crowd_are_its_other_side",
        "BISHKEK — Police used tear gas in Bishkek on Tuesday after crowds angered by the election "
        "results threw rocks and smashed shop windows, police said.",
        "2020-10-06",
        "actor2",
        "Police Forces of Kyrgyzstan (2017-2020)",
    ),
    (
        "iraqs_shiite_militias_are_the_pmf",
        "BAGHDAD — Members of Shiite militias burned houses in Sunni villages around Amerli on Tuesday, a "
        "week after the siege of the town was broken, witnesses said.",
        "2014-09-10",
        "actor1",
        "PMF: Popular Mobilization Forces",
    ),
    (
        "a_man_from_another_country_does_not_move_the_story_there",
        "VALLETTA — A 27-year-old man from Togo was shot dead from a passing car near Marsa late on "
        "Saturday, police said.",
        "2019-04-08",
        "actor2",
        "Civilians (Malta)",
    ),
    (
        "one_among_the_groups_that_claimed_it_is_the_doer",
        "At least 20 people were killed on Sunday when a suicide bomber blew himself up at a market in "
        "Parachinar. Lashkar-e-Jhangvi was among the groups that claimed the attack.",
        "2017-01-22",
        "actor1",
        "LeJ: Lashkar-e-Jhangvi",
    ),
    (
        "a_gunman_who_killed_himself_acted_alone",
        "A gunman opened fire at a nightclub in Orlando early on Sunday, killing 49 people. Police said "
        "he later killed himself.",
        "2016-06-12",
        "actor1",
        "Sole Perpetrator (United States)",
    ),
    (
        "a_rebel_movements_new_leader_changes_that_movement",
        "MAPUTO — Ossufo Momade was confirmed as leader of the former rebel movement RENAMO in Gorongosa "
        "on Thursday.",
        "2019-01-18",
        "actor1",
        "RENAMO: Mozambican National Resistance",
    ),
    (
        "an_ally_backing_the_doer_is_not_the_other_side",
        "DAMASCUS — Syrian troops backed by Hezbollah fighters took full control of the Syrian border "
        "town of Qusayr from rebels on Wednesday, state television said.",
        "2013-06-05",
        "actor2",
        "Opposition Rebels (Syria)",
    ),
    (
        "a_countrys_peacekeepers_serve_in_the_un_mission",
        "BANGUI — Anti-balaka militiamen attacked a convoy of Moroccan peacekeepers near Bangassou on "
        "Monday, killing one of them, the mission said.",
        "2017-05-09",
        "actor2",
        "MINUSCA: United Nations Stabilization Mission in the Central African Republic",
    ),
    (
        "nigerias_herdsmen_are_the_fulani_militia",
        "JOS, Nigeria — Suspected herdsmen killed 17 people in an attack on a village in Riyom district "
        "late on Sunday, police said.",
        "2023-04-10",
        "actor1",
        "Fulani Ethnic Militia (Nigeria)",
    ),
    (
        "separatist_fighters_in_cameroon_are_its_separatists",
        "BAMENDA, Cameroon — Suspected separatist fighters kidnapped a bishop and four priests near "
        "Bamenda on Sunday, the church said.",
        "2023-06-12",
        "actor1",
        "Ambazonian Separatists",
    ),
    (
        "rebels_of_a_named_group_are_that_group_and_attackers_pushed_back_stay_first",
        "BANGUI — Rebels of the Coalition of Patriots for Change attacked an army post near Boali on "
        "Sunday but were pushed back by government troops, the army said.",
        "2021-01-04",
        "actor1",
        "CPC: Coalition of Patriots for Change",
    ),
    (
        "attackers_driven_back_with_no_one_named_stay_the_doers",
        "NIAMEY — Boko Haram fighters attacked the town of Bosso on Friday and were driven back after "
        "hours of fighting with the army, officials said.",
        "2015-06-06",
        "actor1",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "foreign_tourists_are_international_civilians",
        "KABUL — Gunmen opened fire on a bus carrying foreign tourists near Herat on Thursday, wounding "
        "several of them, officials said.",
        "2019-08-01",
        "actor2",
        "Civilians (International)",
    ),
    (
        "visiting_engineers_keep_their_nationality",
        "ISLAMABAD — A suicide bomber rammed a car packed with explosives into a convoy carrying Chinese "
        "engineers near Dasu on Tuesday, killing five of them, police said.",
        "2024-03-27",
        "actor2",
        "Civilians (China)",
    ),
    (
        "migrant_workers_are_civilians_of_the_country_they_work_in",
        "ATHENS — Farm foremen opened fire with shotguns on Bangladeshi migrant workers demanding unpaid "
        "wages near Manolada on Wednesday, wounding 30 of them, police said.",
        "2013-04-18",
        "actor2",
        "Civilians (Greece)",
    ),
    (
        "forces_joined_to_the_doer_before_the_act_are_not_its_other_side",
        "BEIRUT — Syrian troops and Hezbollah fighters took full control of the Syrian border town of "
        "Qusayr from rebels on Wednesday, state television said.",
        "2013-06-05",
        "actor2",
        "Opposition Rebels (Syria)",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
