"""Territorial control against VIINA (first month of the 2022 invasion).

Builds a corpus from the ACLED development notes dated up to the end of VIINA's window (each note
is one short document, published on its event date, with ACLED's source as the outlet), codes it
with the real pipeline into a temporary database, aggregates, and computes control at every VIINA
day. For places in both (matched by GeoNames id) and days where frontwatch knows a state, it prints
the agreement, a confusion table, a trivial baseline, and examples of what drives disagreements.
Reads ../shared/eval-sources (never copied into the repository).

    .venv/bin/python bench/control_viina.py [--last-day 2022-03-25]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from frontwatch.aggregate import tables_of, update
from frontwatch.aggregate.control import ControlEntry, state_on, timelines
from frontwatch.runner import Coded, Pipeline
from frontwatch.store.sqlite import SqliteStore

SOURCES = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-sources"
ACLED = SOURCES / "acled_ukraine_2022_dev.csv"
VIINA = SOURCES / "viina_control_2022-02-27_2022-03-25_gooyh789.csv"
STATES = {"RU": "Russia", "UA": "Ukraine", "CONTESTED": "contested"}
EXAMPLES = 12


def write_corpus(folder: Path, last_day: str) -> Path:
    path = folder / "acled_notes.jsonl"
    with ACLED.open(encoding="utf-8", newline="") as rows, path.open("w", encoding="utf-8") as out:
        for row in csv.DictReader(rows):
            if row["event_date"] <= last_day:
                record = {
                    "id": row["event_id_cnty"],
                    "text": row["notes"],
                    "published": row["event_date"],
                    "source": row["source"],
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def read_viina() -> tuple[list[str], dict[int, dict[str, str]], dict[int, str]]:
    """Days (ISO), state per place per day, and place names."""
    with VIINA.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        days = [f for f in fields if f.isdigit() and len(f) == 8]
        states: dict[int, dict[str, str]] = {}
        names: dict[int, str] = {}
        for row in reader:
            gid = int(float(row["geonameid"]))
            names[gid] = row["city"]
            states[gid] = {f"{d[:4]}-{d[4:6]}-{d[6:]}": STATES.get(row[d], row[d]) for d in days}
    return [f"{d[:4]}-{d[4:6]}-{d[6:]}" for d in days], states, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--last-day", default="2022-03-25")
    args = parser.parse_args()
    if not (ACLED.is_file() and VIINA.is_file()):
        sys.exit(f"evaluation data not found under {SOURCES}")
    days, viina, names = read_viina()
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(Path(folder), args.last_day)
        started = time.perf_counter()
        pipeline = Pipeline.load()
        with SqliteStore(Path(folder) / "viina.db") as store:
            for result in pipeline.run([corpus]):
                if isinstance(result, Coded):
                    store.save_document(result.document, result.events)
            coded = time.perf_counter() - started
            done = update(store)
            print(
                f"coded {store.documents_count():,} notes, {store.events_count():,} events in {coded:.0f} s; "
                f"{done.incidents:,} incidents"
            )
            places = timelines(tables_of(store))
    report(days, viina, names, places)


def report(
    days: list[str],
    viina: dict[int, dict[str, str]],
    names: dict[int, str],
    places: dict[int, list[ControlEntry]],
) -> None:
    both = sorted(set(places) & set(viina))
    print(
        f"places with a control timeline: {len(places):,}; VIINA places: {len(viina):,}; "
        f"in both: {len(both):,}"
    )
    confusion: Counter[tuple[str, str]] = Counter()
    by_status: Counter[tuple[str, bool]] = Counter()
    baseline = contested = 0
    examples: list[str] = []
    for gid in both:
        for day in days:
            ours = state_on(places[gid], day)
            if ours is None:
                continue
            theirs = viina[gid][day]
            confusion[(ours.state, theirs)] += 1
            by_status[(ours.status, ours.state == theirs)] += 1
            baseline += theirs == "Ukraine"
            contested += theirs == "contested"
            if ours.state != theirs and len(examples) < EXAMPLES and day == days[-1]:
                examples.append(
                    f"  {names[gid]} {day}: ours {ours.state} ({ours.status}, {ours.date}) vs VIINA "
                    f"{theirs}: {ours.evidence[:110]}"
                )
    total = sum(confusion.values())
    agree = sum(n for (a, b), n in confusion.items() if a == b)
    print(
        f"compared place-days: {total:,}; agreement {agree / max(1, total):.3f}; "
        f"baseline 'everything Ukraine' {baseline / max(1, total):.3f}"
    )
    print(f"baseline 'everything contested' {contested / max(1, total):.3f}")
    for status in sorted({s for s, _ in by_status}):
        right, wrong = by_status[(status, True)], by_status[(status, False)]
        print(
            f"  status {status:<12} agreement {right / max(1, right + wrong):.3f} "
            f"over {right + wrong:,} place-days"
        )
    print("ours -> VIINA counts:")
    for (a, b), n in sorted(confusion.items(), key=lambda kv: -kv[1]):
        print(f"  {n:>6}  {a:<10} -> {b}")
    print("disagreements on the last day (examples):")
    print("\n".join(examples) if examples else "  none")


if __name__ == "__main__":
    main()
