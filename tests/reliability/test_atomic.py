"""SIGKILL an export mid-write, many times: the target is always the old complete file or the new
complete one, never a half file, and a run that completes leaves no temporary file behind.

Two levels: the export writers themselves on a large event list (the old and new files are known
byte for byte), and every command that writes a file (`export` at event and incident level,
`incidents`, `control`, `review export`), run in a forked child through `frontwatch.cli.main`."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from frontwatch.cli import main as cli_main
from frontwatch.export import write_acled_csv, write_geojson, write_jsonl
from frontwatch.model import Event
from frontwatch.runner import Pipeline
from frontwatch.store.reviewed import open_reviewed_store

from .crash_harness import fork_child, ingest, kill_child, local_engine, wait_child, write_corpus

KILLS_PER_WRITER = 20
KILLS_PER_COMMAND = 5
EVENTS = 2000
STAMP = 1_700_000_000


def _factories() -> ModuleType:
    """The store tests' record builders (loaded by path, under the name tests/export uses)."""
    name = "frontwatch_store_test_factories"
    if name not in sys.modules:
        path = Path(__file__).parents[1] / "store" / "factories.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@lru_cache(maxsize=2)
def _events(fatalities: int) -> list[Event]:
    """Built once in this process, so forked children spend their time writing."""
    factories = _factories()
    doc = factories.make_document()
    return [factories.make_event(doc, i, fatalities=fatalities) for i in range(EVENTS)]


Writer = Callable[[list[Event], Path], object]
WRITERS: dict[str, Writer] = {
    "jsonl": lambda events, path: write_jsonl(events, path),
    "geojson": lambda events, path: write_geojson(events, path),
    "acled-csv": lambda events, path: write_acled_csv(events, path, timestamp=STAMP),
}


@dataclass
class Outcome:
    kills: int = 0
    finished: int = 0


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _kill_while_writing(work: Callable[[], None], seconds: float, rng: random.Random) -> bool:
    pid = fork_child(work)
    time.sleep(rng.uniform(0, seconds))
    return kill_child(pid)[0]


def _timed(work: Callable[[], None]) -> float:
    """How long an uninterrupted forked run of `work` takes (it must succeed)."""
    started = time.monotonic()
    assert wait_child(fork_child(work)) == (False, 0)
    return time.monotonic() - started


def _seed() -> int:
    seed = int(os.environ.get("FRONTWATCH_CRASH_SEED") or random.randrange(2**32))
    print(f"\nexport kill seed {seed} (FRONTWATCH_CRASH_SEED={seed} reproduces this run)")
    return seed


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_a_killed_writer_leaves_the_old_or_the_new_file(fmt: str, tmp_path: Path) -> None:
    write = WRITERS[fmt]
    versions = []
    for n, fatalities in enumerate((1, 2)):
        write(_events(fatalities), tmp_path / f"v{n}")
        versions.append((tmp_path / f"v{n}").read_bytes())
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"events.{fmt}"
    seed = _seed()
    rng = random.Random(seed)
    seconds = _timed(lambda: write(_events(1), folder / "timing"))
    (folder / "timing").unlink()
    outcome = Outcome()
    target.write_bytes(versions[0])
    while outcome.kills < KILLS_PER_WRITER:
        assert outcome.kills + outcome.finished < 4 * KILLS_PER_WRITER, f"seed {seed}: kills keep missing"
        old = target.read_bytes()
        new = versions[1 - versions.index(old)]
        events = _events(2 if new == versions[1] else 1)
        killed = _kill_while_writing(lambda: write(events, target), seconds, rng)  # noqa: B023 (called now)
        assert target.read_bytes() in (old, new), f"seed {seed}: a half-written {fmt} file"
        outcome.kills += killed
        outcome.finished += not killed
    print(f"{fmt}: {outcome.kills} kills, {len(_temp_files(folder))} temporary files left by them")
    write(_events(1), target)
    assert target.read_bytes() == versions[0]
    assert [p.name for p in folder.iterdir()] == [target.name], "a completed export leaves one file"


# ------------------------------------------------------------------------------ the commands


@dataclass(frozen=True)
class Command:
    """A command that writes `--out`, and how to tell a complete file of its format."""

    args: tuple[str, ...]
    fmt: str


COMMANDS = {
    "export-acled-csv": Command(("export", "--format", "acled-csv"), "csv"),
    "export-geojson": Command(("export", "--format", "geojson"), "geojson"),
    "export-jsonl": Command(("export", "--format", "jsonl"), "jsonl"),
    "export-incidents-csv": Command(("export", "--level", "incident", "--format", "acled-csv"), "csv"),
    "export-incidents-geojson": Command(("export", "--level", "incident", "--format", "geojson"), "geojson"),
    "incidents-csv": Command(("incidents", "--format", "acled-csv"), "csv"),
    "incidents-geojson": Command(("incidents", "--format", "geojson"), "geojson"),
    "incidents-json": Command(("incidents", "--format", "json"), "jsonl"),
    "control-geojson": Command(("control", "--date", "2024-06-30", "--format", "geojson"), "geojson"),
    "control-json": Command(("control", "--date", "2024-06-30", "--format", "json"), "jsonl"),
    "review-export": Command(("review", "export", "--partial"), "jsonl"),
}


def comparable(text: str, fmt: str) -> Any:
    """A file's content without what changes from one export to the next (the CSV timestamp)."""
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        stamp = rows[0].index("timestamp")
        return [row[:stamp] + row[stamp + 1 :] for row in rows]
    if fmt == "geojson":
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def coded_db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of the short corpus, with one reviewed event (for `review export`)."""
    folder = tmp_path_factory.mktemp("atomic-db")
    db = folder / "coded.db"
    with open_reviewed_store(str(db)) as store:
        ingest(store, write_corpus(folder / "inputs"), local_engine(pipeline))
        event = next(iter(store.events()))
    from frontwatch.store.review_model import ReviewRequest

    with open_reviewed_store(str(db)) as store:
        store.review_event(event.event_id, ReviewRequest.parse("accept", {}), "analyst")
    return db


def _run(command: Command, db: Path, out: Path) -> Callable[[], None]:
    def work() -> None:
        code = cli_main([*command.args, "--db", str(db), "--out", str(out)])
        if code != 0:
            raise SystemExit(code)

    return work


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_killed_command_leaves_the_old_or_a_complete_file(
    name: str, coded_db: Path, tmp_path: Path
) -> None:
    command = COMMANDS[name]
    complete = tmp_path / "complete"
    _run(command, coded_db, complete)()  # here first: children then find everything imported
    seconds = _timed(_run(command, coded_db, complete))
    expected = comparable(complete.read_text(encoding="utf-8"), command.fmt)
    assert expected, f"{name} wrote nothing to compare"
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "target"
    old = "an older export\n"
    target.write_text(old, encoding="utf-8")
    rng = random.Random(_seed())
    kills = tries = 0
    while kills < KILLS_PER_COMMAND and tries < 6 * KILLS_PER_COMMAND:
        tries += 1
        kills += _kill_while_writing(_run(command, coded_db, target), seconds, rng)
        text = target.read_text(encoding="utf-8")
        assert text == old or comparable(text, command.fmt) == expected, f"{name}: a half-written file"
        if text != old:
            target.write_text(old, encoding="utf-8")
    assert kills >= 1, f"{name}: no kill landed in {tries} tries"
    assert wait_child(fork_child(_run(command, coded_db, target))) == (False, 0)
    assert comparable(target.read_text(encoding="utf-8"), command.fmt) == expected
    assert [p.name for p in folder.iterdir()] == ["target"], "a completed export leaves one file"


def test_a_completed_export_removes_only_the_temporaries_of_dead_exports(tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = fork_child(lambda: None)
        wait_child(dead)
        names = {
            "dead": f".events.jsonl.{dead}.abcd1234.tmp",
            "running": f".events.jsonl.{sleeper.pid}.abcd1234.tmp",
            "other target": f".events.jsonl.old.{dead}.abcd1234.tmp",
            "not ours": f".events.jsonl.{dead}.notes.tmp",
        }
        for name in names.values():
            (tmp_path / name).write_text("partial")
        write_jsonl(_events(1)[:3], target)
        left = {p.name for p in tmp_path.iterdir()}
    finally:
        sleeper.kill()
        sleeper.wait()
    assert left == {"events.jsonl", *(n for k, n in names.items() if k != "dead")}
