"""Deaths told in a sentence of their own ("One civilian was killed.") belong to the event just before.

News and monitoring notes often report an attack in one sentence and its toll in the next. A sentence that
codes no event of its own but reports deaths gives them to the latest violent event of the two sentences
before it: as its toll when it had none, or added to it when the sentence tells of more ("Another
civilian was killed", "two more died").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from frontwatch.extract.events import Candidate
from frontwatch.extract.fatalities import find_fatalities
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES, VIOLENT

EXCESSIVE_FORCE = "Excessive force against protesters"
DISPERSED = "Protest with intervention"
VIOLENT_SUBTYPES = frozenset({EXCESSIVE_FORCE, "Mob violence", "Violent demonstration"})
MORE = re.compile(r"\b(?:another|more|other|further|additional|also)\b", re.IGNORECASE)
WINDOW = 2  # sentences after an event in which its toll may follow


def attach_tolls(candidates: list[Candidate], sentences: list[Any]) -> list[Candidate]:
    """The candidates with the tolls of the event-less sentences that follow them added. A sentence that
    only tells of someone killed ("A Russian general was killed.") is such a toll when a violent event
    comes just before it, and an event of its own otherwise."""
    events = [c for c in candidates if not c.toll_only]
    result = [c for c in candidates if not c.toll_only or _latest_violent(events, c.sentence) is None]
    coded = {c.sentence for c in result}
    for index, sentence in enumerate(sentences):
        if index in coded:
            continue
        deaths = find_fatalities(sentence.text)
        if deaths is None:
            continue
        target = _latest_violent(result, index)
        if target is None:
            _deaths_at_a_dispersal(result, index, deaths)
            continue
        position = result.index(target)
        result[position] = replace(target, fatalities=_combined(target.fatalities, deaths, sentence.text))
    return result


def _deaths_at_a_dispersal(result: list[Candidate], index: int, deaths: int) -> None:
    """ "Riot police used tear gas and batons to disperse thousands. At least one person was killed by
    gunfire.": deaths told right after a protest was broken up make the force on it excessive."""
    latest = _latest(result, index)
    if latest is None or latest.sub_event_type != DISPERSED or deaths <= 0:
        return
    result[result.index(latest)] = replace(latest, sub_event_type=EXCESSIVE_FORCE, fatalities=deaths)


def _latest_violent(candidates: list[Candidate], index: int) -> Candidate | None:
    return _latest([c for c in candidates if _violent(c.sub_event_type)], index)


def _latest(candidates: list[Candidate], index: int) -> Candidate | None:
    """The latest event told (not as history) in the sentences just before sentence `index`."""
    before = [c for c in candidates if index - WINDOW <= c.sentence < index and c.modality != "historical"]
    return max(before, key=lambda c: c.sentence) if before else None


def _violent(sub_event_type: str) -> bool:
    return SUB_EVENT_TYPES.get(sub_event_type) in VIOLENT or sub_event_type in VIOLENT_SUBTYPES


CODED = re.compile(r"\bcoded as\b", re.IGNORECASE)


def _combined(known: int | None, deaths: int, text: str) -> int | None:
    if known is None or known == 0 or CODED.search(text):
        return deaths  # "unspecified fatalities coded as 10": the count that stands for the whole event
    return known + deaths if MORE.search(text) else known
