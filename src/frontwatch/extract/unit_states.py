"""The state of a named unit: "Slovene Territorial Defence" is Slovenia's, whatever state's unit of that name
the catalogue holds ("Territorial Defence" is Ukraine's)."""

from __future__ import annotations

from functools import lru_cache

from frontwatch.extract import actor_catalogue as cat
from frontwatch.extract.actor_index import ACTORS, Target, generic_name, norm


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, cat.CountrySpec]:
    return {norm(d): c for c in cat.COUNTRIES for d in c.demonyms if " " not in d}


@lru_cache(maxsize=1)
def _named_units() -> frozenset[str]:
    """The catalogue's named state units ("Military Forces of Ukraine (2019-) Territorial Defense Forces")."""
    return frozenset(spec.name for spec in cat.ACTORS)


def own_state(target: Target, norms: list[str], i: int) -> Target:
    """ "Slovene Territorial Defence": a state's force named for another state's demonym is the first
    state's forces, whatever state the catalogue's unit of that name belongs to."""
    actor = ACTORS.get(target.key) if target.kind == "actor" and target.key in _named_units() else None
    if actor is None or actor.kind not in ("military", "police") or actor.country_code is None or i == 0:
        return target
    country = _demonyms().get(norms[i - 1])
    if country is None or country.code == actor.country_code:
        return target
    return Target("actor", generic_name(actor.kind, country))


__all__ = ["own_state"]
