"""The claims ledger of an incident: who says what happened, who agrees, who contradicts.

Every report of an incident states a *proposition*: for a territorial event, which side ends up in
control ("control:Ukraine"); for ground fighting, that there was fighting ("fighting"); for anything
else, that it happened ("happened"). Reports stating the same proposition form one claim.

A claim is contradicted by a denial of it, by a claim of control for another side, and, for a
control claim, by the losing side reporting only fighting there (Russia "repelled an attack near
Kupiansk" while Ukraine "entered Kupiansk"). Status, in the spirit of ISW's assessments:

- **disputed**: something contradicts it;
- **corroborated**: at least two independent sources (syndicated copies are one source) support it
  and at least one of them does not speak for the claiming side;
- **claimed**: otherwise (one side, or one source).

Background (historical) reports are kept in the ledger but counted only when an incident has no
other report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from frontwatch.aggregate.matching import TERRITORY, side_of_actor
from frontwatch.model import Event
from frontwatch.store.sqlite_aggregate import SourceInfo

CLAIMED, CORROBORATED, DISPUTED = "claimed", "corroborated", "disputed"
SUPPORTS = frozenset({"asserted", "claimed", "historical"})
INDEPENDENT = "independent observers"
THIRD_PARTY = "third parties"
GAINERS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


@dataclass(frozen=True)
class Report:
    """One event report inside an incident, with where it came from."""

    event: Event
    source: SourceInfo

    @property
    def story(self) -> str:
        return self.source.story_id or "s" + self.source.document_hash[:24]

    @property
    def outlet(self) -> str:
        return self.source.outlet or self.source.agency or self.source.source


def combatants(reports: Sequence[Report]) -> frozenset[str]:
    """The parties of the incident: the sides named as actor1 or actor2, and the country it happened
    in (Ukraine speaks as a party about a strike on Ukrainian civilians)."""
    sides = {side_of_actor(name) for r in reports for name in (r.event.actor1, r.event.actor2) if name}
    sides.update(r.event.country for r in reports)
    return frozenset(s for s in sides if s)


def camp(event: Event, fighting: frozenset[str]) -> str:
    """Who speaks: a fighting side by name, a third party, or an independent observer (the outlet
    itself, a monitor, an unattributed source)."""
    side = event.claimant_side
    if side and side in fighting:
        return side
    if side:
        return THIRD_PARTY
    return INDEPENDENT


def proposition(event: Event, fighting: frozenset[str]) -> str:
    if event.sub_event_type in TERRITORY:
        return f"control:{gainer(event, fighting) or 'unknown'}"
    if event.sub_event_type == "Armed clash":
        return "fighting"
    return "happened"


def gainer(event: Event, fighting: frozenset[str]) -> str | None:
    """The side in control after a territorial event: the taker of a capture, the other side of a
    withdrawal (actor2, or the only other fighting side)."""
    first = side_of_actor(event.actor1) if event.actor1 else None
    if event.sub_event_type in GAINERS:
        return first
    second = side_of_actor(event.actor2) if event.actor2 else None
    if second:
        return second
    others = sorted(fighting - {first}) if first else []
    return others[0] if len(others) == 1 else None


def counted(reports: Sequence[Report]) -> list[Report]:
    """The reports that count: background reports only when there is nothing else."""
    current = [r for r in reports if r.event.modality != "historical"]
    return current or list(reports)


def _contradicts(prop: str, other: str, speaker: str) -> bool:
    """Whether a report of `other` by `speaker` contradicts the proposition `prop`."""
    if prop.startswith("control:") and other.startswith("control:"):
        return prop != other and "control:unknown" not in (prop, other)
    if prop.startswith("control:") and other == "fighting":
        winner = prop.split(":", 1)[1]
        return speaker not in (winner, INDEPENDENT, THIRD_PARTY, "unknown")
    return False


def ledger(reports: Sequence[Report]) -> list[dict[str, Any]]:
    """The claims of an incident, strongest first, each with its status, sides and reports."""
    fighting = combatants(reports)
    pool = counted(reports)
    rows = [(r, proposition(r.event, fighting), camp(r.event, fighting)) for r in pool]
    claims = [_claim(prop, rows) for prop in sorted({p for _, p, _ in rows})]
    claims.sort(key=lambda c: (-c["independent_sources"], c["proposition"]))
    return claims


def _claim(prop: str, rows: Sequence[tuple[Report, str, str]]) -> dict[str, Any]:
    support = [(r, c) for r, p, c in rows if p == prop and r.event.modality in SUPPORTS]
    against = [
        (r, c)
        for r, p, c in rows
        if (p == prop and r.event.modality == "denied") or (p != prop and _contradicts(prop, p, c))
    ]
    stories = {r.story for r, _ in support}
    speakers: dict[str, int] = {}
    for _, speaker in support:
        speakers[speaker] = speakers.get(speaker, 0) + 1
    claiming = min(speakers, key=lambda c: (-speakers[c], c)) if speakers else None
    others = any(c != claiming or c == INDEPENDENT for _, c in support)
    status = DISPUTED if against else CORROBORATED if len(stories) >= 2 and others else CLAIMED
    return {
        "proposition": prop,
        "status": status,
        "claimed_by": claiming,
        "sides": dict(sorted(speakers.items())),
        "sources": len({r.source.document_hash for r, _ in support}),
        "independent_sources": len(stories),
        "supporting": [_report(r, c) for r, c in support],
        "contradicting": [_report(r, c) for r, c in against],
    }


def _report(report: Report, speaker: str) -> dict[str, Any]:
    e = report.event
    return {
        "event_id": e.event_id,
        "document_hash": e.document_hash,
        "story_id": report.story,
        "outlet": report.outlet,
        "source": report.source.source,
        "published": report.source.published,
        "claimant": e.claimant,
        "claimant_actor": e.claimant_actor,
        "claimant_side": e.claimant_side,
        "camp": speaker,
        "modality": e.modality,
        "sub_event_type": e.sub_event_type,
        "evidence": e.evidence,
    }


def incident_status(claims: Sequence[dict[str, Any]]) -> str:
    """The status of the incident's main claim; an incident with any disputed claim is disputed."""
    if not claims:
        return CLAIMED
    if any(c["status"] == DISPUTED for c in claims):
        return DISPUTED
    return str(claims[0]["status"])


def controller(claims: Sequence[dict[str, Any]]) -> str | None:
    """Who holds the place after the incident: the side of the main control claim, "contested"
    when control is disputed or only fighting is reported, None for other incidents."""
    props = [c["proposition"] for c in claims]
    control = [c for c in claims if c["proposition"].startswith("control:")]
    if control:
        main = control[0]
        side = main["proposition"].split(":", 1)[1]
        return "contested" if main["status"] == DISPUTED or side == "unknown" else side
    return "contested" if "fighting" in props else None
