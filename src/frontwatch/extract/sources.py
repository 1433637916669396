"""Whom a source speaks for: "the mayor", "officials", "state media" speak for the state where the story
happens; "an army spokesman" for its army; "police" for its police. Witnesses, medics, rescuers, rights
groups and the United Nations speak for no side.

The actor catalogue names parties ("Russia's defence ministry", "the Houthis"); most sources in news are
officials named by their office, which the catalogue cannot list for every country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontwatch.extract.actor_index import COUNTRIES
from frontwatch.extract.actors import resolve_actor
from frontwatch.model import Actor

NO_SIDE = re.compile(
    r"\b(?:u\.?n\.?|united nations|unicef|who|rights|amnesty|red cross|red crescent|msf|doctors|medics?|"
    r"hospital|rescuers?|rescue workers|witness\w*|residents?|villagers|survivors?|journalists?|monitor\w*|"
    r"observatory|analysts?|experts?|investigators|activists?|charity|aid (?:group|agency|workers)|"
    r"opposition|rebels?|militants?|insurgents?|group's|ngo|envoy|church|diocese)\b",
    re.IGNORECASE,
)
NEUTRAL = re.compile(r"\b(?:u\.?n\.?|united nations|envoys?|mediators?|investigators)\b", re.IGNORECASE)
MILITARY = re.compile(r"\b(?:army|military|armed forces|defen[cs]e|general staff|troops)\b", re.IGNORECASE)
POLICE = re.compile(r"\b(?:police|gendarmerie|interior ministry|interior minister)\b", re.IGNORECASE)
OFFICIAL = re.compile(
    r"\b(?:officials?|authorities|government|ministry|minister|ministers|mayor|governor|governors|council|"
    r"prosecutors?|president|prime minister|presidency|spokesm[ae]n|spokeswoman|spokesperson|state media|"
    r"state television|state tv|state news agency|emergency agency|emergency service|administration|"
    r"commander|cabinet|office)\b",
    re.IGNORECASE,
)


# "the Houthi-run health ministry", "Russian-installed officials": the party that runs the office
RUN_BY = re.compile(
    r"\b([A-Z][\w'.]*(?: [A-Z][\w'.]*)?)-(?:run|controlled|led|backed|appointed|installed|allied)\b"
)
SEPARATIST = re.compile(r"\bseparatist", re.IGNORECASE)
JOINED = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_names() -> re.Pattern[str]:
    """The demonyms and names of the catalogue's countries, longest first, as written (case matters:
    "Turkey", not "turkey")."""
    words = {word for c in COUNTRIES.values() for word in (*c.demonyms, *c.names) if len(word) > 2}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")


@lru_cache(maxsize=1)
def _country_of_name() -> dict[str, str]:
    return {word: c.code for c in COUNTRIES.values() for word in (*c.demonyms, *c.names)}


def named_countries(claimant: str) -> list[str]:
    """The countries a source's own words name ("Iranian state media" -> ["IR"]), in order, once each."""
    codes = _country_of_name()
    found: list[str] = []
    for match in _country_names().finditer(claimant):
        code = codes.get(match.group())
        if code is not None and code not in found:
            found.append(code)
    return found


def source_actor(claimant: str, country_code: str | None) -> Actor | None:
    """The party a source speaks for: a catalogue actor it names, else the state its office belongs to
    (the country its words name, else the story's country), else None.

    Sources that join parties ("police and medics", "the Nigerien and U.S. defence ministries") speak for
    none of them; separatist officials speak for the separatists, not for the state they fight."""
    if NEUTRAL.search(claimant):
        return None  # "the UN envoy for Yemen", "Saudi and U.S. mediators": a party named is not theirs
    countries = named_countries(claimant)
    if JOINED.search(claimant) and (
        NO_SIDE.search(claimant) or len(countries) > 1 or _split(claimant, country_code)
    ):
        return None
    if SEPARATIST.search(claimant):
        return _separatists(claimant, country_code)
    runner = _run_by(claimant, country_code)
    if runner is not None:
        return runner
    named = resolve_actor(claimant, country_code=country_code)
    if named is not None or country_code is None or NO_SIDE.search(claimant):
        return named
    return _office(claimant, countries[0] if countries else country_code)


def _office(claimant: str, home: str) -> Actor | None:
    """The arm of the state `home` that an office named by its function belongs to ("an army spokesman")."""
    if MILITARY.search(claimant):
        role = "military"
    elif POLICE.search(claimant):
        role = "police"
    elif OFFICIAL.search(claimant):
        role = "government"
    else:
        return None
    actor = resolve_actor(role, country_code=home)
    return actor if actor is not None and actor.country_code == home else None


def _separatists(claimant: str, country_code: str | None) -> Actor | None:
    """ "The separatist government of Nagorno-Karabakh" is its own; "separatist officials" speak for the
    country's separatists, never for the state they broke from."""
    named = resolve_actor(claimant, country_code=country_code)
    state = named is not None and named.country_code == country_code and named.side is not None
    if named is not None and not (state and named.kind in ("government", "military")):
        return named
    return resolve_actor("separatists", country_code=country_code)


def _split(claimant: str, country_code: str | None) -> bool:
    """ "a teacher and local officials", "his party and police": parts that do not all speak for one side."""
    parts = [part.strip(" ,") for part in JOINED.split(claimant) if part.strip(" ,")]
    if len(parts) < 2 or _shared_head(parts[0]):
        return False  # "the defence and interior ministries": one kind of office named twice
    sides = set()
    for part in parts:
        actor = source_actor(part, country_code)
        sides.add(actor.side if actor is not None else None)
    return len(sides) > 1


# words that qualify a head noun the parts share: "the defence and interior ministries"
QUALIFIERS = frozenset(
    {"defence", "defense", "interior", "foreign", "health", "border", "security", "local", "regional"}
    | {"national", "military", "civil", "state", "federal", "provincial", "district", "city"}
)


def _shared_head(first: str) -> bool:
    """Whether the first of joined parts only qualifies a head named after the last ("Ukraine's defence",
    "Nigerien" in "the Nigerien and U.S. defence ministries")."""
    words = first.split()
    last = words[-1] if words else ""
    return last.lower() in QUALIFIERS or bool(named_countries(last))


def _run_by(claimant: str, country_code: str | None) -> Actor | None:
    match = RUN_BY.search(claimant)
    if match is None:
        return None
    rest = resolve_actor(claimant[: match.start()] + claimant[match.end() :], country_code=country_code)
    if rest is not None and rest.kind not in ("government", "military", "police"):
        return rest  # "U.S.-backed Syrian Democratic Forces": the force itself speaks
    actor = resolve_actor(match.group(1), country_code=country_code)
    return actor if actor is not None and actor.kind not in ("civilians", "protesters") else None


__all__ = ["named_countries", "source_actor"]
