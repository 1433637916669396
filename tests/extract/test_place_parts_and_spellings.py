"""Which place an event is coded at, where a name is part of a city, a town's part, a romanised spelling,
a common word or a side clause: regression tests named after the bugs (the texts are our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.runner import Pipeline
from stories import story_events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a part of a city its possessive names lies in that city, whatever namesake abroad it has
        (
            "A gunman shot dead three shoppers at a supermarket on Buffalo's East Side on Saturday, police "
            "said.",
            ("Buffalo", "US"),
        ),
        (
            "A bomb went off in a restaurant on Cape Town's Victoria and Alfred Waterfront on Tuesday night, "
            "wounding 20 people, police said.",
            ("Cape Town", "ZA"),
        ),
        # the part's namesakes abroad do not move the city there ("Milltown" is also a town in Maine, as
        # is Belfast)
        (
            "A gunman threw grenades at mourners in Belfast's Milltown Cemetery on Wednesday, killing three "
            "people, police said.",
            ("Belfast", "GB"),
        ),
        # the press's romanisation of a city's name, which GeoNames keeps only as an alternate
        (
            "KABUL (Reuters) - Taliban fighters took control of Mazar-i-Sharif on Saturday after government "
            "forces fled, officials said.",
            ("Mazār-e Sharīf", "AF"),
        ),
        # where the victims were when the act befell them ("as they picnicked near the town of X")
        (
            "NOUAKCHOTT, Dec 25 (Reuters) - Gunmen shot dead four French tourists and seriously wounded a "
            "fifth as they picnicked by the roadside near the town of Kiffa, about 600 km east of "
            "Nouakchott, on Monday, officials said.",
            ("Kiffa", "MR"),
        ),
        # a common word the tagger took for a place ("a disputed hacienda") is none
        (
            "BACOLOD, Philippines — Gunmen shot dead six farm workers as they slept in tents on a disputed "
            "hacienda in Sagay, Negros Occidental, late on Saturday, police said.",
            ("Sagay", "PH"),
        ),
        # "the George compounds" of Lusaka are no South African town
        (
            "Police in Lusaka said that crowds had looted shops owned by foreigners in the Matero and George "
            "compounds on Monday.",
            ("Lusaka", "ZM"),
        ),
        # where the crowd the police met had gathered ("tear gas ... against thousands of people who had
        # gathered outside the governor's office in the town of X, in the Y region")
        (
            "Police fired tear gas on Sunday at thousands of people who had gathered outside the governor's "
            "office in the town of Zhanaozen, in Kazakhstan's Mangystau region, witnesses said.",
            ("Zhanaozen", "KZ"),
        ),
        # a region above the provinces ("Iraq's Kurdistan region") is as vague as the country
        (
            "Security forces in Iraq's Kurdistan region opened fire on protesters who set fire to a party "
            "office in the town of Chamchamal on Monday, killing two people, officials said.",
            ("Jamjamāl", "IQ"),
        ),
        # a town told with the area it lies in, in apposition ("in Kato Achaia, in the western Peloponnese"),
        # is the place, whatever area the gazetteer files the town under
        (
            "ATHENS — Foremen at a farm in Kato Achaia, in the western Peloponnese, opened fire with "
            "shotguns on Tuesday on migrant workers demanding unpaid wages, wounding eight of them, police "
            "said.",
            ("Káto Achaḯa", "GR"),
        ),
        # where the source sits ("the Ekiti State police command said") is not where it happened
        (
            "Five traders were abducted on Tuesday evening when gunmen stopped their bus on a road near "
            "Igbara-Odo, the Ekiti State police command said.",
            ("Igbara-Odo", "NG"),
        ),
        # ... but stays the place when the act names none of its own besides the country
        (
            "Around 16 May 2022 (as reported), the permanent representative of the President of Ukraine in "
            "the Autonomous Republic of Crimea reported that Russian soldiers in the Simferopol detention "
            "centre tortured civilian hostages.",
            ("Crimea", "UA"),
        ),
        # the first word of a group's name ("the Dera Sach Khand sect") is no place
        (
            "Six men armed with knives attacked two visiting preachers of the Dera Sach Khand sect at a "
            "temple in Vienna on Sunday, wounding them and 15 other people, police said. News of the attack "
            "set off riots in India's Punjab state.",
            ("Vienna", "AT"),
        ),
    ],
)
def test_event_place(pipeline: Pipeline, tmp_path: Path, text: str, place: tuple[str, str]) -> None:
    events = story_events(pipeline, tmp_path, text, "2024-07-14")
    assert events and (events[0].location, events[0].country_code) == place, text
