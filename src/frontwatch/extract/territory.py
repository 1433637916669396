"""Which kind of territorial event ground changing hands is, by ACLED's convention: a state retaking its own
ground (or an ally taking it for the state) regains territory; anyone else overtakes it; ground that changes
hands without fighting is a non-violent transfer."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.actor_catalogue import STATE_OF
from frontwatch.extract.actor_index import COUNTRIES
from frontwatch.extract.actor_periods import former_states, period_label
from frontwatch.extract.group_members import NON_STATE
from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.state_roles import MUTINY
from frontwatch.extract.taxonomy import TERRITORY
from frontwatch.extract.triggers import TriggerHit
from frontwatch.model import Actor

# ground taken back, in words that only a recapture uses ("liberated" is also how a capture is claimed)
RETAKEN = re.compile(
    r"\b(?:re(?:took|take|taken|taking|captured?|capturing|gained?|gaining|claimed)|"
    r"(?:seized|seize|took|taken|take|won|win) back)\b"
)


# a foreign force fighting for the state
ALLIED = re.compile(
    r"\b(?:alongside|together with|in support of|at the request of) (?:the )?(?:[\w'-]+ ){0,2}?(?:army|armed "
    r"forces|government forces|government|military|troops)\b",
    re.IGNORECASE,
)


STATE_KINDS = ("military", "government", "police")
# states few others recognise, whose forces take the ground of the state they broke from ("ethnic Armenian
# forces captured Shusha" from Azerbaijan): no government regaining its own
UNRECOGNISED = ("Nagorno-Karabakh", "Transnistria", "South Ossetia", "Abkhazia", "Republika Srpska")


def _no_government(actor: Actor) -> bool:
    """A state few recognise, or a state's forces in revolt against it ("Mutiny of ..."): no government."""
    return actor.name.split(" (")[0].endswith(UNRECOGNISED) or actor.name.startswith(MUTINY)


def territory_type(
    sub_event_type: str,
    hit: TriggerHit,
    actor1: Actor | None,
    place: LocatedMention | None,
    peaceful: bool,
    trigger_text: str = "",
    sentence: str = "",
    when: str | None = None,
) -> str:
    """ACLED's convention: a state retaking its own ground regains territory; anyone else overtakes it;
    ground that changes hands without fighting is a non-violent transfer."""
    if sub_event_type != TERRITORY:
        return sub_event_type
    if peaceful:
        return "Non-violent transfer of territory"
    country = place.place.country_code if place is not None and place.place is not None else None
    if actor1 is not None and actor1.kind in STATE_KINDS and not _no_government(actor1):
        # "British paratroopers captured Goose Green": a state's forces in its own overseas territory
        own = country is None or actor1.country_code in (country, STATE_OF.get(country))
        own = own or _part_of_it_then(actor1, place, when)
        # "Rwandan and Mozambican troops recaptured the port": an ally taking ground back for the state
        back = hit.rule.recapture and RETAKEN.search(trigger_text.lower()) is not None
        # "Rwandan troops fighting alongside Mozambique's army have captured Mbau": an ally's capture
        back = back or ALLIED.search(sentence) is not None
        return "Government regains territory" if own or back else "Non-state actor overtakes territory"
    if actor1 is None and hit.rule.recapture:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _part_of_it_then(actor1: Actor, place: LocatedMention | None, when: str | None) -> bool:
    """ "Government troops captured Torit" in 1992: ground of a state not yet independent (South Sudan) was
    the state's it was part of (Sudan). Countries go by the names `periods.json` keys them by."""
    if when is None or place is None or place.place is None:
        return False
    here = COUNTRIES.get(place.place.country_code or "")
    state = COUNTRIES.get(actor1.country_code or "")
    if here is None or state is None:
        return False
    return period_label(here.of_name, when) is None and former_states().get(here.of_name) == state.of_name


# ground given up by a deal, not won ("troops entered the Old City after the last buses carrying rebel
# fighters left under a deal")
BY_A_DEAL = re.compile(
    r"\b(?:deal|agreement|accord|truce|ceasefire|handed|hand over|handover|evacuat\w*|buses)\b", re.IGNORECASE
)


STATE_WORDS = re.compile(
    r"\b(?:troops|soldiers|army|armed forces|military|government forces|security forces|police|marines|"
    r"paratroopers|commandos)\b",
    re.IGNORECASE,
)


def retaken_from_a_group(
    sub_event_type: str, actor1: Actor | None, actor2: Actor | None, trigger: Any | None
) -> bool:
    """A state's forces, the subject of the taking, taking ground from a named armed group ("Sri Lankan
    troops captured Elephant Pass after Tamil Tiger rebels pulled back"): who took it from whom decides the
    type, which a classifier of words, reading "captured", cannot see."""
    if sub_event_type != "Government regains territory" or actor1 is None or actor2 is None:
        return False
    sentence = trigger.sent.text if trigger is not None else ""
    if actor1.kind not in STATE_KINDS or actor2.kind not in NON_STATE or BY_A_DEAL.search(sentence):
        return False
    return STATE_WORDS.search(_takers(trigger)) is not None


def _takers(trigger: Any | None) -> str:
    """The words of whoever the trigger says took the ground: its subject, or the agent of a passive."""
    if trigger is None:
        return ""
    taker = next((c for c in trigger.children if c.dep_ in ("nsubj", "agent")), None)
    return " ".join(t.text for t in taker.subtree) if taker is not None else ""


__all__ = ["retaken_from_a_group", "territory_type"]
