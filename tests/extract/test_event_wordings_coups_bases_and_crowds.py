"""Sub-event types, doers, places and dates of wordings met in fresh news text: a ruler deposed by a
kinsman; a king who dissolves parliament and takes over direct rule; a government of an independent state
proclaimed; a base built abroad; two leaders who sign agreements towards a peace treaty; a city handed back
by the powers that ran it; a new movement founded to fight; a gunman who walks into a school gymnasium; a
statement withdrawn; a crowd the police watched without arresting anyone; a leader shot and captured;
soldiers of a mutiny who rape; a sit-in ended by force; a boat stopped as it landed explosives; guns seized
before guerrillas got them; gunmen who fire on marchers; fighting between two peoples; guests raked with
machine-gun fire; a town occupied before the raiders withdrew; and places and doers named by an airline,
a slogan or an old name of a country.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "a_ruler_deposed_by_his_kinsman_is_a_coup",
        "MANAMA, March 3 (AFP) - The crown prince of the sheikhdom deposed his uncle, Sheikh Salman, as "
        "ruler on Sunday while the old man was abroad, state radio said.",
        "1970-03-03",
        "Other",
    ),
    (
        "a_king_who_dissolves_parliament_and_takes_over_direct_rule_stages_a_coup",
        "AMMAN, April 25 (AFP) - The king dismissed the elected cabinet on Thursday, dissolved parliament "
        "and took over direct rule, the palace said.",
        "1957-04-25",
        "Other",
    ),
    (
        "the_government_of_an_independent_state_proclaimed_is_a_headquarters",
        "CALCUTTA, April 18 (Reuters) - Leaders of the banned party proclaimed the government of an "
        "independent state on Saturday in a village near the border, journalists said.",
        "1971-04-18",
        "Headquarters or base established",
    ),
    (
        "a_navy_building_a_base_abroad_establishes_it",
        "WASHINGTON, Oct 2 (AP) - The Pentagon said today that the Soviet Union appeared to be building a "
        "naval base for submarines at Berbera in Somalia.",
        "1974-10-02",
        "Headquarters or base established",
    ),
    (
        "marines_landing_to_build_an_airstrip_establish_a_base",
        "PORT LOUIS, Aug 9 (AP) - A detachment of marines landed on the atoll in May to begin building an "
        "airstrip and a naval station, the navy said.",
        "1972-08-09",
        "Headquarters or base established",
    ),
    (
        "leaders_signing_agreements_towards_a_peace_treaty_agree",
        "OSLO, March 27 (Reuters) - The two presidents signed two agreements at the palace last night after "
        "ten days of talks, among them a framework for a peace treaty.",
        "1979-03-27",
        "Agreement",
    ),
    (
        "powers_handing_a_city_back_transfer_it",
        "RABAT, April 7 (AFP) - The powers that ran the free zone signed a protocol here today handing the "
        "port back to the king.",
        "1957-04-07",
        "Non-violent transfer of territory",
    ),
    (
        "a_new_movement_founded_to_fight_changes_the_group",
        "DAR ES SALAAM, May 6 (Reuters) - The exiled leader said here today that he had founded a new "
        "movement at a secret meeting in the east last month, and that it would fight the colonial army from "
        "inside the country.",
        "1967-05-06",
        "Change to group/activity",
    ),
    (
        "a_gunman_who_walks_into_a_school_gymnasium_attacks",
        "PERTH, March 13 (Reuters) - A gunman walked into the gymnasium of a primary school in this small "
        "town this morning and shot dead 12 pupils and a teacher before killing himself, police said.",
        "1996-03-13",
        "Attack",
    ),
    (
        "a_statement_withdrawn_is_no_withdrawal",
        "LAGOS, May 4 (AFP) - The ministry said the men who died at the prison camp on May 1 had been "
        "beaten to death by warders, withdrawing its earlier statement that they had died of fever.",
        "1960-05-04",
        "Attack",
    ),
    (
        "a_crowd_the_police_filmed_without_arrests_protests",
        "RIGA, Aug 24 (AP) - About 3,000 people gathered in a square in the city on Sunday to denounce the "
        "pact, and police filmed the crowd but made no arrests.",
        "1988-08-24",
        "Peaceful protest",
    ),
    (
        "a_leader_shot_and_captured_is_arrested",
        "NAIROBI, Oct 22 (Reuters) - The rebel leader Waruhiu Itote was shot and captured by a police patrol "
        "near Nyeri early yesterday, the government announced.",
        "1954-10-22",
        "Arrests",
    ),
    (
        "women_raped_by_mutinous_soldiers_suffer_sexual_violence",
        "LEOPOLDVILLE, July 9 (AFP) - Belgian women were raped and their husbands beaten by mutinous "
        "soldiers at Thysville this week, refugees said.",
        "1960-07-09",
        "Sexual violence",
    ),
    (
        "a_woman_raped_and_then_killed_with_a_grenade_suffers_sexual_violence_first",
        "BATTICALOA, May 30 (AFP) - A Tamil woman was raped by soldiers in her home in the village of "
        "Kokkadicholai on May 17 and then killed with a grenade, a member of parliament said.",
        "1997-05-30",
        "Sexual violence",
    ),
    (
        "a_sit_in_ended_by_force_is_a_protest_broken_up",
        "WARSAW, March 20 (Reuters) - Police beat two union leaders when they forced about 30 farmers out of "
        "the town hall in Radom on Thursday, ending a sit-in, the union said.",
        "1981-03-20",
        "Protest with intervention",
    ),
    (
        "a_boat_stopped_as_it_landed_dynamite_is_a_disrupted_attack",
        "NICOSIA, Jan 28 (Reuters) - A British warship intercepted a caique as it was landing dynamite on a "
        "beach near Larnaca on Tuesday night, the government said.",
        "1955-01-28",
        "Disrupted weapons use",
    ),
    (
        "rifles_seized_before_guerrillas_got_them_are_disrupted_weapons_use",
        "MANILA, July 12 (AP) - Troops have seized hundreds of rifles that were landed by a boat for "
        "guerrillas on a beach near Baler last week, the army said.",
        "1972-07-12",
        "Disrupted weapons use",
    ),
    (
        "fighting_between_two_peoples_after_a_poll_is_mob_violence",
        "ZANZIBAR, June 3 (Reuters) - More than 40 people have been killed in fighting between Africans and "
        "Arabs that broke out in Chake Chake on polling day, officials said.",
        "1961-06-03",
        "Mob violence",
    ),
    (
        "guests_raked_with_machine_gun_fire_are_attacked",
        "RABAT, July 11 (Reuters) - Rebel cadets burst into the palace at Skhirat on Saturday and raked the "
        "guests on the lawns with machine-gun fire, survivors said.",
        "1971-07-11",
        "Attack",
    ),
    (
        "raiders_who_held_a_town_for_hours_shooting_soldiers_and_withdrew_fought_there",
        "BANDUNG, Jan 24 (Reuters) - Several hundred rebels occupied the centre of Garut for several hours "
        "on Monday, shooting soldiers in the streets, before withdrawing into the hills, officials said.",
        "1950-01-24",
        "Armed clash",
    ),
    (
        "crowds_that_rampaged_and_were_fired_on_riot",
        "TUNIS, Jan 27 (AFP) - Troops fired on crowds that rampaged through the streets of Sfax on "
        "Thursday, smashing shop windows, officials said.",
        "1978-01-27",
        "Violent demonstration",
    ),
]

CASES += [
    (
        "states_that_protest_a_base_hold_no_protest",
        "PORT LOUIS, Aug 9 (AP) - A detachment of Seabees landed on the atoll in May to begin building an "
        "airstrip and a naval station, despite protests from India and Ceylon about a growing superpower "
        "presence, the navy said.",
        "1972-08-09",
        "Headquarters or base established",
    ),
    (
        "security_forces_clashing_with_people_staging_a_demonstration_meet_a_riot",
        "RIYADH, Aug 1 (Reuters) - More than 40 people were killed in Medina on Friday when security forces "
        "clashed with pilgrims staging a political demonstration near the mosque, the ministry said.",
        "1987-08-01",
        "Violent demonstration",
    ),
    (
        "cadets_in_battle_dress_who_rake_guests_with_fire_attack_them",
        "RABAT, July 11 (Reuters) - Hundreds of army cadets in battle dress burst into the palace at Ifrane "
        "on Saturday during a reception, and raked the ministers, bankers and diplomats on the terrace with "
        "machine-gun fire, survivors said.",
        "1971-07-11",
        "Attack",
    ),
    (
        "troops_arresting_the_prime_minister_at_a_meeting_arrest_him",
        "KATHMANDU, Dec 16 (AFP) - Troops arrested the Prime Minister, Mr Tanka Acharya, and most of his "
        "cabinet at a party meeting in the capital on Thursday, the radio said.",
        "1960-12-16",
        "Arrests",
    ),
]

CASES += [
    (
        "an_unofficial_gathering_in_memory_of_the_deported_is_a_protest",
        "TALLINN, June 15 (Reuters) - Several thousand people laid flowers at a monument in the city on "
        "Sunday in memory of Estonians deported under Stalin, at an unofficial gathering called by a small "
        "dissident group, diplomats said.",
        "1987-06-15",
        "Peaceful protest",
    ),
    (
        "a_movement_founded_that_the_next_sentence_says_will_fight_changes_the_group",
        "NAIROBI, May 6 (Reuters) - The exiled leader said here today that he had founded a new movement at "
        "a secret meeting in the east last month. He said the movement would fight the colonial army from "
        "inside the country.",
        "1967-05-06",
        "Change to group/activity",
    ),
    (
        "engineers_landing_far_from_the_words_of_building_still_set_up_a_base",
        "WASHINGTON, April 7 (AP) - The Navy said today that a detachment of engineers had landed on "
        "Masirah, an island off the Omani coast in the Arabian Sea, in March to begin building an airstrip.",
        "1973-04-07",
        "Headquarters or base established",
    ),
    (
        "men_taken_away_in_a_lorry_and_shot_were_attacked",
        "LUCKNOW, June 2 (UNI) - Relatives of men whose bodies were pulled from a river near here said the "
        "men were among 30 taken away in a lorry by armed police during a search of the old quarter on "
        "Friday night and shot.",
        "1987-06-02",
        "Attack",
    ),
    (
        "rangers_who_fought_a_band_and_captured_its_leader_fought_first",
        "LA PAZ, Oct 10 (Reuters) - Army rangers fought a guerrilla band near the village of Camiri on "
        "Sunday and captured its leader, the army said.",
        "1967-10-10",
        "Armed clash",
    ),
    (
        "guerrillas_killed_when_police_attacked_their_camp_fought_them",
        "PRETORIA, Sept 2 (Reuters) - Police said today that two guerrillas had been killed when a police "
        "unit attacked a guerrilla camp in Ovamboland on August 26.",
        "1966-09-02",
        "Armed clash",
    ),
    (
        "armed_men_killed_and_several_captured_when_police_attacked_fought_them",
        "PRETORIA, Sept 2 (Reuters) - Police said today that two armed men had been killed and several "
        "captured when a police unit attacked a guerrilla camp in Ovamboland on August 26.",
        "1966-09-02",
        "Armed clash",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "an_airlines_name_is_no_states_forces",
        "KARACHI, Sept 6 (Reuters) - Gunmen holding a Pan American jet at Karachi airport opened fire on the "
        "passengers on Friday, killing 16 people, officials said.",
        "1986-09-06",
        "actor1",
        "Unidentified Armed Group (Pakistan)",
    ),
    (
        "a_country_a_slogan_is_against_is_no_place",
        "MECCA, Aug 1 (Reuters) - Police opened fire on pilgrims chanting slogans against the United States "
        "near the mosque on Friday, killing 20, Tehran Radio said.",
        "1987-08-01",
        "admin1",
        "Makkah",
    ),
    (
        "south_west_africa_is_namibia",
        "PRETORIA, Sept 2 (Reuters) - Police said today that two armed men had been killed when a police "
        "unit attacked a guerrilla camp in Ovamboland in South West Africa on August 26.",
        "1966-09-02",
        "country",
        "Namibia",
    ),
    (
        "gunmen_who_fire_on_marchers_attack_them",
        "GREENSBORO, N.C., Nov 4 (AP) - Gunmen who drove up in a line of cars opened fire on marchers "
        "gathering for a rally against the Klan here yesterday, killing five people, police said.",
        "1979-11-04",
        "sub_event_type",
        "Attack",
    ),
]

FIELDS += [
    (
        "an_old_name_of_a_great_city_in_a_bare_dateline_is_the_city",
        "CALCUTTA, April 18 (Reuters) - Police fired on protesters in the city on Saturday, killing two, "
        "witnesses said.",
        "1971-04-18",
        "location",
        "Kolkata",
    ),
    (
        "a_capital_in_a_bare_dateline_is_the_capital_not_a_bigger_city_of_that_other_name",
        "DILI, Sept 16 (Reuters) - Police fired tear gas at hundreds of students who rallied outside "
        "parliament on Monday against pensions for lawmakers.",
        "2025-09-16",
        "location",
        "Dili",
    ),
    (
        "police_firing_on_students_and_killing_two_attack_them",
        "SEOUL, April 19 (Reuters) - Police fired on students in the capital on Tuesday, killing two people, "
        "witnesses said.",
        "1961-04-19",
        "sub_event_type",
        "Attack",
    ),
    (
        "warders_are_police",
        "LAGOS, May 4 (AFP) - The ministry said the men who died at the prison camp on May 1 had been "
        "beaten to death by warders, withdrawing its earlier statement that they had died of fever.",
        "1960-05-04",
        "actor1",
        "Police Forces of Nigeria (1914-1960)",
    ),
    (
        "women_raped_by_mutinous_soldiers_were_raped_by_a_mutiny",
        "LEOPOLDVILLE, July 9 (AFP) - Belgian women were raped and their husbands beaten by mutinous "
        "soldiers at Thysville this week, refugees said.",
        "1960-07-09",
        "actor1",
        "Mutiny of Military Forces of the Democratic Republic of Congo (1960-1965)",
    ),
    (
        "troops_firing_on_a_crowd_that_rampaged_met_the_riot",
        "TUNIS, Jan 27 (AFP) - Troops fired on crowds that rampaged through the streets of Sfax on "
        "Thursday, smashing shop windows, officials said.",
        "1978-01-27",
        "actor1",
        "Rioters (Tunisia)",
    ),
]

FIELDS += [
    (
        "a_king_who_dismisses_a_cabinet_denies_nothing",
        "KATHMANDU, Dec 16 (AFP) - The king dismissed the elected cabinet yesterday, dissolved parliament "
        "and took over direct rule, the radio said.",
        "1960-12-16",
        "modality",
        "asserted",
    ),
    (
        "a_ministry_that_dismisses_reports_denies_them",
        "KABUL, Dec 16 (AFP) - The ministry dismissed reports that troops had shelled the town on Monday.",
        "1990-12-16",
        "modality",
        "denied",
    ),
    (
        "a_prime_minister_arrested_is_his_governments_loss",
        "KATHMANDU, Dec 16 (AFP) - Troops arrested the Prime Minister, Mr Tanka Acharya, and most of his "
        "cabinet at a party meeting in the capital on Thursday, the radio said.",
        "1960-12-16",
        "actor2",
        "Government of Nepal (1959-1960)",
    ),
    (
        "a_former_president_arrested_is_a_civilian",
        "LIMA, Oct 3 (Reuters) - Former Peruvian President Ollanta Humala was arrested at his home on Monday "
        "on a judge's order, police said.",
        "2017-10-03",
        "actor2",
        "Civilians (Peru)",
    ),
    (
        "a_state_that_protests_is_no_place",
        "PORT LOUIS, Aug 9 (AP) - A detachment of Seabees landed on the atoll in May to begin building an "
        "airstrip and a naval station, despite protests from India and Ceylon about a growing superpower "
        "presence, the navy said.",
        "1972-08-09",
        "location",
        "Port Louis",
    ),
]

FIELDS += [
    (
        "a_month_in_a_groups_name_dates_nothing",
        "KHARTOUM, March 3 (Reuters) - Gunmen of the Black September group shot dead two diplomats they held "
        "in the embassy, officials said.",
        "1974-03-03",
        "event_date",
        "1974-03-03",
    ),
    (
        "black_september_is_in_the_catalogue",
        "KHARTOUM, March 3 (Reuters) - Gunmen of the Black September group shot dead two diplomats they held "
        "in the embassy, officials said.",
        "1974-03-03",
        "actor1",
        "Black September",
    ),
    (
        "the_april_19_movement_is_m_19",
        "BOGOTA, Feb 28 (Reuters) - Guerrillas of the April 19 Movement stormed a hotel and were holding 30 "
        "guests hostage today, police said.",
        "1981-02-28",
        "actor1",
        "M-19: 19th of April Movement",
    ),
    (
        "the_malayan_communist_party_is_the_cpm",
        "KUALA LUMPUR, May 2 (Reuters) - Guerrillas of the Malayan Communist Party ambushed a police patrol "
        "near Tapah on Thursday, killing four constables, officials said.",
        "1951-05-02",
        "actor1",
        "CPM: Communist Party of Malaya",
    ),
]

FIELDS += [
    (
        "an_act_an_anniversary_marks_is_dated_that_many_years_back",
        "PORT LOUIS, Feb 3 (Reuters) - Thousands of people laid wreaths in the town today to mark the 40th "
        "anniversary of the massacre, when colonial troops and police killed hundreds of labourers who "
        "refused forced labour.",
        "1993-02-03",
        "event_date",
        "1953-02-01",
    ),
    (
        "the_state_an_ambassador_stands_for_is_no_place",
        "KHARTOUM, March 3 (Reuters) - Guerrillas shot dead the United States Ambassador and a Belgian "
        "diplomat whom they had held hostage in the Saudi Arabian embassy here since Thursday, the "
        "government said.",
        "1973-03-03",
        "location",
        "Khartoum",
    ),
    (
        "one_named_victim_and_six_others_shot_dead_are_seven",
        "RANGOON, July 19 (Reuters) - Gunmen burst into a meeting of the council here this morning and shot "
        "dead Thakin Mya, its chairman, and six other members of the council, officials said.",
        "1947-07-19",
        "fatalities",
        "7",
    ),
    (
        "a_sit_in_ended_far_from_the_verb_is_still_broken_up",
        "GDANSK, March 20 (Reuters) - The union said today that police beat two of its leaders when they "
        "forced about 30 members out of the regional council building in Elblag on Thursday evening, ending "
        "a sit-in held to press farmers' demands.",
        "1981-03-20",
        "sub_event_type",
        "Protest with intervention",
    ),
]

FIELDS += [
    (
        "one_suicide_bomber_of_a_nation_is_not_its_forces",
        "JERUSALEM, June 2 (Reuters) - A Palestinian suicide bomber blew himself up outside a nightclub in "
        "Netanya late on Friday, killing 9 people, police said.",
        "2001-06-02",
        "actor1",
        "Unidentified Armed Group (Israel)",
    ),
    (
        "one_soldier_of_a_nation_is_its_forces",
        "KABUL, June 2 (Reuters) - A Russian soldier shot dead two farmers near Bagram on Friday, police "
        "said.",
        "1985-06-02",
        "actor1",
        "Military Forces of the Soviet Union (1985-1991)",
    ),
]

FIELDS += [
    (
        "a_rulers_last_name_is_no_town",
        "SANTO DOMINGO, June 1 (AP) - Generalissimo Rafael Leonidas Trujillo, who ruled the country for 31 "
        "years, was shot dead in his car on the seaside highway west of the capital on Tuesday night, the "
        "government announced today.",
        "1961-06-01",
        "location",
        "Santo Domingo",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
