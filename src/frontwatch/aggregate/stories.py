"""Story clusters: the copies of one wire story, wherever they ran.

A new document is compared with the documents that share an LSH bucket with it; it is a copy of one
when the estimated containment reaches `COPY_CONTAINMENT` (see `shingles`). A story is a connected
component of the copy relation and its id is "s" + the start of its smallest document hash, so the
clusters and their ids do not depend on the order in which documents arrive.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.aggregate.linking import UnionFind
from frontwatch.aggregate.shingles import Signature, buckets, containment, jaccard, signature
from frontwatch.store.sqlite_aggregate import SqliteAggregates, StoredSignature

COPY_CONTAINMENT = 0.5  # other stories on one topic stay under 0.3; a copy of a copy may fall below 0.5
SHORT_TEXT = 30  # shingles: below this a few shared phrases would pass containment, so ask Jaccard
SHORT_JACCARD = 0.8


def story_id_of(document_hashes: Sequence[str]) -> str:
    return "s" + min(document_hashes)[:24]


def is_copy(a: Signature, b: Signature) -> bool:
    """Whether two texts are copies of one story (one may be cut, extended or re-headlined)."""
    if min(a.shingles, b.shingles) < SHORT_TEXT:
        return jaccard(a, b) >= SHORT_JACCARD
    return containment(a, b) >= COPY_CONTAINMENT


def link_documents(tables: SqliteAggregates, hashes: Sequence[str]) -> set[str]:
    """Sign the new documents, attach them to the stories they copy (merging those) and store it all.

    New documents are compared with each other in memory and with stored ones through one batched
    bucket lookup. Returns the stored documents whose story id changed (their incidents must be
    recounted)."""
    signed = tables.signatures(hashes)
    texts = tables.document_texts([h for h in hashes if h not in signed])
    order = sorted(texts)
    if not order:
        return set()
    sigs = [signature(texts[h]) for h in order]
    keys = [buckets(sig) for sig in sigs]
    roots = _components(sigs)
    groups = _merge_with_stored(roots, _stored_copies(tables, sigs, keys))
    new_ids: dict[int, str] = {}
    moved: set[str] = set()
    for new_roots, old in groups:
        story_id = story_id_of(
            [order[i] for i, r in enumerate(roots) if r in new_roots] + [o[1:] for o in old]
        )
        new_ids.update((r, story_id) for r in new_roots)
        renamed = sorted(o for o in old if o != story_id)
        if renamed:
            moved.update(d for docs in tables.story_documents(renamed).values() for d in docs)
            tables.rename_stories(renamed, story_id)
    rows = [
        StoredSignature(h, sig.shingles, sig.encode(), new_ids[root])
        for h, sig, root in zip(order, sigs, roots, strict=True)
    ]
    tables.save_signatures(rows, keys)
    return moved


def _merge_with_stored(roots: Sequence[int], copies: Sequence[set[str]]) -> list[tuple[set[int], set[str]]]:
    """Group the new components with the stored stories they copy: two new components that copy
    one stored story become one story. Returns (new component roots, stored story ids) per group."""
    uf = UnionFind()
    for i, root in enumerate(roots):
        uf.add(f"n{root:09d}")
        for story in copies[i]:
            uf.add(story)  # story ids start with "s", after every "n" node
            uf.union(f"n{root:09d}", story)
    out: list[tuple[set[int], set[str]]] = []
    for members in uf.groups().values():
        out.append(
            ({int(m[1:]) for m in members if m.startswith("n")}, {m for m in members if m.startswith("s")})
        )
    return out


def _stored_copies(
    tables: SqliteAggregates, sigs: Sequence[Signature], keys: Sequence[Sequence[int]]
) -> list[set[str]]:
    """For each new signature, the ids of the stored stories it copies."""
    neighbours = tables.bucket_documents(sorted({k for ks in keys for k in ks}))
    stored = tables.signatures(sorted({d for docs in neighbours.values() for d in docs}))
    decoded = {h: Signature.decode(row.shingles, row.signature) for h, row in stored.items()}
    out: list[set[str]] = []
    for sig, ks in zip(sigs, keys, strict=True):
        near = sorted({d for k in ks for d in neighbours.get(k, ())})
        out.append({stored[d].story_id for d in near if is_copy(sig, decoded[d])})
    return out


def _components(sigs: Sequence[Signature]) -> list[int]:
    """For each signature, the index of the first member of its story (in memory, via LSH buckets)."""
    parent = list(range(len(sigs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[int, list[int]] = {}
    for i, sig in enumerate(sigs):
        near: set[int] = set()
        for bucket in buckets(sig):
            members = seen.setdefault(bucket, [])
            near.update(members)
            members.append(i)
        for j in sorted(near):
            if is_copy(sig, sigs[j]):
                low, high = sorted((root(i), root(j)))
                parent[high] = low
    return [root(i) for i in range(len(sigs))]


def cluster_texts(texts: Sequence[str]) -> list[int]:
    """Story clusters of texts in memory, by the same rule as the store: label i is the index of the
    first text of text i's cluster. For evaluation and for callers without a database."""
    return _components([signature(t) for t in texts])


def link_all_documents(tables: SqliteAggregates, hashes: Sequence[str]) -> None:
    """Sign and cluster documents that have no signature yet, all in memory, and store the result in
    bulk (a rebuild); gives the same stories as `link_documents` one by one."""
    texts = tables.document_texts(hashes)
    order = sorted(texts)
    sigs = [signature(texts[h]) for h in order]
    roots = _components(sigs)
    members: dict[int, list[str]] = {}
    for h, root in zip(order, roots, strict=True):
        members.setdefault(root, []).append(h)
    story = {root: story_id_of(docs) for root, docs in members.items()}
    rows = [
        StoredSignature(h, sig.shingles, sig.encode(), story[root])
        for h, sig, root in zip(order, sigs, roots, strict=True)
    ]
    tables.save_signatures(rows, [buckets(sig) for sig in sigs])
