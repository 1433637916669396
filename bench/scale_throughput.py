"""Documents per second, per core and in total, for each engine; peak resident size per worker;
and the hardware a given daily volume would need.

Usage: .venv/bin/python bench/scale_throughput.py [--documents 300] [--per-document 12]

Measures, on the same synthetic documents (bench/scale_corpus.py): bare spaCy `nlp.pipe`; the full
pipeline in this process (`--engine local`); a process pool of 2; a Dask LocalCluster with 1 and
with 2 workers. Start-up (spawning workers, loading the model) is timed apart from coding. Single
process figures are CPU time (per core); pool and Dask figures are wall time over the run, divided
by the number of workers for the per-core figure. The machine's load average is printed before and
after: on a shared machine, parallel speed-ups are only meaningful when it is quiet.
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
    name: str, start: Callable[[], Any], workers: int, texts: list[str], peaks: Callable[[Any], list[float]]
) -> dict[str, float]:
    started = time.perf_counter()
    engine = start()
    startup = time.perf_counter() - started
    try:
        list(engine.code(raw(texts[: 2 * workers])))  # every worker warm
        wall = time.perf_counter()
        count = sum(1 for _ in engine.code(raw(texts)))
        wall = time.perf_counter() - wall
        worker_peaks = peaks(engine)
    finally:
        engine.close()
    rate = count / wall
    print(f"  {name}: {rate:.1f} docs/s, start-up {startup:.1f} s", file=sys.stderr)
    return {
        "workers": workers,
        "startup_s": startup,
        "docs_per_s": rate,
        "docs_per_s_per_core": rate / workers,
        "peak_rss_mb_per_worker": max(worker_peaks),
    }


def pool_peaks(engine: PoolEngine) -> list[float]:
    """VmHWM (peak resident size) of each pool worker, from /proc."""
    peaks = []
    for pid in engine.worker_pids():
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return peaks


def _own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dask_peaks(engine: DaskEngine) -> list[float]:
    return list(engine.client.run(_own_peak_mb).values())


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
    args = parser.parse_args()
    texts = list(documents(args.documents, per_document=args.per_document))
    chars = sum(map(len, texts)) / len(texts)
    report: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "load_before": load(),
        "documents": len(texts),
        "mean_chars": round(chars),
    }
    report["bare_spacy_docs_per_s_per_core"] = bare_spacy(texts)
    report["local"] = local(texts)
    report["pool_2"] = parallel("pool 2", lambda: PoolEngine(2), 2, texts, pool_peaks)
    report["dask_1"] = parallel("dask 1", lambda: DaskEngine(workers=1), 1, texts, dask_peaks)
    report["dask_2"] = parallel("dask 2", lambda: DaskEngine(workers=2), 2, texts, dask_peaks)
    report["dask_speedup_2_over_1"] = report["dask_2"]["docs_per_s"] / report["dask_1"]["docs_per_s"]
    report["projection_1M_per_day"] = projection(report["local"]["docs_per_s_per_core"], chars)
    report["load_after"] = load()
    print(json.dumps(rounded(report), indent=2))
    print(
        f"bare spaCy {report['bare_spacy_docs_per_s_per_core']:.1f} docs/s/core | "
        f"local {report['local']['docs_per_s_per_core']:.1f} docs/s/core | "
        f"pool 2 {report['pool_2']['docs_per_s']:.1f} docs/s | "
        f"dask 1 {report['dask_1']['docs_per_s']:.1f}, dask 2 {report['dask_2']['docs_per_s']:.1f} docs/s "
        f"(x{report['dask_speedup_2_over_1']:.2f}) | load {report['load_before']} -> {report['load_after']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
