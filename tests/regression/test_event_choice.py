"""Regressions in choosing which event a sentence reports, each named after what went wrong.

The texts are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from frontwatch.runner import Pipeline
from stories import sub_event_type_test

from .test_place_false_positives import extract

# name, text, publication date, the sub-event type of the first event (None: no event at all)
CASES = [
    (
        "withdrawal_in_an_after_clause_leaves_the_fighting_first",
        "Heavy fighting broke out between the army and armed groups around Ber on Sunday, a day "
        "after peacekeepers pulled out of their camp in the town, the mission said.",
        "2023-11-01",
        "Armed clash",
    ),
    (
        "a_capture_in_a_relative_clause_is_background",
        "Russian troops have left Snake Island, which they seized on the first day of the war, "
        "Moscow said on Thursday.",
        "2022-06-30",
        "Non-violent transfer of territory",
    ),
    (
        "the_cause_blamed_in_a_relative_clause_still_counts",
        "An explosion at a hospital in Gaza City on Tuesday killed dozens of people, according to "
        "the health ministry, which blamed an Israeli air strike.",
        "2023-11-01",
        "Air/drone strike",
    ),
    (
        "a_single_gunman_is_armed",
        "A gunman opened fire at a shrine in Shiraz on Wednesday, killing 13 people, state media said.",
        "2022-10-26",
        "Attack",
    ),
    (
        "shot_dead_is_an_attack_without_a_named_weapon",
        "A city councillor was shot dead in her car in Rio de Janeiro on Wednesday night, police said.",
        "2018-03-15",
        "Attack",
    ),
    (
        "soldiers_detaining_the_president_is_a_coup_not_an_arrest",
        "Mutinous soldiers detained the country's president at his home in the capital on Tuesday "
        "and took him to their barracks, officials said.",
        "2020-08-18",
        "Other",
    ),
    (
        "police_detaining_a_former_president_is_an_arrest",
        "Police detained former president Jair Bolsonaro at his home in Brasilia on Saturday, officers said.",
        "2025-11-22",
        "Arrests",
    ),
    (
        "people_missing_after_a_dam_collapse_are_not_abducted",
        "A dam at a mine collapsed near the town on Friday, burying homes under mud; hundreds of "
        "people were missing, the fire service said.",
        "2019-01-25",
        None,
    ),
    (
        "protest_dispersed_by_shots_in_the_air_is_an_intervention",
        "Residents protested in Kherson on Sunday against the occupation. The protest was "
        "dispersed by Russian forces, who fired shots in the air.",
        "2022-04-10",
        "Protest with intervention",
    ),
    (
        "forces_killing_at_a_protest_use_excessive_force",
        "Residents protested in Nova Kakhovka on Monday against the occupation of the town. "
        "Russian forces opened fire, killing one person and wounding seven.",
        "2022-03-07",
        "Excessive force against protesters",
    ),
    (
        "grenade_in_an_after_clause_is_the_weapon_of_the_blast",
        "An explosion tore through a rally in the capital on Saturday, killing one person, after "
        "an attacker threw a grenade towards the stage, officials said.",
        "2018-06-23",
        "Grenade",
    ),
    (
        "captured_cars_are_property_not_ground",
        "Russian soldiers looted shops and captured cars in Polohy on Tuesday, residents said.",
        "2022-03-08",
        "Looting/property destruction",
    ),
    (
        "a_column_on_the_move_is_a_change_of_activity",
        "A column of Russian military vehicles was moving towards Orikhiv on Thursday, local officials said.",
        "2022-03-03",
        "Change to group/activity",
    ),
    (
        "people_who_gathered_to_protest_did_protest",
        "About a thousand people gathered in the centre of Berdiansk on Monday to protest against "
        "the occupation.",
        "2022-02-28",
        "Peaceful protest",
    ),
    (
        "forces_that_continued_to_shell_a_town_shelled_it",
        "Russian forces continued to shell Marinka on Tuesday.",
        "2022-03-22",
        "Shelling/artillery/missile attack",
    ),
    (
        "an_air_force_school_is_not_an_air_strike",
        "A truck packed with explosives blew up near an air force school in Cali on Thursday, "
        "killing six civilians, the mayor said.",
        "2021-06-10",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_scene_setting_clause_does_not_lead_the_story",
        "Explosive-laden drones struck central Kyiv on Monday morning, killing at least four "
        "people.\n\nThe attack came a week after Russia fired dozens of missiles at Kyiv and other "
        "cities.",
        "2022-10-17",
        "Air/drone strike",
    ),
    (
        "a_coup_attempt_fought_out_is_a_clash",
        "BISSAU — Men in army uniforms attacked the government palace on Tuesday afternoon in what the "
        "president later called a failed coup attempt, and the fighting lasted five hours, officials said.",
        "2022-02-02",
        "Armed clash",
    ),
    (
        "killing_an_officer_is_a_fight_not_an_attack_on_civilians",
        "A gunman walked into a police post in the town of Nalchik on Monday and opened fire, killing one "
        "officer and wounding two before he was shot dead, officials said.",
        "2023-03-07",
        "Armed clash",
    ),
    (
        "a_village_after_the_patrol_is_where_not_whom",
        "Rebels opened fire on an army patrol near the village of Tabou on Monday, killing three soldiers, "
        "the military said.",
        "2021-05-04",
        "Armed clash",
    ),
    (
        "a_bomb_at_a_rally_is_a_bombing_not_the_police_force",
        "A bomb exploded at an election rally in Mastung on Friday, killing 20 people and wounding dozens, "
        "officials said.",
        "2018-07-14",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_crowd_turning_on_residents_is_a_mob",
        "Youths loyal to a local strongman attacked residents from other communities in Kisumu on Sunday and "
        "burned dozens of homes as police moved into the town, witnesses said.",
        "2017-08-14",
        "Mob violence",
    ),
    (
        "the_arrest_of_a_protest_organiser_is_an_arrest",
        "Police in Conakry arrested Oumar Sylla, an organiser of months of protests against a third "
        "presidential term, on Friday, his lawyer said.",
        "2020-10-03",
        "Arrests",
    ),
    (
        "detentions_as_crowds_march_are_an_intervention",
        "Police detained more than 200 people in Minsk on Sunday as tens of thousands marched against the "
        "disputed election, a rights group said.",
        "2020-08-24",
        "Protest with intervention",
    ),
    (
        "stones_thrown_by_a_crowd_are_a_riot",
        "Riot police fired tear gas at hundreds of young men who threw stones at the border fence near Ceuta "
        "on Tuesday, the interior ministry said.",
        "2021-05-19",
        "Violent demonstration",
    ),
    (
        "soldiers_firing_on_marchers_use_excessive_force",
        "Soldiers opened fire on thousands of farmers marching towards the capital on Monday, killing four, "
        "witnesses said.",
        "2019-02-12",
        "Excessive force against protesters",
    ),
    (
        "a_rugby_ambush_is_no_ambush",
        "Ireland ambushed the All Blacks 29-20 in Chicago on Saturday to win their first test against New "
        "Zealand in 111 years.",
        "2016-11-06",
        None,
    ),
    (
        "troops_storming_beaches_in_a_drill_fight_no_one",
        "Thousands of troops stormed beaches in Estonia on Wednesday as NATO launched its largest "
        "exercise in the Baltic this year.",
        "2022-06-08",
        None,
    ),
    (
        "beheadings_on_a_football_pitch_are_no_game",
        "Insurgents turned a village football pitch in Muidumbe district into an execution ground over the "
        "weekend, beheading more than 50 people, state media reported.",
        "2020-11-10",
        "Attack",
    ),
    (
        "crude_bombs_hurled_at_a_crowd_are_grenades",
        "Attackers hurled crude bombs at a crowd gathered for a religious festival in Dinajpur on Saturday "
        "night, wounding at least ten people, police said.",
        "2015-12-06",
        "Grenade",
    ),
    (
        "brawls_between_communities_are_mob_violence",
        "At least five people were killed when brawls between two communities in the village of Sortobe "
        "escalated into arson on Friday night, officials said.",
        "2020-02-09",
        "Mob violence",
    ),
    (
        "arrangements_for_patrolling_a_frontier_are_an_agreement",
        "India and China have agreed on arrangements for patrolling along their disputed frontier, the "
        "foreign secretary said on Monday.",
        "2024-10-21",
        "Agreement",
    ),
    (
        "shelling_that_wrecks_a_football_stadium_is_no_game",
        "Russian forces shelled Chernihiv on Thursday, destroying a football stadium and cutting the power, "
        "officials said.",
        "2022-03-11",
        "Shelling/artillery/missile attack",
    ),
    (
        "fire_on_a_column_of_civilians_is_an_attack_whoever_died",
        "Russian forces fired on a column of civilians fleeing Bucha on Friday, as a result of which a "
        "policeman escorting them was killed.",
        "2022-03-05",
        "Attack",
    ),
    (
        "talks_held_since_march_are_no_march",
        "Ukraine and Russia have not held face-to-face peace talks since 29 March, officials said.",
        "2022-05-30",
        None,
    ),
    (
        "a_campus_troops_blew_up_is_destroyed_property",
        "Palestinian officials said Israeli troops had blown up a university campus south of Gaza City on "
        "Wednesday after using it as a base.",
        "2024-01-20",
        "Looting/property destruction",
    ),
    (
        "farmers_protesting_who_storm_a_court_riot",
        "Hundreds of farmers protesting the killing of a farm manager stormed a courthouse in Senekal on "
        "Friday and set a police van alight, police said.",
        "2020-10-17",
        "Violent demonstration",
    ),
    (
        "a_band_called_riot_is_no_riot",
        "Pyotr Verzilov, a member of the Pussy Riot protest group, told reporters in Berlin on Tuesday "
        "that he would return to Moscow.",
        "2018-09-18",
        None,
    ),
    (
        "taking_part_in_demonstrations_is_protesting",
        "Organisers said about 500,000 people took part in demonstrations nationwide on Saturday, including "
        "large gatherings in Haifa and Beersheba.",
        "2023-03-12",
        "Peaceful protest",
    ),
    (
        # a fire bomb thrown by attackers is a grenade, as the development set codes thrown petrol bombs
        # (docs/devset.md) and as ACLED codes thrown incendiaries; it was property destruction before
        "firebombs_thrown_at_mosques_are_a_grenade",
        "Attackers threw firebombs at two mosques in Malmo overnight, scorching their doors but hurting no "
        "one, police said.",
        "2019-06-10",
        "Grenade",
    ),
    (
        "rebels_agreeing_to_leave_a_town_agree",
        "Rebels in the besieged town of Daraya agreed with the government on Thursday to leave for Idlib "
        "under a deal that ends four years of siege, a local council said.",
        "2016-08-26",
        "Agreement",
    ),
    (
        "explosives_found_before_a_plot_disrupt_it",
        "Police found bomb-making material in a flat in Lyon on Tuesday and were searching for two men "
        "suspected of planning an attack on a stadium, prosecutors said.",
        "2019-05-29",
        "Disrupted weapons use",
    ),
    (
        "a_reporter_taken_by_unidentified_men_was_abducted",
        "A reporter was taken from his home in Kibondo, in western Tanzania, by unidentified men on Monday, "
        "his employer said.",
        "2019-03-12",
        "Abduction/forced disappearance",
    ),
    (
        "the_side_that_fired_first_does_not_answer_itself",
        "Indian shells hit a bus near Kel in Pakistani Kashmir on Wednesday, killing seven passengers, the "
        "Pakistani army said. India said its troops had responded to Pakistani fire.",
        "2016-11-24",
        "Shelling/artillery/missile attack",
    ),
    (
        "the_protests_referred_to_are_the_ones_told",
        "Police fired tear gas to disperse students marching on parliament in Kampala on Monday. The "
        "protests, now in their second week, began over a rise in fees.",
        "2019-10-22",
        "Protest with intervention",
    ),
    (
        "the_riot_the_police_answered_is_the_story",
        "Police fired tear gas late on Tuesday after protesters threw bottles outside parliament in Tbilisi. "
        "Several people were detained, police said.",
        "2019-06-21",
        "Violent demonstration",
    ),
]


test_first_event = sub_event_type_test(CASES)


def test_a_single_gunman_counts_the_dead(pipeline: Pipeline, tmp_path: Path) -> None:
    text = dict((c[0], c[1]) for c in CASES)["a_single_gunman_is_armed"]
    assert extract(pipeline, tmp_path, text, "2022-10-26")[0].fatalities == 13


def test_the_intervening_force_is_the_second_actor(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "protest_dispersed_by_shots_in_the_air_is_an_intervention")
    assert extract(pipeline, tmp_path, case[1], case[2])[0].actor2 == "Military Forces of Russia (2000-)"


def test_excessive_force_keeps_the_toll(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "forces_killing_at_a_protest_use_excessive_force")
    assert extract(pipeline, tmp_path, case[1], case[2])[0].fatalities == 1


def test_shelling_continued_is_asserted(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "forces_that_continued_to_shell_a_town_shelled_it")
    assert extract(pipeline, tmp_path, case[1], case[2])[0].modality == "asserted"


def test_a_scene_setting_clause_codes_no_clash(pipeline: Pipeline, tmp_path: Path) -> None:
    case = next(c for c in CASES if c[0] == "a_scene_setting_clause_does_not_lead_the_story")
    assert all(e.sub_event_type != "Armed clash" for e in extract(pipeline, tmp_path, case[1], case[2]))


def test_responsibility_claimed_later_for_the_attack_is_no_second_attack(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "claimed responsibility for the attack" after the attack is told refers back to it (only a story
    that opens with the claim tells its act there)."""
    events = extract(
        pipeline,
        tmp_path,
        "QUETTA — Gunmen blew up a railway track and opened fire on a passenger train in Balochistan on "
        "Tuesday, killing at least 20 people, officials said. The Baloch Liberation Army claimed "
        "responsibility for the brazen attack.",
        "2025-03-12",
    )
    assert len([e for e in events if e.sub_event_type == "Armed clash"]) <= 1
    assert len(events) == 1


def test_a_denial_by_another_source_stays_its_own_claim(pipeline: Pipeline, tmp_path: Path) -> None:
    """A sentence that names no day goes on with the story's day, so the accusation and the denial fall on one
    day: two sources speak, and each claim stays apart."""
    events = extract(
        pipeline,
        tmp_path,
        "WASHINGTON — The United States on Wednesday accused Russia of using the choking agent "
        "chloropicrin against Ukrainian troops. The Kremlin rejected the accusation and said "
        "Russia kept to the Chemical Weapons Convention.",
        "2024-05-02",
    )
    assert sorted(e.modality for e in events) == ["claimed", "denied"]


def test_a_negated_remark_about_an_arrest_told_is_no_claim_of_its_own(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "X's arrest was not a reflection of press freedom": a remark by another source about an arrest the
    reporter tells is no denial that stands apart (only what one side claims another denies)."""
    events = extract(
        pipeline,
        tmp_path,
        "HARARE — Police arrested journalist Tendai Moyo in Harare on Tuesday over his interviews with an "
        "opposition politician, his lawyer Peter Chari said. A government spokesman, Simon Dube, also said "
        "Moyo's arrest was not a reflection of the state of press freedom in the country.",
        "2025-03-05",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_the_blasts_that_went_off_are_the_bombings_told(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "The blasts ... went off at 9 p.m." after the bombings are told restates them: no second event."""
    events = extract(
        pipeline,
        tmp_path,
        "AMMAN — Al-Qaida in Iraq claimed responsibility on Thursday for suicide bombings at three hotels in "
        "Amman that killed 57 people, officials said. The blasts at the three hotels went off shortly before "
        "9 p.m. on Wednesday.",
        "2005-11-10",
    )
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_goods_seized_leave_the_sentence_to_the_proposer() -> None:
    """The rule for a named man captured or seized reads only words before a name: "seized three lorries"
    is no arrest, and a sentence whose only such word takes goods stays open to the proposer."""
    from frontwatch.extract.proposals import open_to_proposal

    assert open_to_proposal("Militiamen seized three lorries of food aid near the border on Monday.")
    assert not open_to_proposal("French agents seized Carlos in Khartoum on Sunday.")


def test_the_liberation_of_a_village_after_the_word_the_is_still_regained(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # the exclusion of "the liberated south-east" once shut out every "the liberation of"
    events = extract(
        pipeline,
        tmp_path,
        "Ukrainian troops completed the liberation of the village of Andriivka on Sunday, the army said.",
        "2023-09-17",
    )
    assert events and events[0].sub_event_type == "Government regains territory"
