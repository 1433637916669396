"""A head of state or government killed or wounded: ACLED names the government as the act's other side, not
civilians ("Prime Minister Hazza Majali of Jordan was killed when a bomb exploded in his office"; "gunmen
shot dead the chief minister"). A former or deposed leader is a civilian."""

from __future__ import annotations

import re

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.other_side import residents_here
from frontwatch.model import Actor

LEADER = (
    r"(?<![Ff]ormer )(?<![Ee]x-)(?<![Dd]eposed )(?<![Ee]xiled )(?<![Oo]usted )"
    r"(?:(?:First )?Vice-President|President|Prime Minister|Premier|King|Emperor|Shah|"
    r"(?i:chief minister|state governor|provincial governor))"
)
# the title, then the act befalling its holder, with no one's words between ("President X said 20 people
# were killed" tells another's death)
NOT_SPEECH = r"(?:(?!\b(?:said|says|told|announced|declared|ordered|accused|blamed)\b)[^.;])"
LEADER_HIT = re.compile(
    r"\b"
    + LEADER
    + r"\b"
    + NOT_SPEECH
    + r"{0,120}?\b(?:was|were|had been|has been) (?:shot|killed|assassinated|"
    r"murdered|stabbed|wounded|blown up)\b"
    r"|\b(?:killed|assassinated|murdered|shot dead|stabbed) (?:the )?(?:[\w-]+ ){0,3}?" + LEADER + r"\b"
)


STRUCK = frozenset(
    {"Attack", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Air/drone strike"}
    | {"Shelling/artillery/missile attack"}
)


def whom_it_befell(
    actor2: Actor | None, sub_event_type: str, sentence: str, country: str | None
) -> Actor | None:
    """The other side as ACLED names it: civilians of the country where they live (`residents_here`), and
    the government where an attack or a blast killed or wounded the state's leader."""
    actor2 = residents_here(actor2, sentence, country)
    if actor2 is None:
        hit, owner = sub_event_type in STRUCK, country
    else:
        hit, owner = actor2.kind == "civilians", actor2.country_code
    if not hit or not LEADER_HIT.search(sentence):
        return actor2
    government = resolve_actor("government", country_code=owner)
    return government if government is not None else actor2


__all__ = ["whom_it_befell"]
