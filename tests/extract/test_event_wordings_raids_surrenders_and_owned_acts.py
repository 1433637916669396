"""Sub-event types, doers, places and tolls of wordings met in fresh news text: chemical bombs dropped from
aircraft; a bomb first taken for a boiler; a flash-mob protest; battles against pollution and flags planted by
turns (no events); a man seized by security men and handed over to agents; a beating with a hammer; police
who shot dead attackers, stormed a flat or freed hostages in a raid; commandos storming a hijacked airliner;
gunmen who gave themselves up; a group owning up to an attack, in a statement from another city; an accord to
end years of agitation; a ceasefire announced on a weekday; arson with an accelerant; a museum burned down;
street battles between ethnic groups; fake explosive belts; the toll of another act told "hours after"; the
lead's act whose place the gazetteer lacks, before a later protest; "Jan" before a name; state forces
before their country's first government (Czechoslovakia's police in Bratislava in 1988); an attacker
overpowered before he struck; residents who blocked roads with burning tyres, fired on by the police; and
gunmen who seized a ferry and its crew.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import (
    Case,
    FieldCase,
    FirmCase,
    firm_type_test,
    first_event_field_test,
    sub_event_type_test,
)

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "chemical_bombs_dropped_from_aircraft_are_a_chemical_weapon",
        "Iraqi aircraft dropped chemical bombs on the Kurdish village of Balisan on Thursday, killing "
        "dozens of villagers, Kurdish rebels said.",
        "1987-04-18",
        "Chemical weapon",
    ),
    (
        "a_bomb_first_taken_for_a_boiler_is_still_a_bomb",
        "A bomb exploded in the ticket hall of the central railway station in Milan on Friday, killing 12 "
        "people, police said. Investigators had first suspected a boiler, but found traces of explosive in "
        "the debris.",
        "1984-12-22",
        "Remote explosive/landmine/IED",
    ),
    (
        "a_flash_mob_protest_is_no_mob",
        "About 3,000 people joined a flash-mob protest in the main square of Brno on Saturday against the "
        "prime minister, organisers said.",
        "2019-06-02",
        "Peaceful protest",
    ),
    (
        "a_battle_against_pollution_is_no_battle",
        "The city council voted on Tuesday to ban cars from the old town of Krakow, opening a new front in "
        "its long battle against some of the worst air pollution in Europe.",
        "2019-02-12",
        None,
    ),
    (
        "forces_that_have_taken_their_responsibilities_took_no_ground",
        "The army said on Monday that the armed forces had taken their responsibilities.",
        "2019-02-12",
        None,
    ),
    (
        "flags_planted_by_turns_for_decades_are_no_capture",
        "For decades, soldiers from both countries took turns planting their flags on the rock, which both "
        "governments claimed.",
        "2019-02-12",
        None,
    ),
    (
        "a_man_seized_by_security_men_and_handed_to_agents_was_arrested",
        "The exiled opposition leader was seized by Kenyan security men in Nairobi on Sunday and handed over "
        "to Ugandan agents, who flew him to Kampala, his lawyer said.",
        "2024-11-18",
        "Arrests",
    ),
    (
        "a_beating_with_a_hammer_is_an_attack",
        "A man who broke into the mayor's home in Gdansk on Sunday beat her husband with a hammer, police "
        "said.",
        "2019-01-14",
        "Attack",
    ),
    (
        "police_who_shot_dead_men_who_drove_into_pedestrians_fought_them",
        "Police shot dead three men who drove a van into pedestrians on the promenade in Nice on Saturday, "
        "officials said.",
        "2016-07-16",
        "Armed clash",
    ),
    (
        "police_who_stormed_a_flat_and_shot_the_attacker_fought_him",
        "Special police stormed the flat in Saint-Denis before dawn and shot the attacker dead, prosecutors "
        "said.",
        "2015-11-18",
        "Armed clash",
    ),
    (
        "commandos_who_freed_hostages_in_a_raid_fought_the_hostage_takers",
        "Army commandos freed 40 hostages held by gunmen at a hotel in Mogadishu in a raid before dawn on "
        "Friday, the military said.",
        "2019-03-01",
        "Armed clash",
    ),
    (
        "commandos_who_stormed_a_hijacked_airliner_fought_the_hijackers",
        "Police commandos stormed a hijacked airliner at Marignane airport on Monday night, officials said.",
        "1994-12-27",
        "Armed clash",
    ),
    (
        "gunmen_who_gave_themselves_up_were_arrested",
        "The two gunmen gave themselves up to French police in Lyon on Sunday.",
        "2019-03-04",
        "Arrests",
    ),
    (
        "an_accord_to_end_years_of_agitation_is_an_agreement",
        "The government and the leaders of the student movement signed an accord on Tuesday to end four "
        "years of agitation in the state, the prime minister said.",
        "1986-06-25",
        "Agreement",
    ),
    (
        "a_ceasefire_an_armed_group_announced_on_a_weekday_changes_the_group",
        "BILBAO, Spain — The Basque separatist group ETA announced on Monday a permanent ceasefire, in a "
        "video sent to a Basque newspaper.",
        "2011-01-11",
        "Change to group/activity",
    ),
    (
        "an_accelerant_poured_and_set_alight_is_arson",
        "It is believed two people wearing masks entered the mosque in Eslov at about 3am, spread an "
        "accelerant and set it alight.",
        "2019-01-14",
        "Looting/property destruction",
    ),
    (
        "a_museum_with_a_clause_about_it_burned_down_is_destroyed_property",
        "The town museum, which held thousands of old manuscripts, was burned down on Saturday night, and "
        "local leaders accused soldiers of setting the fire.",
        "2019-01-14",
        "Looting/property destruction",
    ),
    (
        "street_battles_between_ethnic_groups_are_a_mob",
        "Two people were killed on Monday in street battles between ethnic Kyrgyz and Uzbeks armed with "
        "sticks in the town of Uzgen, officials said.",
        "1990-06-05",
        "Mob violence",
    ),
    (
        "an_attacker_overpowered_before_he_struck_is_a_disrupted_attack",
        "Bodyguards overpowered a man who rushed at the president with a knife as she left the cathedral in "
        "Vilnius on Sunday, and she was unhurt, her office said.",
        "2019-05-06",
        "Disrupted weapons use",
    ),
    (
        "residents_who_blocked_roads_with_burning_tyres_fired_on_by_police_riot",
        "Police fired rubber bullets and live rounds at residents of Ga-Rankuwa who blocked roads with "
        "burning tyres on Tuesday in protest at power cuts, and one man was killed, a councillor said.",
        "2015-03-04",
        "Violent demonstration",
    ),
    (
        "gunmen_who_seized_a_ferry_and_its_crew_abducted_them",
        "Three gunmen seized a ferry and its six crewmen in the harbour of Piraeus on Friday after setting "
        "off a bomb at a fuel depot, police said.",
        "1975-03-08",
        "Abduction/forced disappearance",
    ),
    (
        "fake_explosive_belts_are_no_suicide_bombing",
        "The attackers were wearing fake explosive belts, police said.",
        "2017-06-04",
        None,
    ),
]

test_sub_event_type = sub_event_type_test(CASES)


# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "iraqi_aircraft_are_the_doers_of_a_claimed_chemical_attack",
        "Kurdish rebels said on Saturday that Iraqi aircraft had dropped chemical bombs on the village of "
        "Balisan on Thursday, killing dozens of villagers.",
        "1987-04-18",
        "actor1",
        "Military Forces of Iraq (1979-2003)",
    ),
    (
        "a_group_owning_up_to_an_attack_tells_no_new_act",
        "LONDON — The group fired three mortar bombs from a parked van at 10 Downing Street on Thursday "
        "morning, police said. The group said in a statement that it had carried out the attack.",
        "1991-02-07",
        "sub_event_type",
        "Shelling/artillery/missile attack",
    ),
    (
        "where_a_statement_was_made_is_not_where_the_act_was",
        "LONDON — The group fired three mortar bombs from a parked van at a government building on Thursday "
        "morning, police said. The group said in a statement in Dublin that it had done so.",
        "1991-02-07",
        "location",
        "London",
    ),
    (
        "the_toll_of_another_act_told_hours_after_is_not_this_acts",
        "Police shot dead two men who drove a car into a crowd in the town on Friday, hours after a bomb "
        "attack that killed nine people in the capital.",
        "2017-08-18",
        "fatalities",
        "2",
    ),
    (
        "those_who_saw_a_man_strike_and_arrested_him_are_the_doers",
        "LONDON — Police officers who arrived minutes later saw the attacker strike the guard and arrested "
        "him on the spot, police said.",
        "2019-03-04",
        "actor1",
        "Police Forces of the United Kingdom (2016-2019)",
    ),
    (
        "gunmen_who_gave_themselves_up_are_arrested_by_the_police",
        "The two gunmen gave themselves up to French police in Lyon on Sunday.",
        "2019-03-04",
        "actor1",
        "Police Forces of France (2017-)",
    ),
    (
        "a_man_seized_by_security_men_is_arrested_by_their_country",
        "The exiled opposition leader was seized by Kenyan security men in Nairobi on Sunday and handed over "
        "to Ugandan agents, who flew him to Kampala, his lawyer said.",
        "2024-11-18",
        "actor1",
        "Police Forces of Kenya (2022-)",
    ),
]

FIELDS += [
    (
        "the_leads_act_without_a_known_place_comes_before_a_later_protest",
        "KHAR, Pakistan — Pakistani helicopter gunships destroyed a religious school in a village of the "
        "Bajaur tribal region before dawn on Monday, killing about 80 people, the army said. Thousands of "
        "tribesmen protested in Khar later in the day.",
        "2006-10-30",
        "sub_event_type",
        "Air/drone strike",
    ),
    (
        "the_day_a_story_of_many_days_tells_is_not_the_day_of_the_death_of_jan",
        "PRAGUE — Police used water cannon on Sunday to break up a crowd that had gathered to mark the "
        "anniversary of the death of Jan Palach, the student who burned himself to death in protest at the "
        "invasion, witnesses said.",
        "1989-01-16",
        "event_date",
        "1989-01-15",
    ),
    (
        "police_in_bratislava_in_1988_are_czechoslovakias",
        "BRATISLAVA — Police used water cannon to break up a candlelit demonstration of several thousand "
        "Catholics in Bratislava on Friday evening and detained dozens of people, dissidents said.",
        "1988-03-26",
        "actor2",
        "Police Forces of Czechoslovakia (1969-1989)",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)


# name, text, publication date: texts whose type rests on what a classifier of words cannot read
FIRM: list[FirmCase] = [
    (
        "police_who_shot_dead_men_who_drove_into_pedestrians_keep_the_fight",
        "Police shot dead three men who drove a van into pedestrians on the promenade in Nice on Saturday, "
        "officials said.",
        "2016-07-16",
    ),
    (
        "commandos_who_freed_hostages_in_a_raid_keep_the_fight",
        "Army commandos freed 40 hostages held by gunmen at a hotel in Mogadishu in a raid before dawn on "
        "Friday, the military said.",
        "2019-03-01",
    ),
]


test_the_classifier_may_not_retype = firm_type_test(FIRM)
