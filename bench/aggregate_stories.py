"""Story clustering quality: pairwise precision and recall of "same story" over syndicated copies of the
example stories (made here: other headlines, dropped and swapped paragraphs, local intros, cuts,
footers) mixed with distinct stories on the same topics. Texts go through ingest's normaliser first,
as they do when ingested.

    .venv/bin/python bench/aggregate_stories.py [--copies 5] [--seeds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.aggregate.variants import coded, syndicated_corpus

from frontwatch.aggregate.stories import COPY_CONTAINMENT, cluster_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    tp = fp = fn = pairs = texts_total = 0
    seconds = 0.0
    for seed in range(1, args.seeds + 1):
        texts, labels = syndicated_corpus(copies=args.copies, seed=seed)
        prepared = coded(texts)
        started = time.perf_counter()
        predicted = cluster_texts(prepared)
        seconds += time.perf_counter() - started
        texts_total += len(texts)
        for i, j in combinations(range(len(texts)), 2):
            gold, same = labels[i] == labels[j], predicted[i] == predicted[j]
            pairs += 1
            tp += gold and same
            fp += same and not gold
            fn += gold and not same
    print(f"containment threshold {COPY_CONTAINMENT}; {args.seeds} seeds x {args.copies} copies per story")
    print(f"texts {texts_total:,}, pairs {pairs:,}, same-story pairs {tp + fn:,}")
    print(f"pairwise precision {tp / max(1, tp + fp):.4f}  recall {tp / max(1, tp + fn):.4f}")
    print(f"clustering time {seconds:.2f} s ({1000 * seconds / texts_total:.2f} ms per text)")


if __name__ == "__main__":
    main()
