"""What geoparsing adds to the pipeline's time per document.

The pipeline (normalise, spaCy parse, event extraction) runs over a corpus; geoparsing then runs on the
same parse of each document, as a caller who wants both would run it. CPU time of each part is
summed (time.process_time, one process), so the figure is per core.

    .venv/bin/python bench/geoparse_overhead.py [--repeat N]

Corpora: examples/stories, and ../shared/eval-sources/voa_stories.jsonl when present.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from frontwatch.extract import extract_events
from frontwatch.extract.toponyms import geoparse
from frontwatch.ingest import read_paths
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "examples": ROOT / "examples" / "stories",
    "voa_stories": ROOT.parent / "shared" / "eval-sources" / "voa_stories.jsonl",
}


def documents(path: Path) -> list[RawDocument]:
    return [item for item in read_paths([path]) if isinstance(item, RawDocument)]


def measure(pipeline: Pipeline, raws: list[RawDocument]) -> tuple[float, float, int]:
    """CPU seconds of the pipeline and of geoparsing over the corpus, and the number of toponyms."""
    pipeline_s = geoparse_s = 0.0
    toponyms = 0
    for raw in raws:
        started = time.process_time()
        doc = normalise(raw, limits=pipeline.limits)
        if not isinstance(doc, Document):
            continue
        sdoc = pipeline.nlp(doc.coded_text[: pipeline.limits.max_nlp_chars])
        extract_events(doc, sdoc, pipeline.gazetteer)
        middle = time.process_time()
        toponyms += len(geoparse(doc, sdoc, pipeline.gazetteer))
        geoparse_s += time.process_time() - middle
        pipeline_s += middle - started
    return pipeline_s, geoparse_s, toponyms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: skipped ({path} not found)", file=sys.stderr)
            continue
        raws = documents(path)
        measure(pipeline, raws[:4])  # warm up
        runs = [measure(pipeline, raws) for _ in range(args.repeat)]
        pipeline_s = min(r[0] for r in runs)
        geoparse_s = min(r[1] for r in runs)
        n = len(raws)
        print(
            f"{name:12} {n:4d} docs  pipeline {1000 * pipeline_s / n:7.1f} ms/doc  "
            f"geoparse {1000 * geoparse_s / n:6.1f} ms/doc  added {100 * geoparse_s / pipeline_s:5.1f} %  "
            f"toponyms/doc {runs[0][2] / n:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
