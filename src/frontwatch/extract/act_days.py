"""A later sentence that says when the act took place ("... police said on Monday. The attack took place on
Thursday, but news took days to reach the state capital."; "The blasts at the three hotels went off shortly
before 9 p.m. on Wednesday."): it dates the events told before it, which until then bore the day of the
statement or of publication."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from frontwatch.extract.events import Candidate, SentenceContext
from frontwatch.model import Period

TOOK_PLACE = re.compile(
    r"\b(?:the|that|this) (?:attack|raid|killings?|massacre|bombing|ambush|assault|abduction|kidnapping|"
    r"shelling|strike|shooting|incident|clash(?:es)?|fighting|violence) (?:had )?(?:took place|happened|"
    r"occurred|was carried out|unfolded)\b"
    # "The blasts at the three hotels went off shortly before 9 p.m. on Wednesday"
    r"|\b(?:the|that) (?:blasts?|explosions?|bombs?|bombings?) (?:[\w,'-]+ ){0,8}?"
    r"(?:went off|exploded|struck)\b",
    re.IGNORECASE,
)
REACH = timedelta(days=14)  # how far back such a sentence may move a date


def told_day(ctx: SentenceContext) -> Period | None:
    """The day a sentence says the act took place on, if it says so."""
    found = TOOK_PLACE.search(ctx.sentence.text)
    if found is None:
        return None
    after = ctx.sentence.start_char + found.end()
    return next((day for t in ctx.timexes if t.start >= after and (day := t.day) is not None), None)


def dated_by_later_sentences(candidates: list[Candidate], contexts: list[SentenceContext]) -> list[Candidate]:
    """The candidates told before a sentence that dates the act, moved back to its day (never forward, and
    never by more than two weeks)."""
    for ctx in contexts:
        day = told_day(ctx)
        if day is None:
            continue
        candidates = [_moved_back(c, day) if c.sentence < ctx.index else c for c in candidates]
    return candidates


def _moved_back(candidate: Candidate, day: Period) -> Candidate:
    period = candidate.period
    if (
        period is None
        or not (day.start < period.start <= day.start + REACH)
        or candidate.modality == "historical"
    ):
        return candidate
    return replace(candidate, period=day)


__all__ = ["dated_by_later_sentences", "told_day"]
