"""Who fires when no one is named, where a war makes it plain: the default doers of bombardments, of
ground given up and of suicide bombings, by country and years (ACLED codes unclaimed strikes on Ukraine as
Russia's, on Russia as Ukraine's, and air strikes in wars where only the state flies as the state's)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.locate import LocatedMention
from frontwatch.model import Actor, Period

# (country where the strike lands, first day, the force that strikes there when no one is named): in the
# Russian invasion of Ukraine, missiles, shells and drones that hit Ukraine are Russia's unless the text
# says otherwise, as ACLED codes them; those that hit Russia ("rockets fired from across the border hit
# Belgorod", "drones struck apartment blocks in Kazan") are Ukraine's
WAR_DEFAULTS = (("UA", date(2022, 2, 24), "Russian forces"), ("RU", date(2022, 2, 24), "Ukrainian forces"))
REMOTE_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Chemical weapon"})
# a chemical attack in these wars came from the state's aircraft (chlorine barrels dropped on Syria's towns)
FROM_THE_AIR = frozenset({"Air/drone strike", "Chemical weapon"})
# (country, first day, the force that strikes from the air there when no one is named): wars in which only
# the state flies warplanes and armed drones over its own ground, so ACLED gives it unclaimed air strikes
AIR_DEFAULTS = (
    ("ET", date(2020, 11, 4), "Ethiopian forces"),
    ("NG", date(2009, 7, 26), "Nigerian forces"),
    ("MM", date(2021, 2, 1), "Myanmar military"),
    ("SY", date(2011, 3, 15), "Syrian government forces", date(2024, 12, 8)),
    ("SD", date(2023, 4, 15), "Sudanese army"),
)

# (country, first day, the group, [last day]): insurgencies to which the press and ACLED give the suicide
# bombings no one claims there: al Shabaab's in Somalia, Boko Haram's around Lake Chad, Islamic State's in
# Iraq in the years of its "caliphate" and in Afghanistan under the Taliban
BOMBER_DEFAULTS = (
    ("SO", date(2006, 1, 1), "Al Shabaab"),
    ("NG", date(2011, 6, 1), "Boko Haram"),
    ("CM", date(2014, 1, 1), "Boko Haram"),
    ("IQ", date(2014, 1, 1), "Islamic State", date(2019, 1, 1)),
    ("AF", date(2021, 8, 15), "Islamic State Khorasan"),
)
SUICIDE_BOMB = "Suicide bomb"


def war_default_doer(
    sub_event_type: str, place: LocatedMention | None, period: Period | None
) -> Actor | None:
    """The force that a bombardment with no named doer comes from, where a war makes that plain."""
    if sub_event_type not in REMOTE_TYPES:
        return None
    air = AIR_DEFAULTS if sub_event_type in FROM_THE_AIR else ()
    return _force_at_war(place, period, WAR_DEFAULTS + air)


def bombers_group(
    sub_event_type: str, doer: Actor | None, place: LocatedMention | None, period: Period | None
) -> Actor | None:
    """The group behind a suicide bombing that no one named ("a suicide bomber blew himself up at a
    mosque in Gwoza"), where one insurgency sends them; else the doer as it was."""
    if sub_event_type != SUICIDE_BOMB or (doer is not None and doer.kind != "armed group"):
        return doer
    return _force_at_war(place, period, BOMBER_DEFAULTS) or doer


UNCLAIMED_TYPES = frozenset({"Shelling/artillery/missile attack", "Chemical weapon"})


def unclaimed_fire(sub_event_type: str, place: LocatedMention | None) -> Actor | None:
    """Rockets or shells that no one is said to have fired, or a poison no one is said to have given,
    outside a war with a default doer ("six rockets were launched at Erbil airport", "tests confirmed he was
    poisoned with dioxin"): an unidentified armed group of the country they hit."""
    country = place.place.country_code if place is not None and place.place is not None else None
    if sub_event_type not in UNCLAIMED_TYPES or country is None:
        return None
    return resolve_actor("unidentified armed group", country_code=country)


def invading_force(place: LocatedMention | None, period: Period | None) -> Actor | None:
    """The foreign force at war on a country's ground: who takes the ground its own army gives up when
    no one else is named ("Ukraine's military ordered its troops out of Vuhledar to avoid encirclement")."""
    return _force_at_war(place, period, WAR_DEFAULTS)


def _force_at_war(
    place: LocatedMention | None, period: Period | None, defaults: tuple[Any, ...]
) -> Actor | None:
    """The first default whose country and years the event falls in: (country, since, force[, until])."""
    country = place.place.country_code if place is not None and place.place is not None else None
    if country is None or period is None:
        return None
    for where, since, force, *until in defaults:
        if country == where and period.start >= since and (not until or period.start < until[0]):
            return resolve_actor(force, country_code=country)
    return None


# a bomb found, defused or a plot foiled (not a missile shot down): the police's work, unless told otherwise
BOMB_STOPPED = re.compile(
    r"^(?!.*\b(?:intercept\w*|shot down|downed|air defen[cs]es?)\b).*\b(?:defus\w*|plot|bombs?|bomb-making|"
    r"explosives?|devices?|fuse|disposed|detonat\w*)\b",
    re.IGNORECASE | re.DOTALL,
)


def disrupting_force(actor1: Actor | None, trigger_text: str, country_code: str | None) -> Actor | None:
    """Who stopped a bomb or a plot the text gives no doer for ("a bomb squad defused the device"): the
    police; an interception keeps the doer the rules found, or none."""
    if actor1 is not None or BOMB_STOPPED.search(trigger_text) is None:
        return actor1
    return resolve_actor("police", country_code=country_code)


__all__ = ["bombers_group", "disrupting_force", "invading_force", "unclaimed_fire", "war_default_doer"]
