"""Sub-event types, doers and dates of wordings met in fresh news text: mobs and crowds, blasts someone
caused, bases, disappearances and deals (more cases in test_event_wordings_crowds_and_deals.py).

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "the_rape_a_crowd_rallies_against_is_its_grievance",
        "Tens of thousands of people rallied in Naha on Sunday to protest against the rape of a schoolgirl, "
        "organisers said.",
        "2008-03-23",
        "Peaceful protest",
    ),
    (
        "the_suicide_bombers_who_struck_are_no_planes",
        "Police raided homes across Kano on Sunday looking for accomplices of the suicide bombers who struck "
        "two mosques in the city the day before.",
        "2014-11-30",
        "Suicide bomb",
    ),
    (
        "a_teenager_opening_fire_at_a_school_attacks_it",
        "A 19-year-old former pupil opened fire at a school in Kazan on Tuesday morning, killing seven "
        "children and two staff, officials said.",
        "2021-05-12",
        "Attack",
    ),
    (
        "killing_national_guard_members_is_a_fight",
        "Militants killed three National Guard members at a checkpoint outside Ben Guerdane on Monday night, "
        "the interior ministry said.",
        "2016-03-08",
        "Armed clash",
    ),
    (
        "a_crowd_that_dispersed_peacefully_was_not_broken_up",
        "Thousands of people marched through Tbilisi on Sunday against the foreign agents bill; the crowd "
        "dispersed peacefully after midnight.",
        "2024-04-29",
        "Peaceful protest",
    ),
    (
        "a_march_in_silence_is_a_protest",
        "Thousands of students walked in silence through the centre of Novi Sad on Friday, holding up "
        "their hands painted red.",
        "2024-11-23",
        "Peaceful protest",
    ),
    (
        "people_protesting_who_push_past_police_barriers_riot",
        "About 300 people protesting against vaccine mandates pushed past police barriers onto the lawn of "
        "parliament in Wellington on Tuesday.",
        "2022-02-09",
        "Violent demonstration",
    ),
    (
        "violence_aimed_at_where_migrants_live_is_a_mob",
        "Groups of youths smashed shop windows in Torre Pacheco on Saturday night, targeting streets where "
        "Moroccan farm workers live, police said.",
        "2025-07-13",
        "Mob violence",
    ),
    (
        "setting_fire_to_homes_of_migrant_families_is_a_mob",
        "Masked youths smashed windows and set fire to homes of Roma families in the town of Ballymena on "
        "Tuesday night, police said.",
        "2025-06-11",
        "Mob violence",
    ),
    (
        "suicide_blasts_are_suicide_bombs",
        "Two suicide blasts ripped through a market in the town of Konduga on Saturday evening, killing 20 "
        "people, officials said.",
        "2024-06-30",
        "Suicide bomb",
    ),
    (
        "a_crowd_of_young_men_attacking_a_community_is_a_mob",
        "A crowd of young men attacked Roma families in the Sofia district of Orlandovtsi on Sunday night, "
        "police said.",
        "2019-01-08",
        "Mob violence",
    ),
    (
        "clashes_between_residents_of_two_communities_are_a_mob",
        "Nine people were killed in clashes between Kuki and Meitei residents in the town of Moreh on "
        "Thursday, police said.",
        "2023-05-05",
        "Mob violence",
    ),
    (
        "relatives_of_men_sentenced_over_a_disaster_who_storm_a_prison_riot",
        "Relatives of men sentenced to death over last year's stadium stampede tried to storm the prison in "
        "Tanta on Saturday and clashed with police.",
        "2013-02-02",
        "Violent demonstration",
    ),
    (
        "police_killed_in_clashes_with_people_blocking_roads_met_rioters",
        "Two police officers were killed on Monday in clashes with farmers who had blocked the highway near "
        "Cochabamba, the government said.",
        "2024-11-05",
        "Violent demonstration",
    ),
    (
        "a_man_shot_dead_when_police_fired_on_a_crowd_met_excessive_force",
        "One man was shot dead on Saturday night when police opened fire on a crowd outside the electoral "
        "commission in Conakry, witnesses said.",
        "2020-10-25",
        "Excessive force against protesters",
    ),
    (
        "a_man_shot_dead_as_he_watched_rioting_was_attacked",
        "A photographer was shot dead on Monday as he watched rioting in the city of Kisumu, police said.",
        "2017-08-15",
        "Attack",
    ),
    (
        "a_man_shot_dead_as_police_moved_in_to_evict_occupiers_met_excessive_force",
        "A farmer was shot dead on Thursday when police moved in to evict families occupying land near the "
        "town of Quillota.",
        "2019-06-14",
        "Excessive force against protesters",
    ),
    (
        "activists_carried_away_by_police_met_an_intervention",
        "Police in Stockholm carried away dozens of climate activists who had blocked the entrance of the "
        "parliament on Monday.",
        "2023-03-21",
        "Protest with intervention",
    ),
    (
        "marines_described_as_to_be_based_who_arrive_for_a_rotation_establish_a_base",
        "The first 200 U.S. Marines to be based in Australia arrived in Darwin on Wednesday to begin a "
        "six-month rotation.",
        "2012-04-05",
        "Headquarters or base established",
    ),
    (
        "a_leader_ordered_placed_in_detention_is_arrested",
        "A judge in Bamako ordered the former prime minister placed in detention on Monday, his lawyer said.",
        "2021-08-31",
        "Arrests",
    ),
    (
        "an_arrest_of_a_candidate_from_marchs_election_is_no_protest",
        "Police arrested the opposition candidate who came second in March's presidential election at his "
        "home in Cotonou on Tuesday, his party said.",
        "2021-06-16",
        "Arrests",
    ),
    (
        "agreeing_to_return_villages_is_an_agreement",
        "Tajikistan agreed on Thursday to return two border villages in the Isfara district to Kyrgyzstan "
        "as part of a border deal, officials said.",
        "2025-03-14",
        "Agreement",
    ),
    (
        "a_group_declaring_itself_disarmed_changes",
        "The armed group handed the authorities the locations of six weapons caches on Saturday, declaring "
        "itself fully disarmed.",
        "2017-04-09",
        "Change to group/activity",
    ),
    (
        "prisoners_freed_in_an_exchange_are_an_agreement",
        "Ukraine freed 40 Russian servicemen and Russia released 40 Ukrainian soldiers on Friday in an "
        "exchange at the Belarusian border.",
        "2023-08-07",
        "Agreement",
    ),
    (
        "a_man_not_seen_since_police_stopped_him_was_disappeared",
        "The activist has not been seen since police stopped his car at a checkpoint in Vientiane "
        "on Dec. 15, his family said.",
        "2012-12-20",
        "Abduction/forced disappearance",
    ),
    (
        "troops_welcomed_at_a_training_ground_establish_a_base",
        "About 1,000 soldiers of a NATO battlegroup were formally welcomed at a training ground near "
        "Adazi on Monday.",
        "2017-06-20",
        "Headquarters or base established",
    ),
    (
        "marines_landing_to_begin_a_rotation_establish_a_base",
        "About 250 U.S. Marines landed in Darwin on Wednesday to begin a six-month rotation.",
        "2016-04-21",
        "Headquarters or base established",
    ),
    (
        "a_crowd_packing_a_piazza_protests",
        "Tens of thousands of members of the movement packed Piazza del Popolo in Rome on Saturday, singing "
        "against the government.",
        "2019-12-16",
        "Peaceful protest",
    ),
    (
        "a_blast_set_off_deliberately_is_a_bomb",
        "An explosion outside a block of flats in the city of Uppsala on Friday injured five people, and "
        "police said the blast had been set off deliberately.",
        "2023-09-30",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_device_found_and_blown_up_by_bomb_disposal_experts_was_disrupted",
        "Bomb-disposal experts blew up a suspicious device found near the central station in Gothenburg "
        "late on Saturday, police said.",
        "2018-03-04",
        "Disrupted weapons use",
    ),
    (
        "an_office_blown_up_by_its_owner_state_is_property_destruction",
        "North Korea blew up the joint office in its border town on Tuesday, the ministry in Seoul said.",
        "2020-06-17",
        "Looting/property destruction",
    ),
    (
        "smashing_mausoleums_is_property_destruction",
        "Islamist fighters smashed the mausoleums of two saints in Gao on Saturday, residents said.",
        "2012-07-01",
        "Looting/property destruction",
    ),
    (
        "a_shell_fired_at_an_army_unit_is_a_shelling",
        "North Korea fired a shell across the border at a South Korean army post on Thursday, and the South "
        "fired back dozens of artillery rounds, the defence ministry said.",
        "2015-08-21",
        "Shelling/artillery/missile attack",
    ),
    (
        "looting_as_protests_turned_into_rioting_is_a_riot",
        "Shops were looted and cars set alight overnight in Fort-de-France as protests against fuel prices "
        "turned into rioting, officials said.",
        "2024-10-12",
        "Violent demonstration",
    ),
    (
        "fighters_leaving_a_bombed_out_suburb_under_a_deal_hand_it_over",
        "Hundreds of rebel fighters began leaving the bombed-out suburb of Daraya, south-west of Damascus, "
        "on Friday under a deal with the government.",
        "2016-08-27",
        "Non-violent transfer of territory",
    ),
    (
        "a_victory_declared_over_a_group_is_ground_regained_from_it",
        "Iraq's prime minister arrived in Tal Afar on Thursday to declare victory over Islamic State.",
        "2017-08-31",
        "Government regains territory",
    ),
    (
        "the_commanders_troops_killed_took_no_ground",
        "The army declared Marawi freed from militants on Monday, a day after troops killed the rebels' two "
        "top commanders.",
        "2017-10-17",
        "Government regains territory",
    ),
    (
        "rebels_seizing_a_town_centre_after_clashes_overtake_it",
        "M23 rebels seized Rubaya centre on Tuesday after clashes with the army and allied militias, "
        "residents said.",
        "2024-05-01",
        "Non-state actor overtakes territory",
    ),
    (
        "a_capitals_airport_seized_by_militias_is_no_ground_the_state_regains",
        "Militias from Zintan said on Sunday they had seized Tripoli's international airport on Saturday "
        "after weeks of fighting.",
        "2014-08-24",
        "Non-state actor overtakes territory",
    ),
    (
        "an_ally_fighting_alongside_the_army_regains_ground",
        "Rwandan troops fighting alongside Mozambique's army have captured Awasse, a base insurgents had "
        "used, the Rwandan army said on Sunday.",
        "2021-08-09",
        "Government regains territory",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event and its value
FIELDS: list[FieldCase] = [
    (
        "the_police_a_disappearance_names_took_the_man",
        "The activist has not been seen since police stopped his car at a checkpoint in Vientiane "
        "on Dec. 15, his family said.",
        "2012-12-20",
        "actor1",
        "Police Forces of Laos (2006-2016)",
    ),
    (
        "a_man_not_seen_since_is_no_denial",
        "The activist has not been seen since police stopped his car at a checkpoint in Vientiane "
        "on Dec. 15, his family said.",
        "2012-12-20",
        "modality",
        "asserted",
    ),
    (
        "syrian_rebels_are_acled_opposition_rebels",
        "Hundreds of rebel fighters began leaving the bombed-out suburb of Daraya, south-west of Damascus, "
        "on Friday under a deal with the government.",
        "2016-08-27",
        "actor1",
        "Opposition Rebels (Syria)",
    ),
    (
        "a_date_of_a_thing_over_which_men_were_sentenced_dates_no_riot",
        "Relatives of men sentenced to death over last year's stadium stampede tried to storm the prison in "
        "Tanta on Saturday and clashed with police.",
        "2013-02-02",
        "event_date",
        "2013-02-02",
    ),
    (
        "a_town_north_of_a_city_lies_in_its_country",
        "Gunmen killed five people at a roadblock in Phoenix, north of Durban, on Monday, police said.",
        "2021-07-13",
        "country",
        "South Africa",
    ),
    (
        "a_country_across_the_border_is_not_the_storys",
        "NIAMEY — Islamist fighters attacked an army camp in Inates near the border with Mali on Tuesday, "
        "killing 71 soldiers, the defence ministry said.",
        "2019-12-11",
        "actor1",
        "Islamic State (Sahel)",
    ),
    (
        "gunmen_in_army_uniforms_who_carry_off_pupils_stay_gunmen",
        "Gunmen in military uniforms stormed a boarding school in Kankara, Katsina state, late on Friday, "
        "killing a guard and carting off scores of boys.",
        "2020-12-12",
        "actor1",
        "Unidentified Armed Group (Nigeria)",
    ),
    (
        "security_forces_who_arrest_are_the_police",
        "Security forces arrested the opposition leader at his home in N'Djamena early on Friday, his party "
        "said.",
        "2024-05-24",
        "actor1",
        "Police Forces of Chad (2021-)",
    ),
    (
        "a_suicide_bombing_with_no_armed_target_named_befell_civilians",
        "A suicide bomber blew himself up at the entrance of a mosque in Maiduguri on Friday, police said.",
        "2024-06-29",
        "actor2",
        "Civilians (Nigeria)",
    ),
    (
        "police_who_shot_the_attacker_were_not_the_ones_attacked",
        "A man stabbed two passers-by in Mulhouse on Saturday; police shot the attacker dead soon "
        "afterwards.",
        "2025-02-23",
        "actor2",
        "Civilians (France)",
    ),
    (
        "the_police_of_martinique_are_frances",
        "Youths threw stones at police in Fort-de-France on Tuesday night as protests against prices turned "
        "into rioting.",
        "2024-10-09",
        "actor2",
        "Police Forces of France (2017-)",
    ),
    (
        "the_date_of_the_strike_a_toll_comes_from_dates_it",
        "Rescuers pulled more bodies from a destroyed apartment block in Dnipro on Monday, raising the toll "
        "from Saturday's Russian missile strike to 40.",
        "2023-01-16",
        "event_date",
        "2023-01-14",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
