"""Clashes between security forces and protesters are no armed clash in ACLED's coding.

Protesters are not an armed group: "clashes between security forces and protesters left 17 dead" is
excessive force against protesters when people died, and a violent demonstration otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.extract.fatalities import find_fatalities
from frontwatch.extract.triggers import TriggerHit

CROWD = r"(?:protesters|demonstrators|protestors|rioters)"
FORCES = r"(?:police|security forces|riot police|troops|soldiers|the army|officers)"
WITH_PROTESTERS = re.compile(
    rf"\b(?:between|with) (?:[\w-]+ ){{0,4}}?(?:{CROWD}|(?:stone|rock)-(?:throwing|hurling) [\w-]+)\b"
    rf"|\b{CROWD} (?:and|clashed with|fought) (?:[\w-]+ ){{0,2}}?{FORCES}\b",
    re.IGNORECASE,
)


# "clashes with supporters of former president Evo Morales who had blocked roads": a crowd on the roads
# "clashed with villagers blocking the highway", "residents blocking the road to the mine clashed with police"
LOCALS = r"(?:supporters|residents|villagers|farmers|miners|workers|students|herders|peasants|locals)"
BLOCKING = (
    r"(?:blocking|who (?:had )?(?:blocked|were blocking|had been blocking|protested|were protesting|marched))"
)
WITH_BLOCKADERS = re.compile(
    rf"\b(?:between|with) (?:[\w-]+ ){{0,4}}?{LOCALS}\b[^.;]{{0,80}}?\b{BLOCKING}\b"
    rf"|\b{LOCALS} (?:[\w'-]+ ){{0,4}}?blocking (?:a |the )?(?:road|roads|highway|street|streets|access)\b"
    rf"[^.;]{{0,100}}?\bclashed with (?:[\w-]+ ){{0,2}}?{FORCES}\b",
    re.IGNORECASE,
)
# "three police officers were killed in clashes with ...": the dead were the police, no force on the crowd
FORCES_DEAD = re.compile(
    rf"\b(?:[\w-]+ )?{FORCES} (?:were|was|have been|had been) killed\b"
    rf"|\bkill(?:ed|ing) (?:[\w-]+ ){{0,2}}?{FORCES}\b"
    r"|\b(?:among them|including) (?:a |an |one |two |three )?"
    r"(?:soldiers?|police(?:m[ae]n| officers?)|officers?)\b",
    re.IGNORECASE,
)


# "clashed with stone-throwing youths", "clashes with rioters": the crowd fought too, a violent demonstration
# whoever died
VIOLENT_CROWD = re.compile(
    rf"\b(?:fought|battled) (?:[\w-]+ ){{0,2}}?{FORCES}\b"
    r"|\b(?:rioters|(?:stone|rock|brick|bottle)-(?:throwing|hurling)|"
    r"(?:hurl|threw|throw)\w* (?:[\w-]+ ){0,2}?"
    r"(?:stones|rocks|bricks|petrol bombs|molotov cocktails|firebombs))\b",
    re.IGNORECASE,
)
# "protesters against a land law burned tyres and fought police": the crowd's fight, however far from its name
PROTESTING_CLASHED = re.compile(
    rf"\b(?:protesting|{CROWD})\b[^.;]{{0,160}}?\b(?:clashed with|fought|battled) "
    rf"(?:[\w-]+ ){{0,2}}?{FORCES}\b",
    re.IGNORECASE,
)


# the crowd's own violence ("students who hurled petrol bombs and bricks", "set portable toilets alight",
# "pushed through barricades and charged police")
CROWD_VIOLENCE = re.compile(
    r"\b(?:(?:hurl|threw|throw|pelt)\w* (?:[\w-]+ ){0,3}?(?:stones|rocks|bricks|bottles|flares|fireworks|"
    r"petrol bombs|molotov cocktails|firebombs|fire bombs)|set (?:[\w-]+ ){0,4}?(?:alight|ablaze|on fire)|"
    r"set fire to|torched|(?:pushed|broke|forced (?:their|its) way) (?:through|past) (?:[\w-]+ ){0,2}?"
    r"(?:barricades?|barriers?|cordons?|police lines)|charged (?:the )?(?:riot )?police)\b",
    re.IGNORECASE,
)
# the force the police answered with, which a classifier of words reads as the story ("fired tear gas")
ANSWERED = re.compile(
    r"\b(?:tear ?gas|rubber bullets|water cannons?|stun grenades|pepper spray|live (?:rounds|ammunition)|"
    r"baton charged|fired)\b",
    re.IGNORECASE,
)


def protest_clash(hit: TriggerHit, sentence: str) -> TriggerHit:
    """The hit recoded when its armed clash is one between forces and protesters ("farmers protesting
    against the farm laws ... clashed with police"), or when a protest broken up left one dead. A riot the
    police answered ("police fired tear gas at students who hurled petrol bombs") stays a riot: the crowd's
    violence decides the type, however loud the police's force reads."""
    if hit.sub_event_type == "Violent demonstration":
        fought_back = CROWD_VIOLENCE.search(sentence) and ANSWERED.search(sentence)
        return replace(hit, firm=True) if fought_back else hit
    if hit.sub_event_type == "Protest with intervention":
        return _deadly_dispersal(hit, sentence)
    if hit.sub_event_type != "Armed clash":
        return hit
    if not any(p.search(sentence) for p in (WITH_PROTESTERS, PROTESTING_CLASHED, WITH_BLOCKADERS)):
        return hit
    deaths = find_fatalities(sentence)
    forceful = deaths and FORCES_DEAD.search(sentence) is None and VIOLENT_CROWD.search(sentence) is None
    sub = "Excessive force against protesters" if forceful else "Violent demonstration"
    return replace(hit, rule=replace(hit.rule, sub_event_type=sub))


# "a bomb went off", "a fire that killed": deaths no force dealt; "11 people had been killed across the
# country", "since the protests began": a toll of more than this protest
NOT_THE_FORCE = re.compile(
    r"\b(?:bombs?|blasts?|explosions?|suicide|fire|blaze|stampede|crash|heart attack|collapsed?|drowned|"
    r"accident|across the country|around the country|nationwide|since)\b",
    re.IGNORECASE,
)


def _deadly_dispersal(hit: TriggerHit, sentence: str) -> TriggerHit:
    """ "Police beat opposition supporters with truncheons as they broke up a protest, and one person was
    killed": a protest broken up with lethal force is ACLED's excessive force."""
    deaths = find_fatalities(sentence)
    if not deaths or FORCES_DEAD.search(sentence) or VIOLENT_CROWD.search(sentence):
        return hit
    if NOT_THE_FORCE.search(sentence):
        return hit
    return replace(hit, rule=replace(hit.rule, sub_event_type="Excessive force against protesters"))
