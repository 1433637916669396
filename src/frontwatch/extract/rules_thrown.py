"""Trigger rules for weapons thrown by hand: grenades, explosives thrown at a target and fire bombs (ACLED
codes a thrown explosive or incendiary as a grenade), and grenades thrown in a shooting, which is the attack.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import W

GUNS_AND_GRENADES = (
    r"(?:(?:assault )?rifles?|guns?|firearms|kalashnikovs|machine-?guns?) and (?:hand )?grenades\b|"
    r"grenades and (?:assault )?(?:rifles?|guns?|firearms)\b"
)

# soldiers where a fire bomb is thrown make it a fight with them
SOLDIERS_THERE = r"servicemen|soldiers|troops"
# what is thrown to set a place alight, and at what ("incendiary devices at a synagogue")
FIRE_BOMBS = (
    r"(?:(?:petrol|fire|gasoline|incendiary) bombs?|firebombs?|molotov cocktails?|incendiary devices?|"
    r"(?:incendiary|petrol|gasoline|burning) bottles|burning objects)"
)
FIRE_BOMBED = (
    r"(?:an? |the )?(?:[\w-]+ ){0,3}?(?:synagogues?|churches|church|mosques?|temples?|restaurants?|buses|bus|coach|"
    r"homes?|houses?|offices?|headquarters|buildings?|shops?|cars?|vehicles?|windows?|premises|sites?|centres?|"
    r"centers?|facilit(?:y|ies)|hotels?|hostels?|stations?|schools?|doors?|entrances?)\b"
)
# "threw incendiary devices at a synagogue", "hurled petrol bombs into a night coach"
THREW_A_FIRE_BOMB = (
    r"(?:threw|thrown|hurled|lobbed|tossed) (?:[\w-]+ ){0,2}?"
    + FIRE_BOMBS
    + r" (?:at|into|through|on) "
    + FIRE_BOMBED
)

THROWN_RULES: tuple[TriggerRule, ...] = (
    # grenades thrown in a shooting ("throwing grenades and firing on hundreds of displaced people",
    # "opened fire and threw grenades inside a bar"): the attack
    rule(
        "Attack",
        16.9,
        r"(?:threw|throwing|hurled|hurling|lobbed|lobbing) grenades? (?:[\w-]+ ){0,3}?(?:and|,) (?:opened fire|"
        r"(?:firing|fired|shooting) (?:on|at|into))\b",
        r"(?:opened fire|(?:firing|fired|shooting) (?:on|at|into)(?: [\w-]+){0,4}?),? and (?:threw|throwing|hurled|"
        r"hurling|lobbed|lobbing) grenades?\b",
        armed=True,
    ),
    # not "gunmen armed with rifles and grenades attacked a hotel": the guns' attack
    rule(
        "Grenade",
        17,
        r"grenades?(?! launchers?)",
        # "gunmen armed with rockets and grenades attacked the mines": how they were armed, not what they did
        unless=re.compile(
            W + GUNS_AND_GRENADES + r"|\barmed with (?:[\w-]+ ){0,5}?(?:rocket-propelled )?grenades\b"
        ),
    ),
    # an explosive thrown by hand is a grenade in ACLED's coding, whatever it was
    rule(
        "Grenade",
        15.9,
        r"(?:explosives?|explosive devices?|bombs?|devices?) (?:was |were )?(?:hurled|thrown|lobbed|tossed) "
        r"(?:at|into|towards?)\b",
        # "attackers hurled crude bombs at a crowd", "threw explosives toward the court" (not petrol bombs: a riot)
        r"(?:hurled|threw|lobbed|tossed) (?:(?!petrol\b)[\w-]+ ){0,2}?(?:explosives?|explosive devices?|bombs?) "
        r"(?:at|into|towards?|from)\b",
    ),
    # a fire bomb thrown at a building or a bus by attackers, not by a crowd in a riot ("two people threw
    # incendiary devices at a synagogue", "a petrol bomb thrown through a window"): a grenade, as ACLED codes
    # thrown incendiaries
    rule(
        "Grenade",
        15.95,
        THREW_A_FIRE_BOMB,
        FIRE_BOMBS
        + r" (?:was |were |had been |have been |has been )?(?:thrown|hurled|lobbed|tossed) (?:at|into|through|on) "
        + FIRE_BOMBED,
        # not a crowd's, nor thrown where soldiers are (below)
        unless=re.compile(
            # (a state's protest is no crowd: "drawing a protest from Budapest")
            r"\b(?:youths|crowds?|mobs?|riot\w*|protest\w*(?! from\b)|demonstrat\w*|marche[sd]|marchers|"
            + SOLDIERS_THERE
            + r")\b"
        ),
    ),
    # "threw a Molotov cocktail into the window of the village council where Russian servicemen were located":
    # a fight with the soldiers, as ACLED codes it
    rule(
        "Armed clash",
        15.94,
        THREW_A_FIRE_BOMB,
        context=re.compile(r"\b(?:" + SOLDIERS_THERE + r")\b"),
    ),
)
