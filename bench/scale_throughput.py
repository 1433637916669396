"""Documents per second, per core and in total, for each engine; peak resident size per worker;
and the hardware a given daily volume would need.

Usage: .venv/bin/python bench/scale_throughput.py [--documents 300] [--per-document 12]
       [--engines local pool dask]

Measures, on the same synthetic documents (bench/scale_corpus.py): bare spaCy `nlp.pipe`; the full
pipeline in this process (`--engine local`); a process pool of 2; a Dask LocalCluster with 1 and
with 2 workers. Start-up (spawning workers, loading the model) is timed apart from coding.
Single-process figures are CPU time (per core). Pool and Dask give two figures: documents per
second of wall time (the speed-up, only meaningful on a quiet machine) and documents per CPU second
of their workers, read from /proc (the per-core figure, which a busy machine does not distort).
The machine's load average is printed before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frontwatch.extract.nlp import load_nlp
from frontwatch.model import RawDocument
from frontwatch.runner.dask_engine import DaskEngine
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.pool import PoolEngine
from scale_corpus import documents

SECONDS_PER_DAY = 86_400


def raw(texts: list[str]) -> list[RawDocument]:
    return [
        RawDocument(f"doc-{n}", "bench", text, "text", published="2024-03-05") for n, text in enumerate(texts)
    ]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def bare_spacy(texts: list[str]) -> float:
    nlp = load_nlp()
    list(nlp.pipe(texts[:4]))
    started = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return len(texts) / (time.process_time() - started)


def local(texts: list[str]) -> dict[str, float]:
    engine = LocalEngine()
    list(engine.code(raw(texts[:4])))
    cpu, wall = time.process_time(), time.perf_counter()
    count = sum(1 for _ in engine.code(raw(texts)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs_per_s": count / wall, "docs_per_s_per_core": count / cpu, "peak_rss_mb": peak_mb}


def parallel(
    name: str,
    start: Callable[[], Any],
    workers: int,
    texts: list[str],
    probe: Callable[[Any], list[tuple[float, float]]],
) -> dict[str, float]:
    """Wall-time rate of an engine, and its rate per CPU second of its workers (the per-core figure
    that a busy machine does not distort)."""
    started = time.perf_counter()
    engine = start()
    startup = time.perf_counter() - started
    try:
        list(engine.code(raw(texts[: 2 * workers])))  # every worker warm
        cpu_before = sum(cpu for cpu, _ in probe(engine))
        wall = time.perf_counter()
        count = sum(1 for _ in engine.code(raw(texts)))
        wall = time.perf_counter() - wall
        after = probe(engine)
    finally:
        engine.close()
    rate = count / wall
    per_cpu = count / (sum(cpu for cpu, _ in after) - cpu_before)
    print(
        f"  {name}: {rate:.1f} docs/s, {per_cpu:.1f} docs per worker CPU s, start-up {startup:.1f} s",
        file=sys.stderr,
    )
    return {
        "workers": workers,
        "startup_s": startup,
        "docs_per_s": rate,
        "docs_per_s_per_core": per_cpu,
        "peak_rss_mb_per_worker": max(peak for _, peak in after),
    }


def process_probe(pid: int | None = None) -> tuple[float, float]:
    """(CPU seconds, peak resident MB) of a process, from /proc (this one when pid is None)."""
    where = f"/proc/{pid or 'self'}"
    fields = Path(f"{where}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    peak = next(
        int(line.split()[1]) / 1024
        for line in Path(f"{where}/status").read_text().splitlines()
        if line.startswith("VmHWM:")
    )
    return cpu, peak


def pool_probe(engine: PoolEngine) -> list[tuple[float, float]]:
    return [process_probe(pid) for pid in engine.worker_pids()]


def dask_probe(engine: DaskEngine) -> list[tuple[float, float]]:
    return list(engine.client.run(process_probe).values())


def projection(per_core: float, chars: float, articles_per_day: int = 1_000_000) -> dict[str, float]:
    """Cores for a daily volume, assuming coding time grows with length (news ~4,000 characters),
    a peak hour at three times the mean rate, and cores kept 70 % busy."""
    news_chars, peak_factor, utilisation = 4000.0, 3.0, 0.7
    news_per_core = per_core * chars / news_chars
    mean_rate = articles_per_day / SECONDS_PER_DAY
    return {
        "news_docs_per_s_per_core": news_per_core,
        "mean_docs_per_s": mean_rate,
        "cores_mean": mean_rate / news_per_core / utilisation,
        "cores_peak": mean_rate * peak_factor / news_per_core / utilisation,
    }


def rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    return value


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--per-document", type=int, default=12, help="sentences per synthetic document")
    parser.add_argument(
        "--engines", nargs="+", choices=("local", "pool", "dask"), default=["local", "pool", "dask"]
    )
    args = parser.parse_args()
    texts = list(documents(args.documents, per_document=args.per_document))
    chars = sum(map(len, texts)) / len(texts)
    report: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "load_before": load(),
        "documents": len(texts),
        "mean_chars": round(chars),
    }
    if "local" in args.engines:
        report["bare_spacy_docs_per_s_per_core"] = bare_spacy(texts)
        report["local"] = local(texts)
        report["projection_1M_per_day"] = projection(report["local"]["docs_per_s_per_core"], chars)
    if "pool" in args.engines:
        report["pool_2"] = parallel("pool 2", lambda: PoolEngine(2), 2, texts, pool_probe)
    if "dask" in args.engines:
        report["dask_1"] = parallel("dask 1", lambda: DaskEngine(workers=1), 1, texts, dask_probe)
        report["dask_2"] = parallel("dask 2", lambda: DaskEngine(workers=2), 2, texts, dask_probe)
        report["dask_speedup_2_over_1"] = report["dask_2"]["docs_per_s"] / report["dask_1"]["docs_per_s"]
        # per-core efficiency of 2 workers against 1: on two idle cores the speed-up would be twice this
        report["dask_efficiency_2_over_1"] = (
            report["dask_2"]["docs_per_s_per_core"] / report["dask_1"]["docs_per_s_per_core"]
        )
    report["load_after"] = load()
    print(json.dumps(rounded(report), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
