"""Documents per second, per core and in total, for each engine, against the machine's own ceiling
for two processes; where the CPU time goes; peak resident size per worker.

Usage: .venv/bin/python bench/scale_throughput.py [--documents 200] [--repeat 3]
       [--sections control engines] [--engines local pool dask] [--no-store] [--wait-for-load 1.0]

On the same synthetic documents (bench/scale_corpus.py):

- control: bare spaCy `nlp.pipe`, then the full local pipeline, in one process and in two
  independent processes started together (each codes every document). Two processes' combined
  rate over one process's is what this machine allows any two-worker engine: its scaling ceiling.
- engines: bare spaCy and the full pipeline in this process (CPU time per core); a process pool of
  2; a Dask LocalCluster with 1 and with 2 workers. Each parallel engine reads the documents from a
  JSON Lines file and writes every result into a fresh SQLite store through the one writer, as
  `ingest` does (`--no-store` only counts them), then refreshes the aggregates. Start-up and a
  warm-up of two partitions per worker are timed apart from the measured run.

Per process and thread, CPU time and time spent runnable but waiting for a CPU (run-queue wait)
come from /proc/<pid>/task/*/schedstat, so contention from other processes is told apart from idle
time; for Dask, each worker's task timestamps show the idle lead, gaps and tail of the run. The
load average is printed before and after every run: wall-clock figures mean little above a load
of about 2 on this 2-core machine; ratios measured minutes apart are compared with their ceiling.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from distributed import get_task_stream

from frontwatch.aggregate import refresh
from frontwatch.extract.nlp import load_nlp
from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Coded, Result
from frontwatch.runner.dask_engine import DaskEngine
from frontwatch.runner.engines import Engine, LocalEngine
from frontwatch.runner.pool import PoolEngine
from frontwatch.runner.writer import StoreWriter
from frontwatch.store import open_store
from scale_corpus import documents, write_jsonl

Stats = dict[str, Any]


# --- /proc accounting -------------------------------------------------------------------------


@dataclass(frozen=True)
class Usage:
    """Seconds on a CPU, and seconds runnable but waiting for one (the cost of a busy machine)."""

    cpu: float = 0.0
    wait: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(self.cpu + other.cpu, self.wait + other.wait)

    def __sub__(self, other: Usage) -> Usage:
        return Usage(self.cpu - other.cpu, self.wait - other.wait)

    def as_dict(self) -> dict[str, float]:
        return {"cpu_s": self.cpu, "runq_wait_s": self.wait}


def thread_usage(pid: int | str = "self") -> dict[int, Usage]:
    """Each thread of a process, by thread id (/proc/<pid>/task/<tid>/schedstat, nanoseconds)."""
    found: dict[int, Usage] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            cpu, wait, _ = (int(v) for v in (task / "schedstat").read_text().split())
        except (OSError, ValueError):
            continue  # the thread ended while we looked
        found[int(task.name)] = Usage(cpu / 1e9, wait / 1e9)
    return found


def process_usage(pid: int | str = "self") -> Usage:
    return sum(thread_usage(pid).values(), Usage())


def peak_rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def named_usage() -> dict[str, Usage]:
    """This process's CPU by role: the main thread, Dask task threads, and every other thread."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    roles: dict[str, Usage] = {}
    for tid, usage in thread_usage().items():
        name = names.get(tid, "")
        role = "main" if tid == os.getpid() else "tasks" if "Dask-Default-Threads" in name else "other"
        roles[role] = roles.get(role, Usage()) + usage
    return roles


def worker_probe() -> tuple[dict[str, Usage], float]:
    """Run inside a Dask worker: its CPU by role and its peak resident MB."""
    return named_usage(), peak_rss_mb()


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def diff(after: dict[str, Usage], before: dict[str, Usage]) -> dict[str, dict[str, float]]:
    return {k: (v - before.get(k, Usage())).as_dict() for k, v in after.items()}


# --- control: the machine's ceiling for two processes ------------------------------------------


def raw(texts: list[str]) -> list[RawDocument]:
    return [
        RawDocument(f"doc-{n}", "bench", text, "text", published="2024-03-05") for n, text in enumerate(texts)
    ]


def coder(kind: str) -> Callable[[list[str]], int]:
    """Something that codes texts: bare spaCy, or the full pipeline of `--engine local`."""
    if kind == "bare":
        nlp = load_nlp()
        return lambda texts: sum(1 for _ in nlp.pipe(texts))
    engine = LocalEngine()
    return lambda texts: sum(1 for _ in engine.code(raw(texts)))


def control_child(kind: str, texts: list[str], ready: Any, results: Any) -> None:
    """One independent process: load, warm up, wait for the others, then code every text."""
    code = coder(kind)
    code(texts[:8])
    ready.wait()
    started, before = time.monotonic(), process_usage()
    code(texts)
    used = process_usage() - before
    results.put((started, time.monotonic(), used.cpu, used.wait, peak_rss_mb()))


def control(kind: str, processes: int, texts: list[str]) -> Stats:
    """`processes` independent processes coding the same texts at once: their combined rate."""
    context = multiprocessing.get_context("spawn")
    ready, results = context.Barrier(processes), context.Queue()
    children = [
        context.Process(target=control_child, args=(kind, texts, ready, results)) for _ in range(processes)
    ]
    for child in children:
        child.start()
    runs = [results.get() for _ in children]
    for child in children:
        child.join()
    span = max(end for _, end, *_ in runs) - min(start for start, *_ in runs)
    return {
        "docs_per_s": processes * len(texts) / span,
        "docs_per_cpu_s": processes * len(texts) / sum(run[2] for run in runs),
        "runq_wait_s": [round(run[3], 2) for run in runs],
        "wall_s": [round(end - start, 2) for start, end, *_ in runs],
        "peak_rss_mb": [round(run[4]) for run in runs],
    }


def ceiling(kind: str, texts: list[str]) -> Stats:
    before = load()
    one = control(kind, 1, texts)
    two = control(kind, 2, texts)
    after = load()
    ratio = two["docs_per_s"] / one["docs_per_s"]
    say(
        f"control {kind}: 1 process {one['docs_per_s']:.1f} docs/s, 2 processes {two['docs_per_s']:.1f}"
        f" -> {ratio:.2f}x (load {before} -> {after})"
    )
    return {"load": [before, after], "one": one, "two": two, "ratio": ratio}


# --- engines ------------------------------------------------------------------------------------


def bare_spacy(texts: list[str]) -> float:
    nlp = load_nlp()
    list(nlp.pipe(texts[:4]))
    started = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return len(texts) / (time.process_time() - started)


def local(texts: list[str]) -> Stats:
    engine = LocalEngine()
    list(engine.code(raw(texts[:4])))
    cpu, wall = time.process_time(), time.perf_counter()
    count = sum(1 for _ in engine.code(raw(texts)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs_per_s": count / wall, "docs_per_s_per_core": count / cpu, "peak_rss_mb": peak_mb}


class Timed:
    """Main-thread CPU seconds spent in each part of the client's loop (reading, writing...)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, part: str, started: float) -> None:
        self.seconds[part] = self.seconds.get(part, 0.0) + time.thread_time() - started

    def reading(self, items: Iterator[RawDocument | Rejection]) -> Iterator[RawDocument | Rejection]:
        while True:
            started = time.thread_time()
            item = next(items, None)
            self.add("reading", started)
            if item is None:
                return
            yield item


def sink(results: Iterator[Result], writer: StoreWriter | None, timed: Timed) -> int:
    """Store every result as `ingest` does (or only count them); returns how many were coded."""
    coded = 0
    for result in results:
        started = time.thread_time()
        if writer is not None:
            writer.write(result)
        timed.add("writing", started)
        coded += isinstance(result, Coded)
    return coded


class Probe:
    """Snapshots of an engine's worker processes: CPU by role and peak resident size."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def workers(self) -> dict[str, tuple[dict[str, Usage], float]]:
        if isinstance(self.engine, DaskEngine):
            return dict(self.engine.client.run(worker_probe))
        assert isinstance(self.engine, PoolEngine)
        found: dict[str, tuple[dict[str, Usage], float]] = {}
        for pid in self.engine.worker_pids():
            threads = thread_usage(pid)
            main = threads.pop(pid, Usage())
            found[str(pid)] = ({"tasks": main, "other": sum(threads.values(), Usage())}, peak_rss_mb(pid))
        return found


def task_timeline(stream: list[dict[str, Any]], start: float, end: float) -> dict[str, Stats]:
    """Per Dask worker, from task timestamps: seconds computing, idle before the first task, idle
    between tasks, idle after the last, within the window [start, end]."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for task in stream:
        for step in task["startstops"]:
            if step["action"] == "compute":
                spans.setdefault(task["worker"], []).append((step["start"], step["stop"]))
    timeline: dict[str, Stats] = {}
    for worker, steps in spans.items():
        steps.sort()
        gaps = sum(max(0.0, b[0] - a[1]) for a, b in itertools.pairwise(steps))
        timeline[worker] = {
            "tasks": len(steps),
            "computing_s": sum(stop - begin for begin, stop in steps),
            "idle_lead_s": steps[0][0] - start,
            "idle_gaps_s": gaps,
            "idle_tail_s": end - steps[-1][1],
        }
    return timeline


def parallel(name: str, start: Callable[[], Engine], workers: int, source: Path, store: bool) -> Stats:
    """One engine run as `ingest` makes it, with start-up, warm-up and the measured run apart."""
    say(f"{name}: starting (load {load()})")
    before_load, started = load(), time.perf_counter()
    engine = start()
    startup = time.perf_counter() - started
    try:
        warm = time.perf_counter()
        items = [item for _, item in zip(range(2 * workers * 16), read_paths([source]), strict=False)]
        list(engine.code(items))
        warmup = time.perf_counter() - warm
        idle = housekeeping(engine)
        stats = measured(engine, source, store)
        stats["idle_housekeeping_pct_of_a_core"] = idle
    finally:
        engine.close()
    stats.update(worker_count=workers, startup_s=startup, warmup_s=warmup, load=[before_load, load()])
    say(
        f"{name}: {stats['docs_per_s']:.2f} docs/s, {stats['docs_per_worker_cpu_s']:.2f} per worker CPU s,"
        f" start-up {startup:.1f} s (load {stats['load'][0]} -> {stats['load'][1]})"
    )
    return stats


def housekeeping(engine: Engine, seconds: float = 10.0) -> dict[str, float]:
    """CPU that the engine spends with nothing to code (heartbeats, monitors, ticks), in % of one
    core: the command's process, and all the workers together."""
    probe = Probe(engine)
    client, workers = process_usage(), probe.workers()
    time.sleep(seconds)
    client, workers_after = process_usage() - client, probe.workers()
    worker_cpu = sum(
        sum((roles[k] - workers[address][0].get(k, Usage())).cpu for k in roles)
        for address, (roles, _) in workers_after.items()
    )
    return {"client": 100 * client.cpu / seconds, "workers": 100 * worker_cpu / seconds}


def measured(engine: Engine, source: Path, store: bool) -> Stats:
    probe, timed = Probe(engine), Timed()
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "bench.db")) as db:
        writer = StoreWriter(db, lambda _record: None) if store else None
        client_before, workers_before = named_usage(), probe.workers()
        stream: list[dict[str, Any]] = []
        clock, wall = time.time(), time.perf_counter()
        with task_stream(engine, stream):
            count = sink(engine.code(timed.reading(iter(read_paths([source])))), writer, timed)
        wall, end = time.perf_counter() - wall, time.time()
        client_after, workers_after = named_usage(), probe.workers()
        aggregate = time.process_time()
        if store:
            refresh(db)
        aggregate = time.process_time() - aggregate
    workers = {
        address: {"peak_rss_mb": peak, **diff(roles, workers_before[address][0])}
        for address, (roles, peak) in workers_after.items()
    }
    worker_cpu = sum(sum(r["cpu_s"] for r in w.values() if isinstance(r, dict)) for w in workers.values())
    return {
        "documents": count,
        "wall_s": wall,
        "docs_per_s": count / wall,
        "docs_per_worker_cpu_s": count / worker_cpu,
        "client": {**diff(client_after, client_before), "main_thread_parts_cpu_s": timed.seconds},
        "aggregate_refresh_cpu_s": aggregate,
        "workers": workers,
        "timeline": task_timeline(stream, clock, end),
    }


@contextmanager
def task_stream(engine: Engine, into: list[dict[str, Any]]) -> Iterator[None]:
    """Dask's task timestamps for the run, added to `into` (nothing for other engines)."""
    if not isinstance(engine, DaskEngine):
        yield
        return
    with get_task_stream(client=engine.client) as stream:
        yield
    into.extend(stream.data)


def projection(per_core: float, chars: float, articles_per_day: int = 1_000_000) -> Stats:
    """Cores for a daily volume, assuming coding time grows with length (news ~4,000 characters),
    a peak hour at three times the mean rate, and cores kept 70 % busy."""
    news_chars, peak_factor, utilisation = 4000.0, 3.0, 0.7
    news_per_core = per_core * chars / news_chars
    mean_rate = articles_per_day / 86_400
    return {
        "news_docs_per_s_per_core": news_per_core,
        "mean_docs_per_s": mean_rate,
        "cores_mean": mean_rate / news_per_core / utilisation,
        "cores_peak": mean_rate * peak_factor / news_per_core / utilisation,
    }


# --- report -------------------------------------------------------------------------------------


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return value


def quiet_moment(below: float | None, patience: float = 300.0) -> None:
    """Wait (up to `patience` seconds) until the one-minute load average drops below `below`."""
    deadline = time.monotonic() + patience
    while below is not None and os.getloadavg()[0] >= below and time.monotonic() < deadline:
        time.sleep(10)


def one_round(args: argparse.Namespace, texts: list[str], source: Path) -> Stats:
    """Every chosen measurement once, control first, so each ratio has a ceiling minutes apart."""
    quiet_moment(args.wait_for_load)
    report: Stats = {"load_before": load()}
    store = not args.no_store
    if "control" in args.sections:
        report["control_bare"] = ceiling("bare", texts)
        report["control_full"] = ceiling("full", texts)
    if "engines" in args.sections and "local" in args.engines:
        report["bare_spacy_docs_per_s_per_core"] = bare_spacy(texts)
        report["local"] = local(texts)
        chars = sum(map(len, texts)) / len(texts)
        report["projection_1M_per_day"] = projection(report["local"]["docs_per_s_per_core"], chars)
    if "engines" in args.sections and "pool" in args.engines:
        report["pool_2"] = parallel("pool 2", lambda: PoolEngine(2), 2, source, store)
    if "engines" in args.sections and "dask" in args.engines:
        report["dask_1"] = parallel("dask 1", lambda: DaskEngine(workers=1), 1, source, store)
        report["dask_2"] = parallel("dask 2", lambda: DaskEngine(workers=2), 2, source, store)
        ratio = report["dask_2"]["docs_per_s"] / report["dask_1"]["docs_per_s"]
        report["dask_2_over_1"] = ratio
        if "control_full" in report:
            report["dask_2_over_1_against_ceiling"] = ratio / report["control_full"]["ratio"]
        say(f"dask 2 over 1: {ratio:.2f}x")
    report["load_after"] = load()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--per-document", type=int, default=12, help="sentences per synthetic document")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--sections", nargs="+", choices=("control", "engines"), default=["control", "engines"]
    )
    parser.add_argument(
        "--engines", nargs="+", choices=("local", "pool", "dask"), default=["local", "pool", "dask"]
    )
    parser.add_argument("--no-store", action="store_true", help="count results instead of storing them")
    parser.add_argument(
        "--wait-for-load", type=float, metavar="LOAD", help="start rounds below this load (wait <= 5 min)"
    )
    args = parser.parse_args()
    texts = list(documents(args.documents, per_document=args.per_document))
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "documents.jsonl"
        write_jsonl(source, args.documents, per_document=args.per_document)
        rounds = [one_round(args, texts, source) for _ in range(args.repeat)]
    report = {
        "cpus": os.cpu_count(),
        "documents": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "rounds": rounds,
    }
    print(json.dumps(rounded(report), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
