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
    rf"\b(?:between|with) (?:[\w-]+ ){{0,4}}?{CROWD}\b"
    rf"|\b{CROWD} (?:and|clashed with|fought) (?:[\w-]+ ){{0,2}}?{FORCES}\b",
    re.IGNORECASE,
)


PROTESTING_CLASHED = re.compile(
    rf"\bprotesting\b[^.;]{{0,160}}?\bclashed with (?:[\w-]+ ){{0,2}}?{FORCES}\b", re.IGNORECASE
)


def protest_clash(hit: TriggerHit, sentence: str) -> TriggerHit:
    """The hit recoded when its armed clash is one between forces and protesters ("farmers protesting
    against the farm laws ... clashed with police")."""
    if hit.sub_event_type != "Armed clash":
        return hit
    if WITH_PROTESTERS.search(sentence) is None and PROTESTING_CLASHED.search(sentence) is None:
        return hit
    deaths = find_fatalities(sentence)
    sub = "Excessive force against protesters" if deaths else "Violent demonstration"
    return replace(hit, rule=replace(hit.rule, sub_event_type=sub))
