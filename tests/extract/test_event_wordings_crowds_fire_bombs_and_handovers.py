"""Sub-event types, doers and places of wordings met in fresh news text: a crowd fighting guards with sticks
and stones; people trying to storm a border fence; a crowd attacking an army convoy; rival groups fighting
with sticks, at a protest or not; schools burned in protest; fire bombs thrown at a synagogue or through a
window; a poisoning told beside an official account of stale food; a rape the attackers followed with a
robbery; a rebel coalition dissolved and a leader removed; a town handed over by the troops who left it;
men in civilian clothes shooting at protesters; a farm invaded and its trees cut down; a city's seafront;
a holiday before a noun; an area named by its first-level designator; a country's possessive before a
person's office; bombers dated by the clause that tells what they did; and no events: robbers with a
stolen helicopter, a film that bombed, artillery fired at avalanches, a bang that set social media alight,
people hemmed in by militias, a square packed for firecrackers, a continent's resources plundered, rocket
systems sent in an aid package, helicopters handed over to an army, a verdict on a man abducted as a
boy, protests from governments, a draft suspended years ago and accusations over the fighting.

The texts are our own, written for these tests."""

from __future__ import annotations

from pathlib import Path

from frontwatch.runner import Pipeline
from stories import Case, FieldCase, first_event_field_test, story_events, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "migrants_who_fought_guards_with_sticks_and_stones_rioted",
        "Hundreds of migrants tried to force their way across the border at Ceuta on Tuesday, and several "
        "guards were hurt as the migrants fought them with sticks and stones, officials said.",
        "2021-05-19",
        "Violent demonstration",
    ),
    (
        "people_trying_to_storm_a_border_fence_riot",
        "About 1,000 people tried to storm the border fence near the village of Idomeni on Sunday, police "
        "said.",
        "2016-04-11",
        "Violent demonstration",
    ),
    (
        "a_crowd_with_guns_attacking_an_army_convoy_riots",
        "A crowd armed with guns and machetes attacked an army convoy near the town of Butembo on Monday, "
        "wounding two soldiers, the army said.",
        "2019-07-16",
        "Violent demonstration",
    ),
    (
        "rival_groups_fighting_with_sticks_are_a_mob",
        "Rival groups of Somali and Oromo men fought with sticks and stones in the town of Moyale on "
        "Saturday, leaving several people hurt, police said.",
        "2018-03-11",
        "Mob violence",
    ),
    (
        "rival_groups_fighting_with_sticks_where_people_protest_riot",
        "Rival groups of Ethiopians fought with sticks and bottles outside a community hall in Melbourne on "
        "Saturday. Opponents of the government had gathered to protest against a fundraising dinner.",
        "2023-09-17",
        "Violent demonstration",
    ),
    (
        "hundreds_who_clashed_with_rivals_and_police_riot",
        "Hundreds of asylum seekers clashed with supporters of their government and with police in the "
        "centre of Stuttgart on Saturday, police said.",
        "2023-09-17",
        "Violent demonstration",
    ),
    (
        "schools_burned_in_protest_are_a_riot",
        "Residents have set fire to six schools in the district since Monday in protest against a new "
        "boundary between municipalities, police said.",
        "2016-05-05",
        "Violent demonstration",
    ),
    (
        "incendiary_devices_thrown_at_a_synagogue_are_a_grenade",
        "Two men threw incendiary devices at a synagogue in the city of Oldenburg on Thursday evening, "
        "police said; no one was hurt.",
        "2024-04-06",
        "Grenade",
    ),
    (
        "a_petrol_bomb_thrown_through_a_window_is_a_grenade",
        "A petrol bomb was thrown through a window of a mosque in the town of Bielefeld early on Sunday, "
        "police said.",
        "2018-03-12",
        "Grenade",
    ),
    (
        "a_poisoning_told_beside_an_official_account_of_food_is_a_poisoning",
        "An opposition politician was poisoned at a dinner in Tbilisi last week, his doctors said on "
        "Monday, rejecting the official account that he had simply eaten bad food.",
        "2019-10-14",
        "Chemical weapon",
    ),
    (
        "a_rape_the_attackers_followed_with_a_robbery_is_sexual_violence",
        "Armed men raped five women and robbed their husbands at a farm outside the town of Rustenburg on "
        "Saturday night, police said.",
        "2021-06-14",
        "Sexual violence",
    ),
    (
        "a_rebel_coalition_dissolved_changes_the_group",
        "The interim president on Friday dissolved the Union for Peace, the rebel coalition that brought "
        "him to power, as his government struggled to rein in its fighters.",
        "2015-02-07",
        "Change to group/activity",
    ),
    (
        "commanders_who_removed_their_leader_change_the_group",
        "Commanders of the rebel movement removed its founder as their leader and named their chief of "
        "staff as interim head on Tuesday, in a statement read at their base.",
        "2021-08-05",
        "Change to group/activity",
    ),
    (
        "troops_who_left_a_town_and_handed_it_over_transferred_it",
        "Israeli troops pulled out of the town of Tulkarm before dawn on Monday and handed it over to "
        "Palestinian police, the second town transferred under the accord signed in September.",
        "1995-12-11",
        "Non-violent transfer of territory",
    ),
    (
        "men_in_civilian_clothes_shooting_at_protesters_attack_them",
        "Men in civilian clothes fired pistols at students protesting in Managua on Wednesday, wounding "
        "three, as police officers looked on, witnesses said.",
        "2018-05-31",
        "Attack",
    ),
    (
        "robbers_flying_a_stolen_helicopter_strike_no_one",
        "Robbers landed a stolen helicopter on the roof of a cash depot in Malmo before dawn on Tuesday and "
        "flew off with bags of banknotes, police said.",
        "2019-03-12",
        None,
    ),
    (
        "a_war_film_that_bombed_at_the_box_office_is_no_air_strike",
        "The war film bombed at the North American box office over the weekend, taking just $4 million and "
        "finishing far behind a cartoon about talking cars.",
        "2006-06-12",
        None,
    ),
    (
        "artillery_fired_to_bring_down_avalanches_is_no_shelling",
        "Avalanche crews fired artillery rounds into the slopes above the Arlberg pass on Tuesday to bring "
        "down loose snow before the road was reopened.",
        "2019-01-15",
        None,
    ),
    (
        "a_bang_that_set_social_media_alight_destroyed_nothing",
        "A loud bang that rattled windows across Lyon on Tuesday morning and set social media alight was a "
        "sonic boom from an air force Rafale fighter cleared to fly supersonic, the military said.",
        "2021-06-08",
        None,
    ),
    (
        "people_hemmed_in_by_militias_for_months_are_no_protest",
        "The archbishop visited the mosque of a Muslim quarter of Bangui on Sunday, telling residents who "
        "have been hemmed in by militias for months that they were not forgotten.",
        "2016-02-14",
        None,
    ),
    (
        "a_square_packed_for_firecrackers_is_no_protest",
        "Thousands of people packed the main square of Castellon on Sunday afternoon for the last "
        "firecracker display of the town's fiestas.",
        "2019-03-24",
        None,
    ),
    (
        "foreign_powers_plundering_a_continents_resources_loot_nothing",
        "The pope told a crowd of a million in Kinshasa on Wednesday that foreign powers must stop "
        "plundering Africa's resources.",
        "2023-02-01",
        None,
    ),
    (
        "rocket_systems_sent_in_an_aid_package_are_no_shelling",
        "The United States will send Kyiv advanced rocket systems as part of a $450 million package, "
        "officials said on Tuesday, after Ukraine promised not to use them to strike targets inside Russia.",
        "2022-06-07",
        None,
    ),
    (
        "helicopters_handed_over_to_an_army_are_no_ground_handed_over",
        "Two transport helicopters bought from Russia, along with ammunition, were handed over to the "
        "Burkinabe armed forces at Ouagadougou airport on Friday.",
        "2023-03-17",
        None,
    ),
    (
        "a_verdict_on_a_man_abducted_as_a_boy_is_no_abduction",
        "Judges at the International Criminal Court convicted a former rebel commander on Thursday of war "
        "crimes committed in northern Uganda. They said they had taken into account that he was himself "
        "abducted by the rebels as a boy.",
        "2021-02-04",
        None,
    ),
    (
        "protests_from_governments_are_diplomacy",
        "TOKYO, April 5 — Japan approved a new history textbook on Tuesday, drawing swift protests from the "
        "governments of China and South Korea.",
        "2005-04-05",
        None,
    ),
    (
        "a_draft_suspended_years_ago_is_a_states_policy",
        "STOCKHOLM, March 2 — The government decided on Thursday to call up 4,000 young people a year from "
        "next year. Conscription was suspended in 2010.",
        "2017-03-02",
        None,
    ),
    (
        "accusations_over_the_fighting_are_no_fight",
        "GENEVA — Talks between the government and the rebels ended on Sunday without agreement on "
        "reopening the highway. Delegates from both sides traded accusations over the fighting in the east "
        "as they left.",
        "2006-10-29",
        None,
    ),
    (
        "a_farm_invaded_and_its_trees_cut_down_is_destroyed_property",
        "Hundreds of men invaded a ranch owned by a former minister outside Nakuru on Tuesday, cutting down "
        "trees and driving away cattle, police said.",
        "2023-03-29",
        "Looting/property destruction",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_citys_seafront_lies_in_the_city",
        "Hundreds of youths threw stones and bottles at police along Beirut's seafront on Saturday night, "
        "after rumours spread that the army would close the harbour to boats bound for Cyprus.",
        "2019-10-20",
        "location",
        "Beirut",
    ),
    (
        "a_holiday_before_a_noun_is_no_town",
        "Police arrested a man on Friday who planned to attack a Christmas tree-lighting ceremony in "
        "downtown Denver, the Justice Department said.",
        "2012-11-24",
        "location",
        "Denver",
    ),
    (
        "an_area_named_with_its_designator_is_an_area",
        "CARACAS, Oct 20 (Reuters) - Soldiers detained 15 men during a raid in the Barlovento area of "
        "Miranda state on Tuesday, relatives said.",
        "2016-10-20",
        "actor1",
        "Military Forces of Venezuela (2013-)",
    ),
    (
        "a_countrys_possessive_before_an_office_does_not_act",
        "LUSAKA, Aug 20 (Reuters) - Zambia's former vice president said on Monday that tests had confirmed "
        "he was poisoned at a rally in the town of Kabwe in June. He did not say whom he blamed.",
        "2018-08-20",
        "actor1",
        "Unidentified Armed Group (Zambia)",
    ),
    (
        "bombers_told_in_a_search_for_their_accomplices_are_dated_by_their_own_clause",
        "Tunisian police searched the town's poorer districts on Saturday for accomplices of the suicide "
        "bombers who struck two beach hotels in the heart of Sousse the night before.",
        "2015-07-04",
        "event_date",
        "2015-07-03",
    ),
    (
        "a_town_handed_over_is_dated_by_its_day_not_by_the_accord",
        "Israeli troops pulled out of the town of Tulkarm before dawn on Monday and handed it over to "
        "Palestinian police, the second town transferred under the accord signed in September.",
        "1995-12-11",
        "event_date",
        "1995-12-11",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)


def test_rival_crowds_keep_their_type_from_the_classifier(pipeline: Pipeline, tmp_path: Path) -> None:
    """Crowds fighting with what comes to hand: the words decide the type, a classifier may not undo it."""
    text = (
        "Rival groups of Ethiopians fought with sticks and bottles outside a community hall in Melbourne on "
        "Saturday. Opponents of the government had gathered to protest against a fundraising dinner."
    )
    events = story_events(pipeline, tmp_path, text, "2023-09-17")
    assert events[0].extra.get("type_firm") is True
