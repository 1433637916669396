"""The words that signal an event, by ACLED sub-event type.

A trigger is a regular expression over the lower-cased sentence. Several can fire in one sentence;
`choose_trigger` picks the one ACLED would code, following its precedence (an interception is not an
air strike, a shelling that kills civilians is still a shelling, protesters clashing with police riot).
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwatch.extract.trigger_rules import RULES, TriggerRule
from frontwatch.extract.trigger_words import ARMED, ATTACKING


@dataclass(frozen=True)
class TriggerHit:
    rule: TriggerRule
    start: int  # offsets within the sentence
    end: int

    @property
    def sub_event_type(self) -> str:
        return self.rule.sub_event_type


def find_triggers(sentence_lower: str, following_lower: str = "") -> list[TriggerHit]:
    """Every rule that fires in a sentence, with its first match. The armed actor a rule needs may be named
    in the next sentence ("... was killed in El Geneina. The army blamed the RSF.")."""
    armed = ARMED.search(sentence_lower) is not None or (
        bool(following_lower) and ARMED.search(following_lower) is not None
    )
    attacking = ATTACKING.search(sentence_lower) is not None
    hits: list[TriggerHit] = []
    for rule in RULES:
        if (rule.needs_armed and not armed) or (rule.attack and not attacking):
            continue
        if rule.unless is not None and rule.unless.search(sentence_lower):
            continue
        if rule.context is not None and not rule.context.search(sentence_lower):
            continue
        match = rule.pattern.search(sentence_lower)
        if match:
            hits.append(TriggerHit(rule, match.start(), match.end()))
    return hits


def choose_trigger(hits: list[TriggerHit]) -> TriggerHit | None:
    """The hit ACLED would code for the sentence: the rule with the highest precedence."""
    if not hits:
        return None
    return min(hits, key=lambda hit: (hit.rule.priority, hit.start))
