"""Documents per second per core: the full pipeline against bare spaCy on the same texts.

Usage: .venv/bin/python bench/throughput.py [--repeat N]
Corpora: the bundled examples, and ../shared/eval-sources/voa_stories.jsonl when present.
Both figures are single-process CPU time (time.process_time), so they are per core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from frontwatch.extract.nlp import load_nlp
from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument
from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "examples": ROOT / "examples" / "stories",
    "voa_stories": ROOT.parent / "shared" / "eval-sources" / "voa_stories.jsonl",
}


def texts_of(path: Path) -> list[str]:
    return [item.text for item in read_paths([path]) if isinstance(item, RawDocument)]


def bare_spacy(texts: list[str], repeat: int) -> float:
    nlp = load_nlp()
    list(nlp.pipe(texts[:2]))  # warm up
    started = time.process_time()
    for _ in range(repeat):
        for _doc in nlp.pipe(texts):
            pass
    return len(texts) * repeat / (time.process_time() - started)


def full_pipeline(path: Path, repeat: int) -> tuple[float, int]:
    pipeline = Pipeline.load()
    list(pipeline.run([path]))  # warm up caches the way a long run would
    started = time.process_time()
    count = 0
    for _ in range(repeat):
        count = sum(1 for _ in pipeline.run([path]))
    return count * repeat / (time.process_time() - started), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = {}
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: skipped ({path} not found)", file=sys.stderr)
            continue
        texts = texts_of(path)
        spacy_rate = bare_spacy(texts, args.repeat)
        full_rate, count = full_pipeline(path, args.repeat)
        results[name] = {
            "documents": count,
            "characters": sum(len(t) for t in texts),
            "bare_spacy_docs_per_s": round(spacy_rate, 2),
            "full_pipeline_docs_per_s": round(full_rate, 2),
            "ratio": round(full_rate / spacy_rate, 3),
        }
        print(
            f"{name:12} {count:4d} docs  bare spaCy {spacy_rate:7.1f} docs/s/core  "
            f"full pipeline {full_rate:7.1f} docs/s/core  ratio {full_rate / spacy_rate:.2f}"
        )
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
