"""Trigger rules for sexual violence.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule

SEXUAL_RULES: tuple[TriggerRule, ...] = (
    # "women had been sexually assaulted, and some raped, by mobs": the assault is the event, not the mob
    # ... and women raped when troops cleared a sit-in, not a protest broken up
    rule(
        "Sexual violence",
        3.9,
        r"(?:rap(?:ed|e)|sexually (?:assaulted|abused|attacked)|sexual assaults?)\b[\w ,-]{0,240}?\bby "
        r"(?:[\w-]+ ){0,2}?(?:mobs?|crowds?|men)\b",
        r"(?:raped|sexually (?:assaulted|abused|attacked)) (?:[\w-]+ ){0,2}?(?:when|as|while) (?:[\w-]+ ){0,3}?"
        r"(?:troops|soldiers|police|forces|militiamen|gunmen|fighters)\b",
    ),
    # "a woman was raped by policemen in her home and then killed with a grenade", "women were raped and their
    # husbands beaten by mutinous soldiers": the rape told first, by armed men, is the event (not "killed 20
    # villagers and raped women": the killing told first)
    rule(
        "Sexual violence",
        3.92,
        r"(?:gang-)?raped\b[^.;]{0,80}?\bby (?:[\w-]+ ){0,2}?(?:soldiers|troops|police(?:m[ae]n)?|militiam[ae]n|gunm[ae]n|"
        r"fighters|rebels|guerrillas|mutineers|guards|officers)\b",
        unless=re.compile(r"\b(?:killed|killing|massacred|shot dead|murdered)\b[^.;]{0,200}?\braped\b"),
    ),
    # "was tortured and raped by French soldiers", "the rape and killing of a bar worker": one act on the same
    # victim, coded by the rape (not "killed hundreds of villagers and raped women": two acts, the killing first)
    rule(
        "Sexual violence",
        17.95,
        r"(?:tortured|beaten|stabbed|strangled|mutilated)(?:,| and| or) (?:then )?(?:gang-)?raped\b",
        r"(?:gang-)?raped(?:,| and| or) (?:then )?(?:tortured|killed|murdered|strangled|stabbed|mutilated|burned)\b",
        r"(?:rape|raping)(?:,| and) (?:the )?(?:murder(?:ing)?|kill(?:ing)?|tortur(?:e|ing)|strangl(?:ing|ed))\b",
        r"(?:murder|killing|torture|abduction),? (?:and )?rape\b",
    ),
    rule(
        "Sexual violence",
        18.45,
        r"rap(?:e|ed|es|ing)\b",
        r"gang-raped",
        r"sexual(?:ly)? (?:violence|assault\w*|abuse\w*|tortur\w*)",
    ),
)
