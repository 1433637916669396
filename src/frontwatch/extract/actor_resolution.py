"""What an alias of the index names in the country where the story happens.

Some surface forms depend on that country ("villagers", "gunmen", "the army", "Islamic State"); they
resolve against `country_code`, the ISO code of the story's country. The same code turns a state's
own forces (inter 1) into external forces (inter 8) when they act abroad, as ACLED codes them.

Without a country, a state's generic forces are placeholders ("Military Forces", "Police Forces",
"Government": no country, no side) that `extract.local_actors.localised` names for the event's country.
Where a
country has no army of its own ("the army" in a story from Gaza), its soldiers are another state's
(`actor_catalogue.FORCES_OF`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from frontwatch.extract import actor_catalogue as cat
from frontwatch.extract.actor_index import (
    ACTORS,
    COUNTRIES,
    FALLBACK_NAMES,
    PERSONS,
    STATE_FALLBACK_NAMES,
    Target,
    generic_name,
    plover,
)
from frontwatch.model import Actor

__all__ = ["LEADER_TITLE", "actor_of"]

# the template of a head of state's or government's title before a name ("President Santos")
LEADER_TITLE = "leader_title"

_LOCAL_CACHE: dict[tuple[str, str | None], Actor] = {}
ARMED_ROLES = frozenset({"military", "air_force", "navy"})
STATE_ROLE_NAMES = ARMED_ROLES | {"police", "government"}

# templates that name a generic actor of the story's country
_GENERIC_TEMPLATES = frozenset(FALLBACK_NAMES) | {"military", "air_force", "police", "government"}
# template -> (the country where it names an actor of its own, that actor, the generic role elsewhere)
_OWN_ACTOR_IN: dict[str, tuple[str, str, str]] = {
    "health_ministry": ("PS", "Gaza Health Ministry", "government"),
    "junta": ("MM", "Military Forces of Myanmar (2021-)", "government"),
    "regime": ("SY", "Military Forces of Syria (2000-2024)", "military"),
}
# template -> (the actor it names by story country, the actor it names elsewhere)
_BY_COUNTRY: dict[str, tuple[dict[str, str], str | None]] = {
    "separatists": (
        {
            "UA": "NAF: United Armed Forces of Novorossiya",
            "CM": "Ambazonian Separatists",
            "AZ": "Military Forces of Nagorno-Karabakh",
            "ID": "TPNPB: West Papua National Liberation Army",
        },
        None,
    ),
    # ACLED's name for Syria's unnamed factions; Indonesia's rebels are Papua's
    "rebels": ({"SY": "Opposition Rebels (Syria)", "ID": "TPNPB: West Papua National Liberation Army"}, None),
    "paramilitary": ({"SD": "Rapid Support Forces"}, None),
    # Iraq's Shiite militias are ACLED's PMF
    "shiite_militias": ({"IQ": "PMF: Popular Mobilization Forces"}, None),
    "resistance": ({"MM": "PDF: People's Defense Force"}, None),
    "peacekeepers": (cat.PEACEKEEPING_MISSIONS, None),
    "au_forces": ({"SO": "ATMIS: African Union Transition Mission in Somalia (2022-2024)"}, None),
    "sna": ({"SY": "Syrian National Army", "SO": "Military Forces of Somalia (2022-)"}, None),
    "islamic_state": (cat.ISLAMIC_STATE_BRANCHES, "Islamic State"),
    "al_qaeda": (cat.AL_QAEDA_BRANCHES, "Al Qaeda"),
    "islamists": (cat.ISLAMIST_GROUPS, None),
    # India's Maoists are the CPI (Maoist), Nepal's the CPN (Maoist), the Philippines' the NPA
    "maoists": (
        {"NP": "CPN-M: Communist Party of Nepal (Maoist)", "PH": "NPA: New People's Army"},
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    # "ETA" in a story on Spain or France, not "the ETA of the flight"
    "eta": (
        {"ES": "ETA: Basque Homeland and Freedom", "FR": "ETA: Basque Homeland and Freedom"},
        None,
    ),
    # Colombia's ELN, or Macedonia's ethnic Albanian guerrillas of 2001
    "national_liberation_army": (
        {"MK": "NLA: National Liberation Army (Macedonia)"},
        "ELN: National Liberation Army",
    ),
    "naf": (
        {"NG": "Military Forces of Nigeria (2023-) Air Force"},
        "NAF: United Armed Forces of Novorossiya",
    ),
}
# template -> (story country -> the ethnic group whose militia it names there): Nigeria's herdsmen are Fulani
_ETHNIC_IN: dict[str, dict[str, str]] = {"herdsmen": {"NG": "Fulani"}}
# template -> the generic role it names where no group of its own is known ("Islamist militants" in a
# country without a dominant jihadist group are an unidentified armed group)
_ELSEWHERE_ROLE: dict[str, str] = {"islamists": "unidentified", "rebels": "unidentified"}


def _local(actor: Actor | None, country_code: str | None) -> Actor | None:
    """A state's own forces acting in another country are external forces (inter 8)."""
    if (
        actor is None
        or country_code is None
        or actor.inter != 1
        or actor.country_code in (None, country_code)
    ):
        return actor
    key = (actor.name, country_code)
    localised = _LOCAL_CACHE.get(key)
    if localised is None:
        localised = _LOCAL_CACHE[key] = replace(actor, inter=8)
    return localised


def _generic(role: str, country_code: str | None) -> Actor | None:
    if role in ARMED_ROLES and country_code in cat.FORCES_OF:
        country_code = cat.FORCES_OF[country_code]  # "the army" in a story from Gaza
    if role in STATE_ROLE_NAMES and country_code in cat.STATE_OF:
        country_code = cat.STATE_OF[country_code]  # "police" in Fort-de-France are France's
    country = COUNTRIES.get(country_code) if country_code else None
    if country is not None:
        return ACTORS[generic_name(role, country)]
    fallback = FALLBACK_NAMES.get(role) or STATE_FALLBACK_NAMES.get(role)
    if fallback is None:
        return None
    actor = ACTORS[fallback]
    return replace(actor, country_code=country_code) if country_code else actor


def _named(name: str | None) -> Actor | None:
    return ACTORS.get(name) if name else None


def _template(key: str, cc: str | None) -> Actor | None:
    if key in _GENERIC_TEMPLATES:
        return _generic(key, cc)
    if key == LEADER_TITLE:
        return _generic("government", cc)  # "President Juan Manuel Santos signed": the state's government
    own = _OWN_ACTOR_IN.get(key)
    if own is not None:
        country, name, role = own
        return _named(name) if cc == country else _generic(role, cc)
    if key in _ETHNIC_IN:
        group = _ETHNIC_IN[key].get(cc or "")
        return _ethnic(group, cc) if group is not None else None
    by_country = _BY_COUNTRY.get(key)
    if by_country is not None:
        names, elsewhere = by_country
        named = _named(names.get(cc or "", elsewhere))
        fallback = _ELSEWHERE_ROLE.get(key)
        return _generic(fallback, cc) if named is None and fallback is not None else named
    return None


@lru_cache(maxsize=4096)
def _ethnic(group: str, country_code: str | None) -> Actor:
    country = COUNTRIES.get(country_code) if country_code else None
    name = f"{group} Ethnic Militia ({country.name})" if country is not None else f"{group} Ethnic Militia"
    return Actor(name, 4, None, country_code, "militia", plover(name, "militia"))


def actor_of(target: Target, country_code: str | None) -> Actor | None:
    """The actor an alias's target names in a story in `country_code` (None when not known)."""
    if target.kind == "actor":
        return _local(ACTORS.get(target.key), country_code)
    if target.kind == "template":
        return _local(_template(target.key, country_code), country_code)
    if target.kind == "person":
        person = PERSONS.get(target.key)
        return _local(ACTORS.get(person.actor), country_code) if person is not None else None
    if target.kind == "ethnic":
        homes = cat.ETHNIC_GROUP_HOMES.get(target.key)
        return _ethnic(target.key, country_code) if homes is None or country_code in homes else None
    return None
