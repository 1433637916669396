"""A country's name among the actor mentions that names no state actor.

"Sudan's Rapid Support Forces", "Nigeria's Boko Haram": the country says where its group is. "The Niger
River", "around Lake Chad", "the Air India building": the name is a river's, a lake's or a firm's.
"Mozambique's top court", "Iran's state broadcaster": the country owns an institution that takes no part
in a fight; "peacekeepers from Cambodia and Morocco" serve in a mission. In each the country's name,
which alone would be its forces or government, is left out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from frontwatch.extract.actor_periods import STATE_KINDS
from frontwatch.model import ActorMention

NOT_THE_STATE_AFTER = re.compile(
    r"\s+(?:River|river|Valley|valley|Basin|basin)\b|['\u2019]s (?:[\w-]+ ){0,2}?(?:court|courts|broadcaster|"
    r"television|radio|stock exchange|central bank|airline|museum|university|election commission)\b"
)
NOT_THE_STATE_BEFORE = re.compile(
    r"\b(?:Lake|lake|River|river|Air|Radio|Bank of)\s+$"
    # "peacekeepers from Cambodia and Morocco": where the mission's soldiers come from
    r"|\b(?:peacekeepers|blue helmets) from (?:[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:,| and| or) )*$"
)
OWNER = re.compile(r"['\u2019]s\s+(?:own\s+)?$")


def without_country_words(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions without the countries' names that name no state actor here."""
    kept = [m for m in mentions if not (_state_word(m) and _not_the_state(text, m))]
    owners = {
        id(state)
        for state, group in pairwise(kept)
        if _a_state_by_name(state) and _owns_its_group(text, state, group)
    }
    return [m for m in kept if id(m) not in owners]


def _state_word(mention: ActorMention) -> bool:
    """A state actor named by one word ("Sudan", "Tehran", "army")."""
    actor = mention.actor
    return actor is not None and actor.kind in STATE_KINDS and " " not in mention.text


def _a_state_by_name(mention: ActorMention) -> bool:
    """A state actor named by one capitalised word: its country's name or its capital's."""
    return _state_word(mention) and mention.text[:1].isupper()


def _not_the_state(text: str, mention: ActorMention) -> bool:
    return bool(
        NOT_THE_STATE_AFTER.match(text, mention.end) or NOT_THE_STATE_BEFORE.search(text[: mention.start])
    )


def _owns_its_group(text: str, state: ActorMention, group: ActorMention) -> bool:
    """ "Sudan's Rapid Support Forces": an actor of the country, of another side, right after its name."""
    if state.actor is None or group.actor is None:
        return False
    return (
        group.actor.side != state.actor.side
        and group.actor.country_code == state.actor.country_code
        and OWNER.fullmatch(text[state.end : group.start]) is not None
    )
