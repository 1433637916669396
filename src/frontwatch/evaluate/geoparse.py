"""Score geoparsing against a toponym gold file (format in docs/geoparse-format.md).

A gold toponym is *found* when a predicted toponym overlaps its span, and *resolved within N km* when
that prediction's coordinates lie within N km of the gold coordinates (or it is the same gazetteer
entry; for countries and demonyms, the same country). A prediction is correct for precision when it
overlaps a gold toponym; gold spans of kind `feature` (rivers, seas, streets) are neutral: neither
counted as missed nor held against a prediction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from frontwatch.extract.toponyms import Toponym
from frontwatch.geo.gazetteer import distance_km
from frontwatch.model import RawDocument, Rejection
from frontwatch.normalise import normalise

RADII_KM = (10.0, 161.0)
NEUTRAL_KIND = "feature"
COUNTRY_KINDS = frozenset({"country", "demonym"})


@dataclass(frozen=True)
class GoldParagraph:
    doc_id: str
    published: date | None
    text: str
    toponyms: tuple[dict[str, Any], ...]


def load_toponym_gold(path: Path) -> list[GoldParagraph]:
    """Read a toponym gold file; every span must spell its text."""
    paragraphs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        for toponym in record["toponyms"]:
            if text[toponym["start"] : toponym["end"]] != toponym["text"]:
                raise ValueError(
                    f"{path}:{number}: span {toponym['start']}-{toponym['end']} is not {toponym['text']!r}"
                )
        published = date.fromisoformat(record["published"]) if record.get("published") else None
        paragraphs.append(GoldParagraph(record["id"], published, text, tuple(record["toponyms"])))
    return paragraphs


def evaluate_geoparse(pipeline: Any, gold_file: Path) -> dict[str, Any]:
    """Geoparse every gold paragraph with the pipeline and score it."""
    from frontwatch.geoparse import geoparse_documents

    gold = load_toponym_gold(gold_file)
    documents = (
        normalise(RawDocument(g.doc_id, str(gold_file), g.text, "jsonl"), default_date=g.published)
        for g in gold
    )
    predicted: dict[str, list[Toponym]] = {}
    rejected: list[dict[str, str]] = []
    for result in geoparse_documents(pipeline, documents):
        if isinstance(result, Rejection):
            rejected.append(result.as_dict())
        else:
            predicted[result.document.doc_id] = result.toponyms
    return score_toponyms(gold, predicted, rejected)


@dataclass
class _Tally:
    gold: int = 0
    found: int = 0
    within: tuple[int, int] = (0, 0)

    def add(self, found: bool, within: tuple[bool, bool]) -> None:
        self.gold += 1
        self.found += found
        self.within = (self.within[0] + within[0], self.within[1] + within[1])

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "found": _share(self.found, self.gold),
            "within_10km": _share(self.within[0], self.gold),
            "within_161km": _share(self.within[1], self.gold),
        }


def score_toponyms(
    gold: list[GoldParagraph],
    predicted: dict[str, list[Toponym]],
    rejected: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Recall, precision and resolution distance, overall, by kind and for Ukrainian places."""
    overall, ukraine = _Tally(), _Tally()
    by_kind: defaultdict[str, _Tally] = defaultdict(_Tally)
    misses: list[dict[str, Any]] = []
    predictions = correct = 0
    for paragraph in gold:
        mine = predicted.get(paragraph.doc_id, [])
        scored = [g for g in paragraph.toponyms if g["kind"] != NEUTRAL_KIND]
        for g in scored:
            match = _match(g, mine)
            within = tuple(match is not None and _within(g, match, km) for km in RADII_KM)
            pair = (within[0], within[1])
            for tally in (overall, by_kind[g["kind"]]):
                tally.add(match is not None, pair)
            if g["kind"] == "place" and g.get("country_code") == "UA":
                ukraine.add(match is not None, pair)
            if not pair[1]:
                misses.append(_miss(paragraph.doc_id, g, match))
        for t in mine:
            if any(_overlaps(g, t) and g["kind"] == NEUTRAL_KIND for g in paragraph.toponyms):
                continue
            predictions += 1
            if any(_overlaps(g, t) for g in scored):
                correct += 1
            else:
                misses.append({"doc_id": paragraph.doc_id, "false": t.text, "start": t.start, "as": t.name})
    return {
        "paragraphs": len(gold),
        "rejected": rejected or [],
        **overall.as_dict(),
        "precision": _share(correct, predictions),
        "predicted": predictions,
        "by_kind": {kind: tally.as_dict() for kind, tally in sorted(by_kind.items())},
        "ukrainian_places": ukraine.as_dict(),
        "misses": misses,
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _overlaps(g: dict[str, Any], t: Toponym) -> bool:
    return bool(t.start < g["end"] and g["start"] < t.end)


def _match(g: dict[str, Any], predicted: list[Toponym]) -> Toponym | None:
    return next((t for t in predicted if _overlaps(g, t)), None)


def _within(g: dict[str, Any], t: Toponym, km: float) -> bool:
    if t.latitude is None or t.longitude is None:
        return False
    if g["kind"] in COUNTRY_KINDS:
        return bool(t.country_code == g["country_code"] and t.kind in COUNTRY_KINDS)
    if g.get("geonameid") is not None and t.geonameid == g["geonameid"]:
        return True
    return distance_km(g["latitude"], g["longitude"], t.latitude, t.longitude) <= km


def _miss(doc_id: str, g: dict[str, Any], t: Toponym | None) -> dict[str, Any]:
    miss: dict[str, Any] = {"doc_id": doc_id, "missed": g["text"], "start": g["start"], "kind": g["kind"]}
    if t is not None:
        miss["as"] = f"{t.name}, {t.admin1}, {t.country_code}" if t.name else "(unresolved)"
        if t.latitude is not None and t.longitude is not None:
            miss["km"] = round(distance_km(g["latitude"], g["longitude"], t.latitude, t.longitude))
    return miss


def report_lines(report: dict[str, Any], *, misses: bool = False) -> list[str]:
    """The report as text lines: overall, by kind, Ukrainian places, then (optionally) every miss."""
    lines = [
        f"paragraphs {report['paragraphs']}, gold toponyms {report['gold']}, predicted {report['predicted']}",
        f"{'':<18} {'gold':>5} {'found':>7} {'<=10km':>7} {'<=161km':>8}",
        _row("all", report),
    ]
    lines.extend(_row(kind, tally) for kind, tally in report["by_kind"].items())
    lines.append(_row("Ukrainian places", report["ukrainian_places"]))
    lines.append(f"precision (predictions on a gold toponym) {report['precision']:.3f}")
    if misses:
        lines.extend(json.dumps(m, ensure_ascii=False) for m in report["misses"])
    return lines


def _row(label: str, tally: dict[str, Any]) -> str:
    return (
        f"{label:<18} {tally['gold']:>5} {tally['found']:>7.3f} {tally['within_10km']:>7.3f} "
        f"{tally['within_161km']:>8.3f}"
    )
