"""Who did it, where the sentence's grammar alone does not say: the body armed men belong to, the party
blamed in a later clause, one attacker the story tells of."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Pipeline
from stories import doer, other_side, story_events

# name, text, publication date, sub-event type and first actor of the first event
DOER_CASES = [
    (
        "a_party_whose_rally_a_grenade_is_thrown_into_is_its_target",
        "A grenade thrown into a BNP rally in Khulna on Sunday evening killed two party workers and wounded "
        "dozens, police said.",
        "2005-03-14",
        ("Grenade", "Unidentified Armed Group (Bangladesh)"),
    ),
    (
        "hong_kongs_police_are_chinas_branch_there",
        "HONG KONG — Police fired tear gas at protesters who blocked a road in Causeway Bay on Sunday "
        "evening, officers said.",
        "2019-08-12",
        ("Protest with intervention", "Protesters (China)"),
    ),
    (
        "an_alliance_formed_to_fight_a_group_is_not_that_groups_change",
        "Armed groups in Iraq's Anbar province announced on Monday that they had formed a new alliance to "
        "fight Islamic State.",
        "2015-10-12",
        ("Change to group/activity", "Unidentified Armed Group (Iraq)"),
    ),
    (
        "the_democratic_forces_of_syria_are_the_sdf",
        "Arab and Syriac armed groups announced on Monday in Hasakah that they had formed a new alliance, "
        "the Democratic Forces of Syria.",
        "2015-10-12",
        ("Change to group/activity", "SDF: Syrian Democratic Forces"),
    ),
    (
        "soldiers_who_detain_a_lawmaker_are_the_army_not_the_police",
        "GULU, Uganda — Soldiers detained an opposition lawmaker at a roadblock outside Gulu on Saturday and "
        "drove him to an unknown place, his party said.",
        "2019-04-21",
        ("Arrests", "Military Forces of Uganda (1986-)"),
    ),
    (
        "soldiers_who_are_arrested_leave_the_arrest_to_the_police",
        "BAMAKO — Police arrested two officers and a dozen soldiers in Bamako on Thursday over a suspected "
        "plot, the security ministry said.",
        "2024-02-09",
        ("Arrests", "Police Forces of Mali (2021-)"),
    ),
    (
        "an_unclaimed_suicide_bombing_in_borno_is_boko_harams",
        "A suicide bomber blew himself up among traders at a cattle market in Konduga on Tuesday, killing "
        "nine people, the emergency agency said.",
        "2019-06-19",
        ("Suicide bomb", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ),
    (
        "a_suicide_bombing_in_somalia_whose_group_is_named_keeps_it",
        "A suicide bomber from the Islamic State's Somali branch blew himself up at a checkpoint in Bosaso "
        "on Monday, killing four soldiers, police said.",
        "2018-05-22",
        ("Suicide bomb", "Islamic State (Somalia)"),
    ),
    (
        "a_suicide_bombing_in_iraq_before_the_caliphate_keeps_its_unknown_doer",
        "A suicide bomber blew himself up at a police recruiting centre in Tikrit on Monday, killing 12 "
        "people, officials said.",
        "2008-03-04",
        ("Suicide bomb", "Unidentified Armed Group (Iraq)"),
    ),
    (
        "an_unclaimed_chemical_attack_in_syrias_war_is_the_states_from_the_air",
        "Medics said nine people were treated for choking after a helicopter dropped a barrel packed with "
        "chlorine on Kafr Zita in Hama province on Friday.",
        "2014-04-12",
        ("Chemical weapon", "Military Forces of Syria (2000-2024)"),
    ),
    (
        "a_notes_label_leaves_the_doer_to_the_words_of_its_act",
        "Property destruction: On 4 March 2015, Islamic State militants destroyed the ruins of Nimrud "
        "(Nineveh) with bulldozers, according to Iraqi officials.",
        "2015-03-06",
        ("Looting/property destruction", "Islamic State"),
    ),
    (
        "militants_destroying_a_temple_destroy_property",
        "Islamic State militants destroyed the ancient Temple of Baalshamin in Palmyra on Sunday, activists "
        "said.",
        "2015-08-25",
        ("Looting/property destruction", "Islamic State"),
    ),
    (
        "separatist_fighters_in_cameroon_are_no_donbas_militia",
        "BAMENDA — A retired cardinal was seized by suspected separatist fighters near Kumbo on Thursday "
        "evening, a church official said.",
        "2020-11-06",
        ("Abduction/forced disappearance", "Ambazonian Separatists"),  # Cameroon's own separatists
    ),
    (
        "an_unclaimed_air_strike_in_sudan_s_war_is_the_army_s",
        "On 10 September 2023, an air strike hit a market in the Mayo area of southern Khartoum (Khartoum). "
        "At least 40 civilians were killed.",
        "2023-09-11",
        ("Air/drone strike", "Military Forces of Sudan (2019-)"),
    ),
    (
        "security_forces_firing_on_a_protest_are_its_police",
        "DARAA — Security forces opened fire on protesters outside the Omari mosque on Friday, killing "
        "four people, residents said.",
        "2011-03-19",
        ("Excessive force against protesters", "Police Forces of Syria (2000-2024)"),
    ),
    (
        "warplanes_led_by_a_state_are_its_forces",
        "SANAA — Saudi-led warplanes bombed Houthi positions around the airport overnight, residents said.",
        "2015-03-26",
        ("Air/drone strike", "Military Forces of Saudi Arabia (2015-)"),
    ),
    (
        "a_party_accused_of_staging_a_scene_is_not_blamed_for_the_strike",
        "ADDIS ABABA — An air strike hit a school in Mekelle on Friday night, killing five people, a "
        "hospital director said. The federal government accused the Tigrayan forces of staging the scene.",
        "2022-08-27",
        ("Air/drone strike", "Military Forces of Ethiopia (2018-)"),
    ),
    (
        "militants_from_a_named_group_are_that_group",
        "Militants from the Islamic State-aligned Eastern Indonesia Mujahideen killed two farmers in Poso "
        "on Sunday, police said.",
        "2020-11-30",
        ("Attack", "MIT: Mujahideen of Eastern Indonesia"),
    ),
    (
        "gangs_belonging_to_a_coalition_are_the_coalition",
        "Gangs belonging to the Viv Ansanm coalition took over the town of Mirebalais on Monday.",
        "2025-04-01",
        ("Non-state actor overtakes territory", "Viv Ansanm"),
    ),
    (
        "members_of_a_cartel_are_the_cartel",
        "Suspected members of the Jalisco New Generation Cartel killed four police officers in an ambush "
        "near Aguililla on Monday, state officials said.",
        "2023-06-06",
        ("Armed clash", "CJNG: Jalisco New Generation Cartel"),
    ),
    (
        "inmates_of_a_gang_killing_prisoners_is_an_attack_by_the_gang",
        "Inmates from the Barrio 18 gang stormed a rival wing of the prison in El Porvenir on Friday, "
        "shooting other prisoners.",
        "2018-05-20",
        ("Attack", "Barrio 18"),
    ),
    (
        "rebels_in_an_ambush_blamed_on_a_named_group_are_that_group",
        "Communist rebels ambushed an army truck in Northern Samar on Friday, killing three soldiers, the "
        "military said, blaming the New People's Army.",
        "2021-08-14",
        ("Armed clash", "NPA: New People's Army"),
    ),
    (
        "a_state_blamed_for_a_fight_with_gunmen_leaves_them_unidentified",
        "Masked gunmen ambushed a police patrol near Zubin Potok on Sunday, killing one officer. Pristina "
        "blamed Serbia for the attack.",
        "2023-09-25",
        ("Armed clash", "Unidentified Armed Group (Kosovo)"),
    ),
    (
        "a_faction_known_only_by_its_apposition_is_blamed",
        "A drone attack killed five soldiers near Jamundi on Tuesday. The governor blamed the Jaime Martinez "
        "Front, a FARC dissident faction.",
        "2024-05-22",
        ("Air/drone strike", "FARC Dissidents"),
    ),
    (
        "a_minister_saying_a_group_was_behind_the_attack_blames_it",
        "A man drove a van loaded with explosives into the gate of a police barracks in Cali on Tuesday and "
        "detonated it, killing six officers, the police said. The defence minister said on Wednesday that "
        "the ELN guerrilla group was behind the attack.",
        "2019-05-10",
        ("Suicide bomb", "ELN: National Liberation Army"),
    ),
    (
        "the_group_the_police_inquiry_looks_at_first_is_suspected",
        "A bomb went off under a parked car outside a police station in Strabane on Friday night, police "
        "said. Police said their main line of inquiry was the New IRA.",
        "2019-05-11",
        ("Remote explosive/landmine/IED", "New IRA"),
    ),
    (
        "attackers_said_to_belong_to_a_group_are_its_men",
        "Gunmen opened fire on a bus carrying Sufi pilgrims near Quetta on Sunday, killing nine people, "
        "police said. Police said the attackers belonged to Lashkar-e-Jhangvi, a banned sectarian group.",
        "2019-05-06",
        ("Attack", "LeJ: Lashkar-e-Jhangvi"),
    ),
    (
        "victims_said_to_belong_to_a_group_do_not_make_it_the_doer",
        "Gunmen opened fire on a bus near Quetta on Sunday, killing nine people, police said. Police said "
        "the victims belonged to the Jamaat-e-Islami party.",
        "2019-05-06",
        ("Attack", "Unidentified Armed Group (Pakistan)"),
    ),
    (
        "a_group_saying_its_members_planted_the_bomb_claims_it",
        "A bomb exploded outside a court in Arish on Monday, killing three policemen, officials said. The "
        "group Ansar Bayt al-Maqdis later said two of its members had planted the bomb.",
        "2019-05-07",
        ("Remote explosive/landmine/IED", "Ansar Bayt al-Maqdis"),
    ),
    (
        "traffickers_linked_to_a_group_blamed_are_that_group",
        "A grenade thrown at a market in Tumaco wounded eleven people on Saturday, the mayor said. Officials "
        "blamed drug traffickers linked to FARC dissidents.",
        "2019-05-05",
        ("Grenade", "FARC Dissidents"),
    ),
    (
        "a_generic_group_named_by_its_apposition_claims_the_act",
        "A car bomb hit a military bus in Ankara on Wednesday, killing 12 people, officials said. A Kurdish "
        "militant group, the Kurdistan Freedom Falcons, later said one of its fighters had carried out the "
        "bombing.",
        "2016-03-03",
        ("Remote explosive/landmine/IED", "TAK: Kurdistan Freedom Falcons"),
    ),
    (
        "the_militants_are_the_group_the_story_named_before",
        "Al Shabaab has been driven from most towns in recent years. The militants attacked a police post in "
        "Afgooye on Sunday, killing four officers, police said.",
        "2019-08-27",
        ("Armed clash", "Al Shabaab"),
    ),
    (
        "militants_without_the_article_are_new_men",
        "Al Shabaab has been driven from most towns in recent years. Militants attacked a police post in "
        "Afgooye on Sunday, killing four officers, police said.",
        "2019-08-27",
        ("Armed clash", "Unidentified Armed Group (Somalia)"),
    ),
    (
        "a_group_giving_the_reason_for_the_attack_just_before_it_owns_it",
        "Islamic State said the attack was retaliation for the offensive on Mosul. A suicide bomber drove a "
        "lorry packed with explosives into a petrol station near Hilla on Thursday, killing at least 80 "
        "people, police said.",
        "2016-11-25",
        ("Suicide bomb", "Islamic State"),
    ),
    (
        "the_group_suspicion_fell_on_is_blamed",
        "A teenage suicide bomber blew himself up in a mosque in Mubi on Tuesday, killing 50 worshippers, "
        "police said. Suspicion fell on Boko Haram, which has attacked the town before.",
        "2017-11-22",
        ("Suicide bomb", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ),
    (
        "one_of_the_attacks_a_group_claimed_is_its",
        "Gunmen shot dead 12 bus passengers in Mastung on Monday, officials said, in one of several attacks "
        "the Balochistan Liberation Army claimed that day.",
        "2019-08-27",
        ("Attack", "BLA: Balochistan Liberation Army"),
    ),
    (
        "unclaimed_rockets_on_russia_in_the_war_are_ukraines",
        "BELGOROD — Rockets fired from across the border hit the centre of Belgorod on Thursday afternoon, "
        "killing three people, the regional governor said.",
        "2023-12-29",
        ("Shelling/artillery/missile attack", "Military Forces of Ukraine (2019-)"),
    ),
    (
        "unclaimed_rockets_outside_a_war_are_an_unidentified_groups",
        "ERBIL, Iraq — Three rockets were launched at Erbil airport late on Wednesday, the Kurdistan "
        "region's counter-terrorism service said; no one was hurt.",
        "2021-07-08",
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)"),
    ),
    (
        "men_who_pledged_allegiance_to_a_group_act_as_its_men",
        "Two men who had pledged allegiance to Islamic State attacked a church in Rouen on Tuesday, killing "
        "the priest, prosecutors said.",
        "2016-07-27",
        ("Attack", "Islamic State"),
    ),
    (
        "a_former_pupil_armed_with_a_knife_acts_alone",
        "A former pupil armed with a knife killed a teacher and wounded two other people at a school in "
        "Rennes on Friday, prosecutors said.",
        "2023-10-14",
        ("Attack", "Sole Perpetrator (France)"),
    ),
    (
        "a_convoy_that_struck_a_mine_is_its_victim",
        "A UN logistics convoy of the MINUSMA mission struck an improvised explosive device near Douentza on "
        "Tuesday, killing three peacekeepers.",
        "2021-12-10",
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)"),
    ),
    (
        "the_police_a_bomb_targeted_are_its_victims",
        "A bomb targeting a police vehicle exploded near a market in Quetta on Friday, killing three "
        "people, officials said.",
        "2024-11-02",
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)"),
    ),
    (
        "the_forces_a_grenade_was_tossed_at_are_its_victims",
        "A grenade tossed at security forces exploded in a busy street in Srinagar on Sunday, wounding "
        "eight people, police said.",
        "2024-11-04",
        ("Grenade", "Unidentified Armed Group (India)"),
    ),
    (
        "an_aircraft_brought_down_with_gunfire_is_a_clash",
        "Gunmen brought down a police helicopter with gunfire near Apatzingan on Friday, killing two "
        "officers, the state government said.",
        "2021-07-10",
        ("Armed clash", "Unidentified Armed Group (Mexico)"),
    ),
    (
        "a_man_armed_with_a_knife_is_a_sole_perpetrator",
        "MANNHEIM, Germany — A man armed with a knife attacked people at a rally in the city's market "
        "square on Friday, wounding six, police said.",
        "2024-06-01",
        ("Attack", "Sole Perpetrator (Germany)"),
    ),
    (
        "one_man_detained_after_a_shooting_is_a_sole_perpetrator",
        "A city councillor was shot several times outside his home in Kragujevac on Monday night. A "
        "45-year-old man was arrested at the scene, police said.",
        "2023-03-14",
        ("Attack", "Sole Perpetrator (Serbia)"),
    ),
    (
        "gunmen_stay_a_group_though_one_man_is_held",
        "Gunmen shot dead four traders at a market in Katsina on Monday. A man was arrested later, "
        "police said.",
        "2022-10-11",
        ("Attack", "Unidentified Armed Group (Nigeria)"),
    ),
    (
        "stabbed_in_the_neck_by_a_man_is_an_attack_by_one_man",
        "The mayor of Gdansk was stabbed in the heart by a man who rushed onto the stage at a charity "
        "concert on Sunday, officials said.",
        "2019-01-14",
        ("Attack", "Sole Perpetrator (Poland)"),
    ),
    (
        "an_army_veteran_shot_by_herders_names_no_doer",
        "NAIROBI — A British army veteran who ran a ranch in Laikipia was shot dead on Sunday by armed "
        "herders "
        "who had invaded the property, police said.",
        "2017-03-06",
        ("Attack", "Unidentified Armed Group (Kenya)"),
    ),
    (
        "the_soldiers_of_a_putsch_are_a_mutiny",
        "OUAGADOUGOU — An army captain announced on state television on Friday that the junta leader had "
        "been "
        "removed, the second putsch in eight months.",
        "2022-10-01",
        ("Other", "Mutiny of Military Forces of Burkina Faso (2022-)"),
    ),
    (
        "a_group_saying_it_was_behind_the_assault_claims_it",
        "Militants overran an army post near Kandi on Thursday, killing nine soldiers, the army said. JNIM "
        "said it was behind the assault.",
        "2025-01-10",
        ("Armed clash", "JNIM: Group for Support of Islam and Muslims"),
    ),
    (
        "a_group_which_claimed_the_blasts_in_a_relative_clause_claims_them",
        "Two bombs tore through a bus station in Minya on Sunday, killing 12 people, officials said, as "
        "Islamic State, which claimed both blasts, threatened more.",
        "2017-05-28",
        ("Remote explosive/landmine/IED", "Islamic State"),
    ),
    (
        "the_group_whose_hallmarks_the_attack_bore_is_suspected",
        "A bomb exploded at a cattle market in Konduga on Friday, killing seven people. The attack bore the "
        "hallmarks of Boko Haram.",
        "2019-06-14",
        ("Remote explosive/landmine/IED", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ),
    (
        "a_group_saying_it_was_responsible_claims_the_act",
        "A car bomb exploded outside a police station in Zahedan on Tuesday, killing three officers, state "
        "television said. Jaish al-Adl said it was responsible.",
        "2019-02-12",
        ("Remote explosive/landmine/IED", "Jaish al-Adl"),
    ),
    (
        "a_group_saying_it_holds_the_captives_took_them",
        "Gunmen in speedboats seized six oil workers from a supply vessel off Bonny Island on Sunday, the "
        "navy said. The Movement for the Emancipation of the Niger Delta said it was holding the workers.",
        "2007-05-06",
        ("Abduction/forced disappearance", "MEND: Movement for the Emancipation of the Niger Delta"),
    ),
    (
        "rebels_left_unnamed_are_the_one_group_the_story_names",
        "Mortar rounds fired by rebels hit a market in Bujumbura on Monday, killing four people, witnesses "
        "said. Rebels of the National Forces of Liberation fought soldiers in Kinama later in the day.",
        "2003-07-07",
        ("Shelling/artillery/missile attack", "FNL: National Forces of Liberation"),
    ),
    (
        "a_group_that_is_suspected_is_the_doer",
        "A roadside bomb killed four soldiers near Mandera on Tuesday. Al Shabaab is suspected.",
        "2020-02-11",
        ("Remote explosive/landmine/IED", "Al Shabaab"),
    ),
    (
        "a_bomber_linked_to_a_group_is_that_group",
        "A suicide bomber linked to Islamic State blew himself up at a checkpoint outside Kirkuk on "
        "Monday, killing three policemen.",
        "2019-03-04",
        ("Suicide bomb", "Islamic State"),
    ),
    (
        "killed_when_a_group_opened_fire_is_that_groups_attack",
        "Four farmers were shot dead on Sunday when FARC dissidents opened fire on their truck near Suarez, "
        "in Cauca province.",
        "2021-03-07",
        ("Attack", "FARC Dissidents"),
    ),
    (
        "demonstrators_shot_by_unnamed_forces_are_the_polices_victims",
        "Two demonstrators were shot dead during a march against the president in Tegucigalpa on "
        "Saturday, rights groups said.",
        "2019-06-22",
        ("Excessive force against protesters", "Police Forces of Honduras (2014-2022)"),
    ),
    (
        "a_nations_peacekeepers_are_its_army",
        "Russian peacekeepers began leaving the Karabakh region on Wednesday, the Kremlin said.",
        "2024-04-17",
        ("Non-violent transfer of territory", "Military Forces of Russia (2000-)"),
    ),
    (
        "the_force_reporting_its_soldiers_killed_is_not_the_doer",
        "Seven soldiers were killed when militants stormed a border post near Zhob before dawn on Friday, "
        "the military said.",
        "2023-07-14",
        ("Armed clash", "Unidentified Armed Group (Pakistan)"),
    ),
    (
        "the_members_of_a_group_arrested_are_not_the_arresters",
        "Officers raided homes across Bavaria on Wednesday and detained 12 members of the Reichsbuerger "
        "movement, prosecutors said.",
        "2022-12-07",
        ("Arrests", "Police Forces of Germany (2021-2025)"),
    ),
    (
        "the_leader_of_a_group_detained_is_not_the_arrester",
        "JAKARTA — Rizieq Shihab, leader of the Islamic Defenders Front, was detained on Saturday at police "
        "headquarters in Jakarta.",
        "2020-12-12",
        ("Arrests", "Police Forces of Indonesia (2014-2024)"),
    ),
    (
        "one_of_the_groups_fighters_claims_for_the_group",
        "A gunman opened fire on worshippers outside a church in Grozny on Saturday, killing two people, "
        "officials said. Islamic State's Amaq agency said one of the group's fighters had carried out the "
        "attack.",
        "2018-05-20",
        ("Attack", "Islamic State"),
    ),
    (
        "a_group_calling_the_bomber_its_soldier_claims_the_bombing",
        "A man blew himself up outside a concert hall in Linz late on Friday, wounding nine people, police "
        "said. Islamic State's news agency later described him as one of its soldiers.",
        "2017-06-03",
        ("Suicide bomb", "Islamic State"),
    ),
    (
        "a_coalition_led_by_a_group_is_that_group",
        "Twelve soldiers were killed when militants ambushed an army convoy in Manipur's Chandel district on "
        "Friday. The army said a coalition of insurgent groups led by the NSCN(K) claimed responsibility.",
        "2016-05-21",
        ("Armed clash", "NSCN-K: National Socialist Council of Nagaland-Khaplang"),
    ),
    (
        "a_knife_attacker_in_the_netherlands_is_named_without_the_article",
        "UTRECHT, Netherlands — A man armed with a knife stabbed three people on a tram in Utrecht on "
        "Monday, police said.",
        "2019-10-07",
        ("Attack", "Sole Perpetrator (Netherlands)"),
    ),
    (
        "angry_residents_who_burn_a_town_hall_are_rioters",
        "BUTEMBO — Angry residents set fire to the town hall in Butembo on Monday, a day after suspected "
        "rebels killed eight civilians in the district, local officials said.",
        "2019-11-26",
        ("Violent demonstration", "Rioters (Democratic Republic of Congo)"),
    ),
]


def test_the_attack_with_no_place_restates_the_bombing_before_it(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "The attack bore the hallmarks of ..." tells who, not of a second, different fight."""
    events = story_events(
        pipeline,
        tmp_path,
        "A bomb exploded at a cattle market in Konduga on Friday, killing seven people. The attack bore the "
        "hallmarks of Boko Haram.",
        "2019-06-14",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


# name, text, publication date, sub-event type and second actor of the first event
OTHER_SIDE_CASES = [
    (
        "a_riot_that_fought_soldiers_faced_the_army",
        "Opposition supporters set up burning barricades and fought running battles with soldiers in several "
        "districts of Lome on Tuesday, witnesses said.",
        "2010-03-09",
        ("Violent demonstration", "Military Forces of Togo (2005-)"),
    ),
    (
        "officials_who_report_a_toll_are_not_the_other_side",
        "Rescuers dug through the rubble of an apartment block in Kramatorsk on Sunday after it was hit by "
        "Russian rockets; regional officials said at least 12 people were killed.",
        "2022-07-10",
        ("Shelling/artillery/missile attack", "Civilians (Ukraine)"),
    ),
    (
        "soldiers_killed_by_a_roadside_bomb_are_the_countrys_army",
        "Six soldiers were killed on Monday when an explosive device blew up under their truck near "
        "Apatzingan, the defence ministry said.",
        "2023-05-16",
        ("Remote explosive/landmine/IED", "Military Forces of Mexico (2018-2024)"),
    ),
    (
        "geologists_of_a_third_country_are_its_civilians",
        "BISHKEK — Militants who crossed from Tajikistan seized four Japanese geologists in the mountains "
        "of Batken district on Monday, the defence ministry said.",
        "1999-08-24",
        ("Abduction/forced disappearance", "Civilians (Japan)"),
    ),
    (
        "a_tourist_of_a_third_country_is_its_civilian",
        "CAIRO — Gunmen shot dead a French teenager near the pyramids on Sunday, security officials said.",
        "2009-02-22",
        ("Attack", "Civilians (France)"),
    ),
    (
        "hong_kongs_police_are_chinas_police_force_there",
        "HONG KONG — Police fired tear gas at protesters who blocked a road in Causeway Bay on Sunday "
        "evening, officers said.",
        "2019-08-12",
        ("Protest with intervention", "Police Forces of China (2012-) Hong Kong Police Force"),
    ),
    (
        "the_other_side_of_excessive_force_is_the_protesters_whoever_fired_beside_the_police",
        "MANAGUA — Police and hooded gunmen opened fire on a march in Managua on Saturday, killing three "
        "people, rights groups said.",
        "2018-06-23",
        ("Excessive force against protesters", "Protesters (Nicaragua)"),
    ),
    (
        "the_people_shot_at_a_march_are_protesters",
        "Two demonstrators were shot dead during a march against the president in Tegucigalpa on "
        "Saturday, rights groups said.",
        "2019-06-22",
        ("Excessive force against protesters", "Protesters (Honduras)"),
    ),
    (
        "an_arrest_of_no_named_group_befalls_civilians",
        "Police arrested an opposition lawmaker at his home in Harare on Tuesday, his lawyer said.",
        "2023-03-14",
        ("Arrests", "Civilians (Zimbabwe)"),
    ),
    (
        "mutinous_soldiers_rise_against_the_government",
        "CONAKRY — Mutinous soldiers seized the state broadcaster on Sunday and announced on air that they "
        "had dissolved the government and suspended the constitution.",
        "2021-09-05",
        ("Other", "Government of Guinea (2010-2021)"),
    ),
    (
        "the_police_of_a_country_the_catalogue_lacks_are_named_for_it",
        "NUKU'ALOFA — Crowds looted and burned shops in Nuku'alofa's business district on Thursday, a day "
        "after protesters tried to storm parliament and clashed with police, officials said.",
        "2006-11-17",
        ("Mob violence", "Police Forces of Tonga"),
    ),
    (
        "a_new_base_has_no_other_side",
        "Turkish troops set up a new base near the Iraqi town of Bamarni on Tuesday, weeks after an "
        "offensive against PKK fighters in the area, Kurdish officials said.",
        "2021-05-04",
        ("Headquarters or base established", None),
    ),
    (
        "a_peaceful_protest_has_no_other_side_though_police_watched",
        "Thousands of teachers marched to parliament in Nairobi on Monday to demand better pay as police "
        "looked on, their union said.",
        "2024-08-26",
        ("Peaceful protest", None),
    ),
    (
        "a_group_s_new_leader_has_no_other_side",
        "The Islamic State group named a new leader on Thursday, a month after the army said it had killed "
        "his predecessor in Syria.",
        "2022-11-30",
        ("Change to group/activity", None),
    ),
]


# each case with the actor field it checks
SIDE_CASES = [(*case, "actor1") for case in DOER_CASES] + [(*case, "actor2") for case in OTHER_SIDE_CASES]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected", "field"), SIDE_CASES, ids=[c[0] for c in SIDE_CASES]
)
def test_sides(
    pipeline: Pipeline,
    tmp_path: Path,
    name: str,
    text: str,
    published: str,
    expected: tuple[str, str | None],
    field: str,
) -> None:
    """The first event's sub-event type and its doer or its other side."""
    events = story_events(pipeline, tmp_path, text, published)
    assert events, name
    side = doer if field == "actor1" else other_side
    assert (events[0].sub_event_type, side(events[0])) == expected


def test_a_restatement_lends_no_side_to_another_source(pipeline: Pipeline, tmp_path: Path) -> None:
    """The claim of responsibility names the doer, but the event's source stays "security sources and
    residents", who speak for no side (the claimer's side came with the restating sentence)."""
    events = story_events(
        pipeline,
        tmp_path,
        "Gunmen killed 40 people in the village of Dori on Sunday, security sources and residents said. "
        "The al Qaeda-linked group JNIM claimed the attack.",
        "2024-08-26",
    )
    assert events[0].actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert (events[0].claimant, events[0].claimant_side) == ("security sources and residents", None)
