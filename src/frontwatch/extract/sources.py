"""Whom a source speaks for: "the mayor", "officials", "state media" speak for the state where the story
happens; "an army spokesman" for its army; "police" for its police. Witnesses, medics, rescuers, rights
groups and the United Nations speak for no side.

The actor catalogue names parties ("Russia's defence ministry", "the Houthis"); most sources in news are
officials named by their office, which the catalogue cannot list for every country.
"""

from __future__ import annotations

import re

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


def source_actor(claimant: str, country_code: str | None) -> Actor | None:
    """The party a source speaks for: a catalogue actor it names, else the state its office belongs to
    (the story's country), else None."""
    if NEUTRAL.search(claimant):
        return None  # "the UN envoy for Yemen", "Saudi and U.S. mediators": a party named is not theirs
    named = resolve_actor(claimant, country_code=country_code)
    if named is not None or country_code is None or NO_SIDE.search(claimant):
        return named
    if MILITARY.search(claimant):
        role = "military"
    elif POLICE.search(claimant):
        role = "police"
    elif OFFICIAL.search(claimant):
        role = "government"
    else:
        return None
    actor = resolve_actor(role, country_code=country_code)
    return actor if actor is not None and actor.country_code == country_code else None


__all__ = ["source_actor"]
