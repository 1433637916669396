"""Near-duplicate text signatures: 5-word shingles, MinHash and LSH band buckets.

A syndicated copy of a wire story keeps most of the original's sentences but may lose paragraphs, gain
a local intro or a footer, and carry another headline. Shingles are taken from the coded text (the
boilerplate already blanked) and never from the headline, so only the body counts. Two texts are
compared by *containment* (the share of the shorter text's shingles found in the longer one),
estimated from the MinHash Jaccard estimate and the two shingle counts: a copy cut to half its length
keeps a containment near 1 while its Jaccard similarity falls to 0.5. Words are hashed with
CRC-32 (fast, and the same in every process, unlike Python's `hash`) and MinHash's own mixing step
spreads the shingle hashes.

datasketch is imported by the functions that use it, not with this module: it pulls in scipy (about a
second), which a command that only lists stories or prints `--help` should not pay for.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from datasketch import MinHash  # type: ignore[import-untyped]  # the package ships no type hints

SHINGLE_WORDS = 5
NUM_PERM = 64
# 32 bands of 2 rows: a pair with Jaccard 0.3 becomes a candidate with probability 0.95, 0.4 with 0.996.
# ROWS must stay 2: `buckets` packs a band's two 32-bit values into one 64-bit key.
BANDS = 32
ROWS = NUM_PERM // BANDS
SEED = 1

_MULTIPLIER = np.uint64(1_000_003)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, eq=False)
class Signature:
    """The MinHash of one text with its shingle count (needed to turn Jaccard into containment)."""

    shingles: int
    values: npt.NDArray[np.uint32]

    def encode(self) -> str:
        """A portable text form (hex of the 32-bit values, big-endian) for the store."""
        return self.values.astype(">u4").tobytes().hex()

    @classmethod
    def decode(cls, shingles: int, text: str) -> Signature:
        return cls(shingles, np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32))


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """One MinHash whose permutations every signature shares (building them costs more than hashing)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)


def shingle_hashes(text: str) -> npt.NDArray[np.uint64]:
    """The distinct 32-bit hashes of a text's 5-word shingles (case-folded words), sorted.

    Each word is hashed once with CRC-32 and a shingle's hash is a polynomial of its five word
    hashes, computed for all shingles at once; a text shorter than 5 words is one shingle."""
    words = [w.encode() for w in _WORD.findall(text.casefold())]
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.fromiter((zlib.crc32(w) for w in words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        combined = (combined * _MULTIPLIER + hashes[k : k + count]) & _MASK32
    return np.unique(combined)


def signature(text: str) -> Signature:
    """The MinHash signature of a text's shingles."""
    from datasketch import MinHash

    found = shingle_hashes(text)
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=int,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    if len(found):
        minhash.update_batch(found.tolist())
    return Signature(len(found), np.asarray(minhash.hashvalues, dtype=np.uint32))


def buckets(sig: Signature) -> list[int]:
    """The LSH bucket of each band: the band's two 32-bit values packed into 64 bits, mixed with the
    band number, as a signed integer (an index key in SQL)."""
    if sig.shingles == 0:
        return []
    rows = sig.values.astype(np.uint64).reshape(BANDS, ROWS)
    packed = (rows[:, 0] << np.uint64(32)) | rows[:, 1]
    mixed = packed ^ (np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    return [int(v) for v in mixed.view(np.int64)]


def jaccard(a: Signature, b: Signature) -> float:
    """The MinHash estimate of the Jaccard similarity of two shingle sets."""
    if not a.shingles or not b.shingles:
        return 0.0
    return int(np.count_nonzero(a.values == b.values)) / NUM_PERM


def containment(a: Signature, b: Signature) -> float:
    """The estimated share of the smaller set found in the larger one.

    From |A∩B| = J (|A| + |B|) / (1 + J); capped at 1 because the estimate is noisy."""
    j = jaccard(a, b)
    if j == 0.0:
        return 0.0
    common = j * (a.shingles + b.shingles) / (1.0 + j)
    return min(1.0, common / min(a.shingles, b.shingles))
