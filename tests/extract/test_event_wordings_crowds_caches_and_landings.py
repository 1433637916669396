"""Sub-event types, doers, places and dates of wordings met in fresh news text: a blast that brings down a
building; a large number of people killed; an airliner raked with submachine-gun fire; an agreement that
ends the fighting; an attack feared, not made; commandos who take up positions abroad and marines who throw
a perimeter round a hotel; rebel forces and a front's tanks taking a town; crowds who burn churches, stone
buses, fall on students or burn pupils alive; crowds who loot where the police meet them; a sit-in broken
up by killing; a banned meeting fired on, and the march of the next day; and the record a protest is
measured by; arms caches found; a republic proclaimed and a seat of government moved; a consul seized
and driven off; paintings taken; a poison sent in chocolates; the land a movement's name fights for; and
an old name of Beijing.

The texts are our own, written for these tests."""

from __future__ import annotations

from pathlib import Path

from frontwatch.runner import Pipeline
from stories import Case, FieldCase, first_event_field_test, story_events, sub_event_type_test

# name, text, publication date, the sub-event type of the first event (None: no event)
CASES: list[Case] = [
    (
        "a_blast_that_brings_down_a_hotel_wing_is_a_bomb",
        "BEIRUT, March 4 (Reuters) - A powerful explosion brought down the east wing of a seafront hotel "
        "used by government offices this morning. Rescuers pulled 12 bodies from the rubble by nightfall.",
        "1975-03-04",
        "Remote explosive/landmine/IED",
    ),
    (
        "soldiers_who_killed_a_large_number_of_refugees_attacked_them",
        "TOKYO, Aug 30 (AP) - Soldiers killed a large number of refugees sheltering in a culvert near the "
        "village, survivors told reporters today.",
        "1950-08-30",
        "Attack",
    ),
    (
        "gunmen_who_rake_an_airliner_with_submachine_gun_fire_attack_it",
        "ROME, Nov 3 (Reuters) - Two gunmen raked a parked airliner with submachine-gun fire at the airport "
        "tonight, wounding a steward, police said.",
        "1972-11-03",
        "Attack",
    ),
    (
        "an_agreement_that_ends_the_fighting_is_an_agreement",
        "NICOSIA, Feb 20 (Reuters) - Envoys of the government and of the guerrilla front signed an agreement "
        "in a village on the coast early today, ending the fighting that broke out in the capital in "
        "November.",
        "1963-02-20",
        "Agreement",
    ),
    (
        "commandos_taking_up_positions_against_a_feared_attack_establish_a_base",
        "BAHRAIN, June 3 (Reuters) - British commandos flown in from a carrier landed on the island today "
        "and took up positions along the coast road, at the request of the ruler, who fears an attack "
        "from across the gulf.",
        "1961-06-03",
        "Headquarters or base established",
    ),
    (
        "marines_who_throw_a_perimeter_round_a_hotel_establish_a_base",
        "PORT-AU-PRINCE, May 2 (AP) - About 300 United States Marines flown in by helicopter set up a "
        "defense perimeter around a hotel on the edge of the capital last night.",
        "1965-05-02",
        "Headquarters or base established",
    ),
    (
        "youths_who_burn_churches_and_attack_christians_are_a_mob",
        "LAGOS, June 9 (Reuters) - Youths seeking revenge went on the rampage in the northern city "
        "yesterday, burning churches and attacking Christians, police said.",
        "1987-06-09",
        "Mob violence",
    ),
    (
        "crowds_who_stone_buses_carrying_people_home_are_a_mob",
        "BOSTON, Aug 29 (AP) - Crowds lining the roads out of the fairground stoned cars and buses carrying "
        "people home from a rally of the left-wing party last night, police said.",
        "1950-08-29",
        "Mob violence",
    ),
    (
        "a_crowd_of_a_sects_members_falling_on_students_is_a_mob",
        "KARACHI, June 2 (Reuters) - A crowd of members of a religious sect attacked a party of students "
        "at a railway station yesterday, injuring about 20 of them, police said.",
        "1974-06-02",
        "Mob violence",
    ),
    (
        "gangs_of_villagers_armed_with_machetes_who_kill_their_neighbours_are_a_mob",
        "NAIROBI, Feb 12 (Reuters) - Gangs of villagers armed with machetes and clubs have killed dozens of "
        "their neighbours and burned their homes in the hills since Sunday, church workers said.",
        "1993-02-12",
        "Mob violence",
    ),
    (
        "peasants_who_lock_pupils_in_a_building_and_burn_it_are_a_mob",
        "KIGALI, Nov 9 (Reuters) - Peasants rounded up about 40 pupils from a school on October 25, locked "
        "them in a storehouse and set it on fire, survivors said.",
        "1993-11-09",
        "Mob violence",
    ),
    (
        "crowds_who_loot_and_burn_stores_after_a_police_raid_riot",
        "NEWARK, July 14 (AP) - Crowds looted and set fire to stores along the avenue today after a police "
        "raid on a bar, and the governor sent in the National Guard.",
        "1967-07-14",
        "Violent demonstration",
    ),
    (
        "unpaid_workers_who_burn_the_government_house_as_police_fire_tear_gas_riot",
        "MENDOZA, Dec 2 (Reuters) - Thousands of provincial employees who have not been paid for months set "
        "fire to the government house today as police fired tear gas.",
        "1993-12-02",
        "Violent demonstration",
    ),
    (
        "police_who_break_up_a_sit_in_by_killing_use_excessive_force",
        "MANILA, Oct 8 (Reuters) - Police and troops stormed the campus at dawn today with rifles to break "
        "up a sit-in by students, killing dozens of them, witnesses said.",
        "1976-10-08",
        "Excessive force against protesters",
    ),
    (
        "police_who_fire_on_students_holding_a_banned_meeting_use_excessive_force",
        "ADDIS ABABA, Nov 4 (Reuters) - Police fired on students holding a banned meeting at the university "
        "last night, killing one student.",
        "1966-11-04",
        "Excessive force against protesters",
    ),
    (
        "bunkers_packed_with_rifles_found_are_a_cache_seized",
        "BELFAST, Feb 3 (Reuters) - Police and soldiers searching a farm found two underground bunkers "
        "packed with rifles, machine-guns and ammunition yesterday, the biggest find of guerrilla weapons "
        "for years.",
        "1986-02-03",
        "Disrupted weapons use",
    ),
    (
        "hundreds_of_rifles_recovered_after_an_air_drop_are_no_air_strike",
        "DHAKA, Dec 20 (Reuters) - Police have recovered hundreds of assault rifles and several rocket "
        "launchers dropped by parachute from an unidentified aircraft over villages near the border, "
        "officials said.",
        "1995-12-20",
        "Disrupted weapons use",
    ),
    (
        "an_independent_republic_proclaimed_in_liberated_ground_is_a_headquarters",
        "CONAKRY, Sept 30 (Reuters) - The movement said today that its assembly had proclaimed the "
        "independent Republic of Guinea-Bissau on Monday at a village in the liberated east of the colony.",
        "1973-09-30",
        "Headquarters or base established",
    ),
    (
        "a_government_moving_its_seat_establishes_a_headquarters",
        "HONG KONG, Dec 9 (AP) - The cabinet decided at an emergency meeting yesterday to move the seat of "
        "the government to the island, and ministries began flying their staffs and files across the strait "
        "today.",
        "1949-12-09",
        "Headquarters or base established",
    ),
    (
        "men_who_seize_a_consul_general_and_drive_him_off_abduct_him",
        "ANKARA, June 2 (AP) - Three armed men posing as repairmen seized the Dutch Consul-General at his "
        "home today and drove him off in a car, police said.",
        "1972-06-02",
        "Abduction/forced disappearance",
    ),
    (
        "raiders_who_escape_with_paintings_loot",
        "LONDON, April 9 (Reuters) - Four armed raiders tied up the owner of a country house last night and "
        "escaped with 12 paintings, among them two by Rembrandt, police said.",
        "1975-04-09",
        "Looting/property destruction",
    ),
    (
        "agents_who_kill_with_chocolates_laced_with_poison_use_a_chemical_weapon",
        "TEL AVIV, March 3 (Reuters) - Agents killed the guerrilla leader in 1978 by sending him chocolates "
        "laced with a slow-acting poison, a new book says.",
        "2006-03-03",
        "Chemical weapon",
    ),
    (
        "the_act_a_record_is_measured_from_is_no_event",
        "SEOUL, May 2 (AP) - More than 20,000 people rallied in the city centre on Sunday to demand the "
        "president's resignation, the biggest protest since the army seized power four years ago.",
        "1965-05-02",
        "Peaceful protest",
    ),
]

test_sub_event_type = sub_event_type_test(CASES)

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "a_large_number_killed_is_no_count",
        "TOKYO, Aug 30 (AP) - Soldiers killed a large number of refugees sheltering in a culvert near the "
        "village, survivors told reporters today.",
        "1950-08-30",
        "fatalities",
        "None",
    ),
    (
        "arab_gunmen_in_europe_are_no_ethnic_militia",
        "VIENNA, May 1 (Reuters) - Two Arab gunmen fired machine pistols at passengers waiting at the "
        "airline counter today, wounding three, police said.",
        "1981-05-01",
        "actor1",
        "Unidentified Armed Group (Austria)",
    ),
    (
        "early_today_dates_the_agreement",
        "NICOSIA, Feb 20 (Reuters) - Envoys of the government and of the guerrilla front signed an agreement "
        "in a village on the coast early today, ending the fighting that broke out in the capital in "
        "November.",
        "1963-02-20",
        "event_date",
        "1963-02-20",
    ),
    (
        "the_capital_of_a_story_on_foreign_marines_is_the_datelines",
        "PORT-AU-PRINCE, May 2 (AP) - About 300 United States Marines flown in by helicopter set up a "
        "defense perimeter around a hotel on the edge of the capital last night.",
        "1965-05-02",
        "location",
        "Port-au-Prince",
    ),
    (
        "rebel_forces_are_an_armed_group_where_no_separatists_are_known",
        "SAN JOSE, March 12 (AP) - Rebel forces captured the town of Liberia yesterday after a short fight "
        "with the garrison.",
        "1955-03-12",
        "actor1",
        "Unidentified Armed Group (Costa Rica)",
    ),
    (
        "a_fronts_tanks_are_the_fronts",
        "ADDIS ABABA, May 28 (Reuters) - Tanks of the Ethiopian People's Revolutionary Democratic Front "
        "rolled into the city at dawn today and took the presidential palace.",
        "1991-05-28",
        "actor1",
        "EPRDF: Ethiopian People's Revolutionary Democratic Front",
    ),
    (
        "the_land_a_movements_name_fights_for_is_no_place",
        "CONAKRY, Sept 30 (Reuters) - The African Party for the Independence of Guinea and Cape Verde said "
        "today that its assembly had proclaimed the independent Republic of Guinea-Bissau at Madina do Boe.",
        "1973-09-30",
        "location",
        "Madina do Boé",
    ),
    (
        "peiping_is_beijing",
        "TIENTSIN, Jan 31 (AP) - Communist troops marched into Peiping today and took over the ancient "
        "capital from the garrison, which had agreed to leave.",
        "1949-01-31",
        "location",
        "Beijing",
    ),
    (
        "the_capital_an_ambassador_is_posted_to_is_no_place",
        "GUATEMALA CITY, Jan 5 (AP) - Guerrillas burst into a dinner party at the home of a former minister "
        "last night and took about ten guests hostage, among them the Ambassador to Washington, the "
        "Government said.",
        "1970-01-05",
        "location",
        "Guatemala City",
    ),
    (
        "gunmen_who_held_an_ambassador_captive_abducted_him_the_day_they_seized_him",
        "SANTO DOMINGO, March 3 (AP) - Three gunmen who had held the Venezuelan Ambassador, Luis A. Perez, "
        "captive in his residence since they seized him there yesterday flew to Mexico today with eight "
        "prisoners released by the Dominican Government and a ransom, after freeing the ambassador unharmed. "
        "His secretary, who was taken hostage with him, was also released.",
        "1974-03-03",
        "event_date",
        "1974-03-02",
    ),
    (
        "a_place_that_names_another_massacre_is_not_the_grenades",
        "NICOSIA, Feb 11 (Reuters) - A hand grenade thrown into a crowd of demonstrators outside the prime "
        "minister's office tonight killed one of them, police said. Thousands had marched through the city "
        "to demand an inquiry into the Famagusta prison massacre.",
        "1974-02-11",
        "location",
        "Nicosia",
    ),
    (
        "the_toll_of_the_act_a_record_is_measured_from_is_not_the_storys",
        "LIMA, June 3 (Reuters) - Police fired tear gas at protesters in the city on Friday, the worst "
        "unrest since rebels killed 12 soldiers in May.",
        "1989-06-03",
        "fatalities",
        "None",
    ),
]

test_first_event_field = first_event_field_test(FIELDS)


def test_the_march_of_the_next_day_is_a_protest_of_its_own(pipeline: Pipeline, tmp_path: Path) -> None:
    text = (
        "ADDIS ABABA, Nov 4 (Reuters) - Police fired on students holding a banned meeting at the university "
        "last night, killing one student. Thousands of students and workers marched through the capital "
        "behind his coffin today, calling for an end to military rule."
    )
    events = story_events(pipeline, tmp_path, text, "1966-11-04")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters", "Peaceful protest"]
