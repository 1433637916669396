"""Sub-event types, doers and dates of wordings met in fresh news text: a riot the police answered with tear
gas; crowds of other names who hurled stones; a crowd's throw told after a clause about it; activists'
paint on a ministry; a gunman firing at officers or bodies shot in a car (no shelling); a truck bomb outside
air force housing (no air strike); a dynamited pipeline; an attack whose dead were guards first; a man shot
after he stabbed officers; a gunman's rampage (no mob); petrol bombs drawing a protest from a capital;
incendiary devices that had been thrown; cars set ablaze by one person; soldiers who rebelled; explosive
vests in a plot; a man who shot two men; a rape an autopsy found, told by a prosecutor; a camp set up near
where a body was found; a town taken from rebels by the army; a riot told later the same evening; doers
through participles and pronouns, the witness of an attack, a country qualifying a person; tolls of a man
and his son, of a man shot dead; no events (a glacier, a nightclub's name, a flag, a wine battle); and whom
an arrest took after the story's act.

The texts are our own, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Pipeline
from stories import (
    Case,
    FieldCase,
    FirmCase,
    firm_type_test,
    first_event_field_test,
    story_events,
    sub_event_type_test,
)

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "students_who_hurled_petrol_bombs_at_police_firing_tear_gas_riot",
        "Police fired tear gas and rubber bullets at students who hurled petrol bombs and bricks from the "
        "roof "
        "of a lecture hall at a university in Santiago on Thursday.",
        "2019-11-22",
        "Violent demonstration",
    ),
    (
        "nationalists_who_hurled_flares_and_stones_riot",
        "Police fired rubber bullets and tear gas on Saturday at nationalists who hurled flares and stones "
        "at "
        "officers during a march through the centre of Krakow, police said, adding that about 200 people had "
        "been detained.",
        "2021-11-14",
        "Violent demonstration",
    ),
    (
        "a_crowds_throw_after_a_clause_about_it_riots",
        "Thousands of supporters of the opposition party, who have camped outside the electoral commission "
        "since early March, hurled stones and pushed back police lines.",
        "2019-04-12",
        "Violent demonstration",
    ),
    (
        "activists_spraying_paint_on_a_ministry_riot",
        "Climate activists sprayed red paint over the entrance of the finance ministry in Berlin on Monday, "
        "and police detained five of them, the group said.",
        "2023-03-06",
        "Violent demonstration",
    ),
    (
        "a_gunman_firing_at_police_officers_fights_them_and_shells_nothing",
        "The gunman, a 31-year-old man from the city's northern suburbs, drove to the railway station in "
        "Lyon "
        "on Monday and fired at police officers on patrol, wounding one, prosecutors said.",
        "2020-02-11",
        "Armed clash",
    ),
    (
        "bodies_shot_and_burned_inside_a_vehicle_are_an_attack",
        "Police found the bodies of eight men, shot and burned inside a vehicle on a farm track near the "
        "town "
        "of Fresnillo, on Wednesday, state prosecutors said.",
        "2022-06-16",
        "Attack",
    ),
    (
        "a_truck_bomb_outside_air_force_housing_is_a_bomb",
        "A truck bomb exploded outside a block of flats housing Air Force personnel near the city of Mosul "
        "on "
        "Sunday night, killing four people, officials said.",
        "2005-03-14",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_dynamited_pipeline_is_a_bomb",
        "Rebels dynamited an oil pipeline near the town of Saravena on Sunday, spilling crude into a river, "
        "the army said.",
        "2001-08-13",
        "Remote explosive/landmine/IED",
    ),
    (
        "an_attack_whose_dead_were_guards_first_is_a_fight",
        "Gunmen in pickup trucks attacked a prison in the city of Culiacan on Saturday, killing six guards "
        "and "
        "two inmates, the state prosecutor's office said.",
        "2021-03-21",
        "Armed clash",
    ),
    (
        "police_shooting_a_man_after_he_stabbed_officers_fought_him",
        "Police shot dead a 20-year-old man after he stabbed two officers outside a police station in the "
        "town of Toowoomba on Friday night, police said.",
        "2016-05-14",
        "Armed clash",
    ),
    (
        "a_gunmans_rampage_is_no_mob",
        "A gunman went on a rampage through the town of Kirkby on Tuesday, shooting dead four people before "
        "he was arrested, police said.",
        "2011-07-06",
        "Attack",
    ),
    (
        "petrol_bombs_drawing_a_protest_from_a_capital_are_a_grenade",
        "Unknown attackers threw petrol bombs at the office of a Polish cultural society in the city of Lviv "
        "early on Sunday, damaging its door, police said, drawing a protest from Warsaw.",
        "2018-03-05",
        "Grenade",
    ),
    (
        "incendiary_devices_that_had_been_thrown_are_a_grenade",
        "Officers were called to reports that two incendiary devices had been thrown at the reception centre "
        "in Calais on Tuesday morning, police said. No one was hurt.",
        "2021-08-10",
        "Grenade",
    ),
    (
        "cars_set_ablaze_by_one_person_are_destroyed_property",
        "A man wearing a mask set several electric cars ablaze at a dealership in Portland early on Monday, "
        "police said.",
        "2025-03-25",
        "Looting/property destruction",
    ),
    (
        "soldiers_who_rebelled_at_a_base_mutinied",
        "A major and about 40 soldiers rebelled at a base near the town of Tacna on Sunday, calling on the "
        "army to disown the president, the defence ministry said.",
        "2000-11-06",
        "Other",
    ),
    (
        "explosive_vests_in_a_plot_are_no_suicide_bomb",
        "Police arrested four men in Utrecht on Thursday on suspicion of planning an attack with rifles, "
        "hand "
        "grenades and explosive vests, prosecutors said.",
        "2019-05-10",
        "Arrests",
    ),
    (
        "a_man_who_shot_two_men_attacked_them",
        "A 70-year-old man tried to set fire to the door of a church in the town of Dax on Sunday afternoon "
        "and shot two men who stopped him, wounding them, prosecutors said.",
        "2019-09-16",
        "Attack",
    ),
    (
        "a_rape_an_autopsy_found_told_by_a_prosecutor_is_sexual_violence",
        "The state prosecutor said an autopsy showed that the 60-year-old woman, found dead in a field near "
        "the village of Tepexco on Sunday, had been sexually assaulted.",
        "2008-04-10",
        "Sexual violence",
    ),
    (
        "a_town_captured_from_rebels_by_the_army_is_regained",
        "Sri Lankan troops captured the town of Mullaittivu on Sunday after Tamil Tiger rebels pulled back "
        "under heavy attack, the military said.",
        "2009-01-26",
        "Government regains territory",
    ),
    (
        "a_riot_told_later_that_evening_does_not_recode_a_march_broken_up",
        "Police fired tear gas on Sunday to disperse hundreds of people protesting against a new law outside "
        "parliament in Tbilisi. Later in the evening some demonstrators threw stones at police cars and set "
        "rubbish bins on fire, police said.",
        "2023-03-08",
        "Protest with intervention",
    ),
]

CASES += [
    (
        "incendiary_bottles_thrown_at_a_synagogue_are_a_grenade",
        "Shortly after midnight, unknown persons threw two incendiary bottles at the entrance of the "
        "synagogue "
        "in Bielefeld, police said. The flames were put out quickly.",
        "2015-03-03",
        "Grenade",
    ),
    (
        "villagers_evacuated_before_a_glacier_collapsed_is_no_event",
        "A large part of a glacier collapsed above an Alpine village on Wednesday, burying most of its "
        "houses; "
        "the 300 residents had been evacuated last week after geologists warned of the danger.",
        "2025-05-29",
        None,
    ),
    (
        "a_nightclub_named_jet_set_is_no_warplane",
        "The roof of the Jet Set nightclub in the capital caved in during a packed concert early on Tuesday, "
        "killing dozens of people, officials said.",
        "2025-04-08",
        None,
    ),
    (
        "a_flag_handed_over_is_no_ground",
        "Three retired soldiers who had lowered the flag when the embassy closed in 1965 handed over a new "
        "flag "
        "to the guard of honour on Friday.",
        "2015-08-15",
        None,
    ),
    (
        "a_festivals_wine_battle_is_no_fight",
        "Thousands of revellers dressed in white climbed the hills above the town on Saturday and drenched "
        "each "
        "other with red wine in the annual wine battle.",
        "2019-06-30",
        None,
    ),
]

CASES += [
    (
        "a_wave_of_attacks_over_a_year_is_no_one_event",
        "The Tillaberi region has been hit by a wave of attacks on villagers this year.",
        "2021-11-04",
        None,
    ),
    (
        "a_wave_of_drone_attacks_overnight_is_one",
        "A wave of drone attacks hit Kyiv overnight, killing two people, officials said.",
        "2022-10-18",
        "Air/drone strike",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_crowds_throw_is_not_dated_by_the_since_of_a_clause_about_it",
        "Thousands of supporters of the opposition party, who have camped outside the electoral commission "
        "since early March, hurled stones and pushed back police lines.",
        "2019-04-12",
        "modality",
        "asserted",
    ),
    (
        "a_protest_camp_is_dated_by_its_own_since",
        "In the capital, opposition supporters began taking down a protest camp that had blocked the main "
        "square since December 2019.",
        "2021-05-21",
        "modality",
        "historical",
    ),
]

FIELDS += [
    (
        "fighters_storming_a_camp_and_fighting_soldiers_are_the_doers",
        "Hundreds of Islamist fighters attacked the town of Arbinda on Sunday, storming a military camp and "
        "fighting soldiers for several hours, security sources said.",
        "2019-12-25",
        "actor1",
        "Unidentified Armed Group (Burkina Faso)",
    ),
    (
        "a_force_reporting_rockets_that_fell_on_its_own_country_is_their_witness",
        "Several rockets were fired at the city's airport late on Sunday in Erbil, damaging a hangar and "
        "wounding an Iraqi soldier, the Iraqi military said.",
        "2021-02-16",
        "actor1",
        "Unidentified Armed Group (Iraq)",
    ),
    (
        "they_in_a_clause_hung_on_the_main_one_stand_for_its_subject",
        "Tigrayan forces killed 40 displaced people when they shelled a school where families were "
        "sheltering near Chifra, in Ethiopia's Afar region, on Thursday, a regional spokesman said.",
        "2021-08-10",
        "actor1",
        "TDF: Tigray Defense Forces",
    ),
    (
        "people_killed_in_a_police_operation_against_traffickers_were_killed_in_its_fight",
        "At least 12 people were killed on Tuesday in a police operation against drug traffickers in the "
        "Jacarezinho favela in northern Rio de Janeiro, state police said.",
        "2021-05-12",
        "actor1",
        "Police Forces of Brazil (2019-2022)",
    ),
    (
        "a_country_that_only_qualifies_a_person_is_no_place_of_the_act",
        "TBILISI, Dec 6 (Reuters) - Lawyers for the jailed former president said on Monday that tests by a "
        "U.S. toxicologist had found arsenic in his hair, and accused the authorities of poisoning him.",
        "2022-12-06",
        "location",
        "Tbilisi",
    ),
]

FIELDS += [
    (
        "a_man_and_his_son_hacked_to_death_are_two_dead",
        "A man and his son were hacked to death by a mob at their home in the village of Dhuliyan on "
        "Saturday, police said.",
        "2025-04-13",
        "fatalities",
        "2",
    ),
    (
        "a_man_the_police_shot_dead_is_one_dead",
        "Police shot dead a 22-year-old man after he stabbed an officer outside a railway station in Lille "
        "on "
        "Friday, police said.",
        "2017-03-18",
        "fatalities",
        "1",
    ),
]

FIELDS += [
    (
        "a_student_who_opened_fire_and_set_off_a_bomb_is_one_man",
        "A student opened fire and set off an explosive device at a technical college in Kerch on "
        "Wednesday, killing 20 people.",
        "2018-10-18",
        "actor1",
        "Sole Perpetrator (Ukraine)",
    ),
    (
        "a_man_who_climbed_a_fence_and_hurled_a_grenade_is_one_man",
        "A man climbed the fence of the embassy in Podgorica and hurled a hand grenade into its grounds "
        "shortly after midnight, police said.",
        "2018-02-22",
        "actor1",
        "Sole Perpetrator (Montenegro)",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)


# name, text, publication date: texts whose type rests on what a classifier of words cannot read
FIRM: list[FirmCase] = [
    (
        # the crowd's violence decides, however loud the tear gas reads
        "a_riot_the_police_answered_keeps_its_type",
        "Police fired tear gas and rubber bullets at students who hurled petrol bombs and bricks from the "
        "roof "
        "of a lecture hall at a university in Santiago on Thursday.",
        "2019-11-22",
    ),
    (
        # who took the town from whom decides, not the word "captured"
        "ground_taken_from_rebels_by_troops_keeps_its_type",
        "Sri Lankan troops captured the town of Mullaittivu on Sunday after Tamil Tiger rebels pulled back "
        "under heavy attack, the military said.",
        "2009-01-26",
    ),
]


test_the_classifier_may_not_retype = firm_type_test(FIRM)


# name, text, publication date, the second actor of the story's arrest
ARRESTS: list[tuple[str, str, str, str]] = [
    (
        "a_man_detained_on_suspicion_after_an_attack_is_held_as_its_doers",
        "Unknown attackers threw petrol bombs at a mosque in the town of Eslov early on Sunday, police said. "
        "Officers later detained a 24-year-old man on suspicion of involvement.",
        "2020-03-02",
        "Unidentified Armed Group (Sweden)",
    ),
    (
        "people_arrested_in_a_story_of_a_riot_are_rioters",
        "Hundreds of youths hurled stones at police in the suburb of Rinkeby on Saturday night. Police "
        "arrested 40 people.",
        "2020-03-02",
        "Rioters (Sweden)",
    ),
    (
        "a_man_arrested_after_a_lone_attack_is_its_perpetrator",
        "A man armed with a knife stabbed three people at the railway station in Hamburg on Monday, police "
        "said. He was arrested at the scene.",
        "2020-03-02",
        "Sole Perpetrator (Germany)",
    ),
    (
        "men_arrested_for_planning_an_attack_are_an_armed_group",
        "Police arrested four men in Utrecht on Thursday on suspicion of planning an attack on a concert, "
        "prosecutors said.",
        "2019-05-10",
        "Unidentified Armed Group (Netherlands)",
    ),
]


@pytest.mark.parametrize(("name", "text", "published", "expected"), ARRESTS, ids=[a[0] for a in ARRESTS])
def test_the_arrested_are_held_as_the_doers(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: str
) -> None:
    """Whoever an arrest takes after the story's act is named as its doers are, not as civilians."""
    arrests = [e for e in story_events(pipeline, tmp_path, text, published) if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor2 == expected, name
