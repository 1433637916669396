"""A head of state or government killed, wounded or arrested: ACLED names the government as the act's other
side, not civilians ("Prime Minister Hazza Majali of Jordan was killed when a bomb exploded in his office";
"gunmen shot dead the chief minister"). A former or deposed leader is a civilian."""

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

# "troops arrested the Prime Minister and most of his cabinet", "President X was detained": the government
# is the one arrested (the title, then at most a name, then the arrest: not "a friend of President X, was
# detained")
LEADER_TAKEN = re.compile(
    r"\b(?:arrested|detained|seized) (?:[\w-]+ ){0,3}?"
    + LEADER
    + r"\b|\b"
    + LEADER
    + r"(?: [A-Z][\w'.-]+){0,3} (?:was|were|had been|has been) (?:arrested|detained|seized)\b"
)
NO_LONGER = re.compile(r"\b(?:former|ex-|deposed|ousted|exiled)\W+(?:[\w-]+ )?$", re.IGNORECASE)
TITLE = re.compile(LEADER)


def _leader_taken(sentence: str) -> bool:
    """Whether a sitting leader is told arrested: no "former" or "deposed" before the title."""
    for m in LEADER_TAKEN.finditer(sentence):
        title = TITLE.search(sentence, m.start(), m.end())
        if (
            title is not None
            and NO_LONGER.search(sentence[max(0, title.start() - 40) : title.start()]) is None
        ):
            return True
    return False


STRUCK = frozenset(
    {"Attack", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Air/drone strike"}
    | {"Shelling/artillery/missile attack"}
)


def whom_it_befell(
    actor2: Actor | None, sub_event_type: str, sentence: str, country: str | None
) -> Actor | None:
    """The other side as ACLED names it: civilians of the country where they live (`residents_here`), and
    the government where an attack or a blast killed or wounded the state's leader, or where he was
    arrested."""
    actor2 = residents_here(actor2, sentence, country)
    if actor2 is None:
        hit, owner = sub_event_type in STRUCK, country
    else:
        hit, owner = actor2.kind == "civilians", actor2.country_code
    struck = hit and LEADER_HIT.search(sentence) is not None
    taken = sub_event_type == "Arrests" and (actor2 is None or hit) and _leader_taken(sentence)
    if not struck and not taken:
        return actor2
    government = resolve_actor("government", country_code=owner)
    return government if government is not None else actor2


__all__ = ["whom_it_befell"]
