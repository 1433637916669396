"""Actors as named in the country where the event happens.

The story's country may not be the event's ("Unidentified Armed Group (Nigeria)" in a story filed from
Niger), a movement named without its branch is its branch there ("Islamic State" in Mozambique), and a
state's forces named before the story's country was known are that country's.
"""

from __future__ import annotations

from dataclasses import replace

from frontwatch.extract.actor_catalogue import AL_QAEDA_BRANCHES, ISLAMIC_STATE_BRANCHES
from frontwatch.extract.actor_index import STATE_FALLBACK_NAMES
from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.sources import source_actor
from frontwatch.extract.state_roles import MUTINY
from frontwatch.model import Actor

LOCAL_KINDS = {"civilians": "civilians", "protesters": "protesters", "rioters": "rioters"}
FOREIGN_CIVILIANS = "Civilians (International)"


# movements named without their branch, and their branch by the country where the event happens
BRANCHES = {"Islamic State": ISLAMIC_STATE_BRANCHES, "Al Qaeda": AL_QAEDA_BRANCHES}
# a state's forces named before the story's country was known, and the word that names them in a country
STATE_ROLES = {name: role for role, name in STATE_FALLBACK_NAMES.items()}
# the groups the text does not name, and a word that names each in a given country
UNNAMED_GROUPS = {
    "Unidentified Armed Group": "gunmen",
    "Unidentified Gang": "gangs",
    "Sole Perpetrator": "lone attacker",
}


def localised(actor: Actor | None, place: LocatedMention | None, focus: str | None = None) -> Actor | None:
    """The actor as named in the country where the event happens: civilians, protesters, rioters and
    unidentified armed groups belong to it (ACLED's "Unidentified Armed Group (Nigeria)", whatever the story's
    other countries); a movement named without its branch is its branch there; a state's forces named before
    the story's country was known are that country's, and stay unnamed where the event has no place.
    Civilians the text names as from a third country ("Chinese engineers" in a story on Pakistan) keep it."""
    if actor is None or place is None or place.place is None:
        return None if actor is not None and actor.name in STATE_ROLES else actor
    country = place.place
    if (
        actor.kind == "civilians"
        and focus is not None
        and actor.country_code not in (None, focus, country.country_code)
    ):
        return actor
    code, name, police_branch = PART_OF_A_STATE.get(
        country.country_code, (country.country_code, country.country, "")
    )
    for local in (_unnamed_here, _branch_here, _state_here, _people_here):
        found = local(actor, code, name)
        if found is not None:
            if police_branch and found.kind == "police" and not found.name.endswith(police_branch):
                return replace(found, name=f"{found.name} {police_branch}")
            return found
    return None if actor.name in STATE_ROLES else actor


# territories whose events ACLED codes under the state they belong to: (its code, its name, the branch of
# its police there), as "Protesters (China)" and "Police Forces of China (2012-) Hong Kong Police Force"
PART_OF_A_STATE: dict[str, tuple[str, str, str]] = {
    "HK": ("CN", "China", "Hong Kong Police Force"),
    "MO": ("CN", "China", "Public Security Police Force of Macau"),
}


# where ACLED takes the gunmen it cannot name for a gang's: Haiti's armed violence is the gangs'
GANG_COUNTRIES = frozenset({"HT"})


def _unnamed_here(actor: Actor, code: str, country: str) -> Actor | None:
    unnamed = next((u for u in UNNAMED_GROUPS if actor.name.startswith(u)), None)
    if unnamed == "Unidentified Armed Group" and code in GANG_COUNTRIES:
        unnamed = "Unidentified Gang"
    elif unnamed is None or (actor.country_code == code and actor.name.endswith(")")):
        return None
    local = resolve_actor(UNNAMED_GROUPS[unnamed], country_code=code)
    if local is not None and local.country_code == code and local.name.endswith(")"):
        return local
    return replace(actor, name=f"{unnamed} ({country})", country_code=code)


def _branch_here(actor: Actor, code: str, country: str) -> Actor | None:
    branches = BRANCHES.get(actor.name)
    return resolve_actor(branches[code]) if branches is not None and code in branches else None


def _state_here(actor: Actor, code: str, country: str) -> Actor | None:
    mutiny = actor.name.startswith(MUTINY)
    role = STATE_ROLES.get(actor.name[len(MUTINY) :] if mutiny else actor.name)
    local = resolve_actor(role, country_code=code) if role is not None else None
    if local is None or local.country_code != code:
        return None
    # a country the catalogue does not list: ACLED's pattern, "Police Forces of Solomon Islands"
    name = f"{local.name} of {country}" if local.name in STATE_ROLES else local.name
    if mutiny:
        return replace(local, name=MUTINY + name, inter=2)
    return replace(local, name=name) if name != local.name else local


def _people_here(actor: Actor, code: str, country: str) -> Actor | None:
    if actor.kind not in LOCAL_KINDS or (actor.country_code == code and actor.name.endswith(")")):
        return None
    if actor.name == FOREIGN_CIVILIANS:
        return None  # "foreign tourists": ACLED's "Civilians (International)", wherever they were
    local = resolve_actor(LOCAL_KINDS[actor.kind], country_code=code)
    if local is not None and local.country_code == code and local.name.endswith(")"):
        return local
    # a country the catalogue does not list: ACLED's pattern, "Rioters (Sri Lanka)"
    return replace(actor, name=f"{actor.kind.capitalize()} ({country})", country_code=code)


HOME_SOURCES = frozenset({"police", "government"})  # offices that speak for the ground they work on


def speaker_here(claimant: str | None, actor: Actor | None, place: LocatedMention | None) -> Actor | None:
    """ "..., police said", "the defence ministry said": a state office the source names without its country
    speaks for the country where the event happens, not the story's first-named country ("NIAMEY — ...
    near the border with Mali ..., the defence ministry said" is Niger's ministry). A source whose words
    name its country keeps it, and an army keeps the story's reading (an army often speaks of strikes
    abroad)."""
    if claimant is None or actor is None or actor.kind not in HOME_SOURCES:
        return actor
    if place is None or place.place is None or actor.country_code == place.place.country_code:
        return actor
    bare = source_actor(claimant, None)
    if bare is not None and bare.name not in STATE_ROLES:
        return actor  # "Burkina Faso's government": the words say whose
    if bare is None and place.place.feature_code in ("PPLC", "PCLI"):
        return actor  # a titled person's office is not read off a capital (a byword) or a whole country
    here = source_actor(claimant, place.place.country_code)
    return here if here is not None and here.country_code == place.place.country_code else actor
