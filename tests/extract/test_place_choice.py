"""Which words are places, and which place an event is coded at: regression tests named after the bugs."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.extract.capitals import named_capital
from frontwatch.model import Event
from frontwatch.runner import Coded, Pipeline


def _main_event(pipeline: Pipeline, tmp_path: Path, text: str, published: str = "2024-07-14") -> Event:
    """The first event of a story made of `text`."""
    story = tmp_path / "story.txt"
    story.write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    results = [r for r in pipeline.run([story]) if isinstance(r, Coded)]
    assert results and results[0].events, text
    return results[0].events[0]


def _first_event(pipeline: Pipeline, tmp_path: Path, text: str) -> tuple[str | None, str | None]:
    """(location, country code) of the story's first event."""
    event = _main_event(pipeline, tmp_path, text)
    return event.location, event.country_code


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a hyphen inside a dateline's name split it: "PORT", "AU" (Australia), "PRINCE"
        (
            "PORT-AU-PRINCE — Haiti's president was shot dead by gunmen who stormed his residence "
            "overnight, officials said on Wednesday.",
            ("Port-au-Prince", "HT"),
        ),
        # a surname read as a Mexican town
        (
            "RIO DE JANEIRO — Marielle Franco, a city councillor, was shot dead in her car on Wednesday "
            "night, police said.",
            ("Rio de Janeiro", "BR"),
        ),
        # "in Indian Kashmir" gave a Chinese village (a spelling rule made "Indian" of "Yindian")
        (
            "Gunmen opened fire on tourists in a meadow near Pahalgam in Indian Kashmir on Tuesday, "
            "killing 26 people, police said.",
            ("Pahalgam", "IN"),
        ),
        # "Sector 10" was a village called Sector
        (
            "CHANDIGARH — Two men threw a hand grenade at a house in Sector 10 of Chandigarh on Wednesday, "
            "injuring no one, police said.",
            ("Chandigarh", "IN"),
        ),
        # a word qualifying a noun ("from Christian students") was a Kansas town
        (
            "GARISSA, Kenya — Gunmen stormed a college at dawn on Thursday, separating Muslim from "
            "Christian students and killing 147 people, officials said.",
            ("Garissa", "KE"),
        ),
        # the club before a footballer's name was the place of his parents' kidnapping
        (
            "Gunmen kidnapped the parents of Liverpool striker Luis Diaz at a petrol station in Barrancas "
            "in northern Colombia on Saturday, officials said.",
            ("Barrancas", "CO"),
        ),
        # the dateline's state did not settle which Butler the story meant
        (
            "BUTLER, Pennsylvania (AP) — A gunman opened fire at a campaign rally in Butler on Saturday, "
            "killing a spectator.",
            ("Butler", "US"),
        ),
        # a noun after a place's name ("township", "refugee camp") does not make it a mere qualifier
        (
            "A military air strike hit a crowd in Pazigyi village, in Sagaing region's Kanbalu township, "
            "killing around 100 people on Tuesday, witnesses said.",
            ("Kanbalu", "MM"),
        ),
        (
            "An Israeli air strike hit the Jabalia refugee camp in northern Gaza on Tuesday, killing dozens "
            "of people, health officials said.",
            ("Jabālyā", "PS"),
        ),
        # ACLED's "City - District" was no place at all
        (
            "On 16 April 2022, Russian forces shelled Kyiv - Darnytskyi. 1 civilian was killed.",
            ("Kyiv", "UA"),
        ),
        # "Shakhta imeni Gagarina" (a mine settlement) was Shakhta, a town 1,750 km away
        (
            "On 22 May 2022, Ukrainian forces fired artillery at DPR positions in Shakhta imeni Gagarina, "
            "Donetsk. Casualties unknown.",
            ("Donetsk", "UA"),
        ),
        # a unit named after a town ("Azov battalion") was the place of a clash in Mariupol
        (
            "On 26 March 2022, there was an armed clash between Ukrainian forces, including Azov battalion, "
            "and Russian forces in Mariupol, Donetsk. Casualties unknown.",
            ("Mariupol", "UA"),
        ),
        # a city put in the wrong region by the writer fell back to the region
        (
            "On 3 June 2022, Russian forces assaulted Ukrainian positions near Lysychansk, Donetsk and were "
            "repulsed. Casualties unknown.",
            ("Lysychansk", "UA"),
        ),
        # a note that says where it is coded was placed at the district it named first
        (
            "On 12 May 2022, Russian forces shelled the outskirts of Novomoskovskyi district in "
            "Dnipropetrovsk region (coded to Dnipro). No casualties.",
            ("Dnipro", "UA"),
        ),
        # "the Sumy region" tagged as an organisation was dropped like "the Congress"
        (
            "Russian forces shelled villages in the Sumy region on Monday, the regional governor said.",
            ("Sumy", "UA"),
        ),
        # a country doing something was taken for the place ("the devastation Russia has inflicted")
        (
            "Russian rockets killed at least eight people in eastern Ukraine on Sunday, local officials "
            "said, a reminder of the damage Russia has inflicted on civilians.",
            ("Ukraine", "UA"),
        ),
        # a town in a side clause of its own ("as fears grow that X could fall") took the event
        (
            "The last Ukrainian troops in the eastern city of Sievierodonetsk have been ordered to withdraw "
            "to avoid encirclement, as fears grow that Lysychansk could be next.",
            ("Siverskodonetsk", "UA"),
        ),
        # a ship named like a town in Maryland
        (
            "The U.S. destroyer Carney downed four drones over the Gulf of Aden on Sunday, officials said.",
            ("Gulf of Aden", "YE"),
        ),
        # the sea the guns fire from took the event from the land they hit
        (
            "On 3 May 2022, Russian forces fired naval artillery from the Black Sea at Zatoka, Odesa. "
            "Casualties unknown.",
            ("Zatoka", "UA"),
        ),
        # "Gaza, Qatar's foreign ministry said" put Gaza inside Qatar
        (
            "Israel and Hamas agreed on Wednesday to a four-day pause in fighting in Gaza, Qatar's foreign "
            "ministry said.",
            ("Gaza", "PS"),
        ),
        # a sea hanging from other nouns took the strikes from the country they hit
        (
            "U.S. and British warplanes struck Houthi military targets across Yemen early on Friday, in "
            "retaliation for the group's attacks on shipping in the Red Sea, officials said.",
            ("Yemen", "YE"),
        ),
        # people fled from one town to another: the flight is where they left
        (
            "On 29 March 2022, about 300 residents of Orikhiv, Zaporizhia, were evacuated to Dnipro. "
            "No casualties.",
            ("Orikhiv", "UA"),
        ),
        # a known word opening an unknown name: "Shakhta" was the Russian town 1,800 km away
        (
            "On 31 May 2022, Ukrainian forces fired 120mm mortars at DPR positions in Shakhta Trudovskaya, "
            "Donetsk. Casualties unknown.",
            ("Donetsk", "UA"),
        ),
        # a city's quarter named like a Russian city went 1,275 km away
        (
            "On 2 March 2022, Russian forces shelled an artillery training centre in Kirov microdistrict in "
            "Sumy. Casualties unknown.",
            ("Sumy", "UA"),
        ),
        # the first word of a river's name was read as a Russian town
        (
            "On 11 May 2022, a Russian battalion tried to cross the Siverskyi Donets River near "
            "Bilohorivka, Luhansk region, and was repelled.",
            ("Bilohorivka", "UA"),
        ),
        # a deal signed abroad was placed at the venue, not on the parties' ground
        (
            "PRETORIA — Sudan's army and the Rapid Support Forces signed a ceasefire agreement in Pretoria "
            "on Friday, African Union mediators said.",
            ("Sudan", "SD"),
        ),
        # where the deal applies is no venue: the pause in fighting in Gaza stays in Gaza
        (
            "Israel and Hamas agreed on Wednesday to a four-day pause in fighting in Gaza, mediators said "
            "in Doha.",
            ("Gaza", "PS"),
        ),
        # a town named by nothing else in the story is read in the dateline's country first
        (
            "TEGUCIGALPA — An environmental activist was killed after gunmen forced their way into her home "
            "in La Esperanza overnight, her family said on Thursday.",
            ("La Esperanza", "HN"),
        ),
        # ... but a country named in the text stays that country
        (
            "HAVANA — The government of Colombia and the ELN signed a ceasefire agreement on Friday.",
            ("Colombia", "CO"),
        ),
        # a dateline that names its country outweighs a namesake abroad nothing else speaks for
        (
            "GUAYAQUIL, Ecuador — Rival gangs fought with guns and knives through the night inside "
            "Guayaquil's Litoral penitentiary, leaving 68 inmates dead, officials said.",
            ("Guayaquil", "EC"),
        ),
        (
            "KOYA, Iraq — Iranian drones struck Kurdish opposition camps around Koya on Wednesday, killing "
            "13 people, health officials said.",
            ("Iraq", "IQ"),
        ),
        # a square named like a town abroad, and the first half of a hyphenated name ("Al", a Norwegian town)
        ("Thousands of people rallied in Al-Karama Square in Suwayda on Friday.", ("As-Suwayda", "SY")),
        # a route's other end is not where the story is: the town is Syria's, though filed from Beirut
        (
            "BEIRUT — Syrian troops captured the border town of Qusayr on Wednesday, cutting the rebels' "
            "supply route from Lebanon, the army said.",
            ("Al Quşayr", "SY"),
        ),
        # a street named after a town abroad, its word before the name
        (
            "MADRID — Police fired rubber bullets at protesters on Calle Toledo in Madrid on Saturday night.",
            ("Madrid", "ES"),
        ),
        # a gang's name read as a town in Guinea-Bissau
        (
            "MANAUS — Members of the Familia do Norte gang attacked rivals from the PCC at a prison "
            "complex in Manaus on Sunday, officials said, and 56 inmates were killed.",
            ("Manaus", "BR"),
        ),
        # a district the gazetteer lacks, named after its town: not Bolivia's Beni department
        (
            "Suspected ADF rebels killed at least 36 villagers in the Beni territory of North Kivu on "
            "Wednesday night, a local administrator said.",
            ("Beni", "CD"),
        ),
        # a title read as a Chinese town
        (
            "Police defused two bombs near the grounds where the Dalai Lama had been preaching in Bodh Gaya "
            "on Friday night, officials said.",
            ("Bodh Gaya", "IN"),
        ),
        # a given name ending in "in" is no place cue for the surname (Lorenzana, Italy, outvoted Marawi)
        (
            "A Philippine air force plane dropped a bomb on its own troops during a raid in Marawi on "
            "Wednesday, killing ten soldiers, Defence Secretary Delfin Lorenzana said.",
            ("Marawi City", "PH"),
        ),
        # a hyphenated name of seven tokens is one place, not its first two words
        (
            "Two attackers stormed a church in Saint-Etienne-du-Rouvray on Tuesday, killing the priest, "
            "prosecutors said.",
            ("Saint-Étienne-du-Rouvray", "FR"),
        ),
        # fire lands where it hits, not where it was fired from
        (
            "A rocket fired from Gaza hit a house in Ashkelon on Tuesday, wounding two people, medics said.",
            ("Ashkelon", "IL"),
        ),
        (
            "Several rockets fired from Ethiopia's Tigray region landed in Asmara, the Eritrean capital, "
            "late on Saturday, diplomats said.",
            ("Asmara", "ER"),
        ),
        # a sentence naming only the region its dateline's town lies in is told from that town
        (
            "MINATITLAN, Mexico — Gunmen set fire to a bar on Saturday night, killing eight people, Veracruz "
            "state officials said.",
            ("Minatitlán", "MX"),
        ),
        # a dateline's province says the country: no Caledonia in Wisconsin, no Ontario in California
        (
            "CALEDONIA, Ontario - Provincial police arrested 16 protesters who had occupied a building site "
            "on the edge of Caledonia, on Thursday.",
            ("Ontario", "CA"),
        ),
        # a capital's dateline speaks for its country against a namesake abroad (Westminster, Colorado)
        (
            "LONDON - A man drove a van into pedestrians on Westminster Bridge on Wednesday afternoon, "
            "killing two people, police said.",
            ("City of Westminster", "GB"),
        ),
        # "Roma" is a people, not Rome
        (
            "Residents armed with clubs set fire to shacks in two Roma camps in the Ponticelli district of "
            "Naples late on Tuesday, police said.",
            ("Ponticelli", "IT"),
        ),
        # not when the sentence names a place of its own the gazetteer lacks
        (
            "GOLD COAST — Two police officers were shot dead at a remote property at Wieambilla, in "
            "Queensland, on Monday, police said.",
            ("Queensland", "AU"),
        ),
    ],
)
def test_event_place(pipeline: Pipeline, tmp_path: Path, text: str, place: tuple[str, str]) -> None:
    assert _first_event(pipeline, tmp_path, text) == place


def test_a_person_named_again_by_one_name_is_no_place(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "Abiy, who was unhurt" (after "Prime Minister Abiy Ahmed") was an Ethiopian village."""
    text = (
        "ADDIS ABABA — A grenade exploded at a rally for Prime Minister Abiy Ahmed on Saturday, killing one "
        "person, officials said. Abiy, who was unhurt, blamed his opponents."
    )
    assert _first_event(pipeline, tmp_path, text) == ("Addis Ababa", "ET")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kyiv's military administration said air defences had destroyed more than 40 drones over the "
            "capital overnight.",
            ("Kyiv", "UA"),
        ),
        (
            "Protesters clashed with police in the Sudanese capital on Thursday, witnesses said.",
            ("Khartoum", "SD"),
        ),
    ],
)
def test_the_capital_is_a_place(
    pipeline: Pipeline, tmp_path: Path, text: str, place: tuple[str, str]
) -> None:
    """ "over the capital", "in the Sudanese capital": the sentence's place, though it names no city."""
    assert _first_event(pipeline, tmp_path, text) == place


def test_a_capital_of_no_country_is_not_guessed(pipeline: Pipeline) -> None:
    assert named_capital("fighters entered the Darfur capital on Friday", pipeline.gazetteer, ["SD"]) is None
    found = named_capital("drones flew over the capital", pipeline.gazetteer, ["UA"])
    assert found is not None and found[0].name == "Kyiv" and found[1:] == (17, 28)


def test_a_story_placed_only_by_its_dateline_has_that_countrys_police(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "CHANDIGARH — ..., police said": the police are India's, though the text names no country."""
    text = (
        "CHANDIGARH — Two men threw a hand grenade at a house in Sector 10 of Chandigarh on Wednesday "
        "evening, injuring no one, police said."
    )
    assert _main_event(pipeline, tmp_path, text, "2024-09-12").claimant_side == "India"


def test_a_district_word_before_the_comma_keeps_the_region(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "Pisky district, Donetsk" went to the Pisky of the Poltava region, 400 km away."""
    text = "On 28 May 2022, Russian forces shelled Pisky district, Donetsk. No casualties."
    event = _main_event(pipeline, tmp_path, text, "2022-05-28")
    assert (event.location, event.admin1) == ("Pisky", "Donetsk")


def test_a_dateline_town_the_gazetteer_lacks_still_gives_its_country(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "RAMBUKKANA, Sri Lanka —" with no Rambukkana in the gazetteer: the event was left with no place,
    no country and so no police of any country; the dateline's country places it."""
    text = (
        "RAMBUKKANA, Sri Lanka — Police opened fire on protesters blocking a railway line in Rambukkana "
        "on Tuesday, killing one man, hospital officials said."
    )
    event = _main_event(pipeline, tmp_path, text, "2022-04-19")
    assert (event.country_code, event.geo_precision) == ("LK", 3)
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Sri Lanka")


def test_a_place_naming_another_incident_is_not_the_events(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "accountability for the Novi Sad railway station disaster" put a Belgrade protest in Novi Sad."""
    text = (
        "BELGRADE — Tens of thousands of people filled the streets of central Belgrade on Saturday in "
        "the biggest protest in Serbia in years, led by students demanding accountability for the Novi "
        "Sad railway station disaster."
    )
    assert _first_event(pipeline, tmp_path, text) == ("Belgrade", "RS")


def test_a_citys_diplomatic_quarter_is_the_city_not_its_government(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "in Kabul's diplomatic quarter" read Kabul as a government ("Kabul's decision") and lost it."""
    text = "A car bomb exploded in Kabul's diplomatic quarter on Wednesday, killing four people, police said."
    assert _first_event(pipeline, tmp_path, text) == ("Kabul", "AF")


def test_the_first_word_of_a_longer_cued_name_is_no_town_abroad(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "the town of Phan Ri Cua" was Phan, a Thai village, which made the rioters Thailand's."""
    text = (
        "HANOI — Hundreds of protesters hurled rocks at police and set fire to a government building in the "
        "town of Phan Ri Cua on Sunday."
    )
    event = _main_event(pipeline, tmp_path, text, "2018-06-11")
    assert (event.location, event.actor1) != ("Phan", "Rioters (Thailand)")
    assert event.actor1 == "Rioters (Vietnam)"


def test_a_country_across_the_border_is_not_the_place(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "an army camp in Inates near the border with Mali" happened in Niger, where the story was filed."""
    text = (
        "NIAMEY — Islamist fighters attacked an army camp in Inates near the border with Mali on Tuesday, "
        "killing 71 soldiers in Niger's deadliest attack in years, the defence ministry said."
    )
    event = _main_event(pipeline, tmp_path, text, "2019-12-12")
    assert event.country_code == "NE"
    # the ministry that speaks, unnamed, is the one of the country where it happened
    assert event.claimant_side == "Niger"


def test_an_office_named_without_its_country_speaks_for_the_place(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "..., the government said" in a story on Burkina Faso was read as Spain's government."""
    text = (
        "OUAGADOUGOU — Soldiers recovered 79 bodies in Seytenga, in northern Burkina Faso's Seno province, "
        "after suspected jihadists went from house to house killing men over the weekend, the government "
        "said on Tuesday."
    )
    assert _main_event(pipeline, tmp_path, text, "2022-06-14").claimant_side == "Burkina Faso"


def test_a_lead_that_names_the_attack_gives_way_to_the_attack_at_home(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "The attack came as the minister was visiting London." opened a story on a bombing in Pakistan: it
    was coded as a fight of its own, and the bombing, whose town the gazetteer lacks, was put in London."""
    text = (
        "PESHAWAR, Pakistan — The attack came as the interior minister was visiting London. Militants drove "
        "an explosives-laden truck into a police post in Garhi Bakhtiar before dawn on Tuesday, killing 12 "
        "policemen, officials said."
    )
    event = _main_event(pipeline, tmp_path, text, "2023-12-12")
    assert (event.sub_event_type, event.country_code) == ("Suicide bomb", "PK")


def test_a_place_with_its_region_in_brackets_is_no_work_of_art(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "Aleppo (Aleppo)", as ACLED's notes write a place and its region, was tagged a work of art and its
    town read as part of a name: the event had no place."""
    text = (
        "On 10 August 2016, shelling hit the Zubdiya neighbourhood of Aleppo (Aleppo). 3 civilians were "
        "killed."
    )
    event = _main_event(pipeline, tmp_path, text, "2016-08-11")
    assert (event.location, event.country_code) == ("Aleppo", "SY")


def test_a_first_level_area_named_tells_the_storys_country(pipeline: Pipeline) -> None:
    """ "Bassa ... of Plateau State": the Bassa in Nigeria's Plateau, not the bigger Tuscan village, so the
    story is about Nigeria and its unnamed attackers are Nigeria's. A district ("the Mayo district of
    southern Khartoum") is no first-level area: County Mayo's namesake of Khartoum does not count."""
    from datetime import date

    from frontwatch.extract.locate import read_places
    from frontwatch.model import RawDocument
    from frontwatch.normalise import normalise

    def focus(text: str) -> tuple[str, ...]:
        raw = RawDocument(doc_id="story", source="story", text=text, media_type="jsonl")
        doc = normalise(raw, default_date=date(2025, 4, 15))
        return read_places(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer).focus

    assert focus("Herdsmen stormed a village in the Bassa area of Plateau State on Sunday.")[0] == "NG"
    assert focus("A drone struck a market in the Mayo district of southern Khartoum on Sunday.")[0] == "SD"
