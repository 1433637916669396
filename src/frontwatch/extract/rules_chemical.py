"""Trigger rules for chemical weapons: gas, toxic agents and poison used on people.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import NO_WEAPON_USED

NOT_A_POISONING = (
    r"food|alcohol|liquor|methanol|carbon monoxide|mushrooms?|fish|rivers?|wells?|lakes?|water|sea|soil|crops|"
    r"livestock|cattle|dogs?|birds?"
)

CHEMICAL_RULES: tuple[TriggerRule, ...] = (
    # a chemical weapon is the event's type whatever carried it ("a suicide bomber blew up a truck loaded with
    # chlorine")
    rule(
        "Chemical weapon",
        0.95,
        r"chemical (?:weapons?|attacks?|agents?|munitions?|bombs?|shells?|rockets?|gas|arms)\b",
        r"chlorine\b",
        r"mustard gas",
        r"nerve agents?",
        r"sarin",
        r"chloropicrin",
        r"poison gas",
        r"toxic gas",
        r"toxic (?:chemicals?|substances?|agents?)",
        r"poisonous (?:substances?|gas|chemicals?|agents?)",
        r"white phosphorus",
        # "aircraft had dropped gas bombs on the village" (not tear gas)
        r"(?<!tear )(?<!tear-)gas (?:bombs?|shells?|grenades? dropped|attacks? on (?:[\w'-]+ ){0,3}?villages?)\b",
        r"(?:rockets?|shells?|bombs?|munitions?|projectiles?) (?:carrying|filled with|loaded with|containing) "
        r"(?:an? )?(?:toxic|chemical|poison)",
        unless=NO_WEAPON_USED,
    ),
    # a person poisoned ("was poisoned with polonium-210", "the poisonings of hundreds of schoolgirls", "put
    # arsenic in a drink served to the campaigner"): a chemical attack on people, not a river or a well poisoned
    rule(
        "Chemical weapon",
        0.96,
        r"(?:was|were|been) (?:deliberately |allegedly |apparently )?poisoned\b",
        r"poisonings? of (?:[\w'-]+ ){0,4}?(?:schoolgirls|girls|pupils|students|children|(?:a |an |the )?(?:former |"
        r"opposition )?(?:[\w-]+ )?(?:agent|spy|critic|leader|activist|journalist|dissident|politician))\b",
        r"poisoning (?:the air|(?:him|her|them)\b)",
        # "killed in March by a poisoned letter handed to him by a messenger"
        r"(?:by|with|from) (?:a |an )?poisoned (?:letter|drink|cup|umbrella|dart|needle|pellet|cigarette)\b",
        r"(?:put|slipped|sprayed) (?:a |an )?(?:arsenic|poison|polonium|cyanide|nerve agent|ricin|thallium)\b",
        # "killed him by sending him chocolates laced with a slow-acting poison"
        r"(?:killed|murdered|assassinated|poisoned) (?:[\w'-]+ ){0,8}?by (?:sending|giving|feeding|serving) (?:[\w'-]+ ){0,5}?"
        r"(?:laced|spiked|poisoned) with\b",
        # not food, drink or nature poisoned, told within a few words of the poison ("poisoned after eating
        # food", "rivers poisoned by mining"; not "... he was poisoned ... the official account that he had
        # eaten stale food")
        unless=re.compile(
            r"\b(?:"
            + NOT_A_POISONING
            + r")\b(?:\W+\w+){0,6}?\W+poison|poison\w*(?:\W+\w+){0,6}?\W+(?:"
            + NOT_A_POISONING
            + r")\b"
        ),
    ),
)
