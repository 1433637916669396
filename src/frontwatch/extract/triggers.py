"""The words that signal an event, by ACLED sub-event type.

A trigger is a regular expression over the lower-cased sentence. Several can fire in one sentence;
`choose_trigger` picks the one ACLED would code, following its precedence (an interception is not an
air strike, a shelling that kills civilians is still a shelling, protesters clashing with police riot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.extract.armed_names import names_an_armed_group
from frontwatch.extract.rules_labels import LABEL_RULES
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES, VIOLENT
from frontwatch.extract.trigger_rules import RULES, TriggerRule
from frontwatch.extract.trigger_words import (
    ARMED,
    ATTACKING,
    CASUALTIES,
    HARM,
    HOSTILE,
    JUDGEMENT,
    MISHAP,
    PLAY,
    REMEMBRANCE,
    SINCE_A_RECORD,
    TOLL_SINCE_A_YEAR,
    WEAPON_TEST,
)


@dataclass(frozen=True)
class TriggerHit:
    rule: TriggerRule
    start: int  # offsets within the sentence
    end: int
    # the type rests on the sentence's grammar (who was killed), which a classifier of words cannot see
    firm: bool = False

    @property
    def sub_event_type(self) -> str:
        return self.rule.sub_event_type


def find_triggers(sentence_lower: str, following_lower: str = "", next_lower: str = "") -> list[TriggerHit]:
    """Every rule that fires in a sentence, with its first match. The armed actor a rule needs may be named
    in the next sentence when it blames someone (`following_lower`: "... was killed in El Geneina. The army
    blamed the RSF."); some rules' context may be in the next sentence whatever it says (`next_lower`).
    Blanks at a sentence's end (a run-on set aside, `normalise`) are not searched; offsets stay the same."""
    sentence_lower = sentence_lower.rstrip()
    following_lower, next_lower = following_lower.rstrip(), next_lower.rstrip()
    armed = (
        ARMED.search(sentence_lower) is not None
        or (bool(following_lower) and ARMED.search(following_lower) is not None)
        or names_an_armed_group(sentence_lower)
    )
    attacking = ATTACKING.search(sentence_lower) is not None
    judged = _judged_span(sentence_lower)
    accused = _accused_span(sentence_lower)
    remembered = _remembered_span(sentence_lower)
    hidden = (
        judged,
        remembered,
        accused,
        _alleged_span(sentence_lower),
        _demanded_span(sentence_lower),
        _protested_span(sentence_lower),
        _compared_span(sentence_lower),
    )
    harmless = _told_without_violence(sentence_lower)
    hits: list[TriggerHit] = []
    for rule in RULES:
        if (rule.needs_armed and not armed) or (rule.attack and not attacking):
            continue
        if rule.unless is not None and rule.unless.search(sentence_lower):
            continue
        if rule.context is not None and not rule.context.search(
            f"{sentence_lower} {next_lower}" if rule.context_ahead else sentence_lower
        ):
            continue
        if harmless and SUB_EVENT_TYPES.get(rule.sub_event_type) in VIOLENT:
            continue
        match = rule.pattern.search(sentence_lower)
        if match and not any(start <= match.start() < end for start, end in hidden):
            hits.append(TriggerHit(rule, match.start(), match.end()))
    return _label_at_the_act(hits)


def _label_at_the_act(hits: list[TriggerHit]) -> list[TriggerHit]:
    """A note's label ("Property destruction: ... militants destroyed the monastery") names the type; the
    act's own words of that type say where in the sentence it is told, and so who did it to whom: the
    label's hit moves to the first of them."""
    label = next((h for h in hits if h.rule in LABEL_RULES), None)
    if label is None:
        return hits
    acts = [h for h in hits if h.rule not in LABEL_RULES and h.sub_event_type == label.sub_event_type]
    if not acts:
        return hits
    act = min(acts, key=lambda h: h.start)
    moved = TriggerHit(label.rule, act.start, act.end)
    return [moved if h is label else h for h in hits]


LEADING_WORDS = 8  # a judgement this close to the sentence's start (after the dateline) is its main clause
CAUSE = re.compile(r"\b(?:after|before|since|when|until|as|because|following)(?: [\w'-]+){0,8} $")
RELATIVE = re.compile(
    r"\b(?:who|whom|which|that|whose)\b(?: [\w'-]+){0,3} $"
    # "supporters of men sentenced to death over the stadium disaster": a reduced relative clause
    r"|\b(?:men|women|people|those|suspects|defendants|fans|members|prisoners|activists|officers|soldiers) $"
)
CLAUSE_END = re.compile(r"[,;:]")
SENTENCE_PART_END = re.compile(r";|, (?:and|but|while|as|after|before|then)\b")
CRIME = re.compile(r"\b(?:of|for|over)\b")  # where the judgement names the acts of its case
DATELINE_DASH = re.compile(r" [—–-]+ ")


def _told_without_violence(sentence_lower: str) -> bool:
    """A mishap with no hostile word, a weapon test or a game or drill in which no one is harmed, or a toll
    counted over years: no violent event."""
    if MISHAP.search(sentence_lower) is not None and HOSTILE.search(sentence_lower) is None:
        return True
    if WEAPON_TEST.search(sentence_lower) is not None and CASUALTIES.search(sentence_lower) is None:
        return True
    if TOLL_SINCE_A_YEAR.search(sentence_lower) is not None:
        return True
    return PLAY.search(sentence_lower) is not None and HARM.search(sentence_lower) is None


def _to_clause_end(
    sentence_lower: str, start: int, after: int, ends: re.Pattern[str] = CLAUSE_END
) -> tuple[int, int]:
    """The span from `start` to the end of the clause that goes on after `after`."""
    end = ends.search(sentence_lower, after)
    return (start, end.start() if end else len(sentence_lower))


def _compared_span(sentence_lower: str) -> tuple[int, int]:
    """Where the act a record is measured from is told: from "since" to the clause's end."""
    record = SINCE_A_RECORD.search(sentence_lower)
    if record is None:
        return (0, 0)
    return _to_clause_end(sentence_lower, record.end() - len("since"), record.end())


def _remembered_span(sentence_lower: str) -> tuple[int, int]:
    """Where an anniversary names the acts it remembers: from its words to the clause's end."""
    remembered = REMEMBRANCE.search(sentence_lower)
    if remembered is None:
        return (0, 0)
    return _to_clause_end(sentence_lower, remembered.start(), remembered.end())


# "arrested 13 party members, accusing them of links to a general behind deadly attacks", "arrested 20 men on
# suspicion of planning armed attacks": the acts they are accused of are the case, not the story's event
ACCUSED_AFTER_ARREST = re.compile(
    r"\b(?:arrest\w*|detain\w*|held|charged|jailed|sentenced)\b[^.;]*?\b(?:accus(?:ing|ed) "
    r"(?:him|her|them|it)|on (?:suspicion|charges)|suspected) of\b"
)


def _accused_span(sentence_lower: str) -> tuple[int, int]:
    """Where the people just arrested are accused of acts: from "of" to the clause's end."""
    accused = ACCUSED_AFTER_ARREST.search(sentence_lower)
    if accused is None:
        return (0, 0)
    return _to_clause_end(sentence_lower, accused.end() - len("of"), accused.end(), LIST_CLAUSE_END)


# a clause's end, not a comma in a list ("planning an attack with assault rifles, hand grenades and explosive
# vests, prosecutors said")
LIST_CLAUSE_END = re.compile(r"[;:]|,(?!(?: [\w-]+){1,4}?(?:,| and\b| or\b))")


# what a prosecutor alleges, a reason given for sanctions, or what someone failed to end is a case, a cause or
# a state of things, not the story's event ("Prosecutors say he organised a campaign of murder and rape",
# "citing abuses that included killings", "criticised for failing to end a wave of kidnappings")
ALLEGED = re.compile(
    # (not "the state prosecutor said an autopsy showed she had been sexually assaulted": what was found)
    r"\bprosecutors? (?:say|said|allege\w*|accuse\w*|argue\w*|contend\w*)\b(?! (?:that )?(?:an? |the )?"
    r"(?:autops(?:y|ies)|post-mortems?|forensic|medical examin\w+|tests?|examinations?)\b)"
    # "a film about the siege of Sarajevo, in which snipers killed hundreds, premiered"
    r"|\b(?:a|the) (?:[\w-]+ )?(?:film|documentary|book|novel|play|exhibition|memoir|movie) "
    r"(?:about|on|depicting|recounting|telling)\b"
)
# "a private who carried wounded comrades under fire in an ambush was awarded the George Cross": a citation
AWARDED = re.compile(
    r"\b(?:was|were|has been|have been|is|are) (?:to be )?(?:awarded|decorated|honou?red with)\b"
)
CAUSE_NAMED = re.compile(
    r"\bfail(?:ed|ing|ure)? to (?:end|stop|curb|halt|contain|quell|prevent|tackle)\b"
    r"|\bblam(?:ed|ing|e) (?:each other|one another) for\b"
    r"|\bciting (?:[\w-]+ ){0,3}?(?:abuses|violations|atrocities|crimes|role|involvement)\b"
)


def _alleged_span(sentence_lower: str) -> tuple[int, int]:
    """From a prosecutor's allegation or a film's subject to the sentence's end; all of a citation; from a
    cause named to its clause's end."""
    if AWARDED.search(sentence_lower) is not None:
        return (0, len(sentence_lower))
    alleged = ALLEGED.search(sentence_lower)
    if alleged is not None:
        return (alleged.start(), len(sentence_lower))
    named = CAUSE_NAMED.search(sentence_lower)
    if named is None:
        return (0, 0)
    return _to_clause_end(sentence_lower, named.start(), named.end())


# "rallied to demand the withdrawal of Syrian troops", "asked a judge to order the arrest of ...", "a warrant
# for the arrest of ...": an act asked for, not done
DEMANDED = re.compile(
    r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)? for|urg(?:ed|ing|es)|press(?:ed|ing)? for|sought|"
    r"seek(?:ing|s)?|ask(?:ed|ing|s)? (?:[\w-]+ ){0,3}?to order|warrants? for) (?:the )?"
    r"(?:immediate |full |complete |swift )?(?:withdrawal|pull-?out|arrest|detention|extradition)\b"
)


# "at the request of the Ruler, who fears an Iraqi attack": an act feared, not done
FEARED = re.compile(
    r"\b(?:fears?|feared|fearing|afraid of|braced for|bracing for) (?:an? |the |further |new |more )?"
    r"(?:[\w-]+ ){0,2}?(?:attacks?|invasion|offensive|assault|reprisals?|raids?|strikes?|bombing)\b"
)


def _demanded_span(sentence_lower: str) -> tuple[int, int]:
    """Where an act is asked for or feared: from the asking to the clause's end."""
    demanded = DEMANDED.search(sentence_lower) or FEARED.search(sentence_lower)
    if demanded is None:
        return (0, 0)
    return _to_clause_end(sentence_lower, demanded.start(), demanded.end())


# "rallied to protest against the rape of a girl", "marched over the killing of a student": the act a crowd
# protests is its grievance, told to say why they marched (words of the act right after the preposition)
PROTESTED = re.compile(
    r"\b(?:protest(?:ed|ing|s)?|rall(?:y|ied|ying|ies)|march(?:ed|ing|es)?|demonstrat\w+|outrage|anger|angry|fury)"
    r" (?P<act>(?:at|against|over) (?:the )?(?:[\w'-]+ ){0,2})"
)


def _protested_span(sentence_lower: str) -> tuple[int, int]:
    """Where the act a protest is against is named: the three words after "against" or "over"."""
    protested = PROTESTED.search(sentence_lower)
    return (protested.start("act"), protested.end()) if protested is not None else (0, 0)


def _judged_span(sentence_lower: str) -> tuple[int, int]:
    """Where a court's judgement names the acts of its case, from its "of", "for" or "over": to the end of
    the sentence's part when the judgement leads it ("A court sentenced him to 20 years for ..."), or of
    the clause when the judgement is only a cause ("rioted after a court convicted him of rape, torching
    cars"). A relative clause ("men who were convicted of murder were hanged") hides nothing."""
    judged = JUDGEMENT.search(sentence_lower)
    crime = CRIME.search(sentence_lower, judged.end()) if judged else None
    if judged is None or crime is None:
        return (0, 0)
    before = sentence_lower[: judged.start()]
    if RELATIVE.search(before):
        return (0, 0)
    if CAUSE.search(before):
        end = CLAUSE_END.search(sentence_lower, crime.end())
    elif len(DATELINE_DASH.split(before)[-1].split()) <= LEADING_WORDS:
        end = SENTENCE_PART_END.search(sentence_lower, crime.end())
    else:
        return (0, 0)
    return (crime.start(), end.start() if end else len(sentence_lower))


def choose_trigger(hits: list[TriggerHit]) -> TriggerHit | None:
    """The hit ACLED would code for the sentence: the rule with the highest precedence."""
    if not hits:
        return None
    return min(hits, key=lambda hit: (hit.rule.priority, hit.start))
