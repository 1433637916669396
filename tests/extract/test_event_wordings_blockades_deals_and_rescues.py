"""Sub-event types, doers and tolls of wordings met in fresh news text: road blockaders fighting the
police or the army; communal clashes that "broke out between" two groups; a crowd armed with sticks
falling on a village; hooligans pelting a march; a campaign rally; a police station attacked with
home-made mortars; rebels agreeing under a deal to hand over their weapons; a movement removing its
chairman; a raid that freed soldiers held hostage; a town attacked and its houses burned; a village
occupied and its residents killed over a range of days; a man named Sunday; the Roman amphitheatre.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "clashes_that_broke_out_between_two_communities_are_a_mob",
        "JOS, Nigeria (Reuters) - At least 20 people were killed in clashes that broke out between "
        "Tiv and Jukun youths in the town of Wukari on Saturday, police said.",
        "2013-05-05",
        "Mob violence",
    ),
    (
        "troops_clashing_with_villagers_blocking_a_highway_met_a_riot",
        "LA PAZ (Reuters) - Several people were hurt on Monday when soldiers clashed with farmers "
        "blocking the highway near the town of Caranavi, officials said.",
        "2010-05-04",
        "Violent demonstration",
    ),
    (
        "a_clash_with_blockaders_whose_dead_include_a_policeman_was_a_riot",
        "Three people, among them a policeman, were killed on Tuesday when police clashed with "
        "miners blocking a road near Potosi, officials said.",
        "2019-10-30",
        "Violent demonstration",
    ),
    (
        "residents_blocking_a_mine_road_who_clashed_with_police_rioted",
        "On 3 March 2015, residents of a farming community blocking the road to the Tia Maria "
        "copper project clashed with police near Cocachacra (Islay province, Arequipa region).",
        "2015-03-04",
        "Violent demonstration",
    ),
    (
        "a_campaign_rally_is_no_protest",
        "The prime minister addressed a campaign rally in the port city of Haifa on Monday evening, "
        "promising lower taxes if re-elected.",
        "2019-09-03",
        None,
    ),
    (
        "a_police_station_attacked_with_homemade_mortars_was_shelled",
        "On 20 April 2012, FARC guerrillas attacked the police station in Jambalo (Cauca "
        "department) with homemade mortars made from gas cylinders, police said.",
        "2012-04-21",
        "Shelling/artillery/missile attack",
    ),
    (
        "rebels_agreeing_under_a_deal_to_hand_over_weapons_made_an_agreement",
        "BEIRUT (Reuters) - Rebels in the besieged town of Madaya agreed under a deal brokered by "
        "Iran on Thursday to hand over their heavy weapons and leave for the north, negotiators said.",
        "2017-03-30",
        "Agreement",
    ),
    (
        "a_crowd_armed_with_sticks_falling_on_a_village_is_a_mob",
        "DHAKA — Several thousand people armed with sticks and machetes swooped on a Buddhist "
        "village in Ramu upazila on Saturday night and set fire to houses and temples, villagers "
        "said.",
        "2012-09-30",
        "Mob violence",
    ),
    (
        "hooligans_throwing_stones_at_people_in_a_march_are_a_mob",
        "KRAKOW (Reuters) - Dozens of football hooligans threw bottles and stones at hundreds of "
        "people taking part in an equality march in Krakow on Saturday, police said.",
        "2018-05-20",
        "Mob violence",
    ),
    (
        "a_movement_removing_its_chairman_changed",
        "JUBA (Reuters) - The rebel movement said its military council had removed chairman John "
        "Doe Akol on Sunday and named his deputy to lead the movement.",
        "2016-08-01",
        "Change to group/activity",
    ),
    (
        "a_crowd_of_people_attacking_officers_rioted",
        "Two officers were hurt after a crowd of masked people attacked officers with stones and "
        "fireworks in the Sternschanze district of Hamburg early on Sunday, police said.",
        "2019-01-01",
        "Violent demonstration",
    ),
    (
        "a_militia_leaving_a_town_after_days_of_assault_lost_it_to_the_army",
        "YANGON (Reuters) - The Chinland Defence Force said on Friday it had pulled its fighters out "
        "of the town of Hakha to spare residents, after days of assault by the army.",
        "2021-09-10",
        "Government regains territory",
    ),
    (
        "militants_attacking_a_town_and_burning_its_houses_attacked_its_people",
        "On 5 March 2021, suspected jihadists attacked the village of Tillia in the evening, setting "
        "fire to dozens of houses and the granaries. 14 killed, according to the mayor.",
        "2021-03-07",
        "Attack",
    ),
    (
        "paramilitaries_occupying_a_village_and_killing_residents_attacked",
        "Between 3 and 6 May 2001, paramilitaries entered the village of La Gabarra (Tibu "
        "municipality) and killed residents they accused of helping the guerrillas.",
        "2001-05-09",
        "Attack",
    ),
    (
        "volunteers_battling_to_refloat_whales_fought_no_one",
        "Volunteers battled through the night to refloat dozens of pilot whales stranded on a beach near "
        "Hobart on Monday, wildlife officials said.",
        "2020-09-22",
        None,
    ),
    (
        "guards_firing_into_a_crowd_marching_on_the_palace_used_force_on_protesters",
        "Palace guards opened fire and threw grenades into a large crowd of opposition supporters "
        "marching on the presidential palace in Conakry on Monday, killing at least four people, "
        "witnesses said.",
        "2007-01-23",
        "Excessive force against protesters",
    ),
    (
        "drones_flown_from_a_new_facility_set_up_a_base",
        "The U.S. Air Force has begun flying surveillance drones from a newly built hangar at the airport "
        "in Agadez, U.S. officials said on Friday.",
        "2019-11-01",
        "Headquarters or base established",
    ),
    (
        "troops_taking_up_positions_around_the_palace_set_up_a_base",
        "West African troops drove into Bissau on Tuesday and took up positions around the presidential "
        "palace, witnesses said.",
        "2012-05-16",
        "Headquarters or base established",
    ),
    (
        "elders_proclaiming_an_autonomous_state_set_up_its_administration",
        "Clan elders meeting in the town of Beledweyne proclaimed an autonomous regional state on Sunday "
        "and named a president, delegates said.",
        "2016-10-10",
        "Headquarters or base established",
    ),
    (
        "rockets_blamed_on_besiegers_stay_a_shelling",
        "TRIPOLI (Reuters) - Rockets hit the airport in Misrata on Sunday, wounding two people, officials "
        "said. The government blamed forces loyal to a rival commander, who have been trying to take the "
        "city since April.",
        "2019-09-02",
        "Shelling/artillery/missile attack",
    ),
    (
        "paratroopers_storming_a_camp_to_free_soldiers_held_hostage_fought",
        "FREETOWN (Reuters) - Commandos stormed a militia camp in the hills east of the capital on "
        "Sunday and freed four soldiers held hostage for a week, the defence ministry said.",
        "2000-09-11",
        "Armed clash",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_rioters_toll_told_in_the_next_sentence_is_theirs",
        "On 3 March 2015, residents blocking the road to the Tia Maria copper project clashed with "
        "police near Cocachacra (Islay province, Arequipa region). 1 protester killed, several "
        "police officers injured, according to the interior ministry.",
        "2015-03-04",
        "fatalities",
        "1",
    ),
    (
        "a_toll_after_days_told_as_a_range_is_the_attacks",
        "Between 3 and 6 May 2001, paramilitaries entered the village of La Gabarra (Tibu "
        "municipality) and killed residents they accused of helping the guerrillas. At least 20 "
        "killed, according to the church.",
        "2001-05-09",
        "fatalities",
        "20",
    ),
    (
        "a_crowd_pelting_people_in_a_march_turned_on_protesters",
        "KRAKOW (Reuters) - Dozens of football hooligans threw bottles and stones at hundreds of "
        "people taking part in an equality march in Krakow on Saturday, police said.",
        "2018-05-20",
        "actor2",
        "Protesters (Poland)",
    ),
    (
        "a_defence_force_spelt_the_british_way_is_named",
        "YANGON (Reuters) - The Chinland Defence Force said on Friday it had pulled its fighters out "
        "of the town of Hakha to spare residents, after days of assault by the army.",
        "2021-09-10",
        "actor2",
        "CDF: Chinland Defense Force",
    ),
    (
        "masked_men_attacking_officers_are_the_crowd_and_the_police_its_foe",
        "During the marches in central Warsaw on Friday, groups of masked men attacked officers with "
        "paving stones and flares, police said.",
        "2013-11-11",
        "actor2",
        "Police Forces of Poland (2010-2015)",
    ),
    (
        "a_man_who_blew_himself_up_acted_alone",
        "HELSINKI (Reuters) - A man blew himself up outside a shopping centre in Tampere on Saturday "
        "afternoon, wounding three passers-by, police said.",
        "2012-03-04",
        "actor1",
        "Sole Perpetrator (Finland)",
    ),
    (
        "a_gunman_killed_by_police_after_his_attack_acted_alone",
        "A gunman dressed in black shot dead two police officers outside a station in Dallas, Texas, on "
        "Sunday night before he was killed by police, officials said.",
        "2017-05-08",
        "actor1",
        "Sole Perpetrator (United States)",
    ),
    (
        "fire_on_protesters_who_had_camped_since_a_day_is_no_background",
        "Gunmen on rooftops opened fire on thousands of students who had camped in the main square since "
        "Tuesday, killing five people, hospital sources said.",
        "1999-03-27",
        "modality",
        "asserted",
    ),
    (
        "armed_men_whom_survivors_identified_as_a_militia_are_that_militia",
        "On 1 January 2019, armed men whom survivors identified as Dozo hunters attacked the Fulani "
        "hamlet of Yoro (Koro cercle, Mopti region) at dawn, burning huts and shooting residents as they "
        "fled.",
        "2019-01-02",
        "actor1",
        "Dozo Communal Militia (Mali)",
    ),
    (
        "a_man_named_sunday_is_no_date",
        "COTONOU (Reuters) - Police in Benin arrested the separatist activist Sunday Adeyemo at "
        "Cotonou airport as he tried to board a flight to Germany, his lawyer said.",
        "2021-07-20",
        "event_date",
        "2021-07-20",
    ),
    (
        "a_capitals_suburb_is_no_government",
        "A bomb exploded outside a newspaper's offices in the Athens seaside suburb of Glyfada early on "
        "Monday, causing damage but no injuries, police said.",
        "2018-03-05",
        "actor2",
        "None",
    ),
    (
        "a_home_in_the_capital_is_in_the_capital",
        "A parcel bomb exploded at the Santiago home of a mining company executive on Tuesday, lightly "
        "injuring him, police said.",
        "2016-05-10",
        "location",
        "Santiago",
    ),
    (
        "the_roman_amphitheatre_is_no_romanian_town",
        "A gunman opened fire on a group of tourists at the Roman amphitheatre in downtown Amman on "
        "Monday, killing a British man, police said.",
        "2006-09-05",
        "location",
        "Amman",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
