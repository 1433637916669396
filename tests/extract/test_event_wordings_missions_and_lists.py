"""Sub-event types and fields of wordings met in news of many wars: peacekeepers named by the countries
they come from, separatists named at the start of a sentence, countries listed after a word that places
them elsewhere ("in solidarity with the uprisings in Egypt and Tunisia"), acts asked for ("to demand the
withdrawal of"), the group an act is blamed on or claimed for, a riot an act set off, crowds pulling down
statues, a coup foiled with arrests, the forces of states few recognise taking ground, and towns named as
an area, as the owner of a mosque or as where tourists come from, deals signed abroad, a fight from one night
into the next day, crowds beating people, men killed or captured, and words of war used of policies, oil
slicks, colonial loot and weapons treaties; a story that names no place is its armed group's country's;
traffickers and terrorists are armed groups, and neither who suspects an act nor who died in it did it;
rustlers and raiders of a people are its militia; a van driven into people, a knife pulled on shoppers and a
critic bundled into a minibus by masked men; a town now in an army's hands.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import Case, FieldCase, first_event_field_test, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "peacekeepers_from_two_countries_killed_in_an_ambush",
        "BANGUI — Suspected anti-balaka fighters ambushed a UN patrol near Bambari on Tuesday, killing three "
        "peacekeepers from Burundi and Gabon, the MINUSCA mission said.",
        "2018-04-11",
        "Armed clash",
    ),
    (
        "a_square_filled_to_demand_a_withdrawal_is_a_protest",
        "Tens of thousands of people filled Tahrir Square in Cairo on Friday to demand the withdrawal of the "
        "army from politics.",
        "2011-11-25",
        "Peaceful protest",
    ),
    (
        "an_arrest_asked_of_a_judge_is_no_arrest",
        "Prosecutors on Tuesday asked a judge to order the arrest of five former officials over the 1992 "
        "bombing of the Israeli embassy in Buenos Aires.",
        "2006-11-07",
        None,
    ),
    (
        "a_family_seized_is_abducted",
        "Gunmen seized a German family of four near Maroua in northern Cameroon on Tuesday, officials said.",
        "2013-03-20",
        "Abduction/forced disappearance",
    ),
    (
        "gunmen_ambushing_marchers_attack_them",
        "Gunmen ambushed hundreds of farmers marching to a rally in support of the governor near the town of "
        "Cobija on Thursday, killing at least six people, the government said.",
        "2008-09-12",
        "Attack",
    ),
    (
        "a_helicopter_pilot_shot_dead_is_no_air_strike",
        "Rebels shot dead an Australian helicopter pilot shortly after he landed in a remote district of "
        "Papua on Tuesday and burned the aircraft, police said.",
        "2024-08-07",
        "Attack",
    ),
    (
        "tanks_rolling_out_of_a_town_withdraw",
        "Russian tanks rolled out of Gori on Friday, ending a ten-day occupation of the city.",
        "2008-08-23",
        "Non-violent transfer of territory",
    ),
    (
        "protesters_pulling_down_a_statue_riot",
        "Protesters in the town of Zhanaozen pulled down a statue of the former president on Thursday as "
        "unrest spread, local media reported.",
        "2022-01-06",
        "Violent demonstration",
    ),
    (
        "rebels_conceding_defeat_change",
        "The rebels conceded defeat on Monday, saying in a statement that they had decided to silence their "
        "guns after 20 years of war.",
        "2009-05-18",
        "Change to group/activity",
    ),
    (
        "a_coup_foiled_with_arrests_is_the_arrests",
        "Guinea-Bissau's army foiled an attempted coup on Sunday and arrested six officers accused of "
        "plotting to overthrow the president, the government said.",
        "2012-01-03",
        "Arrests",
    ),
    (
        "a_shooting_that_set_off_rioting_is_the_event",
        "A soldier shot dead a teenager in the centre of Kigali on Saturday, setting off a night of rioting "
        "in which youths burned cars and shops, police said.",
        "2010-05-02",
        "Attack",
    ),
    (
        "police_clashing_with_supporters_is_a_riot",
        "Police and troops clashed with supporters of the defeated candidate at barricades in the capital "
        "Yerevan on Saturday, the health ministry said.",
        "2008-03-02",
        "Violent demonstration",
    ),
    (
        "forces_of_an_unrecognised_state_overtake_ground",
        "Karabakh Armenian forces captured Lachin from Azerbaijani troops on Monday after three days of "
        "fighting, Azerbaijan's defence ministry said.",
        "1992-05-19",
        "Non-state actor overtakes territory",
    ),
    (
        "a_driver_who_drove_his_truck_into_a_family_attacked_it",
        "Three members of a family out for a walk were killed on Sunday evening when a man drove his van "
        "onto the pavement and into them, police said.",
        "2021-06-07",
        "Attack",
    ),
    (
        "a_woman_who_pulled_a_knife_and_went_for_shoppers_attacked_them",
        "Shoppers in a department store saw a woman pull a knife and go for two other customers on Tuesday "
        "before staff held her down until police arrived, police said.",
        "2020-11-24",
        "Attack",
    ),
    (
        "a_critic_bundled_into_a_minibus_by_masked_men_is_abducted",
        "An opposition leader was bundled into a minibus by masked men in the centre of the capital on "
        "Monday morning and has not been heard from since, her allies said.",
        "2020-09-07",
        "Abduction/forced disappearance",
    ),
    (
        "a_town_now_in_an_armys_hands_was_taken",
        "MOSCOW — Kurakhove, a town in Ukraine's Donetsk region, is now in Russian hands, Russia's defence "
        "ministry said on Sunday, after weeks of fighting.",
        "2025-01-06",
        "Non-state actor overtakes territory",
    ),
    (
        "a_minister_ending_conscription_is_no_group_change",
        "The defence minister, who had pushed through plans to suspend conscription, resigned on Tuesday and "
        "thanked the troops serving abroad.",
        "2011-03-01",
        None,
    ),
    (
        "ships_battling_oil_slicks_fight_no_one",
        "Navy ships and fishing boats battled oil slicks off the northwest coast on Tuesday after the tanker "
        "sank with its cargo.",
        "2002-11-19",
        None,
    ),
    (
        "treasures_returned_after_colonial_looting_are_no_event",
        "Twenty royal statues carried off by French troops during the colonial conquest arrived back in "
        "Cotonou on Wednesday, the first large return of looted artefacts to a former colony.",
        "2021-11-10",
        None,
    ),
    (
        "a_treaty_making_a_region_free_of_nuclear_weapons_is_no_deal_between_foes",
        "Five Central Asian states signed a treaty on Friday declaring their region free of nuclear weapons.",
        "2006-09-08",
        None,
    ),
    (
        "a_crowd_beating_a_mayor_to_death_after_protests_is_a_mob",
        "A crowd of villagers dragged the mayor of a highland town from his office and beat him to death on "
        "Monday, police said, after weeks of protests accusing him of graft.",
        "2004-04-27",
        "Mob violence",
    ),
    (
        "supporters_beaten_by_activists_are_a_mobs_victims",
        "Dozens of supporters of the governor were chased through the streets of Cochabamba and beaten by "
        "opposition activists on Saturday, witnesses said.",
        "2008-05-25",
        "Mob violence",
    ),
    (
        "rebels_killed_or_captured_in_a_crushed_attack_are_no_ground_taken",
        "N'DJAMENA — Government troops backed by tanks fought rebels who reached the outskirts of the "
        "capital before dawn on Thursday, and by afternoon the government said the attack had been crushed, "
        "with hundreds of rebels killed or captured.",
        "2006-04-13",
        "Armed clash",
    ),
    (
        "men_killed_in_a_police_operation",
        "At least eight men were killed during a police operation in a favela of Sao Paulo on Sunday, "
        "activists said. Police said officers had come under fire from gang members and had shot back.",
        "2021-11-22",
        "Armed clash",
    ),
]

# name, text, publication date, field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "peacekeepers_from_two_countries_are_the_mission",
        "BANGUI — Suspected anti-balaka fighters ambushed a UN patrol near Bambari on Tuesday, killing three "
        "peacekeepers from Burundi and Gabon, the MINUSCA mission said.",
        "2018-04-11",
        "actor2",
        "MINUSCA: United Nations Stabilization Mission in the Central African Republic",
    ),
    (
        "peacekeepers_from_two_countries_leave_the_doer_a_local_group",
        "BANGUI — Suspected anti-balaka fighters ambushed a UN patrol near Bambari on Tuesday, killing three "
        "peacekeepers from Burundi and Gabon, the MINUSCA mission said.",
        "2018-04-11",
        "actor1",
        "Anti-Balaka",
    ),
    (
        "separatists_that_begin_a_sentence_are_the_countrys_own",
        "BUEA — Separatist fighters stormed a secondary school in Kumba, in Cameroon's Southwest region, on "
        "Saturday and abducted eleven pupils, a local official said.",
        "2020-10-25",
        "actor1",
        "Ambazonian Separatists",
    ),
    (
        "a_jewish_community_is_no_place",
        "BUENOS AIRES — Leaders of the Jewish community said on Monday that a car bomb had destroyed their "
        "centre, killing 85 people.",
        "1994-07-19",
        "location",
        "Buenos Aires",
    ),
    (
        "a_gunman_whose_act_is_blamed_on_a_group_is_its_man",
        "A gunman shot dead a former town councillor outside his home in the Basque town of Azpeitia on "
        "Friday, and the government blamed ETA.",
        "2008-05-10",
        "actor1",
        "ETA: Basque Homeland and Freedom",
    ),
    (
        "the_armed_wing_of_a_front_with_and_in_its_name",
        "Seven soldiers were killed when gunmen attacked an army post near Tadjourah overnight, the defence "
        "ministry said, blaming the armed wing of the opposition Front for the Restoration of Unity and "
        "Democracy.",
        "2022-10-07",
        "actor1",
        "FRUD: Front for the Restoration of Unity and Democracy",
    ),
    (
        "a_group_calling_itself_by_a_name_claims_the_attacks",
        "Bombs tore through a market in the resort of Dahab on Monday, killing 20 people. A group calling "
        "itself the Abdullah Azzam Brigades said on a website that it had carried out the attacks.",
        "2006-04-25",
        "actor1",
        "Abdullah Azzam Brigades",
    ),
    (
        "a_caller_speaking_for_a_group_claims_its_bomb",
        "A car bomb exploded outside a police station in Bilbao on Sunday, an hour after a caller claiming "
        "to speak for ETA gave a warning, police said.",
        "2007-10-08",
        "actor1",
        "ETA: Basque Homeland and Freedom",
    ),
    (
        "a_government_accused_of_failing_to_protect_is_no_doer",
        "Attackers threw a grenade at an opposition leader at a rally in Sylhet on Thursday, killing him, "
        "police said. His party accused the government of failing to protect opposition politicians.",
        "2005-01-28",
        "actor1",
        "Unidentified Armed Group (Bangladesh)",
    ),
    (
        "al_qaedas_north_african_wing_is_aqim",
        "Suicide car bombs ripped through offices in Algiers on Tuesday, killing at least 26 people. Al "
        "Qaeda's North African wing said two of its members had carried out the attacks.",
        "2007-12-12",
        "actor1",
        "AQIM: Al Qaeda in the Islamic Maghreb",
    ),
    (
        "a_town_named_as_an_area_is_the_place",
        "A suicide bomber killed at least 31 people at a meeting with tribal elders in the Pishin area of "
        "Sistan-Baluchestan province on Sunday, state media said.",
        "2009-10-18",
        "location",
        "Pīshīn",
    ),
    (
        "a_town_owning_a_mosque_is_the_place",
        "BAMAKO — Islamist fighters smashed two mausoleums at Timbuktu's main mosque with pickaxes on "
        "Tuesday, residents said.",
        "2012-07-10",
        "location",
        "Timbuktu",
    ),
    (
        "tourists_named_by_where_they_come_from_are_not_placed_there",
        "SRINAGAR — Militants threw a grenade at a bus carrying tourists from Gujarat on Thursday, killing "
        "four of them, police said.",
        "2006-05-26",
        "location",
        "Srinagar",
    ),
    (
        "a_truce_signed_abroad_is_placed_in_the_parties_country",
        "NAIROBI — Sudan's government and the SPLA rebels signed a cessation of hostilities in Nairobi on "
        "Tuesday, the first truce in years of a war that has ravaged the south.",
        "2002-10-15",
        "country",
        "Sudan",
    ),
    (
        "a_deal_signed_abroad_by_a_party_named_by_its_people",
        "MOSCOW — Tajik President Imomali Rakhmonov and opposition leader Said Abdullo Nuri signed a peace "
        "agreement in the Kremlin on Friday, pledging to end five years of civil war.",
        "1997-06-27",
        "country",
        "Tajikistan",
    ),
    (
        "a_ceasefire_in_a_region_stays_where_it_applies",
        "MINSK — The leaders of Russia, Ukraine, Germany and France agreed on Thursday to a ceasefire in "
        "eastern Ukraine that is due to take effect on Sunday.",
        "2015-02-12",
        "country",
        "Ukraine",
    ),
    (
        "a_fight_from_one_night_into_the_next_day_began_on_the_first",
        "CHISINAU — Troops and police fought separatist guards street by street in Bendery from Friday night "
        "into Saturday, leaving dozens dead, officials said on Sunday.",
        "1992-06-21",
        "event_date",
        "1992-06-19",
    ),
    (
        "a_story_without_places_belongs_to_its_armed_groups_country",
        "A spokesman for the Arakan Army said the military had used chemical munitions against its fighters "
        "during the battle for a regional command headquarters this month.",
        "2024-12-18",
        "actor1",
        "Military Forces of Myanmar (2021-)",
    ),
    (
        "drug_traffickers_who_attack_a_patrol_are_an_armed_group",
        "Three soldiers were killed on Tuesday when they were attacked by a group of suspected drug "
        "traffickers while on patrol near El Estor, the army said.",
        "2019-09-04",
        "actor1",
        "Unidentified Armed Group (Guatemala)",
    ),
    (
        "terrorists_ramming_a_post_are_an_armed_group",
        "PESHAWAR — Terrorists attempted to attack a security forces post in Mir Ali, North Waziristan, "
        "early on Saturday, ramming an explosive-laden vehicle into it, followed by suicide bombings.",
        "2024-03-16",
        "actor1",
        "Unidentified Armed Group (Pakistan)",
    ),
    (
        "officials_who_suspect_arson_did_not_set_the_fire",
        "Fire gutted a Sufi mausoleum in La Marsa, north-east of Tunis, on Saturday night, and officials "
        "said they suspected arson.",
        "2013-01-13",
        "actor1",
        "None",
    ),
    (
        "a_police_chief_among_the_dead_of_a_car_bomb_is_no_doer",
        "The head of the intelligence branch of the Internal Security Forces was among three people killed "
        "on Friday when a car bomb ripped through a crowded street in Beirut, security officials said.",
        "2012-10-20",
        "actor1",
        "Unidentified Armed Group (Lebanon)",
    ),
    (
        "cattle_rustlers_of_a_people_blamed_for_an_ambush_are_its_militia",
        "NAIROBI — At least 20 police officers were killed on Friday when armed raiders ambushed their "
        "patrol near Kapedo, officials said. Officials blamed Pokot cattle rustlers for the ambush.",
        "2014-11-01",
        "actor1",
        "Pokot Ethnic Militia (Kenya)",
    ),
    (
        "raiders_from_a_community_are_its_militia",
        "NAIROBI — At least 30 police officers were killed when cattle raiders from the Turkana community "
        "ambushed them near Baragoi on Saturday, police said.",
        "2012-11-11",
        "actor1",
        "Turkana Ethnic Militia (Kenya)",
    ),
    (
        "the_first_party_blamed_is_the_doer_even_when_its_name_is_parsed_apart",
        "BANGUI — Gunmen killed nine Chinese nationals at a gold mine near Bambari on Sunday, a local "
        "official said. The government blamed the Coalition of Patriots for Change, a rebel alliance. The "
        "coalition denied involvement and accused Russian mercenaries of the Wagner Group of the killings.",
        "2023-03-20",
        "actor1",
        "CPC: Coalition of Patriots for Change",
    ),
    (
        "a_military_leader_signing_a_deal_signs_for_the_government",
        "JUBA — Sudan's military leader Abdel Fattah al-Burhan and rebel commander Abdelaziz al-Hilu signed "
        "a declaration of principles in Juba on Sunday that opens the way to talks on a final peace deal.",
        "2021-03-28",
        "actor1",
        "Government of Sudan (2019-)",
    ),
    (
        "a_declaration_signed_abroad_is_placed_in_the_parties_country",
        "NAIROBI — Sudan's government and the SPLA signed a declaration of principles in Nairobi on Tuesday, "
        "the first step towards ending the war in the south.",
        "2002-07-20",
        "country",
        "Sudan",
    ),
    (
        "countries_listed_in_solidarity_are_not_where_police_acted",
        "TEHRAN — Riot police fired tear gas at thousands of people who marched in Tehran on Monday in "
        "solidarity with the revolts in Egypt and Tunisia, and one man was shot dead, witnesses said.",
        "2011-02-15",
        "actor2",
        "Police Forces of Iran (2005-2013)",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)
test_first_event_field = first_event_field_test(FIELDS)
