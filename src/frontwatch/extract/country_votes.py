"""Which countries a story is about, told by the places, countries and demonyms it names.

Each name votes for the countries its namesakes lie in (a name all of whose namesakes are in one
country speaks for that country alone); a country named outright counts more than a town, a demonym
less, a name used for a government ("Moscow said") half. A name is read against the votes of the
other names, so an ambiguous name is no evidence for its own reading.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import Any

from frontwatch.extract.container_gaps import container_pairs, designates_area, gap_words
from frontwatch.extract.datelines import Filed
from frontwatch.extract.places import PlaceMention, doc_text
from frontwatch.geo.geocode import loose_main_name
from frontwatch.geo.keys import SLAVIC_COUNTRIES
from frontwatch.geo.name_index import KIND_ALTERNATE
from frontwatch.model import Place

# the designators of a country's first-level areas ("Plateau State", "Kherson Oblast"), not of a district
FIRST_LEVEL = re.compile(r"\s+(?:state|province|region|oblast|governorate)\b", re.IGNORECASE)
FOCUS_SHARE = 0.5  # countries with at least this share of the top country's votes count as focus
COUNTRY_WEIGHT = 1.5  # a country named outright says more about the story than a town's name
OWN_COUNTRY_SHARE = 0.9  # a name whose namesakes are this much in one country speaks for that country
DEMONYM_WEIGHT = 0.5  # "Russian artillery" says who acts, a named place says where: demonyms weigh less
# "COLOMBO —", "EL ALTO, Bolivia —": where a story was filed tips a split name, but outvotes no town
# ("AKCAKALE, Turkey — ... towns in northeast Syria")
FILED_WEIGHT = 0.4
NAMED_FILED_WEIGHT = 1.0  # "EL ALTO, Bolivia —": the dateline names the country, as a town of it would
# "LONDON —": a capital speaks for its country more than another town, less than a dateline naming it
# ("... on Westminster Bridge" is London's, not Colorado's)
CAPITAL_FILED_WEIGHT = 0.55


def focus_countries(
    sdoc: Any, mentions: list[PlaceMention], gazetteer: Any, filed: Filed | None = None
) -> tuple[str, ...]:
    """Countries the story is about, most named first."""
    return _ranked(country_votes(sdoc, mentions, gazetteer, filed)[0])


Votes = dict[str, float]
# a country named across a border ("near the border crossing with India"), as where someone comes from ("a
# 42-year-old man from Ivory Coast", "an officer from the United Arab Emirates"), as the other party to a
# deal ("in protest at an investment agreement with Russia") or as a route's other end ("a supply route from
# Lebanon"): not where it happened
ELSEWHERE_BEFORE = re.compile(
    r"\b(?:(?:border|borders|frontier|boundary)(?: crossing| post)? with|(?:routes?|corridors?) (?:from|to)|"
    r"(?:pact|deal|agreement|accord|treaty|talks|ties|relations) with|(?:man|woman|men|women|boy|girl|"
    r"nationals?|citizens?|migrants?|refugees?|workers?|tourists?|students?|officers?|soldiers?|famil(?:y|ies)|"
    r"immigrants?|asylum seekers?|pilgrims?|fishermen|sailors|peacekeepers|blue helmets|contingents?) from|"
    # "wanted in the United States", "a film made in the United States", "a truce brokered by Qatar"
    r"wanted in|extradit(?:ed|ion) to|made in|(?:brokered|mediated) by|in(?:to)? exile in|"
    # "President Kabbah is reported to have left for Guinea": where someone went from the story's ground
    r"(?:left|fled|flew|escaped|departed) (?:the country )?(?:for|to)|(?:refuge|asylum) in|"
    # "armed men who had crossed from Sierra Leone and attacked the border town": where they came from
    r"(?:crossed|crossing|infiltrated|came|coming) (?:over |in )?from|"
    # "what is left of the rebel army has slipped across the frontier into Albania": where the beaten fled
    r"(?:fled|slipped|escaped|retreated|withdrew) (?:back )?(?:across the (?:frontier|border) )?into|"
    # "waiting to board a TWA flight to New York": where a vehicle was going
    r"(?:flights?|planes?|airliners?|bus|buses|trains?|ships?|ferr(?:y|ies)) (?:bound )?(?:to|for)|"
    # "travellers reaching Austria said": where the news came out, not where it happened
    r"(?:travell?ers|refugees|reports|visitors|witnesses|people|diplomats|tourists) (?:who (?:have |had )?)?"
    r"(?:reaching|reached|arriving in|arrived in)|"
    # "the anniversary of the city's handover to China": the party a place was handed to
    r"(?:handover|hand-over|return|transfer) to|"
    # "marched in solidarity with the uprisings in Egypt and Tunisia"
    r"solidarity with (?:the )?(?:[\w-]+ ){0,2}?(?:in|of)|"
    # "suspended its part in military talks in Geneva"
    r"(?:talks|negotiations|summit|conference) in|"
    # "pilgrims chanting slogans against the United States and Israel": the state a crowd decries, no place
    r"(?:slogans|chant\w*|demonstrat\w*|protest\w*|rall(?:y|ied|ies)|march\w*) against) (?:the )?"
    # "peacekeepers from Cambodia and Morocco", "the uprisings in Egypt and Tunisia": the names listed after
    r"(?:(?:NAME, )*NAME (?:and|or) )?$".replace("NAME", r"(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?"),
    re.IGNORECASE,
)
# "outside the US consulate": a state's mission abroad
ELSEWHERE_AFTER = re.compile(r"(?:'s)? (?:consulate|embassy|ambassador|envoy)s?\b", re.IGNORECASE)
NEIGHBOUR_WEIGHT = 0.25


def country_votes(
    sdoc: Any, mentions: list[PlaceMention], gazetteer: Any, filed: Filed | None = None
) -> tuple[Votes, dict[str, Votes]]:
    """Votes for each country (places, countries and demonyms named, and the country the story was
    filed from), and the share of them each place name brings."""
    votes: defaultdict[str, float] = defaultdict(float)
    by_name: dict[str, defaultdict[str, float]] = {}
    text = doc_text(sdoc)
    regions = {m.text.lower() for m in mentions if m.kind == "region" and FIRST_LEVEL.match(text, m.end)}
    paired = _paired_countries(sdoc, mentions, gazetteer)
    for index, mention in enumerate(mentions):
        weight = 0.5 if mention.government else 1.0
        if ELSEWHERE_BEFORE.search(text, max(mention.start - 60, 0), mention.start) or ELSEWHERE_AFTER.match(
            text, mention.end
        ):
            weight = NEIGHBOUR_WEIGHT  # "near the border with Mali": the story is on this side of it
        own = by_name.setdefault(mention.text, defaultdict(float))
        initials = country_initials(gazetteer, mention.text)
        matches = _in_named_regions(gazetteer.matches(mention.text), regions)
        if index in paired:
            matches = tuple((p, k) for p, k in matches if p.country_code in paired[index])
        shares = (
            {initials.country_code: 1.0} if initials is not None else _country_shares(matches, mention.text)
        )
        country = initials is not None or list(shares.values()) == [COUNTRY_WEIGHT]
        if country and _attributive(sdoc, mention):
            # "three U.S. servicemen": who they are, as a demonym says, not where it happened
            weight = min(weight, DEMONYM_WEIGHT / sum(shares.values()))
        for code, share in shares.items():
            votes[code] += weight * share
            own[code] += weight * share
    for code in _demonym_countries(sdoc, gazetteer):
        votes[code] += DEMONYM_WEIGHT
    if filed is not None:
        votes[filed.country_code] += (
            NAMED_FILED_WEIGHT if filed.named else CAPITAL_FILED_WEIGHT if filed.capital else FILED_WEIGHT
        )
    return dict(votes), {name: dict(own) for name, own in by_name.items()}


def _attributive(sdoc: Any, mention: PlaceMention) -> bool:
    """ "U.S. servicemen", "the U.S. military": a country's name before a noun it qualifies."""
    root = sdoc[mention.token_start : mention.token_end].root
    head = root.head
    return bool(
        root.dep_ == "compound" and head.i >= mention.token_end and head.pos_ == "NOUN" and head.is_lower
    )


POSSESSIVE = re.compile(r"['’]s\s+")  # "Monrovia's West Point": a city and a place it holds


def _paired_countries(sdoc: Any, mentions: list[PlaceMention], gazetteer: Any) -> dict[int, set[str]]:
    """The countries a town and the area said to hold it ("Sao Tome (Agua Grande)", "Arroyito, in the
    department of Concepcion", "Moscow, Idaho") can share, for each of the two mentions: neither speaks for
    a country the other cannot be in (Agua Grande's Mexican hamlet does not make a story on Sao Tome
    Mexican). After a bare comma the second name must be able to be an area, not another town ("Moscow,
    Paris")."""
    text = doc_text(sdoc)
    pairs = container_pairs(sdoc, mentions)  # "Sao Tome (Agua Grande)" among them
    paired = _owned_countries(text, mentions, gazetteer)
    for index, outer in pairs.items():
        gap = gap_words(text, mentions[index], mentions[outer])
        # "the Barlovento area of Miranda state": a name followed by its first-level designator is an area
        area_named = FIRST_LEVEL.match(text, mentions[outer].end) is not None
        areas, designated = _area_countries(gazetteer.matches(mentions[outer].text), gap, area_named)
        common = {p.country_code for p, _ in gazetteer.matches(mentions[index].text)} & areas - {""}
        city = _city_country(gazetteer.matches(mentions[outer].text))
        if city is not None and city not in common:
            # "the North York district of Toronto": a district the gazetteer lacks, in the city everyone
            # means, not a namesake village that makes Toronto the one in Ohio
            paired[index] = paired[outer] = {city}
        elif common:
            paired[index] = (paired.get(index, set()) & common) or common
            paired[outer] = common
        elif areas and designated:
            # "Arroyito, in the department of Concepcion", "Palma in northern Mozambique": the gazetteer
            # knows no such town there, and its namesakes elsewhere are not meant
            paired[index] = areas
    return paired


BIG_CITY_POPULATION = 500_000  # a container this big and this much one country's is the one meant


def _city_country(matches: tuple[tuple[Place, int], ...]) -> str | None:
    """The country of a big city that a name means above all its namesakes, if it means one."""
    biggest = max(
        (p for p, kind in matches if kind < 2 and p.feature_class == "P"),
        key=lambda p: p.population,
        default=None,
    )
    if biggest is None or biggest.population < BIG_CITY_POPULATION:
        return None
    dominant = _dominant_country(list(matches))
    return dominant if dominant == biggest.country_code else None


def _owned_countries(text: str, mentions: list[PlaceMention], gazetteer: Any) -> dict[int, set[str]]:
    """ "Monrovia's West Point slum": a place a city owns lies in the city's country (the city read by its
    own namesakes), and its namesakes elsewhere are not meant."""
    owned: dict[int, set[str]] = {}
    for i, (owner, place) in enumerate(pairwise(mentions)):
        if owner.government or not POSSESSIVE.fullmatch(text, owner.end, place.start):
            continue
        country = _dominant_country(list(gazetteer.matches(owner.text)))
        if country is not None:
            owned[i + 1] = {country}
    return owned


def _area_countries(
    matches: tuple[tuple[Place, int], ...], gap: str, area_named: bool = False
) -> tuple[set[str], bool]:
    """The countries the outer name of a pair can lie in, and whether the words say it is an area (a
    country named outright, "the department of Concepcion", "Miranda state") rather than maybe another
    town."""
    countries = {p.country_code for p, kind in matches if p.feature_code == "PCLI" and kind < 2}
    if countries:
        return countries, True
    areas = {p.country_code for p, _ in matches if p.feature_class == "A"}
    designated = area_named or designates_area(gap)
    if not (gap == "," or designated):
        areas |= {p.country_code for p, _ in matches}
    return areas, designated


DEMONYMS_KEY = "frontwatch.demonym_countries"  # sdoc.user_data: the countries the parse's demonyms name


VISITORS = frozenset(
    {"tourist", "journalist", "reporter", "pastor", "preacher", "engineer", "national", "citizen", "man"}
    | {"woman", "couple", "hostage", "businessman", "expatriate", "missionary", "volunteer", "diplomat"}
    | {"ambassador", "envoy", "consul", "embassy", "consulate", "passport", "aid", "photographer", "priest"}
    | {"teenager", "geologist", "holidaymaker", "pilgrim", "employee", "traveller", "hiker", "climber"}
    | {"backpacker", "nun", "skier", "visitor", "contractor", "technician", "worker"}
)


def _demonym_countries(sdoc: Any, gazetteer: Any) -> list[str]:
    """The country of each demonym ("Russian", "Israelis") in the parse, read once per parse."""
    found = sdoc.user_data.get(DEMONYMS_KEY)
    if isinstance(found, list):
        return found
    codes = []
    for token in sdoc:
        if token.head.lemma_.lower() in VISITORS and token.dep_ in ("amod", "compound"):
            continue  # "a British man", "a film by a U.S. pastor": who someone is, not where the story is
        if token.ent_type_ == "NORP" or (token.pos_ == "ADJ" and token.text[:1].isupper()):
            country = gazetteer.country_by_name(token.text)
            if country is not None:
                codes.append(country.country_code)
    sdoc.user_data[DEMONYMS_KEY] = codes
    return codes


def _ranked(votes: Votes) -> tuple[str, ...]:
    ranked = sorted(((c, n) for c, n in votes.items() if n > 1e-9), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return ()
    top = ranked[0][1]
    return tuple(code for code, n in ranked if n >= FOCUS_SHARE * top)


def focus_by_name(votes: Votes, by_name: dict[str, Votes], gazetteer: Any) -> dict[str, tuple[str, ...]]:
    """For each place name, the story's countries as the other names tell them. An ambiguous name is no
    evidence for its own reading: "Ras al-Ain" alone would make Israel (Rosh Ha'Ayin) a country of a story
    on Syria, and then pass the Israeli town as a place of the story. Demonyms alone ("Russian equipment
    in Buryn") say who acts, not where: a name only they would judge keeps the story's focus."""
    focus = _ranked(votes)
    others = _other_names_focus(votes, by_name)
    return {
        name: focus
        if _one_country(gazetteer.matches(name), name) or others[name] is None
        else others[name] or ()
        for name in by_name
    }


def lone_countries(own: Votes, rest: Votes | None) -> tuple[str, ...]:
    """ "the town of Taza, south of Kirkuk": the countries only this name speaks for in the story."""
    if not rest:
        return ()
    return tuple(code for code, share in own.items() if share > 1e-9 and rest.get(code, 0.0) <= 1e-9)


def _other_names_focus(votes: Votes, by_name: dict[str, Votes]) -> dict[str, tuple[str, ...] | None]:
    """For each name, the story's countries without its own votes; None when no other place or country
    name speaks (demonyms alone)."""
    return {
        name: _ranked(votes_of) if votes_of is not None else None
        for name, votes_of in others(votes, by_name).items()
    }


def others(votes: Votes, by_name: dict[str, Votes]) -> dict[str, Votes | None]:
    """For each name, the votes of everything else the story names; None when no other place or country
    name speaks (demonyms alone)."""
    named = {name for name, own in by_name.items() if own}
    return {
        name: {code: n - own.get(code, 0.0) for code, n in votes.items()} if named - {name} else None
        for name, own in by_name.items()
    }


def _one_country(matches: tuple[tuple[Place, int], ...], name: str = "") -> bool:
    """Whether a name speaks for one country: the same country holds nearly all of its namesakes, both
    among the places that bear it as their own name and among all ("Kharkiv"; "Jenin", whatever Polish
    village shares it). "Ras al-Ain" is a Syrian village's name but, as an alternate spelling, a bigger
    Israeli town's; "St. Petersburg" is a Florida city's name and Russia's city's alternate: such a name
    must be read by the rest of the story. A name only the romanisation folding joins to a place's name
    is not that place's own: "Madyan" in a story on Swat does not speak for Madian in Ivory Coast."""
    own = _dominant_country(
        [(p, k) for p, k in matches if k < 2 and not (name and loose_main_name(p, k, name))]
    )
    return own is not None and own == _dominant_country(list(matches))


def _dominant_country(matches: list[tuple[Place, int]]) -> str | None:
    """The country holding OWN_COUNTRY_SHARE of a name's namesakes (by their biggest population)."""
    biggest: dict[str, int] = {}
    for place, _kind in matches:
        if place.country_code:
            biggest[place.country_code] = max(biggest.get(place.country_code, 0), place.population)
    if len(biggest) == 1:
        return next(iter(biggest))
    total = sum(biggest.values())
    top = max(biggest, key=lambda code: biggest[code], default=None)
    return top if top is not None and total > 0 and biggest[top] >= OWN_COUNTRY_SHARE * total else None


def _in_named_regions(
    matches: tuple[tuple[Place, int], ...], regions: set[str]
) -> tuple[tuple[Place, int], ...]:
    """The namesakes that lie in a first-level area the story names as a region ("Bassa ... of Plateau
    State" is Nigeria's Bassa, not the Tuscan village), when there are any."""
    inside = tuple((p, k) for p, k in matches if p.admin1 and p.admin1.lower() in regions)
    return inside or matches


def _country_shares(matches: tuple[tuple[Place, int], ...], name: str = "") -> dict[str, float]:
    """How much a name says about each country: a country named outright counts fully (and more than a
    town); otherwise each country in proportion to its biggest namesake ("Lyman" is mostly the
    Ukrainian town, hardly the Russian Liman; "Derna" the Libyan city, not the Romanian village), among
    the places that bear it as their own name when there are any ("Islamabad" speaks for Pakistan, though
    it is also an old name of Chattogram). A main name that only the romanisation folding joins to the
    name written counts as an alternate ("Palmyra" is not spelled as Colombia's Palmira, but is an
    alternate name of Syria's Tadmur)."""
    matches = tuple((p, kind) for p, kind in matches if p.feature_class != "H")  # a sea names no country
    countries = {p.country_code for p, kind in matches if p.feature_code == "PCLI" and kind < 2}
    if len(countries) == 1:
        return {countries.pop(): COUNTRY_WEIGHT}
    if name:
        matches = tuple((p, KIND_ALTERNATE if loose_main_name(p, k, name) else k) for p, k in matches)
    best_kind = min((kind for _place, kind in matches), default=2)
    exonym = _exonym_of_a_city(matches)
    biggest: dict[str, int] = {}
    for place, kind in matches:
        # an alternate spelling only when nothing better, or when it is a big city's ("Mecca" for Makkah)
        if place.country_code and (kind <= max(best_kind, 1) or place is exonym):
            biggest[place.country_code] = max(biggest.get(place.country_code, 0), _weight_of(place))
    total = sum(biggest.values())
    if total == 0:
        return {code: 1.0 / len(biggest) for code in biggest}
    return {code: population / total for code, population in biggest.items()}


# an area the gazetteer gives no population ("Navarre", the Spanish region) speaks as a big city would,
# not as nothing beside a Floridian town of its name
AREA_POPULATION = 250_000


def _weight_of(place: Place) -> int:
    if place.population or place.feature_class != "A" or place.feature_code == "PCLI":
        return place.population
    return AREA_POPULATION


EXONYM_RATIO = 20  # a city this many times bigger than every place bearing the name as its own
SMALL_TOWN = 50_000  # and those places no bigger than this ("Dili" is East Timor's capital, not Delhi)


def _exonym_of_a_city(matches: tuple[tuple[Place, int], ...]) -> Place | None:
    """A big city the press names by an alternate name that only small places bear as their own: "Mecca"
    is Makkah (1.6 million), not a Californian town of 8,000; "Islamabad" stays Pakistan's capital, though
    it is also an old name of Chattogram."""
    if any(p.country_code in SLAVIC_COUNTRIES for p, k in matches if k < KIND_ALTERNATE):
        return None  # "New York", the Donetsk town: a Ukrainian or Russian name is the one written
    own = max((p.population for p, k in matches if k < KIND_ALTERNATE), default=0)
    city = max((p for p, k in matches if k >= KIND_ALTERNATE), key=lambda p: p.population, default=None)
    if own >= SMALL_TOWN or city is None or city.population < max(BIG_CITY_POPULATION, EXONYM_RATIO * own):
        return None
    return city


def country_initials(gazetteer: Any, name: str) -> Any | None:
    """The country an all-capital short name stands for ("US", "UK", "DRC"), if any."""
    letters = name.replace(".", "")
    if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return None
    return gazetteer.country_by_name(name)


def foreign_to_the_dateline(
    readings: list[tuple[str, Place | None]], votes: tuple[Votes, dict[str, Votes]], filed: Filed | None
) -> set[str]:
    """ "KOYA, Iraq — ... camps around Koya": a dateline that names its country outweighs a namesake abroad
    that nothing else in the story speaks for (Koya in Japan; Litoral in Equatorial Guinea for "Guayaquil's
    Litoral penitentiary"). A big city abroad, or one whose country the text names, stays. A name refused
    speaks for nothing: "El Alto" in Peru, refused, no longer holds up "Morales" in Peru. `readings` are the
    story's names with the place each was read as; the names refused are returned."""
    if filed is None or not filed.named:
        return set()
    story, by_name = votes
    refused: set[str] = set()
    for _ in range(2):
        kept = {name: own for name, own in by_name.items() if name not in refused}
        rest = {code: n - sum(by_name[name].get(code, 0.0) for name in refused) for code, n in story.items()}
        others_of = others(rest, kept)
        refused |= {
            name
            for name, place in readings
            if name in kept and _abroad_alone(place, others_of.get(name), filed)
        }
    return refused


FOREIGN_TOWN_POPULATION = 100_000  # a city this big abroad is named for itself, whatever the dateline


def _abroad_alone(place: Place | None, others_votes: Votes | None, filed: Filed) -> bool:
    if place is None or place.country_code == filed.country_code or place.feature_code == "PCLI":
        return False
    if place.feature_class == "P" and place.population >= FOREIGN_TOWN_POPULATION:
        return False
    if place.feature_class == "A" and place.population >= FOREIGN_TOWN_POPULATION and " " in place.name:
        return False  # "KISSUFIM CROSSING, Israel — ... left the Gaza Strip": a territory named for itself
    return (others_votes or {}).get(place.country_code, 0.0) <= 1e-9


def at_home(
    focus_of: dict[str, tuple[str, ...]],
    votes: tuple[Votes, dict[str, Votes]],
    dateline: Place,
    gazetteer: Any,
) -> dict[str, tuple[str, ...]]:
    """ "TEGUCIGALPA — ... her home in La Esperanza": a town name that alone speaks for the story's
    countries (no other place, country or demonym does) is read in the country the story was filed from,
    where it has a namesake there ("HAVANA — ... Colombia" stays the country)."""
    story, by_name = votes

    def home(name: str) -> bool:
        if not set(story) <= set(by_name.get(name, {})):
            return False
        candidates = [place for place, _ in gazetteer.matches(name)]
        return all(p.feature_code != "PCLI" for p in candidates) and any(
            p.country_code == dateline.country_code for p in candidates
        )

    return {
        name: (dateline.country_code,) if home(name) else countries for name, countries in focus_of.items()
    }
