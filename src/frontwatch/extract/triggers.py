"""The words that signal an event, by ACLED sub-event type.

A trigger is a regular expression over the lower-cased sentence. Several can fire in one sentence;
`choose_trigger` picks the one ACLED would code, following its precedence (an interception is not an
air strike, a shelling that kills civilians is still a shelling, protesters clashing with police riot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.extract.taxonomy import TERRITORY


@dataclass(frozen=True)
class TriggerRule:
    sub_event_type: str  # an ACLED sub-event type, or TERRITORY (decided by who takes ground where)
    pattern: re.Pattern[str]
    needs_armed: bool  # fires only where the sentence names an armed actor or a weapon
    priority: int  # lower wins when several rules fire in one sentence
    recapture: bool = False  # wording that says ground was taken back
    attack: bool = False  # a weapon named, not an act: fires only beside a verb of attacking


@dataclass(frozen=True)
class TriggerHit:
    rule: TriggerRule
    start: int  # offsets within the sentence
    end: int

    @property
    def sub_event_type(self) -> str:
        return self.rule.sub_event_type


def _rule(
    sub: str,
    words: str,
    *,
    armed: bool = False,
    priority: int = 50,
    recapture: bool = False,
    attack: bool = False,
) -> TriggerRule:
    return TriggerRule(sub, re.compile(words), armed, priority, recapture, attack)


W = r"\b"
VICTIMS = r"(?:civilians?|villagers|residents|people|worshippers|farmers|children|women|passengers|students|displaced people)"
TARGETS = (
    r"(?:"
    + VICTIMS[3:-1]
    + r"|(?:a |the )?(?:school|church|mosque|market|village|camp|hospital|bus|wedding|funeral|congregation)s?\b)"
)
PROJECTILES = r"(?:drones?|missiles?|rockets?|projectiles?|targets|shaheds?|uavs?|aircraft|cruise|ballistic|kinzhal\w*|iskander\w*)"

RULES: tuple[TriggerRule, ...] = (
    _rule(
        "Suicide bomb",
        W + r"(?:suicide (?:bomb\w*|attack\w*|car bomb\w*|vest)|blew (?:himself|herself|themselves) up)",
        priority=1,
    ),
    _rule(
        "Chemical weapon",
        W
        + r"(?:chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine gas|sarin|chloropicrin|poison gas|toxic gas)",
        priority=2,
    ),
    _rule(
        "Excessive force against protesters",
        W
        + r"(?:(?:opened fire|fired live (?:ammunition|rounds)|shot(?: dead)?|killed|killing) (?:on |at )?(?:\w+ )?(?:protesters|demonstrators|the crowd|marchers)|live (?:ammunition|rounds) (?:on|at|against) (?:protesters|demonstrators))",
        priority=3,
    ),
    _rule(
        "Protest with intervention",
        W
        + r"(?:(?:dispersed|broke up|detained|arrested|beat|charged)\b[^.]{0,40}\b(?:protesters|demonstrators|protest|rally|crowd|marchers)|tear ?gas|water cannons?|rubber bullets)",
        priority=4,
    ),
    _rule(
        "Mob violence",
        W
        + r"(?:mobs?\b|lynch\w*|vigilantes?|(?:crowds?|residents|villagers|onlookers) (?:\w+ ){0,8}?(?:beat|stoned|set fire to|burned|burnt|hacked|dragged))",
        priority=5,
    ),
    _rule(
        "Violent demonstration",
        W
        + r"(?:riot\w*|violent (?:protests?|demonstrations?)|(?:protesters|demonstrators|rioters) (?:\w+ ){0,2}(?:set fire|torched|burned|burnt|clashed|threw|hurled|pelted|stormed|attacked|looted|blocked and burned))",
        priority=6,
    ),
    _rule(
        "Peaceful protest",
        W
        + r"(?:protest(?:s|ed|ers|ing)?|demonstrat(?:ions?|ors|ed|ing)|rall(?:y|ies|ied)|sit-ins?|took to the streets|marched)\b",
        priority=7,
    ),
    _rule(
        "Disrupted weapons use",
        W
        + r"(?:(?:intercept\w*|shot down|shoots? down|shooting down|downed|neutrali[sz]ed|destroyed) (?:\w+ ){0,5}?"
        + PROJECTILES
        + r"|"
        + PROJECTILES
        + r" (?:\w+ ){0,4}?(?:were |was )?(?:intercepted|shot down|downed|destroyed in the air)|interceptions?\b|defused|air defen[cs]es? (?:\w+ ){0,2}(?:destroyed|repelled|shot|downed|intercepted))",
        priority=8,
    ),
    _rule(
        TERRITORY,
        W
        + r"(?:recaptur\w*|retak(?:e|en|ing)|retook|regain\w* control|liberat(?:ed|ion of|ing)|took back|taken back|take back|reclaimed)",
        armed=True,
        priority=9,
        recapture=True,
    ),
    _rule(
        TERRITORY,
        W
        + r"(?:captur(?:ed|es|ing|e)|seiz(?:ed|ure of|es|ing) (?:control|the|a)\b|took (?:full )?control|taken (?:full )?control|tak(?:e|es|ing) (?:full )?control|gained control|overr(?:a|u)n|fell to|fallen to|entered|advanced into|pushed into|raised (?:their|the|its) flag|occup(?:ied|ation of))",
        armed=True,
        priority=10,
    ),
    _rule(
        "Non-violent transfer of territory",
        W
        + r"(?:withdr(?:a|e)w\w*|pull(?:ed|ing|s)? (?:\w+ ){0,3}?(?:out|back)|pull-?out|retreat(?:ed|ing|s)?|regroup\w*|handed over|hand over|abandon(?:ed|ing) (?:their |its )?(?:positions?|the town|the city|the village))",
        armed=True,
        priority=11,
    ),
    _rule(
        "Air/drone strike",
        W
        + r"(?:air ?strikes?|air raids?(?! (?:sirens?|alerts?|warnings?|shelters?))|aerial (?:bombardment|attack)s?|(?:drone|helicopter) (?:strikes?|attacks?)|barrel bombs?|bombed)",
        priority=12,
    ),
    _rule(
        "Air/drone strike",
        W + r"(?:drones?\b|warplanes?|fighter jets?|jets?\b|bombers|aircraft|helicopter gunships?)",
        priority=12,
        attack=True,
    ),
    _rule(
        "Shelling/artillery/missile attack",
        W
        + r"(?:shell(?:ed|ing|s)\b|bombard\w*|(?:missile|rocket|artillery) (?:strikes?|attacks?|fire|barrages?))",
        priority=13,
    ),
    _rule(
        "Shelling/artillery/missile attack",
        W
        + r"(?:artillery|mortars?|rockets?|missiles?|multiple launch|grad\b|himars|iskander|kalibr|howitzers?)",
        priority=13,
        attack=True,
    ),
    _rule(
        "Remote explosive/landmine/IED",
        W
        + r"(?:land ?mines?|(?:anti-tank|anti-personnel) mines?|stepped on a mine|mine explo\w*|improvised explosive|ieds?\b|roadside bombs?|car bombs?|explosive devices?|booby[- ]trap\w*|bomb (?:blast|exploded|went off))",
        priority=14,
    ),
    _rule("Grenade", W + r"(?:grenades?)", priority=15),
    _rule(
        "Attack",
        W
        + r"(?:massacre\w*|executed|beheaded|burned alive|(?:killed|killing|shot dead|shot|attacked|murdered|gunned down|stormed|raided) (?:\w+ ){0,3}"
        + TARGETS
        + r"|opened fire on (?:\w+ ){0,3}"
        + TARGETS
        + r")",
        armed=True,
        priority=16,
    ),
    _rule(
        "Sexual violence",
        W + r"(?:rap(?:e|ed|es|ing)\b|gang-raped|sexual(?:ly)? (?:violence|assault\w*|abuse\w*))",
        priority=17,
    ),
    _rule(
        "Abduction/forced disappearance",
        W
        + r"(?:abduct\w*|kidnap\w*|taken hostage|took (?:\w+ )?hostages?|held hostage|forcibly disappeared|forced disappearance)",
        priority=18,
    ),
    _rule(
        "Armed clash",
        W
        + r"(?:clash\w*|fighting\b(?! (?:for|against|corruption|to\b))|fought|battles?\b|battled|firefights?|gunfights?|gun battles?|exchanges? of fire|exchanged fire|skirmish\w*|ambush\w*|(?:repelled|repulsed|repel|repulse)\b|counter-?offensive|offensive\b|assault\w*|combat\b)",
        priority=19,
    ),
    _rule("Armed clash", W + r"(?:attack(?:ed|s|ing)?)\b", armed=True, priority=20),
    _rule(
        "Looting/property destruction",
        W
        + r"(?:loot\w*|pillag\w*|ransack\w*|torched|vandali[sz]\w*|(?:set fire to|burned down|burnt down|burned|destroyed) (?:\w+ ){0,2}(?:homes|houses|shops|villages|buildings|property|markets?))",
        priority=21,
    ),
    _rule(
        "Agreement",
        W
        + r"(?:(?:ceasefire|cease-fire|truce|peace|humanitarian) (?:deal|agreement|accord|pause)|cessation of hostilities|agreed (?:\w+ ){0,4}?(?:to|on) (?:a |an |the )?(?:\w+ )?(?:ceasefire|truce|pause|exchange|deal|peace|cessation)|signed (?:an?|the) (?:\w+ )?(?:agreement|accord|deal)|prisoner (?:swap|exchange)s?|exchanged prisoners|truce\b)",
        priority=7,
    ),
    _rule(
        "Arrests",
        W + r"(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|taken into custody|rounded up)\b",
        priority=23,
    ),
    _rule(
        "Headquarters or base established",
        W
        + r"(?:(?:set up|established|opened|built) (?:a |an |its |their )?(?:new )?(?:military )?(?:base|headquarters|outpost|garrison)|(?:arrived|moved|deployed|relocated) (?:\w+ ){0,4}?(?:at|to|into) (?:a |an |the )?(?:\w+ )?(?:camp|base|garrison)\b)",
        priority=24,
    ),
    _rule(
        "Change to group/activity",
        W
        + r"(?:mobili[sz]ation|mutiny|merged with|announced (?:its|the) (?:dissolution|formation|creation)|formed a new (?:group|alliance|coalition|armed group)|disbanded)",
        priority=25,
    ),
    _rule(
        "Other",
        W
        + r"(?:curfew|martial law|state of emergency|troop build-?up|coup\b|seized power|overthrew|ousted (?:\w+ ){0,3}(?:leader|president|government))",
        priority=26,
    ),
)

ARMED = re.compile(
    W
    + r"(?:forces|troops|army|armies|military|soldiers|militants?|fighters|rebels?|insurgents?|jihadists?|gunmen|"
    r"militias?|militiamen|paramilitar\w*|armed|weapons?|guns?|artillery|drones?|missiles?|rockets?|tanks?|"
    r"battalions?|brigades?|units?|regiments?|separatists?|guerrillas?|soldier|commandos?|marines|rsf|idf|hamas|"
    r"hezbollah|houthis?|al[- ]shabaab|jnim|isis|isil|islamic state|boko haram|iswap|m23|adf|wagner|junta|tatmadaw|"
    r"bandits|gangs?|attackers|assailants|snipers?)\b"
)


ATTACKING = re.compile(
    W
    + r"(?:struck|strikes?|striking|hit|hits|hitting|attack\w*|fired|firing|launched|shelled|pounded|targeted|"
    r"killed|killing|kills|destroyed|damaged|damaging|wounded|wounding|injured|injuring|bombed|rained|slammed|"
    r"exploded|landed|barrage|pummel\w*|blasted|smashed|tore|ripped|crashed into|intercept\w*|shot down|downed)\b"
)


def find_triggers(sentence_lower: str) -> list[TriggerHit]:
    """Every rule that fires in a sentence, with its first match."""
    armed = ARMED.search(sentence_lower) is not None
    attacking = ATTACKING.search(sentence_lower) is not None
    hits: list[TriggerHit] = []
    for rule in RULES:
        if (rule.needs_armed and not armed) or (rule.attack and not attacking):
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
