"""Made-up labelled sentences for training tests: four sub-event types, each told with its own verbs,
with places, sides and times drawn at random so no two sentences are the same."""

from __future__ import annotations

import csv
import random
from pathlib import Path

PLACES = ["Northbridge", "Eastfield", "Valeport", "Greystone", "Lowmarsh", "Hillcrest", "Riverton", "Oakham"]
SIDES = ["government", "rebel", "militia", "border guard", "separatist"]
TIMES = ["on Monday", "overnight", "early on Friday", "late on Sunday", "at dawn", "this week"]

TEMPLATES: dict[str, list[str]] = {
    "Shelling/artillery/missile attack": [
        "{side} artillery shelled {place} {time}, damaging several houses.",
        "Rockets fired by {side} forces struck {place} {time}.",
        "{place} came under heavy shelling {time}, officials said.",
        "A missile hit an industrial site in {place} {time}.",
    ],
    "Armed clash": [
        "{side} fighters clashed with troops near {place} {time}.",
        "Fighting broke out between {side} units and the army outside {place} {time}.",
        "Troops exchanged gunfire with {side} fighters in {place} {time}.",
        "Heavy fighting was reported around {place} {time} as {side} units attacked.",
    ],
    "Peaceful protest": [
        "Hundreds of residents rallied in {place} {time} to demand higher wages.",
        "Demonstrators marched peacefully through {place} {time} carrying banners.",
        "Teachers held a protest outside the town hall in {place} {time}.",
        "Students gathered in the main square of {place} {time} calling for reform.",
    ],
    "Arrests": [
        "Police detained four {side} activists in {place} {time}.",
        "Security services arrested a local official in {place} {time}.",
        "Officers took three men into custody in {place} {time} on charges of sabotage.",
        "A journalist was arrested by police in {place} {time}.",
    ],
}


def sentences(per_class: int = 40, seed: int = 7) -> list[tuple[str, str]]:
    """(text, label) pairs, `per_class` of each label, in a fixed shuffled order."""
    rng = random.Random(seed)
    rows = []
    for label, templates in TEMPLATES.items():
        for n in range(per_class):
            template = templates[n % len(templates)]
            text = template.format(side=rng.choice(SIDES), place=rng.choice(PLACES), time=rng.choice(TIMES))
            rows.append((text[0].upper() + text[1:], label))
    rng.shuffle(rows)
    return rows


def write_acled_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    """The rows as a minimal ACLED-style export (the columns the reader requires, and an id)."""
    from frontwatch.extract.taxonomy import SUB_EVENT_TYPES

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_id_cnty", "event_type", "sub_event_type", "notes"])
        for n, (text, label) in enumerate(rows):
            writer.writerow([f"TST{n:04d}", SUB_EVENT_TYPES[label], label, text])
    return path
