"""Trigger rules for shootings told by who was shot: officers fired at, a man shot by the police after he
attacked them, and bodies found shot.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

from frontwatch.extract.trigger_rule import TriggerRule, rule

SHOOTING_RULES: tuple[TriggerRule, ...] = (
    # "the bodies of eight men, shot and burned inside a vehicle": people found killed were attacked
    rule(
        "Attack",
        18.3,
        r"bod(?:y|ies) of (?:[\w-]+ ){0,3}?(?:m[ae]n|wom[ae]n|people|migrants|civilians|villagers|children|youths|"
        r"boys?|girls?|farmers|students|journalists?|activists?),? (?:who had been |had been |were |was )?(?:shot|"
        r"executed|tortured|beheaded|mutilated|hacked|stabbed|bound)\b",
    ),
    # "the gunman ... drove to the station and fired at police officers on patrol": shots at the state's forces
    rule(
        "Armed clash",
        18.12,
        r"(?:fired|opened fire) (?:on|at|upon) (?:[\w-]+ ){0,2}?(?:police officers|officers|policem[ae]n|police|"
        r"soldiers|troops|guards|gendarmes)\b",
        armed=True,
    ),
    # "police shot dead a man after he stabbed two officers": the man fought them first
    rule(
        "Armed clash",
        13.05,
        r"(?:police(?:men)?|officers|soldiers|troops|guards|gendarmes) (?:[\w-]+ ){0,3}?(?:shot dead|shot|killed|"
        r"gunned down) (?:[\w,'-]+ ){0,8}?(?:after|when|as) (?:he|she|they|the (?:[\w-]+ )?(?:man|woman|suspect|attacker|"
        r"assailant)) (?:had )?(?:stabbed|attacked|shot|shot at|fired at|opened fire on|lunged at|wounded|charged at) "
        r"(?:[\w-]+ ){0,3}?(?:officers?|policem[ae]n|police|soldiers|guards|gendarmes)\b",
    ),
)
