"""Story clusters: syndicated copies join one story; other stories on the same topic stay apart."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

from frontwatch.aggregate import update
from frontwatch.aggregate.queries import stories
from frontwatch.aggregate.stories import cluster_texts
from frontwatch.store.sqlite import SqliteStore

from .support import make_document
from .variants import DISTINCT, coded, example_texts, make_copy, syndicated_corpus


def pairwise(labels: list[str], predicted: list[int]) -> tuple[float, float]:
    tp = fp = fn = 0
    for i, j in combinations(range(len(labels)), 2):
        gold, same = labels[i] == labels[j], predicted[i] == predicted[j]
        tp += gold and same
        fp += same and not gold
        fn += gold and not same
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def test_copies_cluster_and_other_stories_stay_apart() -> None:
    texts, labels = syndicated_corpus(copies=3, seed=11)
    precision, recall = pairwise(labels, cluster_texts(coded(texts)))
    assert precision >= 0.97
    assert recall >= 0.95


def test_same_topic_stories_do_not_merge() -> None:
    texts = [text for _, text in example_texts()] + list(DISTINCT)
    predicted = cluster_texts(coded(texts))
    assert len(set(predicted)) == len(texts)


def _documents(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    name, original = example_texts()[1]
    out = [(f"{name}-original", original)]
    out += [(f"{name}-copy{i}", make_copy(original, rng)) for i in range(3)]
    out += [(f"distinct-{i}", text) for i, text in enumerate(DISTINCT[:2])]
    return out


def _stored_stories(path: Path, docs: list[tuple[str, str]], one_by_one: bool) -> list[tuple[str, int]]:
    with SqliteStore(path) as store:
        for i, (doc_id, text) in enumerate(docs):
            document = make_document(text, doc_id=doc_id, outlet=f"Outlet {i}")
            store.save_document(document, [])
            if one_by_one:
                update(store, [document.document_hash])
        update(store)
        return [(row["story_id"], row["documents"]) for row in stories(store, min_documents=1)]


def test_stored_stories_list_outlets_and_ignore_order(tmp_path: Path) -> None:
    docs = _documents(3)
    forward = _stored_stories(tmp_path / "a.db", docs, one_by_one=True)
    backward = _stored_stories(tmp_path / "b.db", list(reversed(docs)), one_by_one=False)
    assert forward == backward
    assert sorted(n for _, n in forward) == [1, 1, 4]
    with SqliteStore(tmp_path / "a.db") as store:
        (story,) = stories(store, min_documents=2)
    assert story["outlets"] == ["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3"]


def test_two_new_halves_of_a_stored_story_join_it(tmp_path: Path) -> None:
    """Regression: two new copies that share nothing with each other but both copy a stored story."""
    name, original = max(example_texts(), key=lambda item: len(item[1]))
    body = original.split("\n\n")
    half = len(body) // 2
    first, second = "\n\n".join(body[:half]), "\n\n".join(body[half:])
    with SqliteStore(tmp_path / "halves.db") as store:
        store.save_document(make_document(original, doc_id=name, outlet="Wire"), [])
        update(store)
        copies = [
            make_document(t, doc_id=f"{name}-{i}", outlet=f"Paper {i}") for i, t in enumerate((first, second))
        ]
        for document in copies:
            store.save_document(document, [])
        update(store, [d.document_hash for d in copies])
        (story,) = stories(store, min_documents=2)
    assert story["documents"] == 3
