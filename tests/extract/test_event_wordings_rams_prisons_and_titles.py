"""Sub-event types, places and dates of wordings met in fresh news text: a van driven into pedestrians, a
ship sunk by explosions, a prison riot, mutinous soldiers looting, a truce declared for months, a tower
entered to make arrests; a district of a big city the gazetteer lacks, a newspaper's title, a person's
surname told again, a continent in a broadcaster's name, a country's name before the men it sends.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "a_driver_mowing_down_pedestrians_attacked_them",
        "STOCKHOLM (Reuters) - A man drove a stolen lorry down a busy shopping street in central Stockholm "
        "on Friday afternoon, mowing down pedestrians and killing four people, police said.",
        "2017-04-08",
        "Attack",
    ),
    (
        "explosions_that_sank_a_boat_were_a_bomb",
        "MOMBASA, Kenya (Reuters) - Two explosions sank a patrol boat moored in the old harbour of Mombasa "
        "before dawn on Tuesday, killing a sailor who was asleep on board, port officials said.",
        "2004-02-11",
        "Remote explosive/landmine/IED",
    ),
    (
        "inmates_setting_fire_to_their_prison_rioted",
        "KINSHASA (Reuters) - Inmates at the central prison in Kinshasa set fire to two cell blocks on "
        "Tuesday and tried to break out, and guards fired shots to contain them, prison officials said.",
        "2016-03-02",
        "Violent demonstration",
    ),
    (
        "mutinous_soldiers_who_looted_shops_looted",
        "BANGUI (Reuters) - Mutinous soldiers looted shops and market stalls in the centre of Bangui for a "
        "second day on Tuesday, residents said.",
        "1996-04-23",
        "Looting/property destruction",
    ),
    (
        "rebels_declaring_a_truce_for_months_change_what_they_do",
        "BOGOTA (Reuters) - ELN guerrillas declared a two-month ceasefire on Sunday, a week after the "
        "government agreed to resume talks, and said they were ready to free hostages.",
        "2017-09-04",
        "Change to group/activity",
    ),
    (
        "a_unit_entering_a_tower_to_arrest_men_took_no_ground",
        "Carabinieri statement, 9 May 1997. At dawn a unit of the special intervention group entered the "
        "bell tower of the cathedral and arrested eight men who had occupied it overnight after driving a "
        "home-made armoured car into the square.",
        "1999-05-09",
        "Arrests",
    ),
    (
        "a_group_renouncing_violence_changes_what_it_does",
        "BELFAST (Reuters) - The loyalist paramilitary group said on Thursday it had renounced violence, "
        "putting its weapons beyond use but stopping short of handing them over to disarmament officials.",
        "2007-05-04",
        "Change to group/activity",
    ),
    (
        "troops_seizing_an_island_from_a_garrison_took_it",
        "ADEN (Reuters) - Foreign troops landed on the island of Perim and seized it from a small garrison "
        "on Sunday after a day of fighting, officials said on Monday, accusing Asmara of aggression.",
        "1995-12-18",
        "Non-state actor overtakes territory",
    ),
    (
        "a_man_firing_a_rifle_at_the_president_attacked",
        "LIMA (Reuters) - A man fired a hunting rifle at the president as he rode in an open car through the "
        "main square on Sunday, but bystanders grabbed him and the shot went wide, police said.",
        "2003-07-28",
        "Attack",
    ),
    (
        "heavy_guns_fired_at_a_village_are_shelling_not_a_rifle",
        "Russian forces fired heavy guns at the village of Toshkivka on Monday, damaging several houses, "
        "regional officials said.",
        "2022-04-05",
        "Shelling/artillery/missile attack",
    ),
    (
        "leaders_wounded_by_gunshots_were_attacked",
        "MANILA (Reuters) - The mayor and his deputy were slightly wounded by gunshots as they campaigned "
        "from an open truck in the town centre on Friday, officials said.",
        "2004-03-19",
        "Attack",
    ),
    (
        "fighters_handing_their_strongholds_to_the_government_transferred_them",
        "PHNOM PENH (Reuters) - Thousands of rebel fighters have handed their two western strongholds to the "
        "government without a shot being fired, the defence ministry said on Friday.",
        "1996-08-16",
        "Non-violent transfer of territory",
    ),
    (
        "police_clearing_people_who_blocked_a_road_to_protest_intervened",
        "VILNIUS — Riot police used batons on Monday to clear several hundred farmers who had blocked the "
        "main road into the city to protest against low milk prices, witnesses said.",
        "1999-06-08",
        "Protest with intervention",
    ),
    (
        "detentions_of_hundreds_at_a_march_were_an_intervention",
        "Police statement, 13 December. During Saturday's demonstration against the summit, officers "
        "carried out preventive detentions of 412 people after masked participants smashed shop windows.",
        "2009-12-13",
        "Protest with intervention",
    ),
    (
        "a_gunman_seized_is_no_ground_taken",
        "ROME (Reuters) - Italian police seized the gunman at the scene on Wednesday, officials said.",
        "1981-05-14",
        None,
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_district_of_a_big_city_missing_from_the_gazetteer_keeps_the_city",
        "TORONTO (Reuters) - A man drove a van along a crowded pavement in the North York district of "
        "Toronto on Monday, mowing down pedestrians and killing three people, police said.",
        "2018-04-24",
        "country",
        "Canada",
    ),
    (
        "a_newspapers_title_and_a_leaders_title_are_no_places",
        "TEHRAN (Reuters) - Police beat students who rallied on the university campus on Friday against "
        "the closure of the reformist newspaper Salam, and Supreme Leader Ayatollah Ali Khamenei called for "
        "calm.",
        "1999-07-10",
        "location",
        "Tehran",
    ),
    (
        "a_surname_told_again_is_no_town",
        "ABIDJAN (Reuters) - Attackers fired rockets at Prime Minister Guillaume Soro's plane as it landed "
        "at Bouake airport on Friday, killing two of his guards, but Soro escaped unhurt, his spokesman "
        "said.",
        "2007-06-30",
        "location",
        "Bouake Airport",
    ),
    (
        "a_continent_in_a_broadcasters_name_is_no_village",
        "Radio bulletin, Africa service, Saturday. Guinean troops fought armed men who had crossed from "
        "Sierra Leone and attacked a border town on Friday, the army said.",
        "2000-09-02",
        "country",
        "Guinea",
    ),
    (
        "foreign_troops_fighting_mutineers_fought_the_countrys_army_in_mutiny",
        "BANGUI (Reuters) - French troops fought the mutineers around the state radio station in Bangui on "
        "Monday, as a revolt over unpaid wages went into its fourth day, a spokesman said.",
        "1996-05-20",
        "actor2",
        "Mutiny of Military Forces of the Central African Republic (1993-2003)",
    ),
    (
        "ground_taken_in_a_british_territory_was_held_by_britain",
        "LONDON (Reuters) - Argentine troops seized Stanley, the capital of the Falkland Islands, on Friday "
        "after a short fight with the small garrison, the Foreign Office said.",
        "1982-04-03",
        "actor2",
        "Military Forces of the United Kingdom (1979-1990)",
    ),
    (
        "a_time_in_a_clause_of_what_has_gone_on_since_does_not_date_the_act",
        "ATHENS (Reuters) - Police arrested a man they called a leader of the guerrilla group on the island "
        "of Samos on Wednesday, the latest in a series of arrests since a member was hurt by his own bomb "
        "last month, officials said.",
        "2002-07-18",
        "event_date",
        "2002-07-17",
    ),
    (
        "a_ship_that_was_to_have_led_a_protest_led_none",
        "AUCKLAND (Reuters) - Two explosions sank a protest ship at its berth on Wednesday, killing a "
        "photographer, police said. The ship was to have led a flotilla protesting against weapons tests.",
        "1985-07-11",
        "sub_event_type",
        "Remote explosive/landmine/IED",
    ),
]

FIELDS += [
    (
        "a_synagogue_named_for_israel_names_no_israeli_forces",
        "ISTANBUL (Reuters) - A suicide bomber drove a truck packed with explosives into the Beth Israel "
        "synagogue in Istanbul on Saturday, killing at least 20 people, police said.",
        "2003-11-15",
        "actor2",
        "Civilians (Turkey)",
    ),
    (
        "a_square_named_for_a_saint_is_no_town_of_the_saints_name",
        "Radio bulletin, Wednesday. A gunman shot and wounded a bishop in St Peter's Square this afternoon, "
        "and Italian police seized him at the scene, officials said.",
        "1981-05-14",
        "country",
        "Italy",
    ),
]

FIELDS += [
    (
        "a_holy_book_is_no_village",
        "A mob lynched a man accused of burning pages of the Koran on Friday, Pakistani police said.",
        "2021-12-04",
        "country",
        "Pakistan",
    ),
    (
        "the_president_shot_at_is_no_army",
        "LIMA (Reuters) - A man fired a hunting rifle at the president as he rode in an open car through the "
        "main square on Sunday, but bystanders grabbed him and the shot went wide, police said.",
        "2003-07-28",
        "actor2",
        "Civilians (Peru)",
    ),
]

FIELDS += [
    (
        "a_parliament_protesters_stormed_is_no_army",
        "TBILISI — Thousands of protesters tried to force their way into Georgia's parliament late on "
        "Thursday, and riot police drove them back with rubber bullets and tear gas.",
        "2019-06-21",
        "actor2",
        "Police Forces of Georgia (2012-)",
    ),
    (
        "a_prison_a_gang_stormed_is_no_army",
        "Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince over the weekend after a gun "
        "battle with police, freeing most of its inmates, officials said.",
        "2024-03-04",
        "actor2",
        "Police Forces of Haiti (2021-)",
    ),
    (
        "a_dateline_with_the_day_before_the_month_names_no_government",
        "Nairobi, 11 Nov (AFP) - At least 30 Kenyan police officers were killed when cattle raiders ambushed "
        "them near Baragoi on Saturday, police said.",
        "2012-11-11",
        "actor2",
        "Police Forces of Kenya (2002-2013)",
    ),
]

FIELDS += [
    (
        "a_state_a_riot_was_angry_at_is_not_its_army",
        "PAPEETE, Sept 7 — Hundreds of young rioters angered by France's nuclear tests set fire to the "
        "airport terminal at Faa'a on Wednesday and fought gendarmes with stones, officials said.",
        "1995-09-07",
        "actor2",
        "Police Forces of France (1995-2007)",
    ),
    (
        "a_mob_in_a_district_of_a_city_named_for_its_country_beat_police",
        "MEXICO CITY (Reuters) - A mob in the Mexico City district of Tlahuac beat three undercover federal "
        "police officers on Tuesday night and set two of them on fire, killing both.",
        "2004-11-24",
        "actor2",
        "Police Forces of Mexico (2000-2006)",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
