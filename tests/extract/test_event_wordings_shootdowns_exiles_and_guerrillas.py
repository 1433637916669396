"""Sub-event types, doers, places and dates of wordings met in fresh news text: fighter planes that shoot
down an airliner; anti-aircraft gunners; guerrillas who shell an air base and wreck bombers parked there;
mercenaries who take a town the army left; workers who storm a town hall in protest; people led away from
a gathering to demand something; crowds that attack a community; a liberation movement's agreement; a
government set up in exile or with its seat in a town, and a republic proclaimed in ground another state
occupies; a woman tortured and raped, and the rape and killing of a worker; a group's founder captured;
and guerrillas named by the movement they belong to.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "fighter_planes_that_shoot_down_an_airliner_strike_from_the_air",
        "BELGRADE, April 4 (Reuters) - Yugoslav fighter planes shot down a Swiss charter airliner over the "
        "Adriatic coast near Dubrovnik on Tuesday, killing all 40 people aboard, the airline said.",
        "1961-04-04",
        "Air/drone strike",
    ),
    (
        "a_fighter_that_shoots_down_a_boeing_strikes_from_the_air",
        "TOKYO, Feb 2 (AP) - A Chinese fighter shot down a Cathay Pacific Boeing 707 with 80 people on board "
        "off Hainan island on Thursday, the airline said.",
        "1967-02-02",
        "Air/drone strike",
    ),
    (
        "anti_aircraft_gunners_that_shoot_down_an_airliner_fire_from_the_ground",
        "CAIRO, Jan 9 (Reuters) - Anti-aircraft gunners shot down a Libyan airliner over the Sinai desert on "
        "Monday, killing 80 people on board, officials said.",
        "1973-01-09",
        "Shelling/artillery/missile attack",
    ),
    (
        "guerrillas_who_shell_an_air_base_and_wreck_bombers_on_the_flight_line_shell_it",
        "SAIGON, March 5 (AP) - Communist guerrillas shelled the Da Nang air base before dawn on Thursday, "
        "killing two American airmen and wrecking six jet bombers on the flight line, a military spokesman "
        "said.",
        "1965-03-05",
        "Shelling/artillery/missile attack",
    ),
    (
        "mercenaries_who_take_a_town_the_army_left_overtake_it",
        "LEOPOLDVILLE, Aug 12 (Reuters) - White mercenaries took Kindu on Friday after army troops abandoned "
        "the river town, missionaries said.",
        "1966-08-12",
        "Non-state actor overtakes territory",
    ),
    (
        "workers_who_storm_a_town_hall_in_protest_riot",
        "BERLIN, June 18 (Reuters) - Thousands of steelworkers from the Leuna plant marched through "
        "Merseburg on Tuesday in protest against higher work quotas, stormed the district council building "
        "and burned party banners in the square, refugees said.",
        "1953-06-18",
        "Violent demonstration",
    ),
    (
        "people_led_away_from_a_gathering_to_demand_a_trial_are_a_protest_broken_up",
        "LENINGRAD, Dec 14 (Reuters) - Police in plain clothes led away about 15 students who gathered at "
        "the Lenin monument in the city centre on Sunday to demand the release of two poets, witnesses said.",
        "1966-12-14",
        "Protest with intervention",
    ),
    (
        "crowds_that_attack_a_community_are_a_mob",
        "ADEN, Dec 3 (Reuters) - Arab crowds attacked Jews in the Crater district on Tuesday and more than "
        "70 people were killed, British officials said.",
        "1947-12-03",
        "Mob violence",
    ),
    (
        "a_state_and_liberation_movements_that_sign_an_agreement_agree",
        "LISBON, Sept 8 (Reuters) - Portugal and the liberation movement of Mozambique signed an agreement "
        "in Lusaka on Saturday that sets June 25 as the day of independence.",
        "1974-09-08",
        "Agreement",
    ),
    (
        "a_government_set_up_in_exile_establishes_a_headquarters",
        "DHARAMSALA, India, May 20 (Reuters) - The exiled leader has set up a government in exile in a "
        "former hill station bungalow here, his aides said on Wednesday.",
        "1960-05-20",
        "Headquarters or base established",
    ),
    (
        "a_government_set_up_with_its_seat_in_a_town_establishes_a_headquarters",
        "DAMASCUS, Oct 2 (Reuters) - Exiled leaders have set up a provisional government with its seat at "
        "Hebron, the radio said on Thursday.",
        "1948-10-02",
        "Headquarters or base established",
    ),
    (
        "a_republic_proclaimed_where_another_states_troops_occupy_the_ground_is_a_headquarters",
        "TABRIZ, Dec 13 (Reuters) - Leaders of the Azerbaijan Democratic Party have proclaimed an autonomous "
        "government at Tabriz, in the part of northern Persia occupied by Soviet troops, reports said.",
        "1945-12-13",
        "Headquarters or base established",
    ),
    (
        "a_woman_tortured_and_raped_is_sexual_violence",
        "PARIS, March 9 (Reuters) - A student arrested in Oran in January was tortured and raped by soldiers "
        "in a detention centre, her lawyer said on Wednesday.",
        "1961-03-09",
        "Sexual violence",
    ),
    (
        "the_rape_and_killing_of_a_worker_is_sexual_violence",
        "MANILA, Aug 4 (AP) - Police said on Tuesday that a sailor from the naval base was being held as the "
        "suspect in the rape and killing of a 19-year-old waitress near Olongapo.",
        "1987-08-04",
        "Sexual violence",
    ),
    (
        "hundreds_killed_and_women_raped_is_an_attack_first",
        "Soldiers killed hundreds of villagers and raped women in the village of Mai Kadra on Monday, "
        "witnesses said.",
        "1985-11-12",
        "Attack",
    ),
]

CASES += [
    (
        "raiders_who_kill_two_and_take_others_away_abduct",
        "ALGIERS, Oct 25 (AFP) - Guerrillas who raided the mining camp of Bou Craa on Monday killed two "
        "Spanish technicians and took five other workers away with them into the desert, the company said.",
        "1975-10-25",
        "Abduction/forced disappearance",
    ),
    (
        "police_firing_into_thousands_who_stormed_a_police_box_is_a_riot",
        "TAEGU, April 20 (Reuters) - Police fired into thousands of students who stormed a police station "
        "and the ruling party's office in the city on Tuesday afternoon, and at least nine people were "
        "killed, officials said.",
        "1960-04-20",
        "Violent demonstration",
    ),
    (
        "tear_gas_and_firearms_that_drive_out_strikers_are_excessive_force",
        "LA PAZ, June 25 (Reuters) - Troops using tear gas and rifles drove striking tin miners out of the "
        "Catavi pit on Sunday, and union leaders said at least 20 of them died.",
        "1967-06-25",
        "Excessive force against protesters",
    ),
    (
        "a_rocket_and_guns_fired_at_a_mans_car_are_an_attack",
        "BEIRUT, Oct 2 (Reuters) - A former minister was killed on Tuesday when gunmen fired a rocket and "
        "automatic weapons at his car in a suburb of the capital, police said.",
        "1979-10-02",
        "Attack",
    ),
    (
        "men_caught_mixing_fertilizer_for_bombs_are_a_disrupted_attack",
        "CHICAGO, May 3 (AP) - Federal agents who raided a warehouse on Wednesday caught three men packing "
        "fertilizer and diesel into drums for bombs meant for a courthouse, officials said.",
        "1995-05-03",
        "Disrupted weapons use",
    ),
    (
        "a_leader_telling_his_fighters_the_struggle_is_over_changes_the_group",
        "KUALA LUMPUR, Dec 3 (Reuters) - The guerrilla commander flew to Bangkok on Saturday, two days after "
        "telling his men that their armed struggle was over and that they should hand in their weapons.",
        "1989-12-03",
        "Change to group/activity",
    ),
    (
        "a_bomb_placed_in_a_suitcase_brought_a_plane_down",
        "MANAMA, Jan 12 - An airliner on its way to Doha crashed into the sea off the island on Tuesday, "
        "killing all 90 people on board, officials said. Investigators said a bomb had been placed in a "
        "passenger's suitcase.",
        "1985-01-12",
        "Remote explosive/landmine/IED",
    ),
]

CASES += [
    (
        "villagers_killed_the_day_after_an_ambush_told_to_reporters_are_an_attack",
        "AYACUCHO, Peru, Aug 20 (Reuters) - Survivors told reporters that soldiers had rounded up and killed "
        "about 40 villagers in Accomarca on Aug 14, the day after guerrillas ambushed a patrol nearby and "
        "killed three soldiers.",
        "1985-08-20",
        "Attack",
    ),
    (
        "troops_that_clear_mountains_of_guerrillas_regain_them",
        "ATHENS, Aug 16 (Reuters) - Government troops have cleared the Vitsi range of communist guerrillas "
        "after a week of fighting, and the rebels who survived have fled across the frontier into "
        "Yugoslavia, the General Staff said on Tuesday.",
        "1949-08-16",
        "Government regains territory",
    ),
]

CASES += [
    (
        "armed_men_of_two_sides_shot_dead_are_a_fight",
        "KNIN, Yugoslavia, Aug 17 (Reuters) - A Croatian policeman and a Serb militiaman were shot dead on "
        "Saturday when special police moved into a village held by armed Serbs, officials said.",
        "1990-08-17",
        "Armed clash",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "fighter_planes_are_their_states_forces",
        "ATHENS, Sept 14 (Reuters) - Bulgarian fighter planes shot down a Greek charter airliner near the "
        "border town of Kulata on Tuesday, killing all 31 people aboard, the airline said.",
        "1965-09-14",
        "actor1",
        "Military Forces of Bulgaria (1954-1989)",
    ),
    (
        "guerrillas_who_shell_a_base_are_not_the_forces_whose_spokesman_tells_of_it",
        "SAIGON, March 5 (AP) - Communist guerrillas shelled the Da Nang air base before dawn on Thursday, "
        "killing two American airmen, a U.S. spokesman said.",
        "1965-03-05",
        "actor1",
        "Unidentified Armed Group (Vietnam)",
    ),
    (
        "mercenaries_are_an_armed_group",
        "LEOPOLDVILLE, Aug 12 (Reuters) - White mercenaries took Kindu on Friday after army troops abandoned "
        "the river town, missionaries said.",
        "1966-08-12",
        "actor1",
        "Unidentified Armed Group (Democratic Republic of Congo)",
    ),
    (
        "police_restoring_order_where_travellers_came_out_are_the_towns_states",
        "VIENNA, June 3 (Reuters) - Workers in Brno marched to the town hall on Monday in protest against "
        "the currency reform and stormed it before police restored order, travellers reaching Austria said.",
        "1953-06-03",
        "actor2",
        "Police Forces of Czechoslovakia (1953-1968)",
    ),
    (
        "a_monument_named_after_a_poet_is_no_town",
        "LENINGRAD, Dec 14 (Reuters) - Police in plain clothes led away about 15 students who gathered at "
        "the Pushkin monument in the city centre on Sunday to demand the release of two poets, witnesses "
        "said.",
        "1966-12-14",
        "location",
        "Saint Petersburg",
    ),
    (
        "where_a_leader_arrived_from_is_not_where_he_set_up_his_government",
        "DHARAMSALA, India, May 20 (Reuters) - The exiled leader has set up a government in exile in a "
        "bungalow here, where he has lived since he arrived from Mussoorie last month, his aides said.",
        "1960-05-20",
        "location",
        "Dharamsala",
    ),
    (
        "a_movement_named_for_its_guerrillas_is_the_doer",
        "MUSCAT, Jan 6 (Reuters) - Guerrillas of the Popular Front for the Liberation of Oman and the Arab "
        "Gulf attacked an army post near Salalah on Sunday, a government spokesman said.",
        "1972-01-06",
        "actor1",
        "PFLOAG: Popular Front for the Liberation of Oman and the Arab Gulf",
    ),
    (
        "afghan_guerrillas_are_the_mujahideen",
        "ISLAMABAD, Oct 10 (AP) - Afghan guerrillas captured the garrison town of Asadabad on Monday after a "
        "two-week siege, rebel spokesmen said.",
        "1988-10-10",
        "actor1",
        "Afghan Mujahideen",
    ),
    (
        "a_groups_founder_captured_is_taken_by_the_forces",
        "MONTEVIDEO, Oct 3 (Reuters) - Jorge Ramos, a founder of the Tupamaros guerrilla movement, was "
        "captured on Tuesday after a gun battle with soldiers in the capital, the armed forces said.",
        "1972-10-03",
        "actor1",
        "Military Forces of Uruguay (1972-1976)",
    ),
]

FIELDS += [
    (
        "this_coastal_town_is_the_datelines_town_not_a_later_sentences",
        "NETANYA, Israel, May 19 (Reuters) - A bomber blew himself up at the entrance of a shopping mall in "
        "this coastal town on Friday, killing five people, police said. A group said the bombing avenged the "
        "killing of a commander in Nablus last month.",
        "2001-05-19",
        "location",
        "Netanya",
    ),
    (
        "where_a_flight_was_bound_for_is_not_where_it_was_attacked",
        "VIENNA, Dec 27 (Reuters) - Gunmen threw grenades at passengers queuing to board an El Al flight to "
        "Tel Aviv at Schwechat airport on Friday, killing three people, police said.",
        "1985-12-28",
        "location",
        "Schwechat",
    ),
    (
        "a_members_seat_is_no_place",
        "NEWRY, Jan 5 (Reuters) - Police broke up a banned march in Hill Street on Saturday, and at least 20 "
        "people, among them the Westminster MP Gerry Fitt, were hurt.",
        "1969-01-05",
        "location",
        "Newry",
    ),
]

FIELDS += [
    (
        "the_group_a_leader_heads_owns_his_fighters",
        "NICOSIA, Feb 20 (Reuters) - Nikos Sampson, a commander of the EOKA underground, flew to London on "
        "Friday, a week after telling his fighters that their armed struggle was over and that they should "
        "hand in their weapons.",
        "1959-02-20",
        "actor1",
        "EOKA: National Organisation of Cypriot Fighters",
    ),
    (
        "where_a_leader_flew_to_is_not_where_he_ended_the_struggle",
        "NICOSIA, Feb 20 (Reuters) - Nikos Sampson, a commander of the EOKA underground, flew to London on "
        "Friday, a week after telling his fighters that their armed struggle was over and that they should "
        "hand in their weapons.",
        "1959-02-20",
        "location",
        "Nicosia",
    ),
    (
        "a_tunnels_name_is_no_town",
        "NEW YORK, June 25 (Reuters) - Agents arrested eight men on Thursday who planned to bomb the Lincoln "
        "and Holland tunnels, officials said.",
        "1993-06-25",
        "location",
        "New York City",
    ),
]

FIELDS += [
    (
        "troops_clearing_mountains_are_the_state_the_rebels_did_not_flee_to",
        "ATHENS, Aug 16 (Reuters) - Government troops have cleared the Vitsi range of communist guerrillas "
        "after a week of fighting, and the rebels who survived have fled across the frontier into "
        "Yugoslavia, the General Staff said on Tuesday.",
        "1949-08-16",
        "actor1",
        "Military Forces of Greece (1949-1950)",
    ),
    (
        "the_democratic_army_of_greece_is_in_the_catalogue",
        "ATHENS, Feb 12 (Reuters) - Units of the Democratic Army of Greece attacked the town of Karpenisi "
        "before dawn on Saturday, the General Staff said.",
        "1949-01-22",
        "actor1",
        "DSE: Democratic Army of Greece",
    ),
    (
        "police_firing_into_a_crowd_that_stormed_a_police_station_are_the_riots_other_side",
        "TAEGU, April 20 (Reuters) - Police fired into thousands of students who stormed a police station "
        "and the ruling party's office in the city on Tuesday afternoon, and at least nine people were "
        "killed, officials said.",
        "1960-04-20",
        "actor2",
        "Police Forces of South Korea (1948-1960)",
    ),
]

FIELDS += [
    (
        "a_groups_military_wing_is_the_group_not_the_states_military",
        "JERUSALEM, Jan 22 (Reuters) - A suicide bomber blew up a crowded bus in central Jerusalem during "
        "the morning rush hour on Sunday, killing 19 people, police said. The military wing of Hamas said "
        "one of its members had carried out the attack.",
        "1995-01-22",
        "actor1",
        "Hamas Movement",
    ),
    (
        "one_man_of_a_nation_is_not_its_forces",
        "AFULA, Israel, April 6 (Reuters) - A Palestinian with a car full of explosives blew himself up "
        "beside a bus at a stop in this northern town on Wednesday, killing eight people, police said.",
        "1994-04-06",
        "actor1",
        "Unidentified Armed Group (Israel)",
    ),
]

FIELDS += [
    (
        "police_in_lithuania_before_its_independence_are_the_soviet_unions",
        "VILNIUS, May 18 (Reuters) - Police beat demonstrators who threw stones at the party headquarters in "
        "Kaunas on Monday, witnesses said.",
        "1972-05-18",
        "actor2",
        "Police Forces of the Soviet Union (1964-1982)",
    ),
    (
        "police_in_serbia_under_tito_are_yugoslavias",
        "BELGRADE, June 4 (Reuters) - Police clashed with students who stormed the university offices in "
        "Belgrade on Monday, witnesses said.",
        "1968-06-04",
        "actor2",
        "Police Forces of Yugoslavia (1953-1980)",
    ),
]

FIELDS += [
    (
        "a_prime_minister_killed_by_a_bomb_is_his_governments_loss",
        "BAGHDAD, Feb 9 (Reuters) - Prime Minister Abdul Karim Qasim of Iraq was killed on Friday when a "
        "bomb hidden in a parcel exploded in his office, officials said.",
        "1963-02-09",
        "actor2",
        "Government of Iraq (1958-1963)",
    ),
    (
        "a_deposed_ruler_killed_is_a_civilian",
        "MADRID, Jan 3 (Reuters) - The deposed ruler of Venezuela was killed on Tuesday when gunmen fired on "
        "his car in a street of the Spanish capital, police said.",
        "1961-01-03",
        "actor2",
        "Civilians (Spain)",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)
