"""What a trigger rule is: a regular expression over the lower-cased sentence for one ACLED sub-event type,
with a priority (lower wins when several fire in one sentence) and its conditions. The rules themselves
are in `rules_violence`, `rules_remote`, `rules_unrest`, `rules_strategic`, `rules_groups` and
`rules_property`; `trigger_rules` gathers them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.extract.trigger_words import W

PASSIVE_KILLING = 18.4  # the precedence of "X was killed", which may be only the toll of the event before
GAVE_UP = 17.89  # the precedence of someone giving himself up, whom those he gave himself up to arrest
DECLARED_TRUCE = 7.49  # the precedence of a ceasefire declared, which an armed group's declaration changes
MEASURES = 27  # the precedence of a curfew or a state of emergency: what a state does after an act
CATCH_ALL = 21  # the precedence of the bare words of war ("fighting", "offensive", "assault")


@dataclass(frozen=True)
class TriggerRule:
    sub_event_type: str  # an ACLED sub-event type, or TERRITORY (decided by who takes ground where)
    pattern: re.Pattern[str]
    needs_armed: bool  # fires only where the sentence names an armed actor or a weapon
    priority: float  # lower wins when several rules fire in one sentence
    recapture: bool = False  # wording that says ground was taken back
    attack: bool = False  # a weapon named, not an act: fires only beside a verb of attacking
    unless: re.Pattern[str] | None = None  # does not fire where this matches
    context: re.Pattern[str] | None = None  # fires only where this matches too
    person: bool = False  # fires only where its verb takes a person ("agents seized Carlos")
    place: bool = False  # fires only where its verb takes a place the text names ("rebels seized Bangui")
    context_ahead: bool = False  # its context may be in the next sentence ("... opened fire. Two died.")
    firm: bool = False  # its words decide the type: a classifier of words may not re-type it


def rule(
    sub: str,
    priority: float,
    *alternatives: str,
    armed: bool = False,
    recapture: bool = False,
    attack: bool = False,
    unless: re.Pattern[str] | None = None,
    context: re.Pattern[str] | None = None,
    person: bool = False,
    context_ahead: bool = False,
    place: bool = False,
    firm: bool = False,
) -> TriggerRule:
    """A rule from its alternatives, each a regular expression over lower-cased text, matched at a word
    start."""
    pattern = re.compile(W + "(?:" + "|".join(alternatives) + ")")
    return TriggerRule(
        sub, pattern, armed, priority, recapture, attack, unless, context, person, place, context_ahead, firm
    )
