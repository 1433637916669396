"""Which of a sentence's trigger hits is its event: the main clause's, with the highest precedence.

A clause that sets the scene ("... a day after peacekeepers pulled out"), a noun that refers back ("the
attack came a week after ..."), an act done under a deal or merely demanded, goods taken rather than
ground, and a bare word of war that only describes someone ("forces fighting Russia") do not lead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from frontwatch.extract.background_clauses import a_crowd, act_behind_a_toll, background_hit, in_background
from frontwatch.extract.fatalities import find_fatalities
from frontwatch.extract.ground_taken import no_ground_taken
from frontwatch.extract.people_taken import person_taken, place_taken
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES, TERRITORY
from frontwatch.extract.the_dead import armed_dead, civilians_killed_by, mostly_armed_dead
from frontwatch.extract.toll_causes import fight_behind_a_toll
from frontwatch.extract.trigger_rules import CATCH_ALL, MEASURES, PASSIVE_KILLING
from frontwatch.extract.trigger_words import VICTIMS
from frontwatch.extract.triggers import TriggerHit, choose_trigger

if TYPE_CHECKING:
    from frontwatch.extract.events import SentenceContext


def main_hit(ctx: SentenceContext, hits: list[TriggerHit]) -> tuple[TriggerHit, Any | None] | None:
    """The hit to code: among those in the sentence's main clauses, the rule with the highest precedence.

    A clause that sets the scene ("... a day after peacekeepers pulled out", "the island they seized on the
    first day") tells what came before, not what the sentence reports; its trigger wins only when nothing
    else fires. Returns the hit with its trigger token (None when the hit covers no token).
    """
    tokens = {id(h): trigger_token(ctx, h) for h in hits}
    hits = [h for h in hits if not (h.sub_event_type == TERRITORY and no_ground_taken(tokens[id(h)]))]
    hits = [h for h in hits if not h.rule.person or person_taken(tokens[id(h)], ctx.places)]
    hits = [h for h in hits if not h.rule.place or place_taken(tokens[id(h)], ctx.places)]
    hits = [
        h
        for h in hits
        if not _describes_a_noun(ctx, h) and not _rehearsed(tokens[id(h)]) and not _habitual(tokens[id(h)])
    ]
    # "destroyed a column and forced them to retreat": the retreat is the fight's outcome, not the event
    hits = [h for h in hits if not _forced_retreat(h, tokens[id(h)])] or hits
    # "the attack came a week after Russia fired missiles": a noun that refers back is no new event either
    # "shot dead a boy, setting off a night of rioting in which youths burned banks": what the act set off,
    # and all that is told of it ("... in which mobs stormed police stations")
    set_off = min(
        (h.start for h in hits if _riot(h) and _set_off(tokens[id(h)])), default=len(ctx.sentence.text)
    )
    foreground = [
        h
        for h in hits
        if not background_hit(h, tokens[id(h)]) and not _refers_back(h, tokens[id(h)]) and h.start < set_off
    ]
    if not foreground:
        # an act told only in the background stays, as an aside; "it had carried out the attack" tells none
        foreground = [h for h in hits if not _owned_up(tokens[id(h)])]
    elif all(SUB_EVENT_TYPES.get(h.sub_event_type) == "Protests" for h in foreground):
        foreground = hits  # "an explosion tore through a rally, after an attacker threw a grenade"
    elif all(h.rule.priority >= MEASURES for h in foreground):
        foreground = hits  # "approved a state of emergency after gang members killed 62 people"
    elif all(_a_toll(h, tokens[id(h)]) for h in foreground):
        # "10 people have been killed as police fired on students": the toll of the act the clause tells (not
        # "was shot dead as she watched rioting": what the dead were doing)
        passive = all(h.rule.priority == PASSIVE_KILLING for h in foreground)
        foreground += [
            h
            for h in hits
            if h not in foreground
            and act_behind_a_toll(tokens[id(h)])
            and (passive or not _done_by_the_dead(tokens[id(h)]))
        ]
    chosen = choose_trigger(foreground)
    if chosen is None:
        return None
    if chosen.rule.priority == PASSIVE_KILLING:
        chosen = fight_behind_a_toll(foreground, tokens) or chosen
    chosen = _fought_by_the_dead(ctx, chosen, foreground, tokens)
    if chosen.sub_event_type == "Violent demonstration" and civilians_killed_by(
        ctx.sentence, tokens[id(chosen)]
    ):
        # "three bank employees died when protesters hurled petrol bombs into the branch": a mob's victims
        chosen = _retyped(chosen, "Mob violence", tokens)
    chosen = _told_behind(chosen, hits, foreground, tokens, ctx.sentence.text)
    return chosen, tokens[id(chosen)]


def _fought_by_the_dead(
    ctx: SentenceContext, chosen: TriggerHit, foreground: list[TriggerHit], tokens: dict[int, Any]
) -> TriggerHit:
    """ "53 soldiers were killed when fighters attacked the post": an attack whose dead were armed is the
    fight the sentence tells, or a fight of its own."""
    if (
        chosen.sub_event_type != "Attack"
        or not _armed_dead_in(ctx, tokens[id(chosen)])
        or _civilians_first(ctx.sentence.text[chosen.start : chosen.end].lower())
    ):
        return chosen
    others = [h for h in foreground if h.sub_event_type != "Attack"]
    fight = choose_trigger([h for h in others if h.sub_event_type == "Armed clash"] or others)
    if fight is not None and (
        _a_name_given(tokens[id(fight)]) or _outcome_of(tokens[id(fight)], tokens[id(chosen)])
    ):
        # "describing it as a terrorist attack": a name given to the act, no other act; the killing is the
        # fight
        return _retyped(chosen, "Armed clash", tokens)
    if fight is not None:
        fought = replace(fight, firm=fight.sub_event_type == "Armed clash")
        tokens[id(fought)] = tokens[id(fight)]
        return fought
    if mostly_armed_dead(tokens[id(chosen)]):
        # "141 people, most of them soldiers, were killed when forces stormed the base": a fight
        return _retyped(chosen, "Armed clash", tokens)
    return chosen


def _told_behind(
    chosen: TriggerHit,
    hits: list[TriggerHit],
    foreground: list[TriggerHit],
    tokens: dict[int, Any],
    text: str,
) -> TriggerHit:
    """The act a clause of its own tells behind the one chosen, when it is what ACLED codes."""
    if chosen.sub_event_type == "Arrests":
        # "arrested an Algerian man after finding bomb-making materials in his car": the bombing stopped
        chosen = choose_trigger([h for h in hits if h.sub_event_type == "Disrupted weapons use"]) or chosen
    protests = [h for h in hits if h.sub_event_type == "Peaceful protest"]
    if chosen.sub_event_type == "Arrests" and any(_taken_at_their_protest(tokens[id(h)]) for h in protests):
        # "led away about 20 young people who gathered at the monument to demand an open trial"
        chosen = _retyped(chosen, "Protest with intervention", tokens)
    if chosen.sub_event_type == "Attack":
        # "stormed a school as pupils gathered and abducted 287": the taking is parsed into the "as" clause
        near = [h for h in hits if h in foreground or act_behind_a_toll(tokens[id(h)])]
        chosen = _taken_more_than_killed(chosen, near, text)
    if chosen.sub_event_type in RIOTS_BEHIND:
        # "shops were looted and cars set alight as protests turned into rioting": the riot's damage; "police
        # fired tear gas after crowds threw rocks": the riot the police answered is the event
        riots = [
            h
            for h in hits
            if SUB_EVENT_TYPES.get(h.sub_event_type) == "Riots" and not _one_persons_act(tokens[id(h)])
        ]
        chosen = choose_trigger([h for h in riots if act_behind_a_toll(tokens[id(h)])]) or chosen
    if chosen.sub_event_type == "Attack":
        # "killed when army vehicles drove into crowds protesting and troops opened fire": force on a protest
        force = [h for h in hits if h.sub_event_type == EXCESSIVE and act_behind_a_toll(tokens[id(h)])]
        chosen = choose_trigger(force) or chosen
    if chosen.sub_event_type in FORCE_ON_CROWDS:
        chosen = _violent_crowd(chosen, hits, tokens)
    return chosen


TAKING_AWAY = frozenset(
    {"arrest", "detain", "lead", "take", "round", "seize", "carry", "bundle", "drag", "haul"}
)


def _taken_at_their_protest(token: Any | None) -> bool:
    """A protest told of the people the police took away ("led away people who gathered to demand ...")."""
    if token is None or token.dep_ != "relcl":
        return False
    people = token.head
    return people.dep_ in ("dobj", "nsubjpass") and people.head.lemma_.lower() in TAKING_AWAY


def _one_persons_act(token: Any | None) -> bool:
    """ "the death of Jan Palach, the student who burned himself to death in protest": what one person did,
    told to say who he was, is no riot behind the police's act (what "a crowd that" did is)."""
    if token is None or token.dep_ != "relcl":
        return False
    return token.head.tag_ in ("NN", "NNP") and not a_crowd(token.head)


EXCESSIVE = "Excessive force against protesters"
FORCE_ON_CROWDS = frozenset({"Attack", EXCESSIVE})
VIOLENT_DEMONSTRATION = "Violent demonstration"


def _violent_crowd(chosen: TriggerHit, hits: list[TriggerHit], tokens: dict[int, Any]) -> TriggerHit:
    """ "opened fire as thousands of supporters hurled stones", "opened fire on rioters": force on a crowd
    that was itself violent is a violent demonstration, whoever died (ACLED's excessive force is force on
    peaceful protesters)."""
    riots = [
        h
        for h in hits
        if h.sub_event_type == VIOLENT_DEMONSTRATION
        and (act_behind_a_toll(tokens[id(h)]) or not background_hit(h, tokens[id(h)]))
        and not _done_by_the_dead(tokens[id(h)])  # "shot dead as she watched rioting"
        and not _set_off(tokens[id(h)])  # "shot dead a boy, setting off a night of rioting"
    ]
    return choose_trigger(riots) or chosen


SET_OFF = re.compile(
    r"\b(?:sett?(?:ing)?|spark(?:ed|ing)?|trigger(?:ed|ing)?|touch(?:ed|ing)|prompt(?:ed|ing)?|provok(?:ed|ing)|"
    r"unleash(?:ed|ing)?|igniting|ignited) (?:off )?(?:a |an |the )?(?:[\w-]+ ){0,4}?$",
    re.IGNORECASE,
)


def _riot(hit: TriggerHit) -> bool:
    return SUB_EVENT_TYPES.get(hit.sub_event_type) == "Riots"


def _set_off(token: Any | None) -> bool:
    """ "A police officer shot dead a boy, setting off a night of rioting": the riot the act set off."""
    if token is None:
        return False
    before = token.doc.text[token.sent.start_char : token.idx]
    return SET_OFF.search(before) is not None


# what a riot told in a clause of its own makes of the act it comes with
RIOTS_BEHIND = frozenset({"Looting/property destruction", "Protest with intervention"})
TOLL_VERBS = frozenset({"kill", "shoot", "wound", "injure"})
PERSONAL = frozenset({"he", "she", "they", "we", "i"})


def _done_by_the_dead(token: Any | None) -> bool:
    """ "as she watched rioting": the clause's doer is the one the toll counts."""
    if token is None:
        return False
    verb = next((t for t in (token, *token.ancestors) if t.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL for c in verb.children)


def _a_toll(hit: TriggerHit, token: Any | None) -> bool:
    """ "X was killed", "one man was shot dead": a passive killing may be only the toll of the act its "as" or
    "when" clause tells ("... when police opened fire on a crowd")."""
    if hit.rule.priority == PASSIVE_KILLING:
        return True
    return (
        token is not None and token.lemma_ in TOLL_VERBS and any(c.dep_ == "auxpass" for c in token.children)
    )


TORTURE = re.compile(r"\b(?:tortur|behead|execut)", re.IGNORECASE)  # what befell the captives is the event
FEW_DEAD = 2  # a raid that kills this many or fewer, and takes people, is told for those it took


def _taken_more_than_killed(attack: TriggerHit, hits: list[TriggerHit], sentence: str) -> TriggerHit:
    """ "Bandits shot dead a police officer and seized scores of pupils", "pupils have been missing since
    fighters raided their school": the people taken are the event, not the raid or its one death."""
    taking = [h for h in hits if h.sub_event_type == "Abduction/forced disappearance"]
    if not taking or TORTURE.search(sentence):
        return attack  # "abducted and tortured a student": ACLED codes the torture, an attack
    deaths = find_fatalities(sentence)
    return choose_trigger(taking) or attack if deaths is None or deaths <= FEW_DEAD else attack


def _retyped(hit: TriggerHit, sub_event_type: str, tokens: dict[int, Any]) -> TriggerHit:
    """The hit, firmly of another type, told by the same trigger token (registered in `tokens`)."""
    retyped = replace(hit, rule=replace(hit.rule, sub_event_type=sub_event_type), firm=True)
    tokens[id(retyped)] = tokens[id(hit)]
    return retyped


def _outcome_of(fight: Any | None, attack: Any | None) -> bool:
    """ "burst into a police station and opened fire, killing one officer": the killing told as the attack's
    outcome; the attack's doer did it."""
    if fight is None or attack is None or fight.tag_ != "VBG":
        return False
    return any(a.i == attack.i for a in fight.ancestors)


NAMING = frozenset({"describe", "call", "label", "term", "condemn", "denounce", "brand"})


def _a_name_given(token: Any | None) -> bool:
    """ "describing it as a terrorist attack", "condemned the attack": the act named, not another told."""
    if token is None or token.pos_ != "NOUN":
        return False
    head = token.head.head if token.head.lower_ == "as" else token.head
    return head.lemma_.lower() in NAMING


KILLING = frozenset({"kill"})
# "fired on the column of civilians ..., as a result of which one policeman was killed": an attack on them
CIVILIANS_HIT = re.compile(r"\b" + VICTIMS + r"\b")
ARMED_HIT = re.compile(
    r"\b(?:soldiers?|troops|guards?|policem[ae]n|police officers?|officers?|gendarmes?|militiamen|fighters)\b"
)


def _civilians_first(act: str) -> bool:
    """The act names civilians among its victims before any armed man ("killing 10 guards and four inmates"
    names the guards first: a fight)."""
    civilians = CIVILIANS_HIT.search(act)
    armed = ARMED_HIT.search(act)
    return civilians is not None and (armed is None or civilians.start() < armed.start())


def _armed_dead_in(ctx: SentenceContext, token: Any | None) -> bool:
    """The attack's own victims are armed, or those of the sentence's killing are ("burst into a police
    station and opened fire, killing one officer"): men with guns fought, it was no attack on civilians."""
    # (not "the day after guerrillas ambushed a convoy and killed four soldiers": another fight, told before)
    return armed_dead(token) or any(
        armed_dead(t)
        for t in ctx.sentence
        if t.lemma_.lower() in KILLING and t.pos_ == "VERB" and not in_background(t)
    )


REHEARSING = frozenset({"rehearse", "simulate", "practise", "practice"})


def _rehearsed(token: Any | None) -> bool:
    """ "exercises which rehearse the response to a missile attack": an act played out in a drill."""
    return token is not None and any(t.lemma_ in REHEARSING for t in token.ancestors)


# (not "frequent": "a clearance operation ... with frequent exchange of fire" is one fight going on)
HABITUAL = frozenset({"regular", "constant", "periodic", "occasional", "routine", "recurring", "recurrent"})


# "has been hit by a wave of attacks on villagers this year": many acts over a long time counted as one trend
# (not "a wave of drone attacks overnight")
TRENDS = frozenset({"wave", "spate", "string", "series", "surge", "rise", "upsurge", "spike", "cycle"})
LONG_TIME = re.compile(
    r"\b(?:this year|in recent (?:weeks|months|years)|over the (?:past|last) (?:\w+ )?(?:weeks|months|years)|"
    r"since|for (?:months|years))\b",
    re.IGNORECASE,
)


def _habitual(token: Any | None) -> bool:
    """ "to protect herders from regular attacks by militias", "hit by a wave of attacks this year": what
    keeps happening, no one act."""
    if token is None or token.pos_ != "NOUN":
        return False
    trend = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in TRENDS
    trend = trend and LONG_TIME.search(token.sent.text) is not None
    return trend or any(c.lower_ in HABITUAL for c in token.children)


FORCING = frozenset({"force", "compel", "oblige"})


def _forced_retreat(hit: TriggerHit, token: Any | None) -> bool:
    return (
        hit.sub_event_type == "Non-violent transfer of territory"
        and token is not None
        and token.dep_ == "xcomp"
        and token.head.lemma_ in FORCING
    )


def _describes_a_noun(ctx: SentenceContext, hit: TriggerHit) -> bool:
    """ "weapons for Ukraine's forces fighting Russia": a bare word of war used as a participle that
    describes a noun tells who someone is, not what happened."""
    if hit.rule.priority != CATCH_ALL:
        return False
    start = ctx.sentence.start_char + hit.start
    span = ctx.sdoc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].tag_ == "VBG" and span[0].dep_ in ("acl", "amod")


CLAUSE_MATCH = 40  # characters: a trigger match this long is a whole clause


def _refers_back(hit: TriggerHit, token: Any | None) -> bool:
    """ "The attack came ...": an event noun with "the" names an event already told (a weapon does not)."""
    if hit.end - hit.start > CLAUSE_MATCH:
        return False  # "protesters angry over the price of bread set fire": a clause, not an event noun
    return not hit.rule.attack and token is not None and anaphoric(token)


OWNING_UP = frozenset({"commit", "perpetrate", "stage", "conduct", "mount"})


def _owned_up(token: Any | None) -> bool:
    """ "The IRA said it had carried out the attack": a doer owning up to the act told before, no new act
    (a claim of it stays, to name the doer)."""
    if token is None or token.pos_ != "NOUN" or not _definite(token) or token.dep_ != "dobj":
        return False
    verb = token.head
    carried_out = verb.lemma_.lower() == "carry" and any(c.lower_ == "out" for c in verb.children)
    return carried_out or verb.lemma_.lower() in OWNING_UP


def trigger_token(ctx: SentenceContext, hit: TriggerHit) -> Any | None:
    start = ctx.sentence.start_char + hit.start
    span = ctx.sdoc.char_span(start, ctx.sentence.start_char + hit.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span.root.pos_ in ("VERB", "NOUN"):
        return span.root  # "air strike": the head noun, which carries "an Israeli"
    verbs = [t for t in span if t.pos_ in ("VERB", "NOUN")]
    return verbs[0] if verbs else span.root


def anaphoric(trigger: Any) -> bool:
    """ "the attack", "the withdrawal": a noun with the definite article refers to an event told before
    ("went on the rampage", "took to the streets" tell a new one)."""
    if trigger.head.lower_ == "on" and trigger.head.head.lemma_ in IDIOM_VERBS:
        return False
    if _lead_claim(trigger):
        return False  # "claimed responsibility for the suicide bombing of the UN building": the event itself
    if trigger.pos_ == "VERB":  # "The blasts at the three hotels went off ...": its subject refers back
        return any(c.dep_ == "nsubj" and c.lemma_ in BLAST_NOUNS and _definite(c) for c in trigger.children)
    return trigger.pos_ == "NOUN" and _definite(trigger) and not _of_someone_new(trigger)


def _of_someone_new(noun: Any) -> bool:
    """ "the suspect in the rape and killing of a 26-year-old bar worker": an act named by a victim the story
    has not told of ("a ..."), so not one told before."""
    for head in (noun, *noun.conjuncts):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if any(c.lower_ in ("a", "an") and c.dep_ == "det" for o in objects for c in o.children):
                    return True
    return False


def _definite(noun: Any) -> bool:
    """ "the attack", and "both attacks", "these attacks" that refer to the ones told."""
    return any(c.lower_ in REFERRING for c in noun.children if c.dep_ in ("det", "predet", "preconj"))


REFERRING = frozenset({"the", "both", "these", "those", "this", "that"})


BLAST_NOUNS = frozenset({"blast", "explosion", "bombing"})


def _lead_claim(trigger: Any) -> bool:
    """A story that opens with a claim of responsibility tells the act in it (later, "responsibility for the
    attack" refers back to the act told)."""
    if trigger.head.lower_ != "for" or not _in_lead(trigger):
        return False
    return "responsibility" in {trigger.head.head.lemma_, *(c.lemma_ for c in trigger.head.head.children)}


def _in_lead(token: Any) -> bool:
    """The token's sentence is the story's first with a verb (a headline or a dateline may come before)."""
    first = next((s for s in token.doc.sents if any(t.pos_ == "VERB" for t in s)), None)
    return first is not None and first.start == token.sent.start


IDIOM_VERBS = frozenset({"go", "be"})  # "went on the rampage", "were on the rampage"


__all__ = ["act_behind_a_toll", "anaphoric", "background_hit", "main_hit", "trigger_token"]
