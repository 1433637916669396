"""The catalogue beyond Ukraine: named groups, missions, parties and state branches of the world's conflicts,
the ethnic militias of more countries, the states added to the catalogue, and their government periods."""

from __future__ import annotations

import pytest

from frontwatch.extract import actor_catalogue as cat
from frontwatch.extract.actor_periods import dated_name, period_label
from frontwatch.extract.actors import find_actors, resolve_actor

# (surface form as the press writes it, story country or None, ACLED-style canonical name)
NAMED: list[tuple[str, str | None, str]] = [
    # Sahel and West Africa
    ("Dan Na Ambassagou", "ML", "Dan Na Ambassagou"),
    ("Dozo hunters", "ML", "Dozo Communal Militia (Mali)"),
    ("the Koglweogo", "BF", "Koglweogo Militia"),
    ("AQIM", "ML", "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("GATIA", "ML", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    ("Ansaroul Islam", "BF", "JNIM: Group for Support of Islam and Muslims"),
    ("Lakurawa militants", "NG", "Lakurawa"),
    ("the Eastern Security Network", "NG", "IPOB: Indigenous People of Biafra"),
    ("Amotekun operatives", "NG", "Amotekun Corps"),
    ("the Rapid Intervention Battalion", "CM", "Military Forces of Cameroon Rapid Intervention Battalion"),
    ("Amba separatists", "CM", "Ambazonian Separatists"),
    # Central Africa and the Great Lakes
    ("3R rebels", "CF", "3R: Return, Reclamation, Rehabilitation"),
    ("the Coalition of Patriots for Change", "CF", "CPC: Coalition of Patriots for Change"),
    ("anti-Balaka militias", "CF", "Anti-Balaka"),
    ("Twirwaneho fighters", "CD", "Twirwaneho"),
    ("RED-Tabara", "CD", "RED-Tabara: Resistance for the Rule of Law in Burundi"),
    ("the Imbonerakure", "BI", "Imbonerakure"),
    ("Mobondo militiamen", "CD", "Mobondo Militia"),
    ("FACT rebels", "TD", "FACT: Front for Change and Concord in Chad"),
    # Horn of Africa, Sudan, South Sudan
    ("the White Army", "SS", "White Army"),
    ("SSPDF", "SS", "Military Forces of South Sudan"),
    ("SPLA", "SS", "SPLM/A: Sudan People's Liberation Movement/Army"),
    ("the Sudan People's Liberation Army", "SD", "SPLM/A: Sudan People's Liberation Movement/Army"),
    ("GSU officers", "KE", "Police Forces of Kenya"),
    # national forces the press names by their own name
    ("three Carabineros", "CL", "Police Forces of Chile"),
    ("Gardai", "IE", "Police Forces of Ireland"),
    ("Pakistan Rangers", "PK", "Military Forces of Pakistan Rangers"),
    ("OMON riot police", "RU", "Police Forces of Russia (2000-) National Guard"),
    ("ESMAD", "CO", "Police Forces of Colombia ESMAD"),
    ("Policia Militar", "BR", "Police Forces of Brazil Military Police"),
    ("JEM rebels", "SD", "JEM: Justice and Equality Movement"),
    ("SLA-Minni Minawi", "SD", "SLM/A-MM: Sudan Liberation Movement/Army-Minni Minawi"),
    ("the joint forces of armed movements", "SD", "Darfur Joint Protection Force"),
    ("Puntland forces", "SO", "Military Forces of Somalia (2022-) Puntland"),
    ("Somaliland troops", "SO", "Military Forces of Somaliland"),
    ("KDF", "SO", "Military Forces of Kenya"),
    ("UPDF", "CD", "Military Forces of Uganda"),
    ("the Ogaden National Liberation Front", "ET", "ONLF: Ogaden National Liberation Front"),
    # Libya, Yemen, Iraq, Syria, Lebanon, Palestine
    ("the Radaa Special Deterrence Force", "LY", "Radaa Special Deterrence Force"),
    ("GNA forces", "LY", "Military Forces of Libya"),
    ("the Giants Brigades", "YE", "Giants Brigades"),
    ("Security Belt Forces", "YE", "Security Belt Forces"),
    ("Asaib Ahl al-Haq", "IQ", "Asaib Ahl al-Haq"),
    ("Harakat al-Nujaba", "IQ", "Harakat Hezbollah al-Nujaba"),
    ("Kurdish Peshmerga fighters", "IQ", "Peshmerga (Iraq)"),
    ("Ahrar al-Sham", "SY", "Ahrar al Sham"),
    ("the Nusra Front", "SY", "HTS: Hayat Tahrir al Sham"),  # "Jabhat al Nusra" before the 2017 merger
    ("the Men of Dignity movement", "SY", "Men of Dignity"),
    ("the Amal movement", "LB", "Amal Movement"),
    ("the Jenin Brigade", "PS", "Jenin Brigade"),
    ("the Lions' Den", "PS", "Lions' Den"),
    ("the PFLP", "PS", "PFLP: Popular Front for the Liberation of Palestine"),
    # Afghanistan, Pakistan, Iran
    ("the Haqqani network", "AF", "Haqqani Network"),
    ("Taliban authorities", "AF", "Government of Afghanistan"),
    ("Lashkar-e-Jhangvi", "PK", "LeJ: Lashkar-e-Jhangvi"),
    ("Jamaat-ul-Ahrar", "PK", "JuA: Jamaat-ul-Ahrar"),
    ("the Frontier Corps", "PK", "Military Forces of Pakistan Frontier Corps"),
    ("PTI supporters", "PK", "PTI: Pakistan Tehreek-i-Insaf"),
    ("the Basij", "IR", "Military Forces of Iran Basij"),
    # India, Bangladesh, Sri Lanka
    ("Maoist rebels", "IN", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Naxalites", "IN", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("ULFA-I", "IN", "ULFA-I: United Liberation Front of Asom-Independent"),
    ("the NSCN-IM", "IN", "NSCN-IM: National Socialist Council of Nagaland-Isak Muivah"),
    ("Hizbul Mujahideen", "IN", "Hizbul Mujahideen"),
    ("TRF militants", "IN", "TRF: The Resistance Front"),
    ("CRPF jawans", "IN", "Police Forces of India Central Reserve Police Force"),
    ("Bangladesh Chhatra League", "BD", "BCL: Bangladesh Chhatra League"),
    ("BNP activists", "BD", "BNP: Bangladesh Nationalist Party"),
    ("the Rapid Action Battalion", "BD", "Police Forces of Bangladesh Rapid Action Battalion"),
    # Myanmar, Thailand, Philippines, Indonesia
    (
        "the Restoration Council of Shan State",
        "MM",
        "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South",
    ),
    ("Pyu Saw Htee militia", "MM", "Pyu Saw Htee"),
    ("Barisan Revolusi Nasional", "TH", "BRN: Barisan Revolusi Nasional"),
    ("MILF rebels", "PH", "MILF: Moro Islamic Liberation Front"),
    ("Jamaah Ansharut Daulah", "ID", "JAD: Jamaah Ansharut Daulah"),
    ("the West Papua National Liberation Army", "ID", "TPNPB: West Papua National Liberation Army"),
    # Latin America and the Caribbean
    ("the Gulf Cartel", "MX", "Gulf Cartel"),
    ("Los Zetas", "MX", "Los Zetas"),
    ("Los Chapitos", "MX", "Sinaloa Cartel"),
    ("La Nueva Familia Michoacana", "MX", "La Familia Michoacana"),
    ("Los Choneros", "EC", "Los Choneros"),
    ("Los Lobos gang", "EC", "Los Lobos"),
    ("MS-13 gang members", "SV", "MS-13: Mara Salvatrucha"),
    ("Barrio 18", "GT", "Barrio 18"),
    ("Tren de Aragua", "VE", "Tren de Aragua"),
    ("Segunda Marquetalia", "CO", "Segunda Marquetalia"),
    ("the Gaitanist Army of Colombia", "CO", "Clan del Golfo"),
    ("Bwa Kale vigilantes", "HT", "Bwa Kale Movement"),
    # Europe and elsewhere
    ("the New IRA", "GB", "New IRA"),
    ("ETA militants", "ES", "ETA: Basque Homeland and Freedom"),
    # the same name, two wars: Macedonia's ethnic Albanian guerrillas of 2001, and Colombia's ELN
    ("the National Liberation Army", "MK", "NLA: National Liberation Army (Macedonia)"),
    ("the National Liberation Army", "CO", "ELN: National Liberation Army"),
    ("ZANU-PF youths", "ZW", "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
    ("the CHP", "TR", "CHP: Republican People's Party"),
]


@pytest.mark.parametrize(("text", "country", "expected"), NAMED)
def test_world_aliases_resolve_to_acled_names(text: str, country: str | None, expected: str) -> None:
    actor = resolve_actor(text, country_code=country)
    assert actor is not None, text
    assert actor.name == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Pokot gunmen", "KE", "Pokot Ethnic Militia (Kenya)"),
        ("Turkana herdsmen", "KE", "Turkana Ethnic Militia (Kenya)"),
        ("Druze fighters", "SY", "Druze Ethnic Militia (Syria)"),
        ("Twa militiamen", "CD", "Twa Ethnic Militia (Democratic Republic of Congo)"),
        ("Rizeigat militia", "SD", "Rizeigat Ethnic Militia (Sudan)"),
    ],
)
def test_ethnic_militias_of_more_groups(text: str, country: str, expected: str) -> None:
    actor = resolve_actor(text, country_code=country)
    assert actor is not None and actor.name == expected
    assert actor.inter == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zambian police", "Police Forces of Zambia"),
        ("Malawian soldiers", "Military Forces of Malawi"),
        ("the Cuban government", "Government of Cuba"),
        ("Papua New Guinea's army", "Military Forces of Papua New Guinea"),
        ("Congo-Brazzaville's army", "Military Forces of the Republic of Congo"),
    ],
)
def test_states_added_to_the_catalogue_have_generic_actors(text: str, expected: str) -> None:
    actor = resolve_actor(text)
    assert actor is not None and actor.name == expected


def test_state_branches_act_abroad_as_external_forces() -> None:
    at_home = resolve_actor("KDF", country_code="KE")
    abroad = resolve_actor("KDF", country_code="SO")
    assert at_home is not None and at_home.inter == 1
    assert abroad is not None and abroad.inter == 8 and abroad.side == "Kenya"


@pytest.mark.parametrize(
    "text",
    [
        "The Rada voted on the bill after a debate in parliament.",
        "AFP reported the news from the capital, citing a platform of donors.",
        "The Congress passed the budget and a cobra was seen near the ETA of the flight.",
        "Soldiers watched a border crossing near the Frontier of the town.",
        "The Government of National Unity in South Africa met in Cape Town.",
    ],
)
def test_ordinary_words_name_no_new_actor(text: str) -> None:
    """Short or common words in the new aliases need their context: none of these sentences names a group."""
    named = {spec.name for spec in cat.ACTORS}
    found = [m.actor.name for m in find_actors(text) if m.actor is not None]
    assert not [name for name in found if name in named and "Forces of" not in name], found


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        (
            "Military Forces of Libya",
            "2019-04-10",
            "Military Forces of Libya (2016-2021) Government of National Accord",
        ),
        (
            "Military Forces of Libya",
            "2023-09-12",
            "Military Forces of Libya (2021-) Government of National Unity",
        ),
        ("Military Forces of Thailand", "2016-05-01", "Military Forces of Thailand (2014-2019)"),
        ("Police Forces of Indonesia", "2019-05-22", "Police Forces of Indonesia (2014-2024)"),
        ("Government of Nicaragua", "2018-04-19", "Government of Nicaragua (2007-)"),
        (
            "Military Forces of the Philippines",
            "2013-09-09",
            "Military Forces of the Philippines (2010-2016)",
        ),
        ("Military Forces of Nigeria (2023-)", "2014-04-15", "Military Forces of Nigeria (2010-2015)"),
        ("Government of Egypt", "2013-08-14", "Government of Egypt (2013-2014)"),
        ("Military Forces of Bolivia", "2019-10-21", "Military Forces of Bolivia (2006-2019)"),
        (
            "Police Forces of India Central Reserve Police Force",
            "2021-04-03",
            "Police Forces of India (2014-) Central Reserve Police Force",
        ),
        # the day of the handover still belongs to the outgoing government
        ("Government of Tanzania", "2021-03-19", "Government of Tanzania (2015-2021)"),
        ("Government of Tanzania", "2021-03-20", "Government of Tanzania (2021-)"),
        # the SPLA was a rebel army until South Sudan's independence, and its army since
        (
            "SPLM/A: Sudan People's Liberation Movement/Army",
            "1992-07-13",
            "SPLM/A: Sudan People's Liberation Movement/Army",
        ),
        (
            "SPLM/A: Sudan People's Liberation Movement/Army",
            "2014-01-05",
            "Military Forces of South Sudan (2011-)",
        ),
        ("SPLM/A: Sudan People's Liberation Movement/Army", None, "Military Forces of South Sudan (2011-)"),
    ],
)
def test_government_periods_of_more_countries(name: str, day: str | None, expected: str) -> None:
    assert dated_name(name, day) == expected


def test_every_period_label_has_acled_year_form() -> None:
    """Labels are "(YYYY-YYYY)" or "(YYYY-)", possibly followed by the government's name (Libya), and every
    period but the last of a country has ended."""
    from frontwatch.extract.actor_periods import SUFFIX, periods

    for country, (starts, labels) in periods().items():
        assert list(starts) == sorted(starts), country
        assert all(SUFFIX.match(" " + label) for label in labels), country
        assert all("-)" not in label for label in labels[:-1]), country
        assert period_label(country, None) == labels[-1]


def test_named_actors_of_the_world_are_well_formed() -> None:
    kinds = {"military", "government", "police", "rebels", "militia", "armed group", "external"}
    names = [spec.name for spec in cat.ACTORS]
    assert len(names) == len(set(names))
    for spec in cat.ACTORS:
        # the one named group of people: foreign civilians, ACLED's "Civilians (International)"
        civilians = spec.kind == "civilians" and spec.name == "Civilians (International)" and spec.inter == 7
        assert civilians or (spec.kind in kinds and 1 <= spec.inter <= 8), spec.name
        assert spec.aliases or spec.name in (
            "Islamic State",
            "Al Qaeda",
            "Islamic State (Syria)",
            "Islamic State (Iraq)",
        )


def test_every_country_with_periods_is_catalogued() -> None:
    """A period table keyed by a name no state actor carries would never apply (a former state's applies
    through the countries that were part of it)."""
    from frontwatch.extract.actor_periods import former_states, periods

    of_names = {country.of_name for country in cat.COUNTRIES}
    assert sorted(set(periods()) - of_names - set(former_states().values())) == []
    assert sorted(set(former_states()) - of_names) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Special Task Force team of the state police fought Maoists in Narayanpur.", "IN"),
        ("The Rangers beat Celtic in Glasgow on Sunday.", "GB"),
    ],
)
def test_a_forces_generic_name_stays_home(text: str, country: str) -> None:
    """Sri Lanka's Special Task Force and Pakistan's Rangers are known by their country's name; the bare
    words name no foreign force (regression: an Indian police unit became Sri Lanka's)."""
    found = [m.actor.name for m in find_actors(text, country_code=country) if m.actor is not None]
    assert not [n for n in found if "Sri Lanka" in n or "Pakistan" in n], found
