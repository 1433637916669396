"""The hostile-input catalogue, replayed: each case in a child process bounded in memory, with its
outcome, codes, time and memory growth, then the totals; and the worst time any ingest, normalise
or extract regular expression takes on inputs shaped to make it backtrack.

Usage: .venv/bin/python bench/hostile_corpus.py [--no-regex]
The cases are those of tests/reliability/hostile_cases.py; inputs are generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from reliability.hostile_cases import CASES, replay, warm_up  # noqa: E402

REGEX_INPUT_CHARS = 20_000
ADVERSARIAL = (
    "a'",
    "A ",
    "Aa ",
    "a ",
    "1,",
    "1,000",
    "a.",
    "a",
    "a-",
    "two a ",
    "( ",
    "By Aa ",
    "word ",
    "KYIV ",
)


def replay_all() -> bool:
    warm_up()
    print(f"{'case':28} {'row':10} {'expected':9} {'got':9} {'codes':18} {'s':>6} {'MB':>5}")
    tally = {"rejected": 0, "degraded": 0, "accepted": 0}
    failures = 0
    for case in CASES:
        with tempfile.TemporaryDirectory() as folder:
            result = replay(case, Path(folder))
        ok = (
            not result.error
            and result.outcome == case.outcome
            and result.codes == case.codes
            and result.seconds <= case.seconds
            and result.grown_mb <= case.megabytes
            and not result.leaked
        )
        failures += not ok
        tally[result.outcome] += 1
        codes = ",".join(sorted(result.codes)) or "-"
        mark = "" if ok else f"  FAIL {result.error}"
        print(
            f"{case.name:28} {case.row:10} {case.outcome:9} {result.outcome:9} {codes:18} "
            f"{result.seconds:6.2f} {result.grown_mb:5.0f}{mark}"
        )
    print(
        f"\nhostile inputs tried: {len(CASES)}; rejected {tally['rejected']}, degraded {tally['degraded']}, "
        f"accepted {tally['accepted']}; failures: {failures}"
    )
    return failures == 0


def regex_audit() -> None:
    """Every compiled pattern of ingest, normalise and extract against each adversarial input."""
    import frontwatch.extract
    import frontwatch.ingest
    import frontwatch.normalise

    patterns: list[tuple[str, re.Pattern[str]]] = []
    for package in (frontwatch.ingest, frontwatch.normalise, frontwatch.extract):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    patterns.append((f"{module.__name__}.{name}", value))
    worst = (0.0, "", "")
    for label, pattern in patterns:
        for unit in ADVERSARIAL:
            text = unit * (REGEX_INPUT_CHARS // len(unit))
            started = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            elapsed = time.perf_counter() - started
            worst = max(worst, (elapsed, label, unit))
    print(
        f"regex audit: {len(patterns)} patterns x {len(ADVERSARIAL)} inputs of {REGEX_INPUT_CHARS} chars; "
        f"slowest {worst[0]:.3f} s ({worst[1]} on {worst[2]!r} repeated)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-regex", action="store_true", help="skip the regular-expression audit")
    args = parser.parse_args()
    ok = replay_all()
    if not args.no_regex:
        regex_audit()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
