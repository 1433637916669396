"""The dateline: the place group that opens a wire story ("KHERSON, Ukraine —"), read apart from the text
(it is blanked before parsing) and resolved in its own country."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from frontwatch.geo.geocode import GeoContext, resolve
from frontwatch.geo.name_index import KIND_OFFICIAL
from frontwatch.model import Document, Place, Resolution
from frontwatch.normalise.wire import agency_name


@dataclass(frozen=True)
class ExtraToponym:
    start: int
    end: int
    text: str
    place: Place | None
    score: float
    mention_kind: str  # "region", "settlement" or "any"
    source: str  # "text", "name", "demonym" or "dateline"


# Parts of the dateline's place group ("KHERSON, Ukraine"); a hyphen inside a name stays (PORT-AU-PRINCE).
DATELINE_PART = re.compile(r"[^,()—–]+")


BRACKETED = re.compile(r"[ ]?\(([A-Z][\w .'-]{1,40})\)")
DATELINE_SURE = 0.7  # a dateline town resolved at least this surely is a point of the story
SMALLER = 10  # a namesake this many times smaller than a capital yields to it in a bare dateline
TOWN_OF_NOTE = 100_000  # a town this big is meant by its own name, whatever bigger city the name also is
BIG_CITY = 1_000_000  # a city this big is meant by its old name in a bare dateline ("CALCUTTA", "DACCA")


def dateline_town(found: list[ExtraToponym]) -> Place | None:
    """The dateline's town ("BISSAU —") among its toponyms, when the gazetteer surely knows it: where the
    story was filed, against which a far-off namesake of the text is measured."""
    town = found[0] if found and found[0].mention_kind == "settlement" else None
    if town is None or town.place is None or town.score < DATELINE_SURE:
        return None
    return town.place


def dateline_toponyms(doc: Document, gazetteer: Any, focus: tuple[str, ...]) -> list[ExtraToponym]:
    """The dateline's place and country ("KHERSON, Ukraine" -> Kherson, Ukraine), the place resolved in
    the dateline's own country."""
    parts = _parts(doc)
    if not parts:
        return []
    found: list[ExtraToponym] = []
    country = gazetteer.country_by_name(parts[1][1]) if len(parts) > 1 else None
    if country is not None:
        start, name = parts[1]
        found.append(ExtraToponym(start, start + len(name), name, country, 1.0, "any", "dateline"))
    office = _office_country(gazetteer, parts[0][1])
    if office is not None:  # "GUYANA POLICE FORCE - PRESS RELEASE": an office of a country, no town
        start, name = parts[0]
        word = name.split()[0]
        return [ExtraToponym(start, start + len(word), word, office, 1.0, "any", "dateline")]
    area = _dateline_area(gazetteer, parts[1][1], focus) if country is None and len(parts) > 1 else None
    if area is not None:  # "BUTLER, Pennsylvania": the state says the country and narrows the town
        hints = ((area.country_code, area.admin1_code),) if area.feature_code == "ADM1" else ()
        context = GeoContext(focus_countries=(area.country_code,), admin_hints=hints)
        start, name = parts[1]
        found.append(ExtraToponym(start, start + len(name), name, area, 1.0, "region", "dateline"))
    else:
        context = GeoContext(focus_countries=(country.country_code,) if country is not None else focus)
    start, name = parts[0]
    resolution = resolve(gazetteer, name.title(), context, kind="settlement")
    named = country or area
    if named is None:
        resolution = _capital_first(gazetteer, name.title(), resolution)
        resolution = _big_city_first(gazetteer, name.title(), resolution)
    if (
        named is not None
        and resolution.place is not None
        and resolution.place.country_code != named.country_code
    ):
        # "KOYA, Iraq" is no Japanese Kōya, "CALEDONIA, Ontario" no Caledonia in Minnesota
        resolution = replace(resolution, place=None, score=0.0)
    found.insert(
        0,
        ExtraToponym(
            start, start + len(name), name, resolution.place, resolution.score, "settlement", "dateline"
        ),
    )
    return found


def _parts(doc: Document) -> list[tuple[int, str]]:
    """The dateline's place group split at its commas, each part with its offset in the text."""
    span = doc.dateline_span
    if span is None:
        return []
    bracket = BRACKETED.match(doc.text, span.end)
    end = bracket.end() if bracket is not None and agency_name(bracket.group(1)) is None else span.end
    written = doc.text[span.start : end]  # "CARTAGO (Costa Rica) -": the country, not an agency
    return [
        (span.start + m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip())
        for m in DATELINE_PART.finditer(written)
        if m.group().strip()
    ]


def _capital_first(gazetteer: Any, name: str, resolution: Resolution) -> Resolution:
    """A dateline that names no state or country ("DUBLIN, Sept 29 -") is a country's capital of that
    name rather than a far smaller namesake in a country the text speaks of ("arms shipped from the
    United States"): the wires add the state or country to such a town. A namesake of the capital's
    size stays ("TRIPOLI -" in a story of "Lebanon's second city"), as does an old name ("PHILADELPHIA"
    is not Amman)."""
    found = resolution.place
    if found is not None and found.feature_code == "PPLC":
        return resolution
    capitals = [p for p, how in gazetteer.matches(name) if p.feature_code == "PPLC" and how <= KIND_OFFICIAL]
    if len(capitals) != 1 or (found is not None and found.population * SMALLER > capitals[0].population):
        return resolution
    return _as_the_one(gazetteer, name, capitals[0], resolution)


def _big_city_first(gazetteer: Any, name: str, resolution: Resolution) -> Resolution:
    """A bare dateline's name that is the old or English name of a great city ("CALCUTTA", "DACCA") is
    that city rather than a far smaller town that bears the name as its own (Calcutta in Mpumalanga):
    the wires file from the city."""
    found = resolution.place
    if found is not None and (found.feature_code == "PPLC" or found.population >= TOWN_OF_NOTE):
        return resolution  # "DILI" is East Timor's capital, not Delhi
    bigger = [
        p
        for p, _ in gazetteer.matches(name)
        if p.feature_class == "P"
        and p.population >= BIG_CITY
        and (found is None or p.population >= found.population * SMALLER)
    ]
    return _as_the_one(gazetteer, name, bigger[0], resolution) if len(bigger) == 1 else resolution


def _as_the_one(gazetteer: Any, name: str, meant: Place, resolution: Resolution) -> Resolution:
    """The name resolved in the country of the place it is taken to mean, when that gives this place surely;
    else the resolution as it was."""
    found = resolve(gazetteer, name, GeoContext(focus_countries=(meant.country_code,)), kind="settlement")
    if found.place is None or found.place.geonameid != meant.geonameid or found.score < DATELINE_SURE:
        return resolution
    return found


class Filed(NamedTuple):
    """The country a story was filed from, and whether the dateline names it ("EL ALTO, Bolivia")."""

    country_code: str
    named: bool
    capital: bool = False  # "LONDON -": a country's capital, which says its country surely


def filed_country(doc: Document, gazetteer: Any) -> Filed | None:
    """The country a story was filed from, read from the dateline alone: the country it names
    ("GUAYAQUIL, Ecuador"), else the country of its town when the gazetteer knows the town surely the
    world over ("COLOMBO", "HANOI"; not "SAN JOSE")."""
    parts = _parts(doc)
    if not parts:
        return None
    country = gazetteer.country_by_name(parts[1][1]) if len(parts) > 1 else None
    if country is not None:
        return Filed(str(country.country_code), True)
    office = _office_country(gazetteer, parts[0][1])
    if office is not None:
        return Filed(str(office.country_code), True)
    area = _dateline_area(gazetteer, parts[1][1], ()) if len(parts) > 1 else None
    if area is not None:  # "CALEDONIA, Ontario": the state or province names its country
        return Filed(str(area.country_code), True)
    name = parts[0][1].title()
    town = _big_city_first(gazetteer, name, resolve(gazetteer, name, GeoContext(), kind="settlement"))
    if town.place is None or town.score < DATELINE_SURE or not town.place.country_code:
        return None
    return Filed(town.place.country_code, False, capital=town.place.feature_code == "PPLC")


# the words of a state office heading its release in capitals ("GUYANA POLICE FORCE", "KENYA DEFENCE FORCES")
OFFICE_WORDS = frozenset(
    {"police", "force", "forces", "army", "ministry", "government", "presidency", "defence", "defense"}
    | {"service"}
)


def _office_country(gazetteer: Any, name: str) -> Place | None:
    """The country of a state office named where a town would be: "GUYANA POLICE FORCE"."""
    first, _, rest = name.partition(" ")
    if not rest or not {w.lower() for w in rest.split()} & OFFICE_WORDS:
        return None
    country: Place | None = gazetteer.country_by_name(first.title())
    return country if country is not None and country.feature_code == "PCLI" else None


def _dateline_area(gazetteer: Any, name: str, focus: tuple[str, ...]) -> Place | None:
    """The first-level area a dateline names after its town ("Pennsylvania", "Donetsk Oblast")."""
    area = resolve(gazetteer, name, GeoContext(focus_countries=focus), kind="region").place
    # an ADMD is a nation of a union ("LONDONDERRY, Northern Ireland"): it says the country only
    return area if area is not None and area.feature_code in ("ADM1", "ADMD") else None
