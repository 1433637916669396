"""Trigger rules for riots: a protest turned violent, crowds burning or storming in a protest, prison riots,
and rampages on property and the police.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import ARMED_BANDS, ARMED_DOERS, W

RIOT_RULES: tuple[TriggerRule, ...] = (
    # "a rally turned violent, with protesters torching buildings": the riot, whoever died in it
    rule(
        "Violent demonstration",
        2.95,
        r"(?:rally|protest|demonstration|march|procession|sit-in|strike|vigil|gathering)s? (?:[\w'-]+ ){0,12}?"
        r"(?:turned|became|grew) violent",
        # "a protest against the film turned into running battles with officers"
        r"(?:rally|protest|demonstration|march|procession|sit-in|gathering)s? (?:[\w'-]+ ){0,12}?(?:turned|descended|"
        r"degenerated|erupted) into (?:[\w-]+ ){0,2}?(?:battles?|clashes|riots?|rioting|violence|street fights?)\b",
        r"(?:protesters|demonstrators|rioters|marchers) (?:[\w'-]+ ){0,10}?turned on\b",
    ),
    # crowds burning or storming in a protest told before are rioters (without a protest, a mob: below)
    rule(
        "Violent demonstration",
        3.4,
        r"(?:protest\w*|demonstrat\w*|rall(?:y|ies))\b[^.]{0,120}?\bcrowds? (?:[\w'-]+ ){0,6}?(?:set fire|set "
        r"(?:[\w-]+ ){1,4}?(?:on fire|ablaze|alight)|torched|stormed|ransacked)",
        # "after crowds angry at a jump in the president's lead broke in overnight and put them to the torch"
        r"crowds? (?:[\w'-]+ ){0,16}?(?:broke in|stormed (?:in|them|it)|forced their way in)\b[^.;]{0,40}?"
        r"(?:put (?:[\w-]+ ){0,3}?to the torch|set (?:them|it) (?:on fire|ablaze|alight)|torched)",
    ),
    # "crowds looted and set fire to stores after a police raid", "state employees set fire to the government
    # house as police fired tear gas": crowds burning and looting where the police or troops fight them riot
    # (with no force told, or police who only arrest, crowds looting loot: `rules_unrest`)
    rule(
        "Violent demonstration",
        3.485,
        r"(?:crowds?|mobs?|youths|rioters|demonstrators|protesters|strikers|workers|employees) (?:[\w,'-]+ ){0,12}?"
        r"(?:looted|looting|set fire to|setting fire to|torched|torching|ransacked|ransacking|sacked) (?:[\w-]+ ){0,4}?"
        r"(?:shops|stores|businesses|buildings?|government house|offices|cars|vehicles|banks|legislature|courts?|"
        r"town hall|city hall|headquarters|civic centre|ministr(?:y|ies)|police stations?)\b",
        context=re.compile(
            r"\b(?:tear ?gas|rubber bullets|national guard|police raid|(?:police|policemen|troops|soldiers) "
            r"(?:[\w-]+ ){0,2}?(?:fired|opened fire|clashed|charged|baton-charged))\b"
        ),
        unless=re.compile(
            r"\b(?:attacked|attacking|killing|hacked|lynched) (?:[\w-]+ ){0,2}?(?:people|residents|"
            r"villagers|families|christians|muslims|moslems|hindus|foreigners|migrants)\b|"
            + ARMED_BANDS.pattern
        ),
    ),
    # "inmates set fire to buildings and tried to break out": a prison riot, whoever fired on it
    rule(
        "Violent demonstration",
        3.46,
        r"(?:inmates|prisoners|detainees|convicts) (?:[\w'-]+ ){0,14}?(?:rioted|set fire to|torched|burned|burnt|"
        r"took (?:[\w-]+ ){0,3}?hostage|went on (?:the|a) rampage|rampaged)\b",
        r"(?:prison|jail|penitentiary) (?:riot|uprising|mutiny|revolt)s?\b",
        r"riot\w* (?:at|in) (?:an? |the )?(?:[\w'-]+ ){0,4}?(?:prison|jail|penitentiary|detention centre)\b",
        unless=re.compile(W + r"(?:prisoners? of war|pows)\b"),
    ),
    # "villagers beat him to death" is a mob; "machete-wielding attackers hacked 12 villagers to death" are
    # armed men attacking (the attack rule below)
    # a rampage on property and police, not on people or their homes, is a riot ("went on the rampage,
    # torching cars and government buildings"; "rampaged through the district, smashing shop windows")
    rule(
        "Violent demonstration",
        4.9,
        r"rampag\w+\b[^.;]{0,100}?\b(?:torching|burning|smashing|setting fire to|vandali[sz]ing|ransacking|"
        r"fighting (?:the )?(?:riot )?police|clashing with)\b",
        unless=re.compile(
            r"\b(?:killing|beating|hacking|stabbing|lynching|attacking (?:[\w-]+ ){0,2}?(?:people|residents|"
            r"villagers|migrants|families|worshippers|christians|muslims|moslems|hindus|sikhs|jews)|homes|houses|huts|"
            r"villages?|settlers|churches|mosques|temples|synagogues)\b|" + ARMED_DOERS.pattern
        ),
    ),
    # "troops fired on crowds that rampaged through the streets, smashing shop windows": the crowd rioted, and
    # the troops met the riot
    rule(
        "Violent demonstration",
        4.89,
        r"(?:fired|opened fire) (?:on|at|into) (?:the )?(?:crowds?|mobs?|rioters|youths|demonstrators|protesters) "
        r"(?:who|that) (?:had )?(?:rampaged|rioted|ran riot|stormed|set fire|torched|looted|ransacked|stoned)\b",
    ),
)
