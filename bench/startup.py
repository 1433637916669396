"""Start-up time of the command line: wall-clock seconds of whole `frontwatch` processes, median of N.

Usage: .venv/bin/python bench/startup.py [--repeat N] [--against SRC_DIR]
`--against` times a second source tree (a `src` folder of another checkout, put first on PYTHONPATH)
in the same rounds, so both columns see the same machine load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "examples" / "stories" / "2022-09-10-kupiansk.txt"


def commands(db: Path) -> dict[str, list[str]]:
    """What a user runs many times a day, lightest first (run as the `frontwatch` script runs them)."""
    cli = [sys.executable, "-c", "import sys; from frontwatch.cli import main; sys.exit(main())"]
    return {
        "import frontwatch.cli": [sys.executable, "-c", "import frontwatch.cli"],
        "frontwatch --help": [*cli, "--help"],
        "frontwatch summary --help": [*cli, "summary", "--help"],
        "frontwatch events (empty db)": [*cli, "events", "--db", str(db)],
        "frontwatch extract (one story)": [*cli, "extract", str(STORY), "--format", "jsonl"],
    }


def seconds(argv: list[str], src: Path | None) -> float:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH", "")]))
    started = time.perf_counter()
    subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--against", type=Path, default=None, metavar="SRC_DIR")
    args = parser.parse_args()
    trees: list[Path | None] = [None] if args.against is None else [None, args.against.resolve()]
    with tempfile.TemporaryDirectory() as tmp:
        for label, argv in commands(Path(tmp) / "empty.db").items():
            times: list[list[float]] = [[] for _ in trees]
            for _ in range(args.repeat):
                for i, tree in enumerate(trees):  # alternate, so a burst of load hits both
                    times[i].append(seconds(argv, tree))
            cells = "  ".join(f"{statistics.median(t):6.2f} s" for t in times)
            print(f"{label:<32} {cells}", flush=True)
    other = "" if args.against is None else f", {args.against}"
    print(f"median of {args.repeat}; columns: this tree{other}")


if __name__ == "__main__":
    main()
