"""Sub-event types, doers and places of wordings met in fresh news text: crowds, deals, sieges of
buildings and attacks on guards (more cases in test_event_wordings.py and test_event_types.py).

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "gunmen_attacking_an_army_base_fight_its_guards",
        "Gunmen attacked two army bases outside the city of Kindu on Friday, the army said, and 30 people "
        "were killed.",
        "2019-03-16",
        "Armed clash",
    ),
    (
        "a_man_who_shot_and_wounded_a_policeman_fought_the_police",
        "A gunman shot and badly wounded a policeman outside parliament in Valletta on Tuesday before "
        "fleeing, police said.",
        "2021-06-09",
        "Armed clash",
    ),
    (
        "a_stabbing_told_with_a_pronoun_is_an_attack",
        "A town councillor died on Sunday, a day after a man climbed onto the stage at a festival in "
        "Tartu and stabbed him in the chest.",
        "2020-07-13",
        "Attack",
    ),
    (
        "a_dead_bomber_among_the_killed_is_a_suicide_bomb",
        "A bomb ripped through a minibus near the market in Osh on Friday, killing four traders, the "
        "driver and the bomber, officials said.",
        "2016-05-21",
        "Suicide bomb",
    ),
    (
        "a_car_that_rams_a_gate_and_blows_up_is_a_suicide_bomb",
        "A van smashed through the barrier of the ministry compound in Mogadishu on Sunday and blew up, "
        "killing its driver and two guards, police said.",
        "2018-02-26",
        "Suicide bomb",
    ),
    (
        "explosives_hurled_from_a_car_are_a_grenade",
        "Attackers hurled explosives from a moving car into a crowded bus station in Kashgar on Monday, "
        "killing four people, state media said.",
        "2014-07-29",
        "Grenade",
    ),
    (
        "a_shrine_torn_down_is_property_destruction",
        "Militants used an excavator to tear down the domed tomb of a local saint in the town of Derna on "
        "Saturday, residents said.",
        "2013-03-10",
        "Looting/property destruction",
    ),
    (
        "a_leader_ordered_held_in_jail_is_arrested",
        "A judge ordered the former defence minister held in a military prison on Monday over the "
        "purchase of helicopters, prosecutors said.",
        "2016-04-12",
        "Arrests",
    ),
    (
        "attacks_an_arrested_man_is_accused_of_are_his_case",
        "Police have arrested eight members of an opposition movement, accusing them of links to deadly "
        "attacks on the capital last month, the interior ministry said.",
        "2018-11-02",
        "Arrests",
    ),
    (
        "farm_workers_killed_when_police_came_to_evict_them_were_attacked",
        "Nine squatters were killed on Thursday when police officers went to clear a farm near Redencao "
        "in the state of Para, the state government said.",
        "2019-04-26",
        "Attack",
    ),
    (
        "crowds_filling_the_streets_protest",
        "Tens of thousands of people filled the streets of Bratislava on Friday night to demand an "
        "independent inquiry into the killing of a journalist.",
        "2018-03-10",
        "Peaceful protest",
    ),
    (
        "fans_filling_the_streets_to_celebrate_do_not_protest",
        "Crowds poured into the streets of Reykjavik on Monday night to celebrate the national team's "
        "win over England.",
        "2016-06-28",
        None,
    ),
    (
        "a_protest_told_beside_a_fire_that_killed_is_no_excessive_force",
        "Thousands of people marched through Skopje on Sunday, blaming officials for a warehouse fire "
        "that killed 14 workers.",
        "2021-09-13",
        "Peaceful protest",
    ),
    (
        "a_year_of_protests_before_a_state_of_emergency_is_no_new_protest",
        "The government declared a state of emergency on Monday after nearly a year of anti-government "
        "protests in the north.",
        "2019-10-22",
        "Other",
    ),
    (
        "troops_shooting_dead_people_as_crowds_marched_use_excessive_force",
        "Soldiers shot dead nine people on Friday as thousands of people marched towards the presidential "
        "palace in Conakry, a rights group said.",
        "2019-10-19",
        "Excessive force against protesters",
    ),
    (
        "police_firing_on_supporters_who_gathered_use_excessive_force",
        "Police opened fire on supporters of an opposition candidate who had gathered outside a court in "
        "Harare on Tuesday, killing one man, witnesses said.",
        "2018-08-08",
        "Excessive force against protesters",
    ),
    (
        "burns_left_by_a_dispersal_are_excessive_force",
        "Police fired water cannon and tear gas to clear a sit-in outside a copper mine near Monywa on "
        "Thursday, leaving dozens of villagers with severe burns, protesters said.",
        "2013-11-29",
        "Excessive force against protesters",
    ),
    (
        "detentions_as_crowds_gathered_for_a_rally_are_an_intervention",
        "Police detained about 200 people, among them two opposition leaders, as thousands gathered in "
        "central Minsk on Saturday for an unauthorised rally.",
        "2017-03-26",
        "Protest with intervention",
    ),
    (
        "a_vigil_that_turned_violent_is_a_riot",
        "A candlelight vigil for a teenager killed by police turned violent on Sunday night in Clichy, when "
        "youths looted and burned a supermarket.",
        "2005-10-31",
        "Violent demonstration",
    ),
    (
        "men_chanting_slogans_who_rampage_riot",
        "Hundreds of young men chanting nationalist slogans rampaged through a market district of Tula on "
        "Sunday, smashing shop windows, police said.",
        "2013-10-14",
        "Violent demonstration",
    ),
    (
        "residents_attacking_a_team_are_a_mob",
        "Residents had attacked the vaccination team with sticks and stones on Tuesday, accusing it of "
        "spreading disease, officials said.",
        "2019-05-03",
        "Mob violence",
    ),
    (
        "a_woman_burned_by_a_crowd_is_mob_violence",
        "A woman accused of witchcraft was beaten, tied up and burned alive by a crowd in a village near "
        "Goroka on Friday, police said.",
        "2017-06-18",
        "Mob violence",
    ),
    (
        "rioters_who_kill_people_are_a_mob",
        "Two men were killed as mobs armed with clubs roamed the town of Meiktila on Wednesday night, "
        "attacking shops, police said.",
        "2013-03-22",
        "Mob violence",
    ),
    (
        "declarations_signed_by_rebels_are_an_agreement",
        "The government and the defeated rebels signed declarations in Kampala on Thursday formally "
        "ending the insurgency.",
        "2013-12-13",
        "Agreement",
    ),
    (
        "an_open_ended_ceasefire_agreed_is_an_agreement",
        "The two sides agreed on Tuesday to an open-ended ceasefire brokered by Qatar, ending weeks of "
        "fighting.",
        "2021-05-25",
        "Agreement",
    ),
    (
        "fighters_leaving_under_a_deal_hand_over_ground",
        "Buses carrying hundreds of fighters and their families left the hills around the town of "
        "Zabadani on Monday for Idlib, under a deal that ended the siege, officials said.",
        "2017-04-14",
        "Non-violent transfer of territory",
    ),
    (
        "troops_arriving_to_be_based_abroad_establish_a_base",
        "The first 300 British soldiers to be based in Estonia arrived in Tapa on Thursday, the start of a "
        "deployment that is to grow to 800 troops.",
        "2017-03-24",
        "Headquarters or base established",
    ),
    (
        "a_battalion_formally_launched_at_a_base_is_a_base_established",
        "A multinational battalion of about 1,000 troops led by the United States was formally launched at "
        "the Orzysz military base in Poland on Thursday.",
        "2017-04-14",
        "Headquarters or base established",
    ),
    (
        "instructors_arriving_with_their_weapons_establish_a_presence",
        "Russian military instructors arrived in Bangui with two planeloads of weapons on Friday, state "
        "radio reported.",
        "2018-01-27",
        "Headquarters or base established",
    ),
    (
        "a_rival_government_sworn_in_is_a_seat_established",
        "The rebel coalition swore in a rival government in the northern town of Kidal on Sunday, naming "
        "its commander as president.",
        "2012-04-08",
        "Headquarters or base established",
    ),
    (
        "followers_on_the_rampage_torching_buildings_riot",
        "Supporters of a jailed preacher went on the rampage in Sirsa on Friday, torching cars and "
        "government buildings, and at least 20 people were killed as security forces fought back.",
        "2017-08-26",
        "Violent demonstration",
    ),
    (
        "settlers_on_the_rampage_burning_homes_are_a_mob",
        "Hundreds of settlers rampaged through the village of Turmus Ayya on Tuesday night, setting fire to "
        "homes and cars, residents said.",
        "2023-06-21",
        "Mob violence",
    ),
    (
        "petrol_bombs_at_the_prefecture_and_a_fight_with_riot_police_are_a_riot",
        "Thousands marched through Ajaccio on Sunday and a hard core hurled petrol bombs at the prefecture "
        "and fought riot police.",
        "2022-03-07",
        "Violent demonstration",
    ),
    (
        "powers_of_arrest_given_are_no_arrest",
        "The president declared a state of emergency late on Friday, giving the security forces sweeping "
        "powers of arrest.",
        "2022-04-02",
        "Other",
    ),
    (
        "ground_taken_after_a_pullout_that_followed_fighting_is_overtaken",
        "Al Shabaab fighters took control of the town of Bal'ad on Wednesday after troops pulled out "
        "following a night of heavy fighting, residents said.",
        "2025-04-17",
        "Non-state actor overtakes territory",
    ),
    (
        "a_crowd_beaten_with_batons_and_sent_to_hospital_met_excessive_force",
        "Riot police fired stun grenades and beat protesters with batons outside parliament in Tbilisi late "
        "on Thursday, and about 240 people were taken to hospital, the health ministry said.",
        "2019-06-21",
        "Excessive force against protesters",
    ),
    (
        "live_ammunition_fired_at_marches_is_excessive_force",
        "Security forces fired live ammunition and tear gas at church-led marches in Kinshasa on Sunday, "
        "the UN mission said.",
        "2018-01-01",
        "Excessive force against protesters",
    ),
    (
        "fire_on_farmers_who_blocked_a_road_to_demand_rice_is_excessive_force",
        "Police opened fire on hundreds of farmers who had blocked a road in Kidapawan to demand rice, "
        "killing two people, officials said.",
        "2016-04-01",
        "Excessive force against protesters",
    ),
    (
        "gunmen_who_blocked_a_highway_and_shot_passengers_attacked_them",
        "Gunmen blocked a highway near Musakhel on Monday, checked passengers' identity cards and shot dead "
        "23 people, officials said.",
        "2024-08-26",
        "Attack",
    ),
    (
        "armed_men_seizing_police_headquarters_and_handing_out_guns_take_ground",
        "Armed men seized the police headquarters in the town of Kramatorsk on Sunday and handed out "
        "weapons to their supporters, the interior minister said.",
        "2014-04-13",
        "Non-state actor overtakes territory",
    ),
    (
        "a_deal_signed_somewhere_to_end_a_secession_is_an_agreement",
        "Leaders of the central government and of the breakaway island signed an agreement in the port town "
        "on Saturday to end the island's three-year secession, under African Union mediation.",
        "2001-02-18",
        "Agreement",
    ),
    (
        "gangs_agreeing_to_stop_killing_each_other_made_an_agreement",
        "SAN SALVADOR - Leaders of the two biggest street gangs in San Salvador said on Tuesday that they "
        "had agreed to stop killing each other.",
        "2012-03-21",
        "Agreement",
    ),
]


test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event and its value
FIELDS: list[FieldCase] = [
    (
        "the_subject_of_a_joined_verb_attacked_the_guard",
        "Gunmen robbed two gun shops and then attacked a National Guard base in the city of Aktobe on "
        "Sunday, the interior ministry said.",
        "2016-06-06",
        "actor1",
        "Unidentified Armed Group (Kazakhstan)",
    ),
    (
        "a_place_a_city_owns_lies_in_the_citys_country",
        "MONROVIA — Soldiers fired tear gas on Wednesday at residents of Monrovia's West Point slum who "
        "threw stones at a barricade.",
        "2014-08-20",
        "country",
        "Liberia",
    ),
    (
        "a_president_signing_a_deal_is_the_government",
        "Mozambique's President Armando Guebuza and Renamo leader Afonso Dhlakama signed an agreement in "
        "Maputo on Friday to end two years of clashes between the former rebels and government forces.",
        "2014-09-06",
        "actor1",
        "Government of Mozambique (2005-2015)",
    ),
    (
        "a_lone_man_in_the_when_clause_of_a_joined_passive_is_the_sole_perpetrator",
        "A boy was stabbed to death and three other people were wounded when a man attacked shoppers with "
        "a knife in the Austrian town of Graz on Friday, police said.",
        "2024-05-11",
        "actor1",
        "Sole Perpetrator (Austria)",
    ),
    (
        "interceptors_fired_at_rockets_headed_for_the_golan_are_placed_there",
        "JERUSALEM — Israel fired two interceptor missiles on Monday at rockets from Syria that appeared "
        "headed towards the Golan Heights, the military said. The rockets fell on the Syrian side.",
        "2018-07-23",
        "location",
        "Golan Heights",
    ),
    (
        "ground_a_militia_overtakes_was_held_by_the_army",
        "Fano militiamen took control of the town of Debre Tabor after a day of fighting on Tuesday, "
        "residents said.",
        "2023-08-09",
        "actor2",
        "Military Forces of Ethiopia (2018-)",
    ),
    (
        "soldiers_who_found_the_bodies_are_not_the_victims_of_an_attack",
        "OUAGADOUGOU — Soldiers have recovered 60 bodies in Solhan after suspected jihadists went from house "
        "to house killing men over the weekend, the government said.",
        "2021-06-07",
        "actor2",
        "Civilians (Burkina Faso)",
    ),
    (
        "a_strike_that_killed_people_befell_civilians",
        "A drone strike hit a car on the road outside the Lebanese town of Bint Jbeil on Sunday, killing "
        "three girls and their grandmother.",
        "2023-11-06",
        "actor2",
        "Civilians (Lebanon)",
    ),
    (
        "a_driver_held_by_bystanders_acted_alone",
        "A van ploughed into pedestrians outside a mosque in Cardiff shortly after midnight on Monday, "
        "killing one man, police said. Worshippers held the 38-year-old driver until officers arrived.",
        "2019-06-17",
        "actor1",
        "Sole Perpetrator (United Kingdom)",
    ),
    (
        "a_lead_naming_only_a_country_still_leads",
        "Iran launched about 200 missiles at Israel late on Tuesday; most were shot down, the Israeli "
        "military said. A man in the West Bank city of Jericho was killed by falling debris, officials said.",
        "2024-10-02",
        "location",
        "Israel",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
