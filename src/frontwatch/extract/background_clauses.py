"""Clauses that set the scene rather than tell the sentence's event: a relative clause ("the town Russian
forces seized in May"), an "after"/"since" clause with time between ("a day after peacekeepers pulled
out"), what an act answers ("responding to air strikes"), what is still to come ("ahead of the rally"), an
act done under a deal or merely demanded; and the clause that tells the act behind a toll ("killed when
police opened fire")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from frontwatch.extract.places import doc_text
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES
from frontwatch.extract.toll_causes import CAUSE_MARKS

if TYPE_CHECKING:
    from frontwatch.extract.triggers import TriggerHit

BACKGROUND_MARKS = frozenset({"after", "before", "since", "while", "as", "once"})
RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$", "WRB"})
ATTRIBUTING = frozenset({"blame", "say", "accuse", "attribute", "report", "claim"})


UNDER_DEAL = re.compile(r"\b(?:under|as part of|in line with) (?:[\w'-]+ ){0,4}$", re.IGNORECASE)
DEMANDING = frozenset({"warn", "urge", "demand", "ask", "call", "press", "pressure", "tell", "threaten"})


def _framed(hit: TriggerHit, token: Any | None) -> bool:
    """ "pulled out under the ceasefire deal": the deal frames the act told; "warning Syria to pull its forces
    out": an act demanded of someone has not happened."""
    if token is None:
        return False
    if hit.sub_event_type == "Agreement" and UNDER_DEAL.search(
        doc_text(token.doc)[max(token.idx - 60, 0) : token.idx]
    ):
        return True
    return _demanded(token)


def _demanded(token: Any | None) -> bool:
    """ "warning Syria to pull its forces out", "urged them to withdraw": the act of a demand's clause."""
    node = token
    while node is not None and node.dep_ != "ROOT":
        if node.dep_ in ("xcomp", "ccomp") and node.head.lemma_.lower() in DEMANDING and not _reported(node):
            return True
        node = node.head
    return False


def _reported(clause: Any) -> bool:
    """ "told reporters that soldiers had rounded up villagers": a finite clause told, not an act demanded
    ("told them to withdraw", "demanded that troops withdraw")."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and not any(c.lower_ in ("should", "must", "would") for c in clause.children)
    )


def background_hit(hit: TriggerHit, token: Any | None) -> bool:
    if _framed(hit, token):
        return True
    mark = _background_mark(token)
    if mark is None:
        return False
    if mark.dep_ == "relcl" and hit.sub_event_type == CHEMICAL and mark.head.lemma_.lower() in WEAPON_NOUNS:
        # "dropped a barrel bomb that released chlorine gas": what the weapon was (not "missiles, which were
        # intercepted": what became of them)
        return False
    if mark.dep_ == "relcl" and hit.sub_event_type == RIOT and a_crowd(mark.head):
        # "fired tear gas at farmers who pushed through barricades": what the crowd the police met was doing
        # (not "protesters who tried to push through barriers", nor "protesters who rioted last month")
        # (nor "demonstrators who stormed a police box on Tuesday night" where only the clause tells the day)
        return mark.lemma_ in ("try", "attempt") or (_dated_clause(mark) and _dated_elsewhere(mark))
    if mark.lower_ == "after" and SUB_EVENT_TYPES.get(hit.sub_event_type) == "Explosions/Remote violence":
        # "killing one, after an attacker threw a grenade": the weapon of the same blast, unless time passed
        return _time_gap_before(mark)
    return True


CHEMICAL = "Chemical weapon"
RIOT = "Violent demonstration"
CROWD_NOUNS = frozenset(
    {"protester", "demonstrator", "crowd", "marcher", "youth", "student", "farmer", "supporter", "fan"}
    | {"counter-protester", "rioter", "mob", "villager", "resident", "miner", "veteran", "trader", "worker"}
    | {"nationalist", "activist", "migrant", "hooligan", "people", "man", "youngster", "teenager", "refugee"}
    | {"follower", "partisan", "opponent", "loyalist", "ultra"}
)
WEAPON_NOUNS = frozenset(
    {"bomb", "shell", "missile", "rocket", "device", "munition", "grenade", "projectile", "mine", "canister"}
)


def _dated_clause(clause: Any) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _dated_elsewhere(clause: Any) -> bool:
    """The sentence tells a day outside the clause."""
    inside = {t.i for t in clause.subtree}
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in inside for t in clause.sent)


def a_crowd(noun: Any) -> bool:
    """ "farmers who", "the crowd that": many people (not "the student who burned himself to death")."""
    lemma = noun.lemma_.lower()
    if lemma in COUNTS:  # "thousands of demonstrators who stormed a police box"
        counted = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return any(a_crowd(o) for o in counted)
    return lemma in CROWD_NOUNS and (noun.tag_ == "NNS" or lemma in ("crowd", "mob", "people"))


COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores"})


def in_background(token: Any) -> bool:
    """Whether the token sits in a clause that sets the scene ("the day after rebels ambushed a convoy")."""
    return _background_mark(token) is not None


def _background_mark(token: Any | None) -> Any | None:
    """The word that opens the relative clause, or the "after"/"before"/"since" clause, the token sits in."""
    while token is not None and token.dep_ != "ROOT":
        if token.dep_ == "relcl" and _relative_clause(token):
            return token
        if token.dep_ == "advcl" and _led_by_which(token) and token.lemma_ not in ATTRIBUTING:
            return token  # "raids on two nightclubs, in which dozens of people were detained", misparsed
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in HOLDING:
            return token  # "the part of Persia occupied by Soviet troops": who held it, told to place it
        if token.dep_ in ("advcl", "conj", "ccomp", "relcl"):  # a clause with "after", however parsed
            marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS]
            if marks:
                return marks[0]
        if token.dep_ == "pcomp" and token.head.lower_ in BACKGROUND_MARKS:
            return token.head
        if token.dep_ == "pcomp" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in token.children):
            return token  # "found near her home, close to where an army unit had set up camp": the place told
        if token.dep_ == "pobj" and _ahead_of(token.head):
            return token.head  # "arrested 40 supporters ahead of the rally": the rally is still to come
        if token.dep_ == "pobj" and token.head.lower_ in ("to", "for") and token.head.head.lemma_ in ANSWERS:
            return token.head  # "saying it was responding to Israeli air strikes": the strikes came first
        if token.dep_ == "pobj" and _told_as_before(token):
            return token.head  # "set up a base weeks after an offensive", "after last month's coup"
        token = token.head
    return None


HOLDING = frozenset({"occupy", "hold", "control"})

# what an act answers, told after it: "responding to air strikes", "in retaliation for the raid"
ANSWERS = frozenset({"respond", "response", "retaliation", "retaliate", "revenge", "reprisal", "avenge"})


def _told_as_before(noun: Any) -> bool:
    """The object of "after"/"since" with time told between ("weeks after"), or a day of its own."""
    return noun.head.lower_ in ("after", "since") and (_time_gap_before(noun.head) or _dated(noun))


def _dated(noun: Any) -> bool:
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def _ahead_of(preposition: Any) -> bool:
    if preposition.dep_ != "prep":
        return False
    if preposition.lower_ == "before":
        return True
    return bool(preposition.lower_ == "of" and preposition.head.lower_ == "ahead")


TIME_GAP_WORDS = frozenset(
    {"day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "moments"}
    | {"shortly", "minutes", "soon", "long", "night", "morning"}
)


def act_behind_a_toll(token: Any | None) -> bool:
    """The trigger sits in an "as"/"when"/"after" clause told right after a toll: the act that caused it."""
    mark = _background_mark(token)
    if mark is not None and mark.dep_ == "relcl":
        # "on Sunday night when police opened fire": the parse hangs the "when" clause on the time
        mark = next((c for c in mark.children if c.tag_ == "WRB"), mark)
    return mark is not None and mark.lower_ in CAUSE_MARKS and not _time_gap_before(mark)


def _time_gap_before(mark: Any) -> bool:
    """ "a day after", "hours after", "shortly after": the clause tells of an earlier happening."""
    doc = mark.doc
    return any(
        doc[i].lower_ in TIME_GAP_WORDS and not (i > 0 and doc[i - 1].lower_ in NAMED_TIME)
        for i in range(max(mark.i - 3, 0), mark.i)
    )


# "on Sunday night when police opened fire": a time named, not a gap between two happenings
NAMED_TIME = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "that", "this", "last"}
)


def _relative_clause(verb: Any) -> bool:
    """A real relative clause ("which Russian forces seized in May"), not a misparse, and not an
    attribution of the sentence's own event ("..., which blamed an Israeli air strike")."""
    has_relative = any(c.tag_ in RELATIVE_WORDS for c in verb.children)
    return has_relative and verb.lemma_ not in ATTRIBUTING


def _led_by_which(verb: Any) -> bool:
    """A clause opened by a preposition and a relative word ("in which", "during which")."""
    return any(
        c.dep_ == "prep"
        and c.i < verb.i
        and any(g.dep_ == "pobj" and g.tag_ in RELATIVE_WORDS for g in c.children)
        for c in verb.children
    )
