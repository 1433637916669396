"""Events the rules' words miss, proposed by a type classifier.

When no trigger rule fires anywhere in a document, a classifier that has also learnt sentences reporting
no event may still find one sentence that reads like an event of some type ("Hundreds of farmers
camped outside the district office over unpaid dues"). The proposal names the sentence and the type;
everything else (actors, place, date, claim, modality) is read by the same code as for a rule's hit,
told by the sentence's main verb. The classifier is passed in as a plain function, so extraction stays
free of any model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from frontwatch.extract.events import Candidate, SentenceContext, hit_candidates
from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_rules import RULES
from frontwatch.extract.trigger_words import (
    ACCIDENT,
    CYBER,
    DRILLS,
    JUDGEMENT,
    NATURAL_TOLL,
    OLD_WAR_ORDNANCE,
)
from frontwatch.extract.triggers import TriggerHit

# sentence texts -> (index of the sentence, sub-event type), or None when none reads like an event
Proposer = Callable[[Sequence[str]], tuple[int, str] | None]
PROPOSER = "proposer"  # an event's `type_coder` when the proposer found it
PROPOSED = 99.0  # a proposal's rule never competes with the trigger rules: it is used only when none fired
# only a story's lead is read for a proposal: a long story in which no rule fires anywhere is most likely
# about no event, and the more sentences are tried, the likelier one reads like an event by chance
LEAD = 3
# what the trigger rules know to be no event, and the classifier does not: nature, accidents, courts,
# computers, drills, old bombs, industrial blasts and sporting crowds ("an explosion at the port's
# warehouse", "fans poured into the streets after their team beat Portugal")
NO_EVENT_HERE = re.compile(
    "|".join(p.pattern for p in (ACCIDENT, CYBER, DRILLS, JUDGEMENT, NATURAL_TOLL, OLD_WAR_ORDNANCE))
    + r"|\b(?:floods?|flooding|cyclones?|hurricanes?|typhoons?|earthquakes?|landslides?|wildfires?|"
    r"bushfires?|blazes?|firefighters?|hazardous|chemicals|"
    r"ammonium nitrate|warehouses?|factory|refinery|gas (?:cylinder|tanker|explosion|leak)|boiler|"
    r"celebrat\w*|fans|honk\w*|(?:team|side) (?:beat|won|lost)|tournament|world cup)\b",
    re.IGNORECASE,
)


@cache
def _proposal_rule(sub_event_type: str) -> TriggerRule:
    return rule(sub_event_type, PROPOSED, r"(?!)")  # matches nothing: it only carries the type


def open_to_proposal(sentence: str) -> bool:
    """A sentence the rules have no word for: no trigger rule's words occur in it, even where the rule then
    held back (a killing in a court's case, an arrest for a common crime), and it tells of no kind of
    thing the rules keep quiet about. What the rules read and let pass, the proposer does not overrule; a
    rule whose words fire only on a place taken ("seized Bangui") leaves "seized a convoy of aid" open."""
    lower = sentence.lower()
    return not NO_EVENT_HERE.search(sentence) and not any(
        r.pattern.search(lower) for r in RULES if not r.place
    )


def proposed_candidates(contexts: Sequence[SentenceContext], propose: Proposer) -> list[Candidate]:
    """The candidates of the sentence the classifier proposes, told by its root verb (none when it
    proposes nothing, or when the sentence's root is no verb)."""
    lead = [ctx for ctx in contexts[:LEAD] if open_to_proposal(ctx.sentence.text)]
    proposal = propose([ctx.sentence.text for ctx in lead])
    if proposal is None:
        return []
    index, sub_event_type = proposal
    ctx = lead[index]
    root = ctx.sentence.root
    if root.pos_ not in ("VERB", "AUX") or not ctx.places:
        return []  # an event is an act somewhere: a sentence with no verb or no place of its own tells none
    start = root.idx - ctx.sentence.start_char
    hit = TriggerHit(_proposal_rule(sub_event_type), start, start + len(root.text))
    return [c for c in hit_candidates(ctx, hit, root) if c.modality in ("asserted", "claimed")]
