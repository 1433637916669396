"""Sub-event types and fields of wordings met in news of 2014-2025 and of the 1990s: ceasefires announced by
a government or declared by an armed group, a country's name before its armed group's, soldiers captured in
an attack, cars driven into people, a base overrun whose troops were forced out, a drone shot down, a bomber
named in a later sentence, men who are no state's force firing on marchers, and the party an attack is
blamed on.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "ceasefire_announced_by_a_government",
        "TRIPOLI — The presidential council announced an immediate ceasefire across the capital on Sunday "
        "and said army units would deploy to end days of clashes between rival militias that have killed "
        "dozens.",
        "2023-08-20",
        "Agreement",
    ),
    (
        "ceasefire_declared_by_an_armed_group",
        "ISTANBUL — The Kurdistan Workers Party declared a unilateral ceasefire on Thursday, saying its "
        "fighters would act only in self-defence until talks began.",
        "2013-03-21",
        "Change to group/activity",
    ),
    (
        "war_declared_by_a_shadow_government",
        "Myanmar's shadow National Unity Government declared a nationwide uprising against the military on "
        "Tuesday, calling on militias to attack junta targets.",
        "2021-09-07",
        "Change to group/activity",
    ),
    (
        "soldiers_captured_in_an_attack_on_a_patrol",
        "BEIRUT — Gunmen crossed the border on Tuesday and captured three soldiers in an attack on an army "
        "patrol near Arsal, killing two others, the army said.",
        "2014-08-05",
        "Armed clash",
    ),
    (
        "car_driven_into_people",
        "MAGDEBURG, Germany — A car drove into people at a Christmas market in Magdeburg on Friday evening, "
        "killing two and injuring dozens, and the driver, a 50-year-old doctor, was arrested at the scene, "
        "police said.",
        "2024-12-21",
        "Attack",
    ),
    (
        "soldiers_embraced_martyrdom_in_an_attack_on_a_post",
        "PESHAWAR: Twelve soldiers embraced martyrdom and six terrorists were killed when terrorists "
        "attacked a security forces post in North Waziristan on Tuesday, the military's media wing said.",
        "2024-10-16",
        "Armed clash",
    ),
    (
        "base_overrun_and_troops_forced_to_retreat",
        "MAIDUGURI — Boko Haram fighters overran an army base in Wajiroko late on Monday after hours of "
        "fighting, forcing soldiers to retreat, security sources said.",
        "2025-04-08",
        "Non-state actor overtakes territory",
    ),
    (
        "us_drone_shot_down",
        "Yemen's Houthis shot down a U.S. MQ-9 Reaper drone over Marib province on Sunday, U.S. officials "
        "said.",
        "2024-02-19",
        "Disrupted weapons use",
    ),
    (
        "bomber_told_in_a_later_sentence",
        "COLOMBO — A bomb exploded at a May Day rally in Colombo on Saturday, killing President Ranasinghe "
        "Premadasa and at least 20 others, police said. Investigators said the bomber had carried the "
        "explosives strapped to his body.",
        "1993-05-02",
        "Suicide bomb",
    ),
    (
        "nato_missiles_struck",
        "BELGRADE — NATO missiles struck the state television building in central Belgrade early on Friday, "
        "killing at least 10 employees, officials said.",
        "1999-04-23",
        "Air/drone strike",
    ),
    (
        "air_force_strike_killed_vigilantes",
        "GUSAU — A Nigerian air force strike on a bandit camp mistakenly killed several members of a local "
        "vigilante group near Tsafe on Sunday, residents said.",
        "2025-01-13",
        "Air/drone strike",
    ),
    (
        "unknown_men_fired_on_marchers",
        "LA PAZ — A teacher was shot in the leg when unknown men opened fire on people marching against a "
        "new mining law in El Alto on Wednesday, police said.",
        "2024-05-16",
        "Attack",
    ),
    (
        "protest_broken_up_with_shots",
        "DHAKA — Police broke up a rally by garment workers in Ashulia on Monday, shooting two of them dead, "
        "witnesses said.",
        "2024-09-30",
        "Excessive force against protesters",
    ),
    (
        "live_rounds_fired_at_people_marching",
        "MANDALAY — Soldiers fired live rounds on Saturday morning at people marching against the junta in "
        "Monywa, killing two, witnesses said.",
        "2021-03-27",
        "Excessive force against protesters",
    ),
    (
        "tomb_set_on_fire",
        "TRIPOLI — Militiamen set fire to the tomb of a Sufi scholar in Zliten on Saturday, witnesses said.",
        "2012-08-25",
        "Looting/property destruction",
    ),
    (
        "a_killing_before_a_state_of_emergency",
        "TEGUCIGALPA — The government declared a state of emergency in the capital early on Tuesday after "
        "gang members shot dead 14 people at a bus terminal on Monday, officials said.",
        "2019-12-24",
        "Attack",
    ),
    (
        "a_town_entered_under_a_peace_deal",
        "JUBA — Government soldiers entered the town of Pibor on Monday, for the first time in two years, "
        "under a peace agreement with the rebel faction that had held it, officials said.",
        "2015-06-02",
        "Non-violent transfer of territory",
    ),
    (
        "no_event_a_diplomat_defected",
        "SEOUL — A senior diplomat at North Korea's embassy in London has defected to South Korea with his "
        "family, the unification ministry said on Wednesday.",
        "2016-08-17",
        None,
    ),
    (
        "no_event_a_hunting_accident",
        "A hunter was shot dead by a fellow hunter who mistook him for a deer in a forest in the Ardennes on "
        "Sunday, police said.",
        "2019-11-18",
        None,
    ),
    (
        "no_event_a_nuclear_free_zone_treaty",
        "SEMIPALATINSK, Kazakhstan — Five Central Asian states signed a treaty on Friday creating a "
        "nuclear-weapons-free zone in the region.",
        "2006-09-08",
        None,
    ),
    (
        "soldiers_defected_with_their_weapons",
        "DAMASCUS — Dozens of soldiers defected with their weapons near Rastan on Sunday and joined the "
        "rebels, activists said.",
        "2011-10-02",
        "Change to group/activity",
    ),
    (
        "members_of_an_intelligence_service_killed_by_a_gunman",
        "AMMAN — A gunman killed five members of the intelligence service at its office near the Baqaa camp "
        "on Monday, state media said, describing it as a terrorist attack.",
        "2016-06-06",
        "Armed clash",
    ),
    (
        "a_state_of_emergency_that_goes_on_is_no_event",
        "ULAN BATOR — The capital was under a four-day state of emergency on Wednesday. Five people were "
        "killed when protesters set fire to the ruling party's headquarters and fought police on Tuesday, "
        "officials said.",
        "2008-07-02",
        "Violent demonstration",
    ),
    (
        "a_leader_arrested_after_addressing_a_rally",
        "KAMPALA — Police arrested opposition leader Kizza Besigye after he addressed a rally in Kasese on "
        "Sunday, his party said.",
        "2016-05-09",
        "Arrests",
    ),
    (
        "civilians_killed_by_rioters_are_a_mob",
        "ATHENS — Three bank employees died on Wednesday when protesters hurled petrol bombs into a bank "
        "branch in central Athens during a general strike, police said.",
        "2010-05-05",
        "Mob violence",
    ),
    (
        "rebels_named_their_own_governor",
        "GOMA — The M23 rebels named their own governor of North Kivu province on Thursday, a week after "
        "seizing Goma, the group's spokesman said.",
        "2025-02-07",
        "Headquarters or base established",
    ),
    (
        "rival_crowds_clashing_are_a_mob",
        "KIRKUK — Two people were killed on Saturday when rival Turkmen and Kurdish demonstrators clashed "
        "outside the provincial council, police said.",
        "2017-10-15",
        "Mob violence",
    ),
    (
        "a_town_seized_when_the_parse_hangs_the_report_on_the_verb",
        "NAIROBI, April 18 - Sudan's Rapid Support Forces have seized Mellit, a town on the main supply road "
        "north of El Fasher, residents and local activists said on Thursday.",
        "2024-04-18",
        "Non-state actor overtakes territory",
    ),
]

# name, text, publication date, field, expected value of the first event's field
FIELDS: list[FieldCase] = [
    (
        "a_countrys_armed_group_is_the_group",
        "NAIROBI, April 18 - Sudan's Rapid Support Forces have seized Mellit, a town on the main supply road "
        "north of El Fasher, residents and local activists said on Thursday.",
        "2024-04-18",
        "actor1",
        "Rapid Support Forces",
    ),
    (
        "a_shadow_government_has_no_army",
        "Myanmar's shadow National Unity Government declared a nationwide uprising against the military on "
        "Tuesday, calling on militias to attack junta targets.",
        "2021-09-07",
        "actor1",
        "NUG: National Unity Government",
    ),
    (
        "a_driver_arrested_is_a_sole_perpetrator",
        "MAGDEBURG, Germany — A car drove into people at a Christmas market in Magdeburg on Friday evening, "
        "killing two and injuring dozens, and the driver, a 50-year-old doctor, was arrested at the scene, "
        "police said.",
        "2024-12-21",
        "actor1",
        "Sole Perpetrator (Germany)",
    ),
    (
        "martyrdom_is_a_toll",
        "PESHAWAR: Twelve soldiers embraced martyrdom when terrorists attacked a security forces post in "
        "North Waziristan on Tuesday, the military's media wing said.",
        "2024-10-16",
        "fatalities",
        "12",
    ),
    (
        "shooting_them_dead_is_a_toll",
        "DHAKA — Police broke up a rally by garment workers in Ashulia on Monday, shooting two of them dead, "
        "witnesses said.",
        "2024-09-30",
        "fatalities",
        "2",
    ),
    (
        "maoists_in_nepal",
        "KATHMANDU — Maoist rebels attacked a police post in Rolpa district on Friday, killing 12 "
        "policemen, officials said.",
        "2001-04-07",
        "actor1",
        "CPN-M: Communist Party of Nepal (Maoist)",
    ),
    (
        "maoists_in_india",
        "RAIPUR — Maoist rebels ambushed a police patrol in Sukma district on Saturday, killing 15 "
        "policemen, officials said.",
        "2020-03-22",
        "actor1",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "a_river_named_after_a_country_is_no_army",
        "BAMAKO — Gunmen attacked a passenger boat on the Niger River near Gourma-Rharous on Monday, killing "
        "20 civilians, officials said.",
        "2023-09-12",
        "actor1",
        "Unidentified Armed Group (Mali)",
    ),
    (
        "a_group_believed_to_have_planted_the_bomb",
        "LONDONDERRY — A car bomb exploded outside the courthouse in Bishop Street on Saturday night, "
        "causing damage but no injuries, police said. Police said a dissident republican group, believed to "
        "be the self-styled New IRA, had planted the device.",
        "2019-01-20",
        "actor1",
        "New IRA",
    ),
    (
        "a_killing_before_a_state_of_emergency_is_dated_by_its_own_day",
        "TEGUCIGALPA — The government declared a state of emergency in the capital early on Tuesday after "
        "gang members shot dead 14 people at a bus terminal on Monday, officials said.",
        "2019-12-24",
        "event_date",
        "2019-12-23",
    ),
    (
        "looters_are_rioters",
        "LAGOS — Looters ransacked warehouses holding food aid in Lagos on Saturday, witnesses said.",
        "2020-10-25",
        "actor1",
        "Rioters (Nigeria)",
    ),
    (
        "a_citys_town_hall_is_the_city",
        "PARIS — Protesters set fire to the door of Bordeaux's town hall on Thursday night as marches "
        "against the pension reform ended in clashes with police, the interior ministry said.",
        "2023-03-24",
        "location",
        "Bordeaux",
    ),
    (
        "an_attack_attributed_to_a_group",
        "NEIVA — Five soldiers were killed when a bomb went off as their truck passed along a rural road "
        "in Huila on Friday, the Defence Ministry said, attributing the attack to FARC dissidents.",
        "2022-09-03",
        "actor1",
        "FARC Dissidents",
    ),
    (
        "a_gunman_whose_shots_killed_an_officer_is_a_sole_perpetrator",
        "SARAJEVO — A gunman burst into a police station in Zvornik on Monday evening and opened fire, "
        "killing one officer, before police shot him dead, officials said.",
        "2015-04-28",
        "actor1",
        "Sole Perpetrator (Bosnia and Herzegovina)",
    ),
    (
        "a_countrys_capital_named_with_its_possessive",
        "PORT-AU-PRINCE, April 24 - A crowd in Haiti's capital beat and set fire to at least 13 suspected "
        "gang members on Monday, police said. Officers had stopped the minibus in the Canape-Vert "
        "neighbourhood before residents dragged the men away and set them alight.",
        "2023-04-25",
        "location",
        "Port-au-Prince",
    ),
    (
        "a_consulate_bombed_is_no_party",
        "ERBIL — A car bomb went off near the U.S. consulate in Erbil on Friday, killing three people, in an "
        "attack claimed by Islamic State.",
        "2015-04-18",
        "actor2",
        "Civilians (Iraq)",
    ),
    (
        "a_ceasefire_between_a_government_and_rebels_took_effect",
        "BOGOTA — A six-month ceasefire between Colombia's government and the National Liberation Army took "
        "effect on Thursday, as peace talks between the two sides continue.",
        "2023-08-03",
        "actor2",
        "ELN: National Liberation Army",
    ),
    (
        "two_states_agreeing_are_two_governments",
        "MOSCOW — Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh on Saturday after talks "
        "in Moscow, the Russian foreign minister said.",
        "2020-10-10",
        "actor2",
        "Government of Azerbaijan (2003-)",
    ),
    (
        "an_attack_blamed_on_soldiers",
        "OUAGADOUGOU — At least 60 villagers were killed on Thursday in Karma, in Burkina Faso's north, in "
        "an attack that survivors blamed on soldiers, a rights group said.",
        "2023-04-23",
        "actor1",
        "Military Forces of Burkina Faso (2022-)",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)
test_first_event_field = first_event_field_test(FIELDS)
