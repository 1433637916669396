"""Sub-event types and fields of wordings met in fresh news text: force on a crowd that was itself violent,
crowds turning on people, a mosque or a protest, bombs disarmed or found, ceasefires signed or taking effect,
armed groups that change their ways, what a prosecutor alleges or a sanction cites (no event), and names
that are no place (a man's nickname, a cafe's name).

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "anti_government_protesters_killed_by_fire",
        "KHARTOUM — Soldiers firing from pickup trucks killed at least 30 anti-government protesters outside "
        "the army headquarters in Khartoum on Monday, a doctors' committee said.",
        "2019-06-04",
        "Excessive force against protesters",
    ),
    (
        "stone_throwing_youths_met_by_forces_riot",
        "CONAKRY — Two people were killed on Thursday as security forces clashed with stone-throwing youths "
        "in Conakry after an opposition march, officials said.",
        "2020-01-17",
        "Violent demonstration",
    ),
    (
        "fire_on_a_crowd_hurling_stones_meets_a_riot",
        "KINSHASA — Three people were killed on Tuesday when police opened fire as hundreds of opposition "
        "supporters hurled stones outside the electoral commission in Kinshasa, a rights group said.",
        "2016-09-21",
        "Violent demonstration",
    ),
    (
        "fire_on_rioters_meets_a_riot",
        "Police opened fire on rioters protesting against higher fuel prices in Port-au-Prince on Saturday, "
        "killing three people, officials said.",
        "2018-07-08",
        "Violent demonstration",
    ),
    (
        "a_crowd_attacking_a_mosque_is_a_mob",
        "COLOMBO — A crowd led by nationalist monks attacked a mosque in Aluthgama on Sunday evening, "
        "throwing stones at worshippers, police said.",
        "2014-06-16",
        "Mob violence",
    ),
    (
        "a_crowd_turning_on_protesters_is_a_mob",
        "KYIV — Hundreds of men in tracksuits, backed by government supporters, charged into the protest camp"
        " on Tuesday and fought running battles with anti-government protesters, witnesses said.",
        "2014-02-19",
        "Mob violence",
    ),
    (
        "protesters_who_kill_staff_are_a_mob",
        "Protesters angered by a sermon overran an aid agency's compound in the town on Friday, killing four "
        "foreign staff, officials said.",
        "2019-05-11",
        "Mob violence",
    ),
    (
        "a_school_stormed_and_its_pupils_taken",
        "KATSINA — Gunmen stormed a boarding school in Kankara on Friday night as students slept and abducted"
        " more than 300 boys, officials said.",
        "2020-12-12",
        "Abduction/forced disappearance",
    ),
    (
        "a_car_bomb_disarmed_is_disrupted",
        "LONDON — Police bomb experts disarmed a car bomb packed with gas cylinders outside a nightclub in "
        "central London early on Friday, police said.",
        "2007-06-29",
        "Disrupted weapons use",
    ),
    (
        "a_parcel_bomb_found_on_a_plane_is_disrupted",
        "LONDON — A device found on a cargo plane at the airport was a viable bomb, one of two parcel bombs "
        "intercepted after a tip-off, police said on Saturday.",
        "2010-10-30",
        "Disrupted weapons use",
    ),
    (
        "responsibility_for_the_suicide_bombing_names_the_event",
        "KABUL — The Taliban claimed responsibility on Sunday for the suicide car bombing of a NATO convoy in"
        " Kabul, in which officials said 12 people were killed.",
        "2013-05-16",
        "Suicide bomb",
    ),
    (
        "helicopters_and_jets_attacking_posts_strike_from_the_air",
        "BAGHDAD — Coalition helicopters and jets attacked two border posts near Al Qaim before dawn on "
        "Monday, killing nine guards, the army said.",
        "2005-05-09",
        "Air/drone strike",
    ),
    (
        "a_ceasefire_signed_needs_no_armed_word",
        "YANGON — The government and the New Mon State Party signed a ceasefire in Mawlamyine on Wednesday, "
        "negotiators said.",
        "2012-02-01",
        "Agreement",
    ),
    (
        "a_truce_that_took_effect_is_an_agreement",
        "A truce between the two sides brokered by Qatar held through the night after taking effect at 7 a.m."
        " on Friday, ending seven weeks of fighting.",
        "2023-11-25",
        "Agreement",
    ),
    (
        "rebels_marching_into_a_city_take_it",
        "GOMA — Rebel fighters marched into Bukavu on Sunday, taking the provincial capital as government "
        "troops withdrew, a rebel spokesman said.",
        "2025-02-16",
        "Non-state actor overtakes territory",
    ),
    (
        "celebratory_gunfire_is_no_event",
        "Rebels were celebrating in the streets of the town and firing into the air on Monday, a commander "
        "said.",
        "2011-08-24",
        None,
    ),
    (
        "driven_out_before_cheering_crowds_is_ground_regained",
        "BAMAKO — The army has driven the rebels out of the town of Kidal by force, the president told "
        "cheering crowds in the capital on Friday.",
        "2023-11-17",
        "Government regains territory",
    ),
    (
        "a_group_that_will_stop_kidnapping_changes",
        "The rebel group said on Monday it would stop kidnapping foreigners for ransom, in a statement posted"
        " online.",
        "2012-02-27",
        "Change to group/activity",
    ),
    (
        "an_end_to_an_armed_struggle_announced_changes_the_group",
        "ANKARA — The Kurdish militant group announced on Friday an end to its armed struggle, in a statement"
        " read out at a congress in northern Iraq.",
        "2025-05-12",
        "Change to group/activity",
    ),
    (
        "factions_merged_into_a_new_group",
        "BEIRUT — Four jihadist factions in northern Syria merged into a new group on Saturday, a statement "
        "said.",
        "2017-01-28",
        "Change to group/activity",
    ),
    (
        "a_march_is_not_escalated_by_a_riot_in_another_town",
        "ALGIERS — Thousands marched peacefully through Algiers on Friday to demand reforms. In the town of "
        "Bejaia, however, rioters set fire to a tax office on Friday evening, officials said.",
        "2019-03-09",
        "Peaceful protest",
    ),
    (
        "police_told_not_to_break_up_a_camp_did_not",
        "MADRID — Police, who had been ordered not to break up the camp, watched as students protesting "
        "against unemployment sang in the square on Sunday night.",
        "2011-05-23",
        "Peaceful protest",
    ),
    (
        "a_drill_rehearsing_an_attack_is_no_event",
        "SEOUL — Sirens sounded across Seoul on Wednesday as the country held its annual civil defence "
        "exercise, which rehearses the response to an artillery attack from the North.",
        "2017-08-23",
        None,
    ),
    (
        "a_prosecutors_allegation_is_no_event",
        "THE HAGUE — The trial of a former militia leader opened on Tuesday. Prosecutors say he ordered a "
        "campaign of killings and rape against villagers in Ituri in 2003.",
        "2009-01-27",
        None,
    ),
    (
        "a_failure_to_end_kidnappings_is_no_event",
        "ABUJA — The president replaced his defence minister on Monday, who had been criticised for failing "
        "to end a wave of kidnappings in the north.",
        "2021-01-27",
        None,
    ),
    (
        "sanctions_citing_abuses_are_no_event",
        "LONDON — Britain imposed sanctions on two militia commanders on Thursday, citing abuses that "
        "included killings of civilians and sexual violence in Darfur.",
        "2024-03-14",
        None,
    ),
    (
        "deaths_after_a_dispersal_make_its_force_excessive",
        "KAMPALA — Riot police used tear gas and batons on Saturday to disperse thousands of opposition "
        "supporters in Kampala. At least one person was killed by gunfire, witnesses said.",
        "2011-04-16",
        "Excessive force against protesters",
    ),
    (
        "a_wife_seized_after_a_killing_is_an_abduction",
        "NAIROBI — Gunmen raided a beach resort on the island of Lamu early on Sunday, shooting dead a "
        "British man and seizing his wife, police said.",
        "2011-09-12",
        "Abduction/forced disappearance",
    ),
    (
        "a_protest_that_turned_into_battles_is_a_riot",
        "SYDNEY — A protest against a film turned into running battles with officers outside the consulate on"
        " Saturday, police said.",
        "2012-09-16",
        "Violent demonstration",
    ),
    (
        "a_thousand_people_chanting_protest",
        "NUUK — Around a thousand people walked through Nuuk on Saturday, waving the national flag and "
        "chanting that the island was not for sale.",
        "2025-03-16",
        "Peaceful protest",
    ),
    (
        "the_part_of_a_city_entered_is_ground_not_a_person",
        "On 12 July 2018, government forces entered Daraa al-Balad, the rebel-held part of Daraa city, and "
        "raised the Syrian flag.",
        "2018-07-13",
        "Government regains territory",
    ),
    (
        "a_bomb_in_a_van_that_tore_through_is_a_bombing",
        "ANKARA — A bomb in a parked car tore through a bus stop in central Ankara on Sunday evening, killing"
        " 37 people, officials said.",
        "2016-03-14",
        "Remote explosive/landmine/IED",
    ),
    (
        "marchers_pushed_back_and_hemmed_in_met_an_intervention",
        "MINSK — Riot police sealed off the main avenue to stop a banned march on Saturday, and hundreds of "
        "demonstrators who gathered were pushed back and hemmed in for hours.",
        "2011-07-04",
        "Protest with intervention",
    ),
    (
        "protesters_from_abroad_named_with_initials_who_kill_staff_are_a_mob",
        "JALALABAD, Afghanistan — Protesters enraged by a film made by a U.S. preacher overran a mission "
        "compound in Jalalabad on Friday, killing four foreign staff, officials said.",
        "2012-09-15",
        "Mob violence",
    ),
    (
        "army_vehicles_driven_into_protesters_are_excessive_force",
        "CAIRO — At least 20 people were killed on Sunday night when army vehicles drove into crowds "
        "protesting outside the state broadcaster and troops opened fire, witnesses said.",
        "2011-10-10",
        "Excessive force against protesters",
    ),
    (
        "fire_answered_with_howitzers_stays_a_shelling",
        "SEOUL — North Korea fired dozens of shells onto a border island on Tuesday, killing two marines, the"
        " military said. South Korean forces fired back with self-propelled howitzers.",
        "2010-11-23",
        "Shelling/artillery/missile attack",
    ),
    (
        "riots_of_a_past_year_are_no_riot_today",
        "DOUALA — Police on Wednesday dispersed with water cannon a gathering of the opposition which wanted "
        "to remember the victims of the hunger riots of February 2008.",
        "2011-02-24",
        "Protest with intervention",
    ),
    (
        "protesters_who_blame_the_U.N._and_throw_stones_riot",
        "CAP-HAITIEN — Two people were killed on Monday as protesters who blame U.N. peacekeepers for the "
        "epidemic threw stones at troops and burned tyres, officials said.",
        "2010-11-16",
        "Violent demonstration",
    ),
    (
        "gangs_roaming_and_burning_homes_are_a_mob",
        "OSH — Gangs of young men armed with sticks and iron bars roamed the city on Friday, setting fire to "
        "homes and shops in Uzbek districts, witnesses said.",
        "2010-06-12",
        "Mob violence",
    ),
    (
        "rebels_who_took_charge_of_a_province_took_ground",
        "SANAA — Rebels have taken charge of the northern province of Saada and installed one of their "
        "supporters as governor, local officials said on Sunday.",
        "2011-03-27",
        "Non-state actor overtakes territory",
    ),
    (
        "talks_without_agreement_is_no_event",
        "GENEVA — Peace talks between the government and the rebels ended on Friday without agreement, with "
        "both sides blaming each other for the fighting that has killed thousands.",
        "2006-10-28",
        None,
    ),
    (
        "war_film_premiere_is_no_event",
        "CANNES — A film about the siege of Sarajevo, in which snipers killed hundreds of civilians, "
        "premiered at the festival on Saturday to a standing ovation.",
        "2008-05-17",
        None,
    ),
    (
        "asat_test_is_no_event",
        "BEIJING — China used a ground-based missile to destroy one of its own old weather satellites in "
        "orbit last week, U.S. officials said on Thursday, raising concern about debris.",
        "2007-01-18",
        None,
    ),
    (
        "chemical_stockpile_destroyed_is_no_event",
        "TIRANA — The army has finished destroying the country's stockpile of chemical weapons at a site near"
        " Tirana, officials said, making it the first nation to rid itself of such arms.",
        "2007-07-11",
        None,
    ),
    (
        "medal_citation_is_no_event",
        "LONDON — A private who carried two wounded comrades under fire during an ambush in Helmand was "
        "awarded the George Cross on Friday, the defence ministry said.",
        "2008-12-12",
        None,
    ),
    (
        "un_report_past_year_is_no_event",
        "KABUL — The United Nations said on Tuesday that 2,118 civilians were killed in the war last year, "
        "the highest toll since the fall of the Taliban, most of them by insurgents.",
        "2009-01-13",
        None,
    ),
    (
        "landmine_free_is_no_event",
        "MAPUTO — Mozambique was declared free of landmines on Thursday, two decades after the end of a civil"
        " war that left the countryside strewn with mines.",
        "2015-09-17",
        None,
    ),
]


test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_cafe_named_after_a_village_is_in_its_town",
        "MARRAKESH — A bomb tore through the Argana cafe on Marrakesh's main square on Thursday, killing 14 "
        "people, officials said.",
        "2011-04-28",
        "location",
        "Marrakesh",
    ),
    (
        "a_consulate_abroad_does_not_move_the_police",
        "SYDNEY — Protesters angry at a film fought running battles with police outside the US consulate in "
        "Sydney on Saturday, police said.",
        "2012-09-16",
        "actor2",
        "Police Forces of Australia (2010-2013)",
    ),
    (
        "a_sentence_without_a_day_goes_on_with_the_story",
        "TEL AVIV — The protest movement held its biggest rally yet on Saturday night. Police estimated that "
        "about 300,000 people filled the streets of Tel Aviv to demand cheaper housing.",
        "2011-09-04",
        "event_date",
        "2011-09-03",
    ),
    (
        "the_same_act_told_again_names_its_source",
        "KAMPALA — Rebels attacked a school in western Uganda late on Friday, killing at least 40 people. "
        "Police said the attackers killed pupils in their dormitory at the school in Mpondwe, in Kasese "
        "district.",
        "2023-06-17",
        "claimant",
        "Police",
    ),
    (
        # the arson told after is a record of its own; the lead's killing stays the story's event
        "the_leads_attack_comes_before_the_arson_told_after",
        "KAMPALA — Rebels attacked a school in western Uganda late on Friday, killing at least 40 people. "
        "Police said the attackers set fire to a dormitory at the school in Mpondwe, in Kasese district.",
        "2023-06-17",
        "sub_event_type",
        "Attack",
    ),
    (
        "a_nicknamed_man_is_no_place",
        "KINGSTON — Soldiers and police stormed the Tivoli Gardens district of West Kingston on Monday and "
        "fought gunmen loyal to Christopher 'Dudus' Coke, a gang leader wanted in the United States.",
        "2010-05-25",
        "location",
        "Kingston",
    ),
    (
        "a_man_wanted_abroad_does_not_move_the_fight",
        "KINGSTON — Soldiers and police stormed a district of West Kingston on Monday and fought gunmen loyal"
        " to a gang leader who is wanted in the United States, officials said.",
        "2010-05-25",
        "actor2",
        "Unidentified Armed Group (Jamaica)",
    ),
    (
        "the_doers_named_as_from_a_group_are_its_men",
        "KAMPALA — Rebels attacked a secondary school near the border with Congo late on Friday, killing 41 "
        "people, police said. Police said the attackers, from the Allied Democratic Forces, also abducted six"
        " students.",
        "2023-06-17",
        "actor1",
        "ADF: Allied Democratic Forces",
    ),
    (
        "a_bomb_disarmed_by_police_was_an_unnamed_groups",
        "LONDON — Police bomb experts disarmed a car bomb packed with gas cylinders outside a nightclub in "
        "central London early on Friday, police said.",
        "2007-06-29",
        "actor2",
        "Unidentified Armed Group (United Kingdom)",
    ),
    (
        "a_mob_that_fought_protesters_fought_protesters",
        "KYIV — Hundreds of men in tracksuits, backed by government supporters, charged into the protest camp"
        " on Tuesday and fought running battles with anti-government protesters, witnesses said.",
        "2014-02-19",
        "actor2",
        "Protesters (Ukraine)",
    ),
    (
        "a_deal_signed_abroad_by_a_party_is_placed_at_home",
        "RIYADH — Yemeni President Ali Abdullah Saleh signed a Gulf-brokered deal in Riyadh on Wednesday "
        "under which he hands his powers to his deputy after months of protests.",
        "2011-11-23",
        "location",
        "Yemen",
    ),
    (
        "a_deal_named_for_a_city_is_no_place",
        "ADDIS ABABA — Ethiopia's election board said on Wednesday it had revoked the registration of the "
        "Tigray People's Liberation Front. The TPLF called the decision a violation of the Pretoria peace "
        "agreement.",
        "2025-05-15",
        "location",
        "Addis Ababa",
    ),
    (
        "talks_abroad_do_not_move_the_shelling",
        "TRIPOLI — Eastern forces shelled Tripoli's seaport on Tuesday, port officials said, and the "
        "government suspended its part in military talks in Geneva.",
        "2020-02-18",
        "location",
        "Tripoli",
    ),
    (
        "a_framework_signed_abroad_is_placed_at_home",
        "DOHA — Congo's government and the rebel alliance signed a framework agreement in Doha on Saturday "
        "setting out the path to a comprehensive peace deal, though fighting went on in parts of South Kivu.",
        "2025-11-15",
        "location",
        "Sud-Kivu",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
