"""The actor catalogue: plain data, read once by `frontwatch.extract.actors` to build its index.

Naming follows ACLED's codebook conventions:

* state forces are "Military Forces of COUNTRY (PERIOD)", "Police Forces of COUNTRY (PERIOD)" and
  "Government of COUNTRY (PERIOD)", where PERIOD is the start year of the current government period;
  a branch is appended after the period ("Military Forces of Russia (2000-) Air Force");
* generic groups carry the country in brackets: "Civilians (Mali)", "Protesters (Ukraine)",
  "Rioters (Kenya)", "Unidentified Armed Group (Nigeria)";
* named non-state groups use "ACRONYM: Full Name" where the group is best known by an acronym.

Where ACLED's exact label for a group is not settled here, the name follows the same pattern
(e.g. "Houthi Movement", "Gaza Health Ministry", "Government of the Donetsk People's Republic");
persons are not actors of their own but speak for the actor in `PersonSpec.actor`.

Period suffixes are given only where the start of the current period is well established
(see `CountrySpec.period`); elsewhere the name carries no suffix. Suffixes describe the government in
office now, so events long in the past may get a later period than a hand coder would give them.

Inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
6 protesters, 7 civilians, 8 external/other forces. The code here is the actor's code at home; the
resolver turns 1 into 8 when a state's forces act in another country.

Aliases are matched case-insensitively, token by token: hyphens count as spaces, "'s" is a token of
its own, no alias spans a comma, bracket, dash or full stop, accents are ignored, and the plural and
singular of the nouns in `PLURALS` are the same token. A token written entirely in capitals ("SBU",
"AA", "US") only matches capitals in the text, and in country names, capitals, demonyms and names of
persons a capitalised word only matches a capitalised word ("Turkey", not "turkey").
"""

from __future__ import annotations

from typing import NamedTuple


class CountrySpec(NamedTuple):
    """A country, with the words the press uses for it, from which generic actors are built."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # as ACLED writes it in brackets: "Democratic Republic of Congo"
    of_name: str  # as it follows "Forces of": "the Democratic Republic of Congo"
    period: str  # "(2019-)" or "" when not known
    side: str  # the side of its state forces
    demonyms: tuple[str, ...]
    names: tuple[str, ...]  # names used for the state as a whole ("Ukraine", "DRC")
    capitals: tuple[str, ...]  # capitals used for the government ("Kyiv said")


class ActorSpec(NamedTuple):
    """A canonical actor and the surface forms that name it."""

    name: str
    inter: int
    side: str | None
    country_code: str | None
    kind: str
    aliases: tuple[str, ...]
    plover: str = ""  # PLOVER/CAMEO-style agent type; from PLOVER_OVERRIDES or `kind` when empty


class PersonSpec(NamedTuple):
    """A named person whose statements are claims of the actor they speak for."""

    name: str
    role: str
    actor: str  # canonical name of an ActorSpec or of a generic country actor
    aliases: tuple[str, ...]


# Actor kinds: "military", "government", "police", "rebels", "militia", "armed group" (unidentified),
# "external" (mercenaries, peacekeepers and other forces from outside), "civilians", "protesters", "rioters".
# PLOVER/CAMEO-style agent types by actor kind, with per-actor exceptions.
PLOVER_BY_KIND: dict[str, str] = {
    "military": "MIL",
    "government": "GOV",
    "police": "COP",
    "rebels": "REB",
    "militia": "UAF",
    "armed group": "UAF",
    "external": "UAF",
    "civilians": "CVL",
    "protesters": "OPP",
    "rioters": "OPP",
}
PLOVER_OVERRIDES: dict[str, str] = {
    "Police Forces of Russia (2000-) Federal Security Service": "SPY",
    "Police Forces of Ukraine (2019-) Security Service of Ukraine": "SPY",
    "Police Forces of Israel (2022-) Shin Bet": "SPY",
    "MONUSCO: United Nations Stabilization Mission in the Democratic Republic of Congo": "IGO",
    "MINUSCA: United Nations Stabilization Mission in the Central African Republic": "IGO",
    "MINUSMA: United Nations Stabilization Mission in Mali (2013-2023)": "IGO",
    "UNMISS: United Nations Mission in South Sudan": "IGO",
    "UNIFIL: United Nations Interim Force in Lebanon": "IGO",
    "ATMIS: African Union Transition Mission in Somalia (2022-2024)": "IGO",
    "AMISOM: African Union Mission in Somalia (2007-2022)": "IGO",
    "AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)": "IGO",
    "MSS: Multinational Security Support Mission in Haiti": "IGO",
    "NATO: North Atlantic Treaty Organization": "IGO",
    "Viv Ansanm": "CRM",
    "G9 an Fanmi e Alye": "CRM",
    "G-Pep": "CRM",
    "400 Mawozo": "CRM",
    "Gran Grif": "CRM",
    "Village de Dieu Gang": "CRM",
}

# Plural nouns that name the same thing as their singular; both sides of a match are folded with this.
PLURALS: dict[str, str] = {
    "forces": "force",
    "troops": "troop",
    "soldiers": "soldier",
    "servicemen": "serviceman",
    "paratroopers": "paratrooper",
    "marines": "marine",
    "units": "unit",
    "brigades": "brigade",
    "battalions": "battalion",
    "regiments": "regiment",
    "guards": "guard",
    "warplanes": "warplane",
    "jets": "jet",
    "bombers": "bomber",
    "helicopters": "helicopter",
    "drones": "drone",
    "missiles": "missile",
    "warships": "warship",
    "defences": "defence",
    "defenses": "defense",
    "policemen": "policeman",
    "officers": "officer",
    "gendarmes": "gendarme",
    "civilians": "civilian",
    "villagers": "villager",
    "residents": "resident",
    "citizens": "citizen",
    "children": "child",
    "women": "woman",
    "men": "man",
    "gunmen": "gunman",
    "militiamen": "militiaman",
    "herdsmen": "herdsman",
    "fishermen": "fisherman",
    "students": "student",
    "pupils": "pupil",
    "farmers": "farmer",
    "herders": "herder",
    "worshippers": "worshipper",
    "journalists": "journalist",
    "refugees": "refugee",
    "migrants": "migrant",
    "workers": "worker",
    "passengers": "passenger",
    "families": "family",
    "patients": "patient",
    "doctors": "doctor",
    "medics": "medic",
    "nurses": "nurse",
    "teachers": "teacher",
    "shoppers": "shopper",
    "pedestrians": "pedestrian",
    "protesters": "protester",
    "protestors": "protester",
    "protestor": "protester",
    "demonstrators": "demonstrator",
    "marchers": "marcher",
    "rioters": "rioter",
    "looters": "looter",
    "mobs": "mob",
    "militants": "militant",
    "rebels": "rebel",
    "separatists": "separatist",
    "fighters": "fighter",
    "jihadists": "jihadist",
    "insurgents": "insurgent",
    "bandits": "bandit",
    "attackers": "attacker",
    "assailants": "assailant",
    "gangs": "gang",
    "gangsters": "gangster",
    "militias": "militia",
    "settlers": "settler",
    "mercenaries": "mercenary",
    "peacekeepers": "peacekeeper",
    "houthis": "houthi",
    "defenders": "defender",
    "invaders": "invader",
    "occupiers": "occupier",
    "reservists": "reservist",
    "rescuers": "rescuer",
    "paramilitaries": "paramilitary",
    "governors": "governor",
    "leaders": "leader",
}

# --------------------------------------------------------------------------------------------------
# Countries. Generic actors (military, police, government, air force, navy, civilians, protesters,
# rioters, unidentified armed group, unidentified gang) are built for each of them.

COUNTRIES: tuple[CountrySpec, ...] = (
    CountrySpec(
        "UA", "Ukraine", "Ukraine", "(2019-)", "Ukraine", ("Ukrainian",), ("Ukraine",), ("Kyiv", "Kiev")
    ),
    CountrySpec(
        "RU", "Russia", "Russia", "(2000-)", "Russia", ("Russian",), ("Russia", "Russian Federation"),
        ("Moscow",)
    ),
    CountrySpec(
        "BY", "Belarus", "Belarus", "(1994-)", "Belarus", ("Belarusian", "Belarusan", "Belorussian"),
        ("Belarus",), ("Minsk",),
    ),
    CountrySpec("MD", "Moldova", "Moldova", "", "Moldova", ("Moldovan",), ("Moldova",), ("Chisinau",)),
    CountrySpec("GE", "Georgia", "Georgia", "", "Georgia", ("Georgian",), ("Georgia",), ("Tbilisi",)),
    CountrySpec("AM", "Armenia", "Armenia", "", "Armenia", ("Armenian",), ("Armenia",), ("Yerevan",)),
    CountrySpec(
        "AZ", "Azerbaijan", "Azerbaijan", "", "Azerbaijan", ("Azerbaijani", "Azeri"), ("Azerbaijan",),
        ("Baku",)
    ),
    CountrySpec("PL", "Poland", "Poland", "", "Poland", ("Polish",), ("Poland",), ("Warsaw",)),
    CountrySpec("DE", "Germany", "Germany", "", "Germany", ("German",), ("Germany",), ("Berlin",)),
    CountrySpec("FR", "France", "France", "", "France", ("French",), ("France",), ("Paris",)),
    CountrySpec(
        "GB", "United Kingdom", "the United Kingdom", "", "United Kingdom", ("British",),
        ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"), ("London",),
    ),
    CountrySpec(
        "US", "United States", "the United States", "", "United States", ("American", "US", "U.S."),
        ("United States", "US", "U.S.", "USA", "America"), ("Washington",),
    ),
    CountrySpec("TR", "Turkey", "Turkey", "", "Turkey", ("Turkish",), ("Turkey", "Türkiye", "Turkiye"),
        ("Ankara",)),
    CountrySpec("IL", "Israel", "Israel", "(2022-)", "Israel", ("Israeli",), ("Israel",), ()),
    CountrySpec("PS", "Palestine", "Palestine", "", "Palestine", ("Palestinian",), ("Palestine",), ()),
    CountrySpec("LB", "Lebanon", "Lebanon", "", "Lebanon", ("Lebanese",), ("Lebanon",), ("Beirut",)),
    CountrySpec("SY", "Syria", "Syria", "(2024-)", "Syria", ("Syrian",), ("Syria",), ("Damascus",)),
    CountrySpec("IQ", "Iraq", "Iraq", "", "Iraq", ("Iraqi",), ("Iraq",), ("Baghdad",)),
    CountrySpec("IR", "Iran", "Iran", "", "Iran", ("Iranian",), ("Iran",), ("Tehran",)),
    CountrySpec("JO", "Jordan", "Jordan", "", "Jordan", ("Jordanian",), ("Jordan",), ("Amman",)),
    CountrySpec("YE", "Yemen", "Yemen", "", "Yemen", ("Yemeni",), ("Yemen",), ()),
    CountrySpec("SA", "Saudi Arabia", "Saudi Arabia", "", "Saudi Arabia", ("Saudi",), ("Saudi Arabia",),
        ("Riyadh",)),
    CountrySpec(
        "AE", "United Arab Emirates", "the United Arab Emirates", "", "United Arab Emirates", ("Emirati",),
        ("United Arab Emirates", "UAE"), ("Abu Dhabi",),
    ),
    CountrySpec("QA", "Qatar", "Qatar", "", "Qatar", ("Qatari",), ("Qatar",), ("Doha",)),
    CountrySpec("EG", "Egypt", "Egypt", "", "Egypt", ("Egyptian",), ("Egypt",), ("Cairo",)),
    CountrySpec("LY", "Libya", "Libya", "", "Libya", ("Libyan",), ("Libya",), ("Tripoli",)),
    CountrySpec("SD", "Sudan", "Sudan", "(2019-)", "Sudan: SAF", ("Sudanese",), ("Sudan",), ("Khartoum",)),
    CountrySpec(
        "SS", "South Sudan", "South Sudan", "", "South Sudan", ("South Sudanese",), ("South Sudan",),
        ("Juba",)
    ),
    CountrySpec("ET", "Ethiopia", "Ethiopia", "(2018-)", "Ethiopia", ("Ethiopian",), ("Ethiopia",),
        ("Addis Ababa",)),
    CountrySpec("ER", "Eritrea", "Eritrea", "", "Eritrea", ("Eritrean",), ("Eritrea",), ("Asmara",)),
    CountrySpec("SO", "Somalia", "Somalia", "(2022-)", "Somalia", ("Somali",), ("Somalia",), ("Mogadishu",)),
    CountrySpec("KE", "Kenya", "Kenya", "", "Kenya", ("Kenyan",), ("Kenya",), ("Nairobi",)),
    CountrySpec("UG", "Uganda", "Uganda", "", "Uganda", ("Ugandan",), ("Uganda",), ("Kampala",)),
    CountrySpec("RW", "Rwanda", "Rwanda", "", "Rwanda", ("Rwandan",), ("Rwanda",), ("Kigali",)),
    CountrySpec("BI", "Burundi", "Burundi", "", "Burundi", ("Burundian",), ("Burundi",),
        ("Gitega", "Bujumbura")),
    CountrySpec(
        "CD", "Democratic Republic of Congo", "the Democratic Republic of Congo", "(2019-)", "DRC",
        ("Congolese",),
        (
            "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "Congo",
            "Congo-Kinshasa",
        ),
        ("Kinshasa",),
    ),
    CountrySpec(
        "CF", "Central African Republic", "the Central African Republic", "", "Central African Republic",
        ("Central African",), ("Central African Republic", "CAR"), ("Bangui",),
    ),
    CountrySpec("TD", "Chad", "Chad", "", "Chad", ("Chadian",), ("Chad",), ("N'Djamena", "Ndjamena")),
    CountrySpec("CM", "Cameroon", "Cameroon", "", "Cameroon", ("Cameroonian",), ("Cameroon",), ("Yaounde",)),
    CountrySpec("NG", "Nigeria", "Nigeria", "(2023-)", "Nigeria", ("Nigerian",), ("Nigeria",), ("Abuja",)),
    CountrySpec("NE", "Niger", "Niger", "(2023-)", "Niger", ("Nigerien",), ("Niger",), ("Niamey",)),
    CountrySpec("ML", "Mali", "Mali", "(2021-)", "Mali", ("Malian",), ("Mali",), ("Bamako",)),
    CountrySpec(
        "BF", "Burkina Faso", "Burkina Faso", "(2022-)", "Burkina Faso", ("Burkinabe", "Burkina"),
        ("Burkina Faso",),
        ("Ouagadougou",),
    ),
    CountrySpec("MR", "Mauritania", "Mauritania", "", "Mauritania", ("Mauritanian",), ("Mauritania",),
        ("Nouakchott",)),
    CountrySpec("SN", "Senegal", "Senegal", "", "Senegal", ("Senegalese",), ("Senegal",), ("Dakar",)),
    CountrySpec("BJ", "Benin", "Benin", "", "Benin", ("Beninese",), ("Benin",), ("Porto-Novo", "Cotonou")),
    CountrySpec("TG", "Togo", "Togo", "", "Togo", ("Togolese",), ("Togo",), ("Lome",)),
    CountrySpec("GH", "Ghana", "Ghana", "", "Ghana", ("Ghanaian",), ("Ghana",), ("Accra",)),
    CountrySpec(
        "CI", "Ivory Coast", "Ivory Coast", "", "Ivory Coast", ("Ivorian",), ("Ivory Coast", "Cote d'Ivoire"),
        ("Abidjan", "Yamoussoukro"),
    ),
    CountrySpec("GN", "Guinea", "Guinea", "", "Guinea", ("Guinean",), ("Guinea",), ("Conakry",)),
    CountrySpec("DZ", "Algeria", "Algeria", "", "Algeria", ("Algerian",), ("Algeria",), ("Algiers",)),
    CountrySpec("TN", "Tunisia", "Tunisia", "", "Tunisia", ("Tunisian",), ("Tunisia",), ("Tunis",)),
    CountrySpec("MA", "Morocco", "Morocco", "", "Morocco", ("Moroccan",), ("Morocco",), ("Rabat",)),
    CountrySpec("MZ", "Mozambique", "Mozambique", "", "Mozambique", ("Mozambican",), ("Mozambique",),
        ("Maputo",)),
    CountrySpec(
        "ZA", "South Africa", "South Africa", "", "South Africa", ("South African",), ("South Africa",),
        ("Pretoria",)
    ),
    CountrySpec("AF", "Afghanistan", "Afghanistan", "", "Afghanistan", ("Afghan",), ("Afghanistan",),
        ("Kabul",)),
    CountrySpec("PK", "Pakistan", "Pakistan", "", "Pakistan", ("Pakistani",), ("Pakistan",), ("Islamabad",)),
    CountrySpec("IN", "India", "India", "", "India", ("Indian",), ("India",), ("New Delhi",)),
    CountrySpec("BD", "Bangladesh", "Bangladesh", "", "Bangladesh", ("Bangladeshi",), ("Bangladesh",),
        ("Dhaka",)),
    CountrySpec(
        "MM", "Myanmar", "Myanmar", "(2021-)", "Myanmar: military", ("Myanmar", "Burmese"),
            ("Myanmar", "Burma"),
        ("Naypyidaw", "Naypyitaw", "Nay Pyi Taw"),
    ),
    CountrySpec("TH", "Thailand", "Thailand", "", "Thailand", ("Thai",), ("Thailand",), ("Bangkok",)),
    CountrySpec(
        "PH", "Philippines", "the Philippines", "", "Philippines", ("Filipino", "Philippine"),
        ("Philippines",),
        ("Manila",),
    ),
    CountrySpec("CN", "China", "China", "", "China", ("Chinese",), ("China",), ("Beijing",)),
    CountrySpec("TW", "Taiwan", "Taiwan", "", "Taiwan", ("Taiwanese",), ("Taiwan",), ("Taipei",)),
    CountrySpec(
        "KP", "North Korea", "North Korea", "", "North Korea", ("North Korean",), ("North Korea",),
        ("Pyongyang",)
    ),
    CountrySpec("KR", "South Korea", "South Korea", "", "South Korea", ("South Korean",), ("South Korea",),
        ("Seoul",)),
    CountrySpec("JP", "Japan", "Japan", "", "Japan", ("Japanese",), ("Japan",), ("Tokyo",)),
    CountrySpec("HT", "Haiti", "Haiti", "", "Haiti", ("Haitian",), ("Haiti",), ("Port-au-Prince",)),
    CountrySpec("CO", "Colombia", "Colombia", "", "Colombia", ("Colombian",), ("Colombia",), ("Bogota",)),
    CountrySpec("VE", "Venezuela", "Venezuela", "", "Venezuela", ("Venezuelan",), ("Venezuela",),
        ("Caracas",)),
    CountrySpec("MX", "Mexico", "Mexico", "", "Mexico", ("Mexican",), ("Mexico",), ("Mexico City",)),
    CountrySpec("EC", "Ecuador", "Ecuador", "", "Ecuador", ("Ecuadorian",), ("Ecuador",), ("Quito",)),
    CountrySpec("BR", "Brazil", "Brazil", "", "Brazil", ("Brazilian",), ("Brazil",), ("Brasilia",)),
    CountrySpec("PE", "Peru", "Peru", "", "Peru", ("Peruvian",), ("Peru",), ()),
)

# Head nouns combined with a demonym ("Russian troops"), a possessive country or capital ("Russia's army",
# "Kyiv's forces") or a country name ("Ukraine government") to name a country's generic actors.
MILITARY_HEADS: tuple[str, ...] = (
    "forces", "troops", "army", "soldiers", "military", "armed forces", "servicemen", "soldier", "troop",
    "paratroopers", "marines", "special forces", "ground forces", "infantry", "artillery", "tanks",
    "defence forces", "defense forces", "security forces", "military forces", "government forces",
    "government troops", "drones", "missiles", "shelling", "military units", "units", "army units",
    "reservists", "general staff", "military command", "commanders", "army officers", "officers",
)
AIR_FORCE_HEADS: tuple[str, ...] = (
    "air force", "air forces", "warplanes", "jets", "fighter jets", "military jets", "bombers", "aviation",
    "military aircraft", "helicopters", "attack helicopters", "air defence", "air defense",
    "air defence forces",
    "air defense forces", "air defence systems", "air defense systems", "aerospace forces",
)
NAVY_HEADS: tuple[str, ...] = ("navy", "naval forces", "warships", "fleet", "coast guard")
POLICE_HEADS: tuple[str, ...] = (
    "police", "police forces", "police officers", "policemen", "riot police", "national police", "gendarmes",
    "gendarmerie", "law enforcement",
)
GOVERNMENT_HEADS: tuple[str, ...] = (
    "government", "authorities", "officials", "official", "president", "prime minister", "presidency",
    "cabinet", "leadership", "leader", "regime", "administration", "foreign ministry",
    "ministry of foreign affairs",
    "defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "interior ministry",
    "ministry of interior", "foreign minister", "defence minister", "defense minister", "interior minister",
    "government officials", "state authorities", "embassy", "parliament", "junta", "military government",
)
# Heads that also follow a bare country name ("Sudan army", "Ukraine government").
BARE_NAME_HEADS: frozenset[str] = frozenset(
    {
        "forces", "troops", "army", "military", "armed forces", "soldiers", "air force", "navy", "police",
        "government", "authorities", "officials", "president", "defence ministry", "defense ministry",
        "foreign ministry", "interior ministry", "junta", "regime", "security forces", "coast guard",
    }
)
CIVILIAN_HEADS: tuple[str, ...] = (
    "civilians", "residents", "villagers", "people", "citizens", "nationals", "children", "women", "farmers",
    "fishermen", "students", "pupils", "journalists", "refugees", "migrants", "workers", "aid workers",
    "passengers", "worshippers", "families", "displaced people", "shoppers", "pedestrians", "medics",
    "doctors",
    "nurses", "patients", "teachers", "civilian", "herders",
)
PROTESTER_HEADS: tuple[str, ...] = ("protesters", "protestors", "demonstrators", "marchers")
RIOTER_HEADS: tuple[str, ...] = ("rioters", "mob", "looters")
UNIDENTIFIED_HEADS: tuple[str, ...] = (
    "gunmen", "armed men", "militants", "bandits", "armed bandits", "jihadists", "insurgents",
)

# Country-dependent surface forms: what they name depends on the country where the story happens.
# The resolver maps each template key to an actor for that country.
TEMPLATE_ALIASES: dict[str, tuple[str, ...]] = {
    "civilians": (
        "civilians", "civilian", "residents", "villagers", "people", "children", "women", "farmers",
        "fishermen",
        "students", "pupils", "journalists", "aid workers", "passengers", "worshippers", "displaced people",
        "shoppers", "pedestrians", "medics", "patients", "local residents", "civilian population",
        "bystanders",
        "family members", "mourners", "local people", "unarmed civilians", "women and children",
    ),
    "protesters": ("protesters", "protestors", "demonstrators", "marchers", "anti-government protesters"),
    "rioters": ("rioters", "mob", "angry mob", "looters", "angry crowd", "rioting youths"),
    "unidentified": (
        "gunmen", "unidentified gunmen", "unknown gunmen", "armed men", "unidentified armed men",
        "unknown armed men", "unidentified attackers", "unknown attackers", "unidentified assailants",
        "armed assailants", "assailants", "attackers", "militants", "suspected militants", "armed group",
        "armed groups", "unidentified armed group", "unknown armed group", "bandits", "armed bandits",
        "suspected bandits", "jihadists", "suspected jihadists", "insurgents", "suspected insurgents",
        "non-state armed group", "masked men", "armed individuals",
    ),
    "gangs": (
        "gang", "gangs", "gang members", "gangsters", "armed gangs", "criminal gangs", "gang leader",
        "gang leaders", "gang coalition", "gang alliance",
    ),
    "military": (
        "the army", "the military", "government forces", "government troops", "security forces",
        "federal forces", "federal troops", "state forces", "army troops", "army soldiers",
        "the armed forces",
        "military forces", "army units", "national army", "pro-government forces", "loyalist forces",
        "junta forces", "junta troops", "junta soldiers",
    ),
    "air_force": ("the air force", "air force", "military aircraft", "army helicopters",
    "military helicopters"),
    "police": (
        "police", "the police", "policemen", "police officers", "police officer", "riot police", "gendarmes",
        "gendarmerie", "police forces", "law enforcement", "security officers",
    ),
    "government": (
        "the government", "authorities", "the authorities", "local authorities", "regional authorities",
        "local officials", "regional officials", "government officials", "the presidency",
        "the interior ministry",
        "the defence ministry", "the defense ministry", "the foreign ministry", "the ministry of defence",
        "the ministry of defense", "the governor", "regional governor", "the regional governor",
        "provincial governor",
        "state governor", "district commissioner", "the president", "the prime minister", "the cabinet",
    ),
    "health_ministry": ("the health ministry", "health ministry", "ministry of health", "health officials"),
    "junta": ("the junta", "junta", "military junta", "ruling junta", "military government",
    "military regime"),
    "regime": ("regime forces", "regime troops", "regime soldiers", "the regime", "regime warplanes"),
    "separatists": ("separatists", "separatist", "rebels", "rebel forces", "rebel fighters", "the rebels"),
    "paramilitary": (
        "paramilitary", "paramilitaries", "paramilitary forces", "the paramilitary force",
        "paramilitary group",
        "paramilitary fighters",
    ),
    "resistance": ("resistance fighters", "resistance forces", "resistance groups", "armed resistance"),
    "peacekeepers": (
        "peacekeepers", "UN peacekeepers", "U.N. peacekeepers", "United Nations peacekeepers", "blue helmets",
        "UN peacekeeping mission", "UN mission", "UN peacekeeping force",
    ),
    "au_forces": (
        "AU forces", "AU troops", "AU peacekeepers", "African Union forces", "African Union troops",
        "African Union peacekeepers", "African Union mission",
    ),
    "islamic_state": (
        "Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State group", "IS group", "IS militants",
        "IS fighters",
        "IS jihadists", "Islamic State militants", "Islamic State fighters", "Islamic State jihadists",
        "ISIS militants", "ISIS fighters", "Islamic State affiliate", "Islamic State-linked militants",
        "Islamic State-linked fighters",
    ),
    "al_qaeda": (
        "al-Qaeda", "al-Qaida", "al Qaeda", "Qaeda", "al-Qaeda militants", "al-Qaeda fighters",
        "al-Qaeda-linked militants", "al-Qaeda-linked fighters", "al-Qaeda affiliate",
        "al-Qaeda-linked group",
        "al-Qaeda-linked jihadists",
    ),
    "sna": ("SNA",),
    "naf": ("NAF",),
    # mentions of armed people that cannot be attributed without more context
    "unresolved": ("troops", "soldiers", "fighters", "militiamen", "militia", "militias", "servicemen"),
}

# Ethnic militias ("Fulani militia" -> "Fulani Ethnic Militia (Nigeria)") for the story country.
ETHNIC_GROUPS: tuple[str, ...] = (
    "Fulani", "Peul", "Dogon", "Bambara", "Hausa", "Tiv", "Berom", "Lendu", "Hema", "Nuer", "Lou Nuer",
    "Dinka",
    "Murle", "Misseriya", "Masalit", "Arab", "Kuki", "Meitei", "Zaghawa", "Oromo", "Somali", "Afar", "Gumuz",
)
ETHNIC_MILITIA_HEADS: tuple[str, ...] = (
    "militia", "militias", "militiamen", "gunmen", "fighters", "ethnic militia", "armed men", "herdsmen",
    "self-defence group", "self-defense group", "vigilantes",
)
# Where the Islamic State's regional branches operate, by story country.
ISLAMIC_STATE_BRANCHES: dict[str, str] = {
    "NG": "Islamic State (West Africa)",
    "TD": "Islamic State (West Africa)",
    "CM": "Islamic State (West Africa)",
    "ML": "Islamic State (Sahel)",
    "BF": "Islamic State (Sahel)",
    "NE": "Islamic State (Sahel)",
    "CD": "Islamic State (Central Africa)",
    "UG": "Islamic State (Central Africa)",
    "MZ": "Islamic State (Mozambique)",
    "SO": "Islamic State (Somalia)",
    "SY": "Islamic State (Syria)",
    "IQ": "Islamic State (Iraq)",
    "AF": "Islamic State (Khorasan)",
    "PK": "Islamic State (Khorasan)",
}
AL_QAEDA_BRANCHES: dict[str, str] = {
    "ML": "JNIM: Group for Support of Islam and Muslims",
    "BF": "JNIM: Group for Support of Islam and Muslims",
    "NE": "JNIM: Group for Support of Islam and Muslims",
    "BJ": "JNIM: Group for Support of Islam and Muslims",
    "TG": "JNIM: Group for Support of Islam and Muslims",
    "SO": "Al Shabaab",
    "KE": "Al Shabaab",
    "YE": "AQAP: Al Qaeda in the Arabian Peninsula",
}
PEACEKEEPING_MISSIONS: dict[str, str] = {
    "CD": "MONUSCO: United Nations Stabilization Mission in the Democratic Republic of Congo",
    "CF": "MINUSCA: United Nations Stabilization Mission in the Central African Republic",
    "ML": "MINUSMA: United Nations Stabilization Mission in Mali (2013-2023)",
    "SS": "UNMISS: United Nations Mission in South Sudan",
    "LB": "UNIFIL: United Nations Interim Force in Lebanon",
    "SO": "ATMIS: African Union Transition Mission in Somalia (2022-2024)",
}

# --------------------------------------------------------------------------------------------------
# Named actors. Where a name equals that of a generic country actor, this entry supplies its extra aliases.

_RU = "Russia"
_UA = "Ukraine"
_RU_MIL = "Military Forces of Russia (2000-)"
_RU_GOV = "Government of Russia (2000-)"
_UA_MIL = "Military Forces of Ukraine (2019-)"
_UA_GOV = "Government of Ukraine (2019-)"
_NAF = "NAF: United Armed Forces of Novorossiya"
_DPR_GOV = "Government of the Donetsk People's Republic"
_LPR_GOV = "Government of the Luhansk People's Republic"
_IL_MIL = "Military Forces of Israel (2022-)"
_IL_GOV = "Government of Israel (2022-)"
_US_GOV = "Government of the United States"
_US_MIL = "Military Forces of the United States"

_UA_REGIONS: tuple[str, ...] = (
    "Kharkiv", "Donetsk", "Luhansk", "Sumy", "Chernihiv", "Dnipropetrovsk", "Mykolaiv", "Odesa", "Odessa",
    "Kherson",
    "Zaporizhzhia", "Kyiv", "Poltava", "Lviv", "Khmelnytskyi", "Zhytomyr", "Vinnytsia", "Kirovohrad",
    "Cherkasy",
)
_RU_REGIONS: tuple[str, ...] = ("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Krasnodar")

ACTORS: tuple[ActorSpec, ...] = (
    # ---- Russia
    ActorSpec(
        _RU_MIL, 1, _RU, "RU", "military",
        (
            "Moscow's forces", "Moscow's troops", "Moscow's army", "Moscow's military", "Kremlin's forces",
            "Kremlin's troops", "Kremlin's army", "Russian Armed Forces",
            "Armed Forces of the Russian Federation",
            "Russian Ground Forces", "Russian invaders", "Russian occupiers", "Russian occupation forces",
            "Russian occupying forces", "occupying forces", "the occupiers", "invading forces",
            "invading Russian forces",
            "Russian airborne forces", "VDV", "Spetsnaz", "Russian General Staff", "Russia's General Staff",
            "Storm-Z", "Russian military command", "Russian border guards", "Russian Western Group of Forces",
            "Russian Southern Group of Forces", "Russian Central Group of Forces",
            "Russian Eastern Group of Forces",
            "Russian mobilised soldiers", "Russian mobilized soldiers", "Russian conscripts",
        ),
    ),
    ActorSpec(
        f"{_RU_MIL} Air Force", 1, _RU, "RU", "military",
        ("Russian Aerospace Forces", "VKS", "Russia's Aerospace Forces", "Russian strategic bombers"),
    ),
    ActorSpec(
        f"{_RU_MIL} Navy", 1, _RU, "RU", "military",
        (
            "Black Sea Fleet", "Russia's Black Sea Fleet", "Russian Black Sea Fleet", "Baltic Fleet",
            "Northern Fleet",
            "Pacific Fleet", "Caspian Flotilla", "Russian naval forces",
        ),
    ),
    ActorSpec(
        f"{_RU_MIL} Chechen Special Forces", 1, _RU, "RU", "military",
        (
            "Chechen forces", "Chechen fighters", "Chechen units", "Chechen troops", "Chechen soldiers",
            "Chechen special forces", "Kadyrovites", "Kadyrovtsy", "Kadyrov's forces", "Kadyrov's fighters",
            "Kadyrov's men", "Akhmat", "Akhmat battalion", "Akhmat special forces", "Akhmat unit",
            "Akhmat fighters",
        ),
    ),
    ActorSpec(
        f"{_RU_MIL} Africa Corps", 8, _RU, "RU", "military",
        ("Africa Corps", "Russian Africa Corps", "Russia's Africa Corps", "Africa Corps fighters"),
    ),
    ActorSpec(
        "Police Forces of Russia (2000-) National Guard", 1, _RU, "RU", "police",
        (
            "Rosgvardia", "Rosgvardiya", "Rosguard", "Russian National Guard", "Russia's National Guard",
            "National Guard of Russia", "National Guard of the Russian Federation",
        ),
    ),
    ActorSpec(
        "Police Forces of Russia (2000-) Federal Security Service", 1, _RU, "RU", "police",
        ("FSB", "Federal Security Service", "Russia's Federal Security Service",
            "Russian Federal Security Service",
         "Russian security services", "Russia's security services"),
    ),
    ActorSpec(
        "Wagner Group", 8, _RU, "RU", "external",
        (
            "Wagner", "Wagner Group", "Wagner PMC", "PMC Wagner", "Wagner mercenaries", "Wagner fighters",
            "Wagner forces", "Wagner troops", "Wagnerites", "Wagner private military company",
            "Wagner private military group", "Wagner mercenary group", "Russian mercenaries",
            "Wagner paramilitaries",
            "Russian paramilitaries", "Russian private military contractors", "Russian instructors",
            "Russian paramilitary group Wagner",
        ),
    ),
    ActorSpec(
        _RU_GOV, 1, _RU, "RU", "government",
        (
            "Kremlin", "the Kremlin", "Kremlin spokesman", "Kremlin spokesperson", "Kremlin officials",
            "Russian Ministry of Defence", "Russian Ministry of Defense",
            "Ministry of Defence of the Russian Federation",
            "Russian MoD", "Russia's MoD", "Russian Foreign Ministry", "Russia's Investigative Committee",
            "Russian Investigative Committee", "Russian state media", "Russian state news agencies",
            "Moscow-installed officials", "Moscow-installed authorities", "Moscow-installed leader",
            "Moscow-installed governor", "Moscow-installed administration", "Moscow-installed official",
            "Moscow-appointed officials", "Moscow-appointed governor", "Moscow-appointed official",
            "Moscow-appointed leader", "Russian-installed officials", "Russian-installed authorities",
            "Russian-installed leader", "Russian-installed governor", "Russian-installed administration",
            "Russian-installed official", "Russian-appointed officials", "Russian-appointed governor",
            "Russian-appointed official", "Russian-appointed leader", "Russia-installed officials",
            "Russia-installed authorities", "Russia-installed leader", "Russia-installed governor",
            "Russia-installed official", "Russia-appointed officials", "Russia-appointed governor",
            "Kremlin-installed officials", "Kremlin-installed leader", "Kremlin-installed governor",
            "Kremlin-installed authorities", "Kremlin-backed leader", "Kremlin-backed officials",
            "Kremlin-backed official", "Kremlin-backed authorities", "Kremlin-backed governor",
            "Kremlin-appointed governor", "Kremlin-appointed leader", "Kremlin-appointed officials",
            "Moscow-backed leader", "Moscow-backed officials", "Moscow-backed official",
            "Moscow-backed authorities",
            "Moscow-backed governor", "Russian-backed leader", "Russian-backed officials",
            "Russian-backed official",
            "Russian-backed authorities", "Russian-backed governor", "Russia-backed leader",
            "Russia-backed officials",
            "Russia-backed authorities", "pro-Russian authorities", "pro-Russian officials",
            "pro-Russian official",
            "pro-Moscow authorities", "pro-Moscow officials", "Russian occupation authorities",
            "occupation authorities", "Russian occupation administration",
            "Russian-installed occupation authorities",
            *(f"{region} governor" for region in _RU_REGIONS),
            *(f"{region} regional governor" for region in _RU_REGIONS),
            *(f"{region} region governor" for region in _RU_REGIONS),
            *(f"governor of {region}" for region in _RU_REGIONS),
            *(f"governor of the {region} region" for region in _RU_REGIONS),
        ),
    ),
    # ---- Ukraine
    ActorSpec(
        _UA_MIL, 1, _UA, "UA", "military",
        (
            "Armed Forces of Ukraine", "the Armed Forces of Ukraine", "Ukrainian Armed Forces", "ZSU", "AFU",
            "Ukraine's General Staff", "Ukrainian General Staff",
            "General Staff of the Armed Forces of Ukraine",
            "General Staff of Ukraine", "General Staff of Ukraine's Armed Forces", "Ukrainian defenders",
            "Ukraine's defenders", "Ukrainian military intelligence", "Ukraine's military intelligence",
            "HUR", "GUR", "Main Intelligence Directorate", "Ukrainian special forces",
            "Ukraine's Special Operations Forces", "Ukrainian Special Operations Forces",
            "Ukrainian Ground Forces",
            "International Legion", "Ukraine's International Legion", "Operational Command South",
            "Ukraine's southern command", "Ukraine's Southern Command", "Southern Defence Forces",
            "Southern Defense Forces", "Ukraine's southern military command", "Khortytsia group",
            "Khortytsia operational-strategic group", "Tavria group", "Tavria operational-strategic group",
            "Ukrainian military officials", "Ukraine's military command", "Ukrainian military command",
            "Ukraine's Unmanned Systems Forces", "Unmanned Systems Forces", "Ukrainian drone units",
            "Ukrainian Marine Corps", "Ukrainian marines", "Ukrainian brigade",
            "Ukrainian brigades", "Ukrainian partisans",
        ),
    ),
    ActorSpec(
        f"{_UA_MIL} Air Force", 1, _UA, "UA", "military",
        (
            "Ukrainian Air Force", "Ukraine's air force", "Ukrainian air defence", "Ukrainian air defense",
            "Ukraine's air defence", "Ukraine's air defense", "Ukrainian air defences",
            "Ukraine's air defences",
            "Air Force of Ukraine", "Air Force of the Armed Forces of Ukraine", "Ukrainian air force command",
        ),
    ),
    ActorSpec(
        f"{_UA_MIL} National Guard", 1, _UA, "UA", "military",
        (
            "National Guard of Ukraine", "Ukraine's National Guard", "Ukrainian National Guard",
            "Azov Regiment", "Azov Brigade", "Azov Battalion", "Azov fighters", "Khartia Brigade",
        ),
    ),
    ActorSpec(
        f"{_UA_MIL} Territorial Defense Forces", 1, _UA, "UA", "military",
        (
            "Territorial Defence", "Territorial Defense", "Territorial Defence Forces",
            "Territorial Defense Forces",
            "territorial defence units", "territorial defense units", "Ukraine's Territorial Defence",
            "Ukraine's Territorial Defense", "Ukrainian Territorial Defence", "Ukrainian territorial defense",
        ),
    ),
    ActorSpec(
        f"{_UA_MIL} Border Guard Service", 1, _UA, "UA", "military",
        (
            "State Border Guard Service", "State Border Guard Service of Ukraine", "State Border Service",
            "Ukrainian border guards", "Ukraine's border guards", "Ukraine's border guard service",
            "Ukrainian border guard service", "Ukraine's State Border Guard Service", "DPSU",
        ),
    ),
    ActorSpec(
        "Police Forces of Ukraine (2019-) Security Service of Ukraine", 1, _UA, "UA", "police",
        (
            "SBU", "Security Service of Ukraine", "Ukraine's Security Service", "Ukrainian Security Service",
            "Ukraine's security services", "Ukrainian security services", "SBU security service",
            "Ukraine's SBU", "Ukrainian SBU",
        ),
    ),
    ActorSpec(
        "Police Forces of Ukraine (2019-)", 1, _UA, "UA", "police",
        ("National Police of Ukraine", "Ukraine's National Police", "Ukrainian National Police"),
    ),
    ActorSpec(
        f"{_UA_GOV} State Emergency Service", 1, _UA, "UA", "government",
        (
            "State Emergency Service", "State Emergency Service of Ukraine",
            "Ukraine's State Emergency Service",
            "Ukrainian State Emergency Service", "Ukraine's emergency service",
            "Ukraine's emergency services",
            "Ukrainian emergency services", "Ukrainian emergency service", "DSNS", "Ukrainian rescuers",
            "Ukraine's emergency ministry",
        ),
        "GOV",
    ),
    ActorSpec(
        _UA_GOV, 1, _UA, "UA", "government",
        (
            "Ukraine's president", "Ukrainian president", "President of Ukraine",
            "Ukraine's presidential office",
            "Ukrainian presidential office", "Office of the President of Ukraine", "Verkhovna Rada",
            "Ukraine's parliament", "Ukrainian parliament", "Ukraine's prosecutor general",
            "Ukraine's Prosecutor General's Office", "Ukrainian prosecutors", "Ukraine's prosecutors",
            "Ukrainian ombudsman", "Ukraine's human rights ombudsman", "Kyiv government",
            "Ukraine's energy ministry", "Ukrenergo", "Ukrainian officials", "Ukrainian authorities",
            *(f"{region} governor" for region in _UA_REGIONS),
            *(f"{region} regional governor" for region in _UA_REGIONS),
            *(f"{region} region governor" for region in _UA_REGIONS),
            *(f"governor of {region}" for region in _UA_REGIONS),
            *(f"governor of the {region} region" for region in _UA_REGIONS),
            *(f"{region} regional military administration" for region in _UA_REGIONS),
            *(f"{region} regional administration" for region in _UA_REGIONS),
            *(f"{region} military administration" for region in _UA_REGIONS),
            *(f"{region} city military administration" for region in _UA_REGIONS),
            *(f"{region} mayor" for region in _UA_REGIONS),
            *(f"mayor of {region}" for region in _UA_REGIONS),
        ),
    ),
    # ---- Separatists in eastern Ukraine (ACLED merges the DPR and LPR forces into one actor)
    ActorSpec(
        _NAF, 2, _RU, "UA", "rebels",
        (
            "United Armed Forces of Novorossiya", "Novorossiya", "DPR", "LPR", "DNR", "LNR",
            "Donetsk People's Republic", "Luhansk People's Republic", "Lugansk People's Republic",
            "self-proclaimed Donetsk People's Republic", "self-proclaimed Luhansk People's Republic",
            "DPR forces", "LPR forces", "DPR militia", "LPR militia", "DPR fighters", "LPR fighters",
            "DPR troops",
            "LPR troops", "DNR forces", "LNR forces", "people's militia", "Donetsk People's Militia",
            "Luhansk People's Militia", "DPR People's Militia", "LPR People's Militia", "DPR army",
            "LPR army",
            "separatist forces", "separatist fighters", "separatist militia", "separatist militias",
            "separatist troops", "separatist units", "separatist army", "pro-Russian separatists",
            "pro-Russian rebels", "pro-Russian forces", "pro-Russian fighters", "pro-Russian militia",
            "pro-Moscow separatists", "pro-Moscow rebels", "pro-Moscow forces", "pro-Kremlin separatists",
            "Moscow-backed separatists", "Moscow-backed rebels", "Moscow-backed forces",
            "Moscow-backed fighters",
            "Moscow-backed militants", "Russian-backed separatists", "Russian-backed rebels",
            "Russian-backed forces",
            "Russian-backed fighters", "Russian-backed militants", "Russia-backed separatists",
            "Russia-backed rebels",
            "Russia-backed forces", "Russia-backed fighters", "Kremlin-backed separatists",
            "Kremlin-backed rebels",
            "Kremlin-backed forces", "Kremlin-backed fighters", "Donetsk separatists", "Luhansk separatists",
            "Lugansk separatists", "Donbas separatists", "Donbass separatists", "Donetsk rebels",
            "Luhansk rebels",
            "separatist rebels", "Russian-backed separatist forces", "Moscow-backed separatist forces",
        ),
    ),
    ActorSpec(
        _DPR_GOV, 2, _RU, "UA", "government",
        (
            "DPR leader", "DPR head", "DPR authorities", "DPR officials", "DPR administration",
            "DPR government",
            "DNR leader", "DNR authorities", "head of the DPR", "leader of the DPR",
            "Donetsk separatist leader",
            "Donetsk separatist authorities", "Donetsk separatist officials",
            "separatist authorities in Donetsk",
            "separatist leader in Donetsk", "Donetsk People's Republic leader",
            "head of the Donetsk People's Republic",
            "leader of the Donetsk People's Republic", "Donetsk separatist administration",
            "Russian-installed Donetsk authorities", "Moscow-backed separatist leader of Donetsk",
            "Russian-backed separatist leader", "Moscow-backed separatist leader",
            "Russian-backed separatist authorities",
        ),
    ),
    ActorSpec(
        _LPR_GOV, 2, _RU, "UA", "government",
        (
            "LPR leader", "LPR head", "LPR authorities", "LPR officials", "LPR administration",
            "LPR government",
            "LNR leader", "LNR authorities", "head of the LPR", "leader of the LPR",
            "Luhansk separatist leader",
            "Luhansk separatist authorities", "Luhansk separatist officials",
            "separatist authorities in Luhansk",
            "separatist leader in Luhansk", "Luhansk People's Republic leader",
            "head of the Luhansk People's Republic", "leader of the Luhansk People's Republic",
            "Lugansk separatist leader", "Russian-installed Luhansk authorities",
        ),
    ),
    # ---- Israel and Palestine
    ActorSpec(
        _IL_MIL, 1, "Israel", "IL", "military",
        (
            "IDF", "Israel Defense Forces", "Israel Defence Forces", "Israeli Defense Forces",
            "Israeli Defence Forces",
            "Israeli tanks", "Golani Brigade", "Israeli special forces", "Israeli military spokesman",
            "Israeli army spokesman", "IDF spokesman", "IDF spokesperson", "Israeli military spokesperson",
            "Israel's military", "Israeli ground forces", "COGAT", "Israeli army radio",
        ),
    ),
    ActorSpec(
        f"{_IL_MIL} Air Force", 1, "Israel", "IL", "military",
        ("Israeli Air Force", "IAF", "Israeli warplanes", "Israeli jets", "Israeli fighter jets",
            "Israeli aircraft"),
    ),
    ActorSpec(
        "Police Forces of Israel (2022-)", 1, "Israel", "IL", "police",
        ("Israel Police", "Israeli Border Police", "Israeli police forces"),
    ),
    ActorSpec(
        "Police Forces of Israel (2022-) Shin Bet", 1, "Israel", "IL", "police",
        ("Shin Bet", "Shin Bet security service", "Israel Security Agency", "Israel's Shin Bet"),
    ),
    ActorSpec(
        "Settlers (Israel)", 4, "Israel", "IL", "militia",
        (
            "settlers", "Israeli settlers", "Jewish settlers", "settler", "settler militia", "settler groups",
            "armed settlers", "extremist settlers", "Israeli settler",
        ),
    ),
    ActorSpec(
        _IL_GOV, 1, "Israel", "IL", "government",
        (
            "Israeli prime minister", "Israel's prime minister", "Israeli government", "Israel's war cabinet",
            "Israeli war cabinet", "Israeli Prime Minister's Office", "Israeli security cabinet",
            "Israel's security cabinet", "Israeli defence ministry", "Knesset",
        ),
    ),
    ActorSpec(
        "Hamas Movement", 2, "Hamas", "PS", "rebels",
        (
            "Hamas", "Hamas militants", "Hamas fighters", "Hamas gunmen", "Hamas forces", "Hamas movement",
            "Islamic Resistance Movement", "Hamas leadership", "Hamas officials", "Hamas official",
            "Hamas-run government", "Hamas-run authorities", "Hamas government", "Hamas leaders",
            "Hamas leader",
            "Hamas political bureau", "Hamas's political bureau", "Hamas spokesman", "Hamas-led militants",
            "Hamas authorities", "Gaza's Hamas rulers", "Gaza government media office", "Gaza media office",
            "Gaza's government media office", "Hamas-run media office",
        ),
    ),
    ActorSpec(
        "Al Qassam Brigades", 2, "Hamas", "PS", "rebels",
        (
            "al-Qassam Brigades", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades",
            "Ezzedine al-Qassam Brigades",
            "Ezzedine al-Qassam", "Izz al-Din al-Qassam Brigades", "Izz el-Deen al-Qassam Brigades",
            "al-Qassam",
            "Hamas's armed wing", "Hamas's military wing", "Hamas armed wing", "Hamas military wing",
            "Qassam",
        ),
    ),
    ActorSpec(
        "Palestinian Islamic Jihad", 2, "Palestinian Islamic Jihad", "PS", "rebels",
        (
            "Islamic Jihad", "PIJ", "Al-Quds Brigades", "Saraya al-Quds", "Islamic Jihad militants",
            "Islamic Jihad fighters", "Islamic Jihad's armed wing", "Islamic Jihad movement",
        ),
    ),
    ActorSpec(
        "Al Aqsa Martyrs Brigade", 2, "Fatah", "PS", "rebels",
        ("Al-Aqsa Martyrs Brigade", "Al-Aqsa Martyrs Brigades", "Aqsa Martyrs Brigades"),
    ),
    ActorSpec(
        "Gaza Health Ministry", 2, "Hamas", "PS", "government",
        (
            "Gaza health ministry", "Gaza's health ministry", "Hamas-run health ministry",
            "health ministry in Gaza",
            "Gaza Ministry of Health", "Ministry of Health in Gaza", "Hamas-run Gaza health ministry",
            "Gaza's Hamas-run health ministry", "Gaza health authorities", "health officials in Gaza",
            "Gaza health officials", "Hamas-controlled health ministry",
            "Gaza's Hamas-controlled health ministry",
        ),
    ),
    ActorSpec(
        "Government of Palestine", 1, "Palestine", "PS", "government",
        ("Palestinian Authority", "Palestinian Authority President", "Palestinian presidency"),
    ),
    # ---- Lebanon, Yemen, Iran, Iraq, Syria
    ActorSpec(
        "Hezbollah", 3, "Hezbollah", "LB", "militia",
        (
            "Hizbollah", "Hizballah", "Hezbollah fighters", "Hezbollah militants", "Lebanon's Hezbollah",
            "Iran-backed Hezbollah", "Islamic Resistance in Lebanon", "Hezbollah group", "Hezbollah movement",
            "Hezbollah's military wing", "Hezbollah officials", "Hezbollah leader",
        ),
    ),
    ActorSpec(
        "Houthi Movement", 2, "Houthis", "YE", "rebels",
        (
            "Houthis", "Houthi", "Houthi rebels", "Houthi forces", "Houthi fighters", "Houthi militia",
            "Houthi militants", "Ansar Allah", "Ansarallah", "Yemen's Houthis", "Iran-backed Houthis",
            "Iran-aligned Houthis", "Houthi-run authorities", "Houthi military spokesman",
            "Houthi authorities",
            "Houthi officials", "Houthi-controlled government", "Houthi movement",
        ),
    ),
    ActorSpec(
        "Operation Restoring Hope", 8, "Saudi-led coalition", "SA", "military",
        ("Saudi-led coalition", "Saudi-led military coalition", "Arab coalition", "Saudi-led forces",),
    ),
    ActorSpec(
        "STC: Southern Transitional Council", 2, "STC", "YE", "rebels",
        ("STC", "Southern Transitional Council", "southern separatists", "STC forces"),
    ),
    ActorSpec(
        "AQAP: Al Qaeda in the Arabian Peninsula", 2, "Al Qaeda", "YE", "rebels",
        ("AQAP", "Al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula"),
    ),
    ActorSpec(
        "Military Forces of Iran Islamic Revolutionary Guard Corps", 1, "Iran", "IR", "military",
        (
            "IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard",
            "Iran's Revolutionary Guards", "Iranian Revolutionary Guards", "Quds Force", "Iran's Quds Force",
        ),
    ),
    ActorSpec(
        "PMF: Popular Mobilization Forces", 3, "Iraq", "IQ", "militia",
        ("Popular Mobilization Forces", "Popular Mobilisation Forces", "Hashd al-Shaabi", "PMF", "PMU",
         "Popular Mobilisation Units", "Popular Mobilization Units"),
    ),
    ActorSpec(
        "Islamic Resistance in Iraq", 3, "Islamic Resistance in Iraq", "IQ", "militia",
        ("Islamic Resistance in Iraq", "Iran-backed militias in Iraq", "Kataib Hezbollah",
            "Kata'ib Hezbollah"),
    ),
    ActorSpec(
        "Military Forces of Syria (2000-2024)", 1, "Syria: Assad government", "SY", "military",
        (
            "Syrian regime forces", "Assad's forces", "Assad forces", "pro-Assad forces", "Syrian Arab Army",
            "Assad regime forces", "Syrian government forces loyal to Assad", "Assad loyalists",
        ),
    ),
    ActorSpec(
        "Government of Syria (2000-2024)", 1, "Syria: Assad government", "SY", "government",
        ("Assad government", "Assad regime", "Syrian regime", "Damascus regime", "Assad's government"),
    ),
    ActorSpec(
        "HTS: Hayat Tahrir al-Sham", 2, "HTS", "SY", "rebels",
        ("HTS", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham", "Tahrir al-Sham", "HTS fighters",
            "HTS-led rebels"),
    ),
    ActorSpec(
        "SDF: Syrian Democratic Forces", 2, "SDF", "SY", "rebels",
        (
            "SDF", "Syrian Democratic Forces", "Kurdish-led forces", "Kurdish-led Syrian Democratic Forces",
            "YPG", "People's Protection Units", "US-backed Kurdish forces",
        ),
    ),
    ActorSpec(
        "Syrian National Army", 3, "Turkey", "SY", "militia",
        (
            "Syrian National Army", "Turkish-backed factions", "Turkey-backed Syrian National Army",
            "Turkish-backed fighters", "Turkey-backed factions", "Turkey-backed fighters",
            "Turkish-backed Syrian National Army", "Turkish-backed Syrian fighters",
        ),
    ),
    # ---- Sudan
    ActorSpec(
        "Military Forces of Sudan (2019-)", 1, "Sudan: SAF", "SD", "military",
        (
            "SAF", "Sudanese Armed Forces", "Sudan's armed forces", "Sudan's army", "Sudanese army",
            "army-led government", "army-aligned forces", "Sudan Shield Forces",
        ),
    ),
    ActorSpec(
        "Government of Sudan (2019-)", 1, "Sudan: SAF", "SD", "government",
        ("Sovereignty Council", "Transitional Sovereignty Council", "Sudan's Sovereign Council",
         "army-backed government", "Port Sudan-based government"),
    ),
    ActorSpec(
        "Rapid Support Forces", 2, "Sudan: RSF", "SD", "rebels",
        (
            "RSF", "Rapid Support Forces", "Rapid Support Force", "paramilitary Rapid Support Forces",
            "paramilitary RSF", "RSF paramilitaries", "RSF fighters", "RSF militia", "RSF troops",
            "RSF forces",
            "RSF paramilitary", "Janjaweed", "Hemedti's forces", "Dagalo's forces", "RSF-led government",
            "RSF-allied militias", "Arab militias allied to the RSF",
        ),
    ),
    ActorSpec(
        "SPLM-N: Sudan People's Liberation Movement-North", 2, "SPLM-N", "SD", "rebels",
        ("SPLM-N", "Sudan People's Liberation Movement-North", "SPLM-North", "SPLM-N al-Hilu"),
    ),
    # ---- Myanmar
    ActorSpec(
        "Military Forces of Myanmar (2021-)", 1, "Myanmar: military", "MM", "military",
        (
            "Tatmadaw", "Myanmar's military", "Myanmar's junta", "Myanmar junta", "Myanmar's army",
            "Burmese military", "military regime in Myanmar", "junta's troops", "junta's forces",
            "junta-aligned militias",
        ),
    ),
    ActorSpec(
        "Government of Myanmar (2021-)", 1, "Myanmar: military", "MM", "government",
        ("State Administration Council", "SAC", "junta spokesman", "junta spokesperson",
            "State Security and Peace Commission",
         "junta-controlled media", "junta-run media"),
    ),
    ActorSpec(
        "PDF: People's Defense Force", 2, "Myanmar: resistance", "MM", "rebels",
        (
            "PDF", "PDFs", "People's Defence Force", "People's Defense Force", "People's Defence Forces",
            "People's Defense Forces", "anti-junta fighters", "anti-junta forces", "anti-junta resistance",
            "anti-coup fighters", "anti-coup forces", "anti-regime forces", "Local Defense Force",
            "Local Defence Force", "LDF", "pro-democracy fighters", "pro-democracy resistance",
        ),
    ),
    ActorSpec(
        "NUG: National Unity Government", 2, "Myanmar: resistance", "MM", "government",
        ("NUG", "National Unity Government", "shadow National Unity Government",
            "Myanmar's shadow government",),
    ),
    ActorSpec(
        "AA: Arakan Army", 2, "Myanmar: resistance", "MM", "rebels",
        ("Arakan Army", "AA", "Arakan Army fighters", "ULA/AA", "Arakan Army rebels", "Rakhine rebels"),
    ),
    ActorSpec(
        "MNDAA: Myanmar National Democratic Alliance Army", 2, "Myanmar: resistance", "MM", "rebels",
        ("MNDAA", "Myanmar National Democratic Alliance Army", "Kokang rebels", "Kokang army",
            "Kokang forces"),
    ),
    ActorSpec(
        "TNLA: Ta'ang National Liberation Army", 2, "Myanmar: resistance", "MM", "rebels",
        ("TNLA", "Ta'ang National Liberation Army", "Ta'ang rebels", "Ta'ang army"),
    ),
    ActorSpec(
        "KIA: Kachin Independence Army", 2, "Myanmar: resistance", "MM", "rebels",
        ("KIA", "Kachin Independence Army", "Kachin rebels", "KIO", "Kachin Independence Organisation",
         "Kachin Independence Organization", "Kachin fighters"),
    ),
    ActorSpec(
        "KNLA: Karen National Liberation Army", 2, "Myanmar: resistance", "MM", "rebels",
        ("KNLA", "Karen National Liberation Army", "Karen rebels", "Karen fighters", "KNU/KNLA"),
    ),
    ActorSpec(
        "KNU: Karen National Union", 2, "Myanmar: resistance", "MM", "rebels",
        ("KNU", "Karen National Union"),
    ),
    ActorSpec(
        "KNDF: Karenni Nationalities Defense Force", 2, "Myanmar: resistance", "MM", "rebels",
        ("KNDF", "Karenni Nationalities Defense Force", "Karenni Nationalities Defence Force",
            "Karenni fighters",
         "Karenni resistance forces"),
    ),
    ActorSpec(
        "CNF: Chin National Front", 2, "Myanmar: resistance", "MM", "rebels",
        ("CNF", "Chin National Front", "Chinland Defense Force", "Chin resistance forces"),
    ),
    ActorSpec(
        "Three Brotherhood Alliance", 2, "Myanmar: resistance", "MM", "rebels",
        ("Three Brotherhood Alliance", "Brotherhood Alliance", "alliance of ethnic armed groups",),
    ),
    ActorSpec(
        "UWSA: United Wa State Army", 2, "UWSA", "MM", "rebels",
        ("UWSA", "United Wa State Army", "Wa army"),
    ),
    # ---- Sahel
    ActorSpec(
        "Military Forces of Mali (2021-)", 1, "Mali", "ML", "military",
        ("FAMa", "FAMA", "Malian Armed Forces", "Mali's armed forces", "Forces Armees Maliennes",),
    ),
    ActorSpec(
        "Military Forces of Burkina Faso (2022-)", 1, "Burkina Faso", "BF", "military",
        ("Burkina army", "Burkina Faso army", "Burkina Faso armed forces", "Burkinabe armed forces"),
    ),
    ActorSpec(
        "VDP: Volunteers for the Defense of the Homeland", 3, "Burkina Faso", "BF", "militia",
        (
            "VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland",
            "Volontaires pour la defense de la patrie", "army auxiliaries", "civilian auxiliaries",
            "civilian volunteers", "VDP volunteers", "VDP auxiliaries", "self-defence volunteers",
            "self-defense volunteers", "Homeland Defence Volunteers", "Homeland Defense Volunteers",
        ),
    ),
    ActorSpec(
        "JNIM: Group for Support of Islam and Muslims", 2, "JNIM", "ML", "rebels",
        (
            "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal Muslimin",
            "Jamaat Nusrat al-Islam wal-Muslimeen", "Group for the Support of Islam and Muslims",
            "Group to Support Islam and Muslims", "Support Group for Islam and Muslims", "GSIM",
            "al-Qaeda-linked JNIM", "al-Qaeda affiliate JNIM", "JNIM militants", "JNIM fighters",
            "JNIM jihadists",
            "Katiba Macina", "Macina Liberation Front", "Ansarul Islam",
        ),
    ),
    ActorSpec(
        "Islamic State (Sahel)", 2, "Islamic State", None, "rebels",
        (
            "Islamic State Sahel", "Islamic State Sahel Province", "Islamic State in the Sahel", "ISSP",
            "IS Sahel",
            "Islamic State in the Greater Sahara", "ISGS", "EIGS", "Islamic State Greater Sahara",
            "Islamic State's Sahel Province", "Islamic State's Sahel branch",
        ),
    ),
    ActorSpec(
        "Islamic State (West Africa)", 2, "Islamic State", None, "rebels",
        (
            "ISWAP", "Islamic State West Africa Province", "Islamic State West Africa",
            "Islamic State's West Africa Province",
            "ISWA", "Islamic State in West Africa", "Islamic State West African Province", "IS West Africa",
        ),
    ),
    ActorSpec(
        "Islamic State (Central Africa)", 2, "Islamic State", None, "rebels",
        ("ISCAP", "Islamic State Central Africa Province", "Islamic State's Central Africa Province",
         "IS Central Africa"),
    ),
    ActorSpec(
        "Islamic State (Mozambique)", 2, "Islamic State", "MZ", "rebels",
        ("Islamic State Mozambique", "Islamic State Mozambique Province", "IS Mozambique",
            "Ahlu Sunnah wal Jama'a",
         "al-Shabab in Mozambique", "Cabo Delgado insurgents"),
    ),
    ActorSpec(
        "Islamic State (Khorasan)", 2, "Islamic State", "AF", "rebels",
        ("ISKP", "ISIS-K", "IS-K", "ISKP militants", "Islamic State Khorasan",
            "Islamic State Khorasan Province",
         "Islamic State-Khorasan"),
    ),
    ActorSpec("Islamic State (Somalia)", 2, "Islamic State", "SO", "rebels", ("Islamic State Somalia",)),
    ActorSpec("Islamic State (Syria)", 2, "Islamic State", "SY", "rebels", ()),
    ActorSpec("Islamic State (Iraq)", 2, "Islamic State", "IQ", "rebels", ()),
    ActorSpec("Islamic State", 2, "Islamic State", None, "rebels", ()),
    ActorSpec("Al Qaeda", 2, "Al Qaeda", None, "rebels", ()),
    ActorSpec(
        "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad", 2,
        "Azawad rebels", "ML",
        "rebels",
        (
            "CSP", "CSP-DPA", "CSP-PSD", "Permanent Strategic Framework", "Strategic Permanent Framework",
            "Tuareg rebels", "Tuareg separatists", "Tuareg-led rebels", "Tuareg fighters",
            "Tuareg-led separatists",
            "Azawad rebels", "FLA", "Azawad Liberation Front", "Front for the Liberation of Azawad", "CMA",
            "Coordination of Azawad Movements", "Tuareg-led alliance", "Tuareg armed groups",
        ),
    ),
    # ---- Democratic Republic of Congo and neighbours
    ActorSpec(
        "Military Forces of the Democratic Republic of Congo (2019-)", 1, "DRC", "CD", "military",
        ("FARDC", "Congo's army", "DRC army", "Armed Forces of the Democratic Republic of Congo",
         "Armed Forces of the Democratic Republic of the Congo", "Congolese armed forces", "FARDC soldiers",
         "Congo army", "DR Congo's army", "DRC's army"),
    ),
    ActorSpec(
        "M23: March 23 Movement", 2, "M23", "CD", "rebels",
        (
            "M23", "M23 rebels", "March 23 Movement", "Mouvement du 23 mars", "Rwanda-backed M23",
            "Rwanda-backed rebels", "AFC/M23", "AFC-M23", "Congo River Alliance", "Alliance Fleuve Congo",
            "M23 fighters", "M23 movement", "Rwandan-backed M23", "M23/AFC",
        ),
    ),
    ActorSpec(
        "ADF: Allied Democratic Forces", 2, "ADF", "CD", "rebels",
        ("ADF", "Allied Democratic Forces", "ADF rebels", "ADF militants", "ADF fighters", "ADF-Nalu",
         "ADF jihadists", "ADF insurgents"),
    ),
    ActorSpec(
        "CODECO: Cooperative for Development of Congo", 4, "CODECO", "CD", "militia",
        ("CODECO", "CODECO militia", "CODECO militiamen", "CODECO fighters",
            "Cooperative for the Development of Congo",
         "Cooperative for Development of Congo", "Lendu militia", "Lendu militiamen"),
    ),
    ActorSpec(
        "Wazalendo", 3, "DRC", "CD", "militia",
        ("Wazalendo", "Wazalendo fighters", "Wazalendo militia", "Wazalendo militias",
            "pro-government Wazalendo",
         "Wazalendo militiamen", "patriotic militias"),
    ),
    ActorSpec(
        "Mai-Mai Militia", 3, None, "CD", "militia",
        ("Mai-Mai", "Mai Mai", "Mayi-Mayi", "Mai-Mai militia", "Mai-Mai militias", "Mai-Mai fighters"),
    ),
    ActorSpec(
        "FDLR: Democratic Forces for the Liberation of Rwanda", 2, "FDLR", "CD", "rebels",
        ("FDLR", "Democratic Forces for the Liberation of Rwanda", "FDLR rebels"),
    ),
    ActorSpec(
        "MONUSCO: United Nations Stabilization Mission in the Democratic Republic of Congo", 8,
        "United Nations",
        "CD", "external", ("MONUSCO", "MONUSCO peacekeepers", "UN mission in Congo"),
    ),
    ActorSpec(
        "MINUSCA: United Nations Stabilization Mission in the Central African Republic", 8,
        "United Nations", "CF",
        "external", ("MINUSCA", "MINUSCA peacekeepers"),
    ),
    ActorSpec(
        "MINUSMA: United Nations Stabilization Mission in Mali (2013-2023)", 8, "United Nations", "ML",
        "external", ("MINUSMA", "MINUSMA peacekeepers"),
    ),
    ActorSpec(
        "UNMISS: United Nations Mission in South Sudan", 8, "United Nations", "SS", "external",
        ("UNMISS", "UNMISS peacekeepers"),
    ),
    ActorSpec(
        "UNIFIL: United Nations Interim Force in Lebanon", 8, "United Nations", "LB", "external",
        ("UNIFIL", "UNIFIL peacekeepers", "UN peacekeepers in Lebanon"),
    ),
    # ---- Somalia
    ActorSpec(
        "Al Shabaab", 2, "Al Shabaab", "SO", "rebels",
        (
            "al-Shabaab", "al Shabaab", "al-Shabab", "al Shabab", "Shabaab", "Shabab", "al-Shabaab militants",
            "al-Shabaab fighters", "al-Shabab militants", "al-Shabab fighters",
            "Harakat al-Shabaab al-Mujahideen",
            "al-Qaeda-linked al-Shabaab", "al-Qaeda-linked al-Shabab", "al-Shabaab jihadists",
            "al-Shabab jihadists",
            "al-Qaeda affiliate al-Shabaab", "al-Qaeda affiliate al-Shabab", "Somali militants",
            "Somali jihadists",
        ),
    ),
    ActorSpec(
        "Military Forces of Somalia (2022-)", 1, "Somalia", "SO", "military",
        ("Somali National Army", "Somali National Armed Forces", "SNAF", "Danab", "Danab special forces",
         "Danab commandos", "Somali government forces",),
    ),
    ActorSpec(
        "ATMIS: African Union Transition Mission in Somalia (2022-2024)", 8, "Somalia", "SO", "external",
        ("ATMIS", "African Union Transition Mission in Somalia", "ATMIS troops", "ATMIS forces"),
    ),
    ActorSpec(
        "AMISOM: African Union Mission in Somalia (2007-2022)", 8, "Somalia", "SO", "external",
        ("AMISOM", "African Union Mission in Somalia", "AMISOM troops", "AMISOM forces",
            "AMISOM peacekeepers"),
    ),
    ActorSpec(
        "AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)", 8, "Somalia", "SO",
        "external",
        ("AUSSOM", "African Union Support and Stabilization Mission in Somalia", "AUSSOM troops"),
    ),
    # ---- Ethiopia
    ActorSpec(
        "Military Forces of Ethiopia (2018-)", 1, "Ethiopia", "ET", "military",
        ("ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force",
         "Ethiopian National Defense Forces", "Ethiopian National Defence Forces", "Ethiopian federal forces",
         "Ethiopian federal troops"),
    ),
    ActorSpec(
        "TPLF: Tigray People's Liberation Front", 2, "TPLF", "ET", "rebels",
        (
            "TPLF", "Tigray People's Liberation Front", "Tigray forces", "Tigrayan forces",
            "Tigray Defense Forces",
            "Tigray Defence Forces", "TDF", "Tigrayan fighters", "Tigray fighters", "Tigrayan rebels",
            "Tigray rebels",
            "TPLF forces", "TPLF fighters",
        ),
    ),
    ActorSpec(
        "Fano Militia", 4, "Fano", "ET", "militia",
        ("Fano", "Fano militia", "Fano militiamen", "Fano fighters", "Amhara Fano", "Amhara militia",
         "Amhara militias", "Amhara Fano National Movement", "Fano forces", "Fano militias",
         "Amhara fighters"),
    ),
    ActorSpec(
        "OLA: Oromo Liberation Army", 2, "OLA", "ET", "rebels",
        ("OLA", "Oromo Liberation Army", "OLF-Shene", "Shene", "OLA fighters", "Oromo rebels"),
    ),
    # ---- Nigeria
    ActorSpec(
        "Military Forces of Nigeria (2023-)", 1, "Nigeria", "NG", "military",
        ("Nigerian Armed Forces", "Operation Hadin Kai",
         "Nigeria's Defence Headquarters", "Nigerian troops of Operation Hadin Kai"),
    ),
    ActorSpec(
        "Military Forces of Nigeria (2023-) Air Force", 1, "Nigeria", "NG", "military",
        ("Nigerian Air Force", "Nigeria's air force"),
    ),
    ActorSpec(
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2, "Boko Haram", "NG", "rebels",
        (
            "Boko Haram", "Boko Haram militants", "Boko Haram fighters", "Boko Haram insurgents",
            "Boko Haram jihadists", "Boko Haram gunmen", "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
            "Jamaatu Ahlis Sunna Liddaawati wal-Jihad", "Shekau faction", "Bakura faction",
            "Boko Haram terrorists",
        ),
    ),
    ActorSpec(
        "CJTF: Civilian Joint Task Force", 3, "Nigeria", "NG", "militia",
        ("CJTF", "Civilian JTF", "Civilian Joint Task Force", "vigilantes of the Civilian Joint Task Force"),
    ),
    ActorSpec(
        "Ambazonian Separatists", 2, "Ambazonian separatists", "CM", "rebels",
        ("Ambazonian separatists", "Ambazonia separatists", "Amba fighters", "Amba boys",
            "anglophone separatists",
         "Ambazonian fighters", "Ambazonia Defence Forces", "ADF Ambazonia"),
    ),
    # ---- Haiti
    ActorSpec(
        "Police Forces of Haiti", 1, "Haiti", "HT", "police",
        ("PNH", "Haitian National Police", "Haiti National Police", "Haiti's national police",
         "Haiti's National Police"),
    ),
    ActorSpec(
        "Viv Ansanm", 3, "Haiti: gangs", "HT", "militia",
        ("Viv Ansanm", "Viv Ansanm coalition", "Viv Ansanm gang coalition", "Viv Ansanm alliance",
         "Viv Ansanm gang alliance", "Living Together gang coalition"),
    ),
    ActorSpec(
        "G9 an Fanmi e Alye", 3, "Haiti: gangs", "HT", "militia",
        ("G9", "G9 an Fanmi", "G9 an Fanmi e Alye", "G9 Family and Allies", "G9 gang alliance", "G9 alliance",
         "G-9", "G9 coalition"),
    ),
    ActorSpec(
        "G-Pep", 3, "Haiti: gangs", "HT", "militia",
        ("G-Pep", "GPep", "G-Pep alliance", "G-Pep coalition", "G-Pep gang alliance"),
    ),
    ActorSpec("400 Mawozo", 3, "Haiti: gangs", "HT", "militia", ("400 Mawozo", "400 Mawozo gang",
        "400 Mawozos")),
    ActorSpec("Gran Grif", 3, "Haiti: gangs", "HT", "militia", ("Gran Grif", "Gran Grif gang", "Grand Grif")),
    ActorSpec(
        "Village de Dieu Gang", 3, "Haiti: gangs", "HT", "militia",
        ("5 Segonn", "5 Seconds gang", "Village de Dieu gang"),
    ),
    ActorSpec(
        "MSS: Multinational Security Support Mission in Haiti", 8, "Haiti", "HT", "external",
        ( "Multinational Security Support Mission", "Multinational Security Support mission in Haiti",
            "Kenyan-led mission", "Kenyan-led multinational force", "Kenyan-led force",
            "Kenyan-led security mission",
            "Kenyan police in Haiti", "Gang Suppression Force",
        ),
    ),
    # ---- United States, NATO and others
    ActorSpec(
        _US_GOV, 1, "United States", "US", "government",
        ("White House", "the White House", "State Department", "US State Department", "U.S. State Department",
         "National Security Council", "US administration", "U.S. administration", "Biden administration",
         "Trump administration", "US officials", "U.S. officials", "American officials"),
    ),
    ActorSpec(
        _US_MIL, 1, "United States", "US", "military",
        ("Pentagon", "the Pentagon", "CENTCOM", "US Central Command", "U.S. Central Command", "AFRICOM",
         "US Africa Command", "U.S. Africa Command", "US-led coalition", "U.S.-led coalition", "US Navy",
         "US forces", "U.S. forces", "US troops", "U.S. troops", "US military", "U.S. military"),
    ),
    ActorSpec(
        "NATO: North Atlantic Treaty Organization", 8, "NATO", None, "military",
        ("NATO", "North Atlantic Treaty Organization", "NATO forces", "NATO allies", "the alliance's forces"),
    ),
    ActorSpec(
        "Unidentified Military Forces", 8, None, None, "military",
        ("unidentified military forces", "unidentified warplanes", "unidentified aircraft",
            "unidentified drones",
         "unknown warplanes", "unknown aircraft", "unidentified military aircraft", "unidentified jets"),
    ),
    ActorSpec(
        "Military Forces of Rwanda", 1, "Rwanda", "RW", "military",
        ("RDF", "Rwanda Defence Force", "Rwanda Defense Force", "Rwandan Defence Force", "Rwandan troops"),
    ),
    ActorSpec(
        "Military Forces of Eritrea", 1, "Eritrea", "ER", "military",
        ("Eritrean Defence Forces", "Eritrean Defense Forces",),
    ),
    ActorSpec(
        "Police Forces of Kenya", 1, "Kenya", "KE", "police",
        ("Kenya Police", "Kenya Police Service", "National Police Service of Kenya"),
    ),
)

# --------------------------------------------------------------------------------------------------
# People whose statements are claims of the actor they speak for. Surnames are listed only where they
# are distinctive enough to stand alone in news text.

PERSONS: tuple[PersonSpec, ...] = (
    # Russia
    PersonSpec("Vladimir Putin", "President of Russia", _RU_GOV,
               ("Vladimir Putin", "Putin", "President Putin", "Russian President Vladimir Putin",
                   "Vladimir V. Putin")),
    PersonSpec("Sergei Shoigu", "Russian defence minister (2012-2024)", _RU_GOV,
               ("Sergei Shoigu", "Sergey Shoigu", "Shoigu")),
    PersonSpec("Andrei Belousov", "Russian defence minister (2024-)", _RU_GOV,
        ("Andrei Belousov", "Andrey Belousov", "Belousov")),
    PersonSpec("Valery Gerasimov", "Chief of the Russian General Staff", _RU_MIL,
               ("Valery Gerasimov", "Valeriy Gerasimov", "Gerasimov")),
    PersonSpec("Igor Konashenkov", "Spokesman of the Russian defence ministry", _RU_GOV,
               ("Igor Konashenkov", "Konashenkov", "Maj. Gen. Igor Konashenkov",
                   "Major General Igor Konashenkov",
                "Lt. Gen. Igor Konashenkov", "Lieutenant General Igor Konashenkov")),
    PersonSpec("Dmitry Peskov", "Kremlin spokesman", _RU_GOV, ("Dmitry Peskov", "Dmitri Peskov", "Peskov")),
    PersonSpec("Sergei Lavrov", "Russian foreign minister", _RU_GOV, ("Sergei Lavrov", "Sergey Lavrov",
        "Lavrov")),
    PersonSpec("Maria Zakharova", "Russian foreign ministry spokeswoman", _RU_GOV,
        ("Maria Zakharova", "Zakharova")),
    PersonSpec("Dmitry Medvedev", "Deputy chairman of Russia's Security Council", _RU_GOV,
               ("Dmitry Medvedev", "Dmitri Medvedev", "Medvedev")),
    PersonSpec("Vyacheslav Gladkov", "Governor of Belgorod region", _RU_GOV,
        ("Vyacheslav Gladkov", "Gladkov")),
    PersonSpec("Yevgeny Prigozhin", "Founder of the Wagner Group", "Wagner Group",
               ("Yevgeny Prigozhin", "Yevgeniy Prigozhin", "Prigozhin")),
    PersonSpec("Ramzan Kadyrov", "Head of the Chechen Republic", f"{_RU_MIL} Chechen Special Forces",
               ("Ramzan Kadyrov", "Kadyrov")),
    PersonSpec("Apti Alaudinov", "Commander of the Akhmat special forces",
        f"{_RU_MIL} Chechen Special Forces",
               ("Apti Alaudinov", "Alaudinov")),
    PersonSpec("Volodymyr Saldo", "Russian-installed governor of Kherson region", _RU_GOV,
               ("Volodymyr Saldo", "Vladimir Saldo", "Saldo")),
    PersonSpec("Yevgeny Balitsky", "Russian-installed governor of Zaporizhzhia region", _RU_GOV,
               ("Yevgeny Balitsky", "Yevhen Balytskyi", "Balitsky")),
    PersonSpec("Vladimir Rogov", "Russian-installed official in Zaporizhzhia region", _RU_GOV,
               ("Vladimir Rogov", "Volodymyr Rogov", "Rogov")),
    PersonSpec("Denis Pushilin", "Leader of the Donetsk People's Republic", _DPR_GOV,
               ("Denis Pushilin", "Pushilin", "Denys Pushylin")),
    PersonSpec("Leonid Pasechnik", "Leader of the Luhansk People's Republic", _LPR_GOV,
               ("Leonid Pasechnik", "Pasechnik", "Leonid Pasichnyk")),
    PersonSpec("Eduard Basurin", "Spokesman of the Donetsk separatist forces", _NAF,
        ("Eduard Basurin", "Basurin")),
    # Ukraine
    PersonSpec("Volodymyr Zelensky", "President of Ukraine", _UA_GOV,
               ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky", "Zelenskyy",
                "Zelenskiy", "President Zelensky", "President Zelenskyy")),
    PersonSpec("Andriy Yermak", "Head of the Office of the President of Ukraine", _UA_GOV,
               ("Andriy Yermak", "Andrii Yermak", "Yermak")),
    PersonSpec("Mykhailo Podolyak", "Adviser to the President of Ukraine", _UA_GOV,
               ("Mykhailo Podolyak", "Mykhailo Podoliak", "Podolyak", "Podoliak")),
    PersonSpec("Dmytro Kuleba", "Ukrainian foreign minister (2020-2024)", _UA_GOV,
        ("Dmytro Kuleba", "Kuleba")),
    PersonSpec("Andrii Sybiha", "Ukrainian foreign minister (2024-)", _UA_GOV,
        ("Andrii Sybiha", "Andriy Sybiha", "Sybiha")),
    PersonSpec("Oleksiy Reznikov", "Ukrainian defence minister (2021-2023)", _UA_GOV,
               ("Oleksiy Reznikov", "Oleksii Reznikov", "Reznikov")),
    PersonSpec("Rustem Umerov", "Ukrainian defence minister (2023-2025)", _UA_GOV,
        ("Rustem Umerov", "Umerov")),
    PersonSpec("Hanna Maliar", "Ukrainian deputy defence minister", _UA_GOV,
               ("Hanna Maliar", "Ganna Malyar", "Hanna Malyar", "Maliar")),
    PersonSpec("Valeriy Zaluzhnyi", "Commander-in-chief of the Armed Forces of Ukraine (2021-2024)", _UA_MIL,
               ("Valeriy Zaluzhnyi", "Valerii Zaluzhnyi", "Valery Zaluzhny", "Zaluzhnyi", "Zaluzhny")),
    PersonSpec("Oleksandr Syrskyi", "Commander-in-chief of the Armed Forces of Ukraine (2024-)", _UA_MIL,
               ("Oleksandr Syrskyi", "Oleksandr Syrsky", "Syrskyi", "Syrsky")),
    PersonSpec("Kyrylo Budanov", "Head of Ukraine's military intelligence", _UA_MIL,
               ("Kyrylo Budanov", "Budanov")),
    PersonSpec("Yuriy Ihnat", "Spokesman of the Ukrainian Air Force", f"{_UA_MIL} Air Force",
               ("Yuriy Ihnat", "Yurii Ihnat", "Yuri Ihnat", "Ihnat")),
    PersonSpec("Serhiy Cherevatyi", "Spokesman of Ukraine's eastern military grouping", _UA_MIL,
               ("Serhiy Cherevatyi", "Serhii Cherevatyi", "Cherevatyi")),
    PersonSpec("Natalia Humeniuk", "Spokeswoman of Ukraine's Southern Command", _UA_MIL,
               ("Natalia Humeniuk", "Nataliya Humeniuk", "Humeniuk")),
    PersonSpec("Oleh Syniehubov", "Governor of Kharkiv region", _UA_GOV,
               ("Oleh Syniehubov", "Oleh Synehubov", "Oleg Synegubov", "Oleh Synegubov", "Syniehubov",
                   "Synehubov",
                "Synegubov")),
    PersonSpec("Pavlo Kyrylenko", "Governor of Donetsk region (2019-2024)", _UA_GOV,
               ("Pavlo Kyrylenko", "Pavlo Kirilenko", "Kyrylenko")),
    PersonSpec("Vadym Filashkin", "Governor of Donetsk region (2024-)", _UA_GOV,
        ("Vadym Filashkin", "Filashkin")),
    PersonSpec("Serhiy Haidai", "Governor of Luhansk region (2019-2023)", _UA_GOV,
               ("Serhiy Haidai", "Serhii Haidai", "Serhiy Gaidai", "Sergiy Gaiday", "Haidai", "Gaidai")),
    PersonSpec("Vitaliy Kim", "Governor of Mykolaiv region", _UA_GOV, ("Vitaliy Kim", "Vitalii Kim")),
    PersonSpec("Ivan Fedorov", "Governor of Zaporizhzhia region", _UA_GOV, ("Ivan Fedorov",)),
    PersonSpec("Oleksandr Prokudin", "Governor of Kherson region", _UA_GOV,
        ("Oleksandr Prokudin", "Prokudin")),
    PersonSpec("Ihor Terekhov", "Mayor of Kharkiv", _UA_GOV, ("Ihor Terekhov", "Igor Terekhov", "Terekhov")),
    PersonSpec("Vitali Klitschko", "Mayor of Kyiv", _UA_GOV,
               ("Vitali Klitschko", "Vitaliy Klitschko", "Klitschko")),
    PersonSpec("Dmytro Lubinets", "Ukraine's human rights ombudsman", _UA_GOV,
        ("Dmytro Lubinets", "Lubinets")),
    # Israel, Palestine, Lebanon, Yemen
    PersonSpec("Benjamin Netanyahu", "Prime Minister of Israel", _IL_GOV,
               ("Benjamin Netanyahu", "Netanyahu", "Binyamin Netanyahu")),
    PersonSpec("Yoav Gallant", "Israeli defence minister (2022-2024)", _IL_GOV, ("Yoav Gallant",)),
    PersonSpec("Israel Katz", "Israeli defence minister (2024-)", _IL_GOV, ("Israel Katz",)),
    PersonSpec("Daniel Hagari", "Spokesman of the Israel Defense Forces", _IL_MIL,
               ("Daniel Hagari", "Hagari", "Rear Admiral Daniel Hagari", "Rear Adm. Daniel Hagari")),
    PersonSpec("Herzi Halevi", "Chief of the General Staff of the Israel Defense Forces", _IL_MIL,
               ("Herzi Halevi", "Halevi")),
    PersonSpec("Avichay Adraee", "Arabic-language spokesman of the Israel Defense Forces", _IL_MIL,
               ("Avichay Adraee", "Avichai Adraee", "Adraee")),
    PersonSpec("Yahya Sinwar", "Leader of Hamas in Gaza", "Hamas Movement", ("Yahya Sinwar", "Sinwar")),
    PersonSpec("Ismail Haniyeh", "Head of Hamas's political bureau", "Hamas Movement",
               ("Ismail Haniyeh", "Ismail Haniya", "Haniyeh")),
    PersonSpec("Mohammed Deif", "Commander of the Al Qassam Brigades", "Al Qassam Brigades",
               ("Mohammed Deif", "Mohammed Dief", "Deif")),
    PersonSpec("Abu Obeida", "Spokesman of the Al Qassam Brigades", "Al Qassam Brigades",
               ("Abu Obeida", "Abu Ubaida", "Abu Obaida")),
    PersonSpec("Osama Hamdan", "Hamas official in Beirut", "Hamas Movement", ("Osama Hamdan",)),
    PersonSpec("Ashraf al-Qudra", "Spokesman of the Gaza health ministry", "Gaza Health Ministry",
               ("Ashraf al-Qudra", "Ashraf al-Qidra", "al-Qudra")),
    PersonSpec("Hassan Nasrallah", "Secretary-general of Hezbollah (1992-2024)", "Hezbollah",
               ("Hassan Nasrallah", "Nasrallah")),
    PersonSpec("Naim Qassem", "Secretary-general of Hezbollah (2024-)", "Hezbollah",
        ("Naim Qassem", "Naim Kassem")),
    PersonSpec("Yahya Saree", "Military spokesman of the Houthi movement", "Houthi Movement",
               ("Yahya Saree", "Yahya Sarea", "Yahya Sare'e", "Saree")),
    PersonSpec("Abdul-Malik al-Houthi", "Leader of the Houthi movement", "Houthi Movement",
               ("Abdul-Malik al-Houthi", "Abdulmalik al-Houthi", "Abdul Malik al-Houthi")),
    # Sudan, Myanmar, Sahel, Africa, Syria, Haiti
    PersonSpec("Abdel Fattah al-Burhan", "Commander of the Sudanese Armed Forces",
        "Military Forces of Sudan (2019-)",
               ("Abdel Fattah al-Burhan", "Abdel-Fattah Burhan", "Abdel Fattah Burhan", "al-Burhan", "Burhan",
                "General Burhan", "Gen. Burhan")),
    PersonSpec("Mohamed Hamdan Dagalo", "Commander of the Rapid Support Forces", "Rapid Support Forces",
               ("Mohamed Hamdan Dagalo", "Mohamed Hamdan Daglo", "Mohammed Hamdan Dagalo", "Hemedti",
                   "Hemeti",
                "Dagalo", "Daglo")),
    PersonSpec("Min Aung Hlaing", "Commander-in-chief of Myanmar's military",
        "Military Forces of Myanmar (2021-)",
               ("Min Aung Hlaing", "Senior General Min Aung Hlaing", "Gen. Min Aung Hlaing")),
    PersonSpec("Zaw Min Tun", "Spokesman of Myanmar's military government", "Government of Myanmar (2021-)",
               ("Zaw Min Tun", "Major General Zaw Min Tun", "Maj. Gen. Zaw Min Tun")),
    PersonSpec("Assimi Goita", "President of Mali's transition", "Government of Mali (2021-)",
               ("Assimi Goita", "Assimi Goïta", "Goita")),
    PersonSpec("Ibrahim Traore", "President of Burkina Faso's transition",
        "Government of Burkina Faso (2022-)",
               ("Ibrahim Traore", "Captain Ibrahim Traore", "Capt. Ibrahim Traore")),
    PersonSpec("Abdourahamane Tchiani", "Head of Niger's military government", "Government of Niger (2023-)",
               ("Abdourahamane Tchiani", "Abdourahmane Tiani", "Abdourahamane Tiani", "Tchiani", "Tiani")),
    PersonSpec("Corneille Nangaa", "Leader of the Congo River Alliance", "M23: March 23 Movement",
               ("Corneille Nangaa", "Nangaa")),
    PersonSpec("Lawrence Kanyuka", "Spokesman of the M23", "M23: March 23 Movement",
        ("Lawrence Kanyuka", "Kanyuka")),
    PersonSpec("Felix Tshisekedi", "President of the Democratic Republic of Congo",
               "Government of the Democratic Republic of Congo (2019-)", ("Felix Tshisekedi", "Tshisekedi")),
    PersonSpec("Hassan Sheikh Mohamud", "President of Somalia", "Government of Somalia (2022-)",
               ("Hassan Sheikh Mohamud",)),
    PersonSpec("Abiy Ahmed", "Prime Minister of Ethiopia", "Government of Ethiopia (2018-)",
               ("Abiy Ahmed", "Abiy")),
    PersonSpec("Getachew Reda", "TPLF spokesman", "TPLF: Tigray People's Liberation Front",
        ("Getachew Reda",)),
    PersonSpec("Bola Tinubu", "President of Nigeria", "Government of Nigeria (2023-)",
        ("Bola Tinubu", "Tinubu")),
    PersonSpec("Ahmed al-Sharaa", "President of Syria (2025-)", "Government of Syria (2024-)",
               ("Ahmed al-Sharaa", "al-Sharaa")),
    PersonSpec("Abu Mohammed al-Jolani", "Leader of Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham",
               ("Abu Mohammed al-Jolani", "Abu Mohammad al-Julani", "al-Jolani", "Jolani", "Julani")),
    PersonSpec("Bashar al-Assad", "President of Syria (2000-2024)", "Government of Syria (2000-2024)",
               ("Bashar al-Assad", "Assad", "President Assad")),
    PersonSpec("Jimmy Cherizier", "Leader of the G9 gang alliance and Viv Ansanm", "G9 an Fanmi e Alye",
               ("Jimmy Cherizier", "Jimmy 'Barbecue' Cherizier", "Cherizier")),
    # United States
    PersonSpec("John Kirby", "US National Security Council spokesman", _US_GOV, ("John Kirby", "Kirby")),
    PersonSpec("Joe Biden", "President of the United States (2021-2025)", _US_GOV,
               ("Joe Biden", "President Biden", "Biden")),
    PersonSpec("Donald Trump", "President of the United States (2017-2021, 2025-)", _US_GOV,
               ("Donald Trump", "President Trump", "Trump")),
    PersonSpec("Antony Blinken", "US Secretary of State (2021-2025)", _US_GOV, ("Antony Blinken", "Blinken")),
    PersonSpec("Lloyd Austin", "US Secretary of Defense (2021-2025)", _US_MIL, ("Lloyd Austin",)),
)
