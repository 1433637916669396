"""Which kind of territorial event ground changing hands is, by ACLED's convention: a state retaking its own
ground (or an ally taking it for the state) regains territory; anyone else overtakes it; ground that changes
hands without fighting is a non-violent transfer."""

from __future__ import annotations

import re

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
) -> str:
    """ACLED's convention: a state retaking its own ground regains territory; anyone else overtakes it;
    ground that changes hands without fighting is a non-violent transfer."""
    if sub_event_type != TERRITORY:
        return sub_event_type
    if peaceful:
        return "Non-violent transfer of territory"
    country = place.place.country_code if place is not None and place.place is not None else None
    if actor1 is not None and actor1.kind in STATE_KINDS and not _no_government(actor1):
        own = country is None or actor1.country_code == country
        # "Rwandan and Mozambican troops recaptured the port": an ally taking ground back for the state
        back = hit.rule.recapture and RETAKEN.search(trigger_text.lower()) is not None
        # "Rwandan troops fighting alongside Mozambique's army have captured Mbau": an ally's capture
        back = back or ALLIED.search(sentence) is not None
        return "Government regains territory" if own or back else "Non-state actor overtakes territory"
    if actor1 is None and hit.rule.recapture:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


__all__ = ["territory_type"]
