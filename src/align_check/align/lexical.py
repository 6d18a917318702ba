"""Lexical similarity: character n-grams shared by two sentences (cognates, names, figures).

A fast, vectorised relative of chrF (Popović 2015): each sentence becomes a vector
of hashed character n-gram counts weighted by inverse document frequency, so the
cosine of two vectors rewards the rare n-grams that both sentences share.
sacrebleu's chrF stays the reference the tests compare this measure with; it is
too slow (about 0.3 ms a pair) for the search itself.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

ORDERS = (3, 4, 5)
"""Lengths of the character n-grams counted (chosen on Text+Berg dev)."""

DIMENSION = 512
"""Buckets the n-grams are hashed into."""

_SEPARATOR = "\n"
_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_CHUNK = 2048


def ngram_vectors(
    source: Sequence[str], target: Sequence[str]
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Return the L2-normalised tf-idf n-gram vectors of both sides' sentences."""
    counts = _counts([_normalise(text) for text in (*source, *target)])
    frequency = (counts > 0).sum(axis=0)
    weights = np.log((len(counts) + 1) / (frequency + 1)).astype(np.float32)
    counts *= weights
    norms = np.sqrt(np.einsum("ij,ij->i", counts, counts))
    counts /= np.maximum(norms, 1e-9)[:, None]
    return counts[: len(source)], counts[len(source) :]


def chrf(hypothesis: str, reference: str) -> float:
    """Return sacrebleu's sentence chrF in [0, 1]: the reference measure, for tests."""
    import sacrebleu  # only the tests' reference: kept off the command's start-up

    return float(sacrebleu.sentence_chrf(hypothesis, [reference]).score) / 100


def _normalise(text: str) -> str:
    """Lower-case, fold whitespace runs to one space, and pad with spaces."""
    return " " + " ".join(text.lower().split()) + " "


def _counts(texts: Sequence[str]) -> NDArray[np.float32]:
    """Count each text's hashed n-grams, a chunk of texts at a time."""
    out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    for start in range(0, len(texts), _CHUNK):
        chunk = texts[start : start + _CHUNK]
        out[start : start + len(chunk)] = _chunk_counts(chunk)
    return out


def _chunk_counts(texts: Sequence[str]) -> NDArray[np.float32]:
    """Count the hashed n-grams of a few thousand texts with array operations."""
    joined = _SEPARATOR.join(texts) + _SEPARATOR
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.cumsum(points == ord(_SEPARATOR)) - (points == ord(_SEPARATOR))
    bins = np.zeros(len(texts) * DIMENSION, dtype=np.float64)
    for order in ORDERS:
        hashes, valid = _hashes(points, owner, order)
        keys = owner[: len(hashes)][valid] * DIMENSION + hashes[valid]
        bins += np.bincount(keys, minlength=len(bins))
    return bins.reshape(len(texts), DIMENSION).astype(np.float32)


def _hashes(
    points: NDArray[np.uint64], owner: NDArray[np.int64], order: int
) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    """Hash every n-gram of one order; valid where it stays inside one text."""
    size = len(points) - order + 1
    value = np.zeros(size, dtype=np.uint64)
    for offset in range(order):
        value = value * _PRIME + points[offset : offset + size]
    value = (value * _MIX) >> np.uint64(40)
    valid = owner[:size] == owner[order - 1 : order - 1 + size]
    valid &= points[order - 1 : order - 1 + size] != ord(_SEPARATOR)
    return (value % np.uint64(DIMENSION)).astype(np.int64), valid
