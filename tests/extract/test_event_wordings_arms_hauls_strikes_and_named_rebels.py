"""Sub-event types, doers and places of wordings met in fresh news text: arms hauls seized by weight and
whom they were meant for; naval commandos and naval patrol boats; armed movements that suspend their
struggle or call off a campaign; people taken from their homes by armed men or dragged screaming from a
flat; workers who stop work and occupy their yard; incendiary charges set off in a library; a charter of
national reconciliation approved by members of parliament; a bomb that killed people, with no other verb;
a town that fell to a rebel movement named only by its name; the IRA before the split of 1969; a bare
dateline that names a capital; an Irish county; Brittany; gas bombs dropped on a village; shots at those
who ran; troops who killed peasants; police firing on striking dockers; workers who marched on a party office
and broke in; crowds that fought the police; islands returned to a state's administration; a withdrawal of
troops who once entered a war; a man seized by three men in a hotel; a police inquiry's headquarters;
state forces in southern Sudan and Namibia before their independence; a bombing at a church; villagers who
killed two men; a church set ablaze; three towns seized; bodies found dumped; inmates beaten by their
guards; supporters tear-gassed; farmers killed by herders; and stalls a market fire destroyed.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "tonnes_of_rifles_seized_from_a_trawler_are_a_disrupted_weapons_use",
        "Spanish coastguards stopped a trawler off Cadiz on Tuesday and seized about three tonnes of rifles, "
        "grenades and ammunition that officials said were bound for the Polisario Front.",
        "1979-04-11",
        "Disrupted weapons use",
    ),
    (
        "crates_of_weapons_found_in_a_freighter_hold",
        "Customs officers searching a freighter in the port of Antwerp on Friday found 40 crates of "
        "machine-guns and explosives hidden under a cargo of timber, officials said.",
        "1983-10-08",
        "Disrupted weapons use",
    ),
    (
        "a_rebel_movement_suspending_its_armed_struggle_changes_its_activity",
        "The Karen National Union has suspended its 40-year armed struggle against the government in "
        "Rangoon, its leader said on Monday after talks with the army.",
        "1990-01-16",
        "Change to group/activity",
    ),
    (
        "calling_off_a_campaign_of_bombings_changes_a_groups_activity",
        "The Basque separatist group announced on Saturday that it had called off its campaign of bombings "
        "against tourist resorts on the Mediterranean coast.",
        "1986-09-14",
        "Change to group/activity",
    ),
    (
        "ordering_fighters_to_dump_their_arms_changes_a_groups_activity",
        "The movement's leaders ordered their guerrillas to dump their arms and return to their villages on "
        "Tuesday, a spokesman said in Luanda.",
        "1991-06-05",
        "Change to group/activity",
    ),
    (
        "a_candidate_suspending_his_campaign_is_no_event",
        "The governor suspended his election campaign on Thursday after his wife fell ill, aides said in "
        "Boston.",
        "1988-09-02",
        None,
    ),
    (
        "taken_from_her_home_by_a_group_of_armed_men_is_an_abduction",
        "A village teacher was taken from her home near Rangamati before dawn on Friday by a group of "
        "armed men in uniform, her husband said.",
        "1994-03-12",
        "Abduction/forced disappearance",
    ),
    (
        "dragged_screaming_from_a_flat_by_two_men_is_an_abduction",
        "The daughter of a banker was dragged screaming from her flat in Milan on Sunday night by two men "
        "who bundled her into a waiting car, police said.",
        "1977-11-21",
        "Abduction/forced disappearance",
    ),
    (
        "taken_from_outside_his_home_by_commandos",
        "A former guerrilla leader was taken from outside his home in Caracas on Monday by foreign "
        "commandos and flown out of the country, his lawyer said.",
        "1982-02-16",
        "Abduction/forced disappearance",
    ),
    (
        "workers_who_stopped_work_and_occupied_the_yard_protest",
        "About 5,000 workers at the Harland shipyard stopped work on Wednesday and occupied the yard, "
        "demanding higher pay, union officials said in Belfast.",
        "1979-06-14",
        "Peaceful protest",
    ),
    (
        "miners_who_stopped_work_demanding_pay_protest",
        "Coal miners in the Jiu valley stopped work on Monday demanding shorter hours and better food, "
        "exiled dissidents said.",
        "1977-08-03",
        "Peaceful protest",
    ),
    (
        "incendiary_charges_set_off_in_a_library_destroy_property",
        "Militants set off incendiary charges in the municipal library of Oran on Tuesday, and the fire "
        "destroyed most of its books, police said.",
        "1962-05-16",
        "Looting/property destruction",
    ),
    (
        "a_charter_of_national_reconciliation_approved_is_an_agreement",
        "Members of parliament meeting in Geneva approved a charter of national reconciliation on Thursday "
        "meant to end the civil war, delegates said.",
        "1984-11-02",
        "Agreement",
    ),
    (
        "a_bomb_that_killed_people_is_a_bombing",
        "A bomb killed 11 people at a bus station in Quetta on Wednesday, police said.",
        "1995-07-19",
        "Remote explosive/landmine/IED",
    ),
    (
        "people_killed_in_the_bombings_were_bombed",
        "At least 40 people were killed in the bombings at two markets in Karachi on Sunday evening, the "
        "provincial governor said.",
        "1987-07-15",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_town_fell_to_a_movement_named_by_its_name_alone",
        "The garrison town of Phuoc Binh fell to the Viet Cong on Monday after a week of siege, the "
        "Saigon command said.",
        "1975-01-07",
        "Non-state actor overtakes territory",
    ),
    (
        "gas_bombs_dropped_on_a_village_are_a_chemical_weapon",
        "Royalist tribesmen said on Monday that Egyptian planes had dropped gas bombs on the village of "
        "Gahar on May 10, killing 12 villagers and leaving others with burned eyes and lungs.",
        "1967-05-16",
        "Chemical weapon",
    ),
    (
        "firing_on_those_who_ran_is_an_attack_not_a_shelling",
        "Soldiers surrounded the fishing village before dawn on Sunday, broke into homes, beat residents and "
        "fired on those who ran towards the beach, survivors said.",
        "1994-07-12",
        "Attack",
    ),
    (
        "troops_who_killed_peasants_attacked_civilians",
        "Church workers said on Tuesday that troops killed at least 40 peasants as they tried to cross the "
        "river into Honduras on Saturday.",
        "1981-03-18",
        "Attack",
    ),
    (
        "police_opening_fire_on_striking_dockers_used_excessive_force",
        "Police opened fire on striking dockers at the port of Mombasa on Thursday, killing four, the "
        "colonial government said.",
        "1947-01-17",
        "Excessive force against protesters",
    ),
    (
        "workers_who_marched_on_a_party_office_and_broke_in_rioted",
        "Thousands of steelworkers marched on the party headquarters in Nowa Huta on Monday, broke into the "
        "building and threw files out of the windows, witnesses said.",
        "1981-06-09",
        "Violent demonstration",
    ),
    (
        "thousands_of_people_who_fought_police_rioted",
        "Thousands of people fought militiamen and police in the main square of Chengdu on Sunday, witnesses "
        "said.",
        "1989-06-05",
        "Violent demonstration",
    ),
    (
        "islands_returned_to_a_states_administration_change_hands",
        "Britain returned the Turks islands to Jamaican administration at midnight, officials said.",
        "1959-07-04",
        "Non-violent transfer of territory",
    ),
    (
        "a_withdrawal_of_troops_who_entered_a_war_long_ago_is_no_ground_taken",
        "The last Cuban units crossed back into Namibia from Angola on Tuesday, completing the withdrawal of "
        "the Cuban troops who entered the Angolan war 16 years ago, officials said.",
        "1991-05-28",
        "Non-violent transfer of territory",
    ),
    (
        "a_man_seized_by_three_men_in_a_hotel_was_abducted",
        "An exiled opposition leader was seized by three men in his room at a hotel in Geneva on Friday "
        "afternoon and taken away, friends who were with him said.",
        "1976-04-10",
        "Abduction/forced disappearance",
    ),
    (
        "an_investigation_headquarters_is_no_base",
        "Police in Osaka have set up a special investigation headquarters to look into a series of bank "
        "frauds, officials said on Tuesday.",
        "1985-02-13",
        None,
    ),
    (
        "a_bombing_at_a_church_that_killed_worshippers",
        "A bombing at a church in Jos killed 15 worshippers on Sunday, police said.",
        "2012-03-12",
        "Remote explosive/landmine/IED",
    ),
    (
        "villagers_who_killed_two_men_accused_of_theft_are_a_mob",
        "Villagers killed two men accused of stealing cattle near Rumbek on Monday, local officials said.",
        "2016-04-05",
        "Mob violence",
    ),
    (
        "villagers_killed_in_an_air_strike_are_no_mob",
        "Five villagers killed in an air strike near Kafr Nabl on Monday were buried on Tuesday, activists "
        "said.",
        "2016-04-06",
        "Air/drone strike",
    ),
    (
        "men_who_set_ablaze_a_church_destroyed_property",
        "Unidentified men set ablaze a church in Kaduna on Monday night, the state police said.",
        "2018-06-12",
        "Looting/property destruction",
    ),
    (
        "fighters_who_seized_three_towns_took_ground",
        "Fighters from the group seized three towns in Cabo Delgado over the weekend, local sources said on "
        "Monday.",
        "2020-06-29",
        "Non-state actor overtakes territory",
    ),
    (
        "bodies_found_dumped_on_a_roadside_tell_of_an_attack",
        "The bodies of nine men were found dumped on a roadside near Culiacan on Monday, prosecutors said.",
        "2019-02-19",
        "Attack",
    ),
    (
        "prison_guards_who_beat_inmates_attacked_them",
        "Prison guards beat inmates at a jail in Maracaibo on Monday, a rights group said.",
        "2019-08-13",
        "Attack",
    ),
    (
        "police_who_tear_gassed_supporters_intervened",
        "Police tear-gassed opposition supporters outside the party offices in Kampala on Saturday, "
        "witnesses said.",
        "2020-11-21",
        "Protest with intervention",
    ),
    (
        "suspected_herders_who_killed_farmers_attacked",
        "Suspected herders killed 15 farmers in their fields near Makurdi on Saturday, the state police "
        "said.",
        "2018-01-07",
        "Attack",
    ),
    (
        "stalls_a_market_fire_destroyed_are_no_event",
        "A fire at a market in Onitsha destroyed hundreds of stalls on Saturday, the fire service said.",
        "2019-03-10",
        None,
    ),
    (
        "a_period_named_after_a_movement_arms_no_one",
        "Britain will pay compensation to about 5,000 elderly Kenyans who were tortured in detention camps "
        "during the Mau Mau uprising, the foreign secretary said in London on Thursday.",
        "2013-06-07",
        None,
    ),
]

test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "naval_patrol_boats_are_the_navy",
        "Irish naval patrol boats stopped a coaster off Cork on Thursday and seized two tonnes of rifles "
        "and explosives, the government said.",
        "1976-05-21",
        "actor1",
        "Military Forces of Ireland (1973-1977) Navy",
    ),
    (
        "naval_commandos_are_the_navy",
        "Israeli naval commandos seized a boat off Tyre on Wednesday and found 20 tonnes of rockets and "
        "explosives, the army said.",
        "2001-05-10",
        "actor1",
        "Military Forces of Israel (2001-2006) Navy",
    ),
    (
        "arms_meant_for_a_group_have_the_group_as_the_other_side",
        "French customs officers boarded a freighter off Le Havre on Tuesday and found 30 tonnes of arms "
        "that officials said had been shipped from Libya for the Irish Republican Army.",
        "1986-04-23",
        "actor2",
        "PIRA: Provisional Irish Republican Army",
    ),
    (
        "the_ira_before_the_split_of_1969",
        "The Irish Republican Army announced on Sunday that it had called off its campaign of raids on "
        "border posts, a statement sent to newspapers in Dublin said.",
        "1962-02-27",
        "actor1",
        "IRA: Irish Republican Army",
    ),
    (
        "commandos_of_a_named_secret_army_are_that_army",
        "Commandos of the Secret Army Organisation set fire to the town hall of Bone on Friday, police said.",
        "1962-05-12",
        "actor1",
        "OAS: Secret Army Organisation",
    ),
    (
        "a_library_burned_befell_civilians",
        "Militants set off incendiary charges in the municipal library of Oran on Tuesday, and the fire "
        "destroyed most of its books, police said.",
        "1962-05-16",
        "actor2",
        "Civilians (Algeria)",
    ),
    (
        "members_of_parliament_are_their_government",
        "Lebanese members of parliament approved a charter of national reconciliation on Sunday, officials "
        "said.",
        "1989-10-23",
        "actor1",
        "Government of Lebanon (1988-1989)",
    ),
    (
        "a_mutiny_in_the_south_before_independence_is_sudans",
        "Soldiers of a southern company mutinied at Yei on Tuesday and shot two of their officers, the "
        "government said in Khartoum.",
        "1955-08-25",
        "actor1",
        "Mutiny of Military Forces of Sudan (1954-1956)",
    ),
    (
        "police_in_namibia_before_independence_are_south_africas",
        "Police arrested 30 students at a school in Windhoek on Monday after a boycott of classes, church "
        "leaders said.",
        "1988-06-14",
        "actor1",
        "Police Forces of South Africa (1978-1989)",
    ),
    (
        "a_bare_dateline_naming_a_capital_is_the_capital",
        "DUBLIN, May 4 (Reuters) - Irish police seized four tonnes of rifles and ammunition at a farm on "
        "Friday that officials said had been shipped from the United States for the IRA.",
        "1984-05-05",
        "country",
        "Ireland",
    ),
    (
        "an_irish_county_named_with_its_word_first",
        "Police seized two tonnes of explosives and rifles at a farm in County Kerry on Friday, officials "
        "said in Dublin.",
        "1985-03-09",
        "location",
        "Kerry",
    ),
    (
        "brittany_is_the_french_region",
        "French customs officers seized 12 tonnes of weapons from a yacht off the coast of Brittany on "
        "Monday, the Finance Ministry said.",
        "1986-02-18",
        "location",
        "Bretagne",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
