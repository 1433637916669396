"""Build gold.jsonl from paragraphs.txt: strip the [[name|kind|where]] marks, record each toponym's
code-point offsets, and attach the gazetteer id of the entry the mark means (the entry of that name
nearest the written coordinates; none when the gazetteer lacks the place).

Run from the repository root: .venv/bin/python examples/geoparse/build_gold.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from frontwatch.geo import Gazetteer, distance_km, open_gazetteer

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([^|\]]+)\|([pacdn])\|([^\]]*)\]\]")
KINDS = {"p": "place", "a": "admin area", "c": "country", "d": "demonym", "n": "feature"}
MATCH_KM = {"p": 30.0, "a": 250.0}


def parse_line(line: str, gazetteer: Gazetteer) -> dict[str, Any]:
    doc_id, published, marked = (part.strip() for part in line.split("|", 2))
    text_parts: list[str] = []
    toponyms: list[dict[str, Any]] = []
    position = 0
    length = 0
    for mark in MARK.finditer(marked):
        before = marked[position : mark.start()]
        text_parts.append(before)
        length += len(before)
        name, code, where = mark.groups()
        toponyms.append(
            {"start": length, "end": length + len(name), "text": name, **_entry(gazetteer, name, code, where)}
        )
        text_parts.append(name)
        length += len(name)
        position = mark.end()
    text_parts.append(marked[position:])
    return {"id": doc_id, "published": published, "text": "".join(text_parts), "toponyms": toponyms}


def _entry(gazetteer: Gazetteer, name: str, code: str, where: str) -> dict[str, Any]:
    kind = KINDS[code]
    if code == "n":
        return {"kind": kind, "geonameid": None, "latitude": None, "longitude": None, "country_code": None}
    if code in ("c", "d"):
        country = gazetteer.country(where)
        assert country is not None, where
        return {
            "kind": kind,
            "geonameid": country.geonameid,
            "latitude": country.latitude,
            "longitude": country.longitude,
            "country_code": country.country_code,
        }
    lat, lon = (float(v) for v in where.split(","))
    wanted_class = "P" if code == "p" else "A"
    near = [
        (distance_km(lat, lon, p.latitude, p.longitude), p)
        for query in (name, f"{name} region")
        for p in gazetteer.candidates(query)
        if p.feature_class == wanted_class and p.feature_code != "PCLI"
    ]
    near = [(d, p) for d, p in near if d <= MATCH_KM[code]]
    best = min(near, key=lambda item: item[0])[1] if near else None
    country_code = best.country_code if best is not None else None
    if best is None:
        print(f"not in the gazetteer: {name} ({kind}, {lat}, {lon})")
        around = gazetteer.near(lat, lon, 30.0)
        country_code = around[0].country_code if around else None
    return {
        "kind": kind,
        "geonameid": best.geonameid if best is not None else None,
        "latitude": lat,
        "longitude": lon,
        "country_code": country_code,
    }


def main() -> None:
    gazetteer = open_gazetteer()
    lines = (HERE / "paragraphs.txt").read_text(encoding="utf-8").splitlines()
    records = [parse_line(line, gazetteer) for line in lines if line.strip() and not line.startswith("#")]
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    total = sum(len(r["toponyms"]) for r in records)
    print(f"{len(records)} paragraphs, {total} toponyms")


if __name__ == "__main__":
    main()
