"""The band searched: all cells for short documents, a corridor around a coarse path otherwise.

Long documents are aligned first at a coarse resolution, blocks of sentences
averaged into one vector, and the fine search then stays within a margin of the
coarse path (the recursive down-sampling of Vecalign, Thompson & Koehn 2019).
Each level costs time in proportion to its length, so the whole stays linear.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from align_check.align.costs import cost_rows, skips
from align_check.align.dp import Band, Step, best_path, full_band
from align_check.align.sides import Side

FULL_CELLS = 1_500_000
"""Cells up to which the whole table is searched."""

FACTOR = 4
"""Sentences averaged into one block at each coarser level."""

COARSE_SHAPES = ((1, 0), (1, 1), (1, 2), (2, 1))
"""Bead shapes of the coarse search."""

MARGIN = 3
"""Half-width of the corridor around the coarse path, in coarse blocks."""


def search_band(source: Side, target: Side) -> Band:
    """Return the band of cells the fine search explores."""
    n, m = source.size, target.size
    if (n + 1) * (m + 1) <= FULL_CELLS:
        return full_band(n, m)
    coarse_s, coarse_t = _coarse(source, FACTOR), _coarse(target, FACTOR)
    band = search_band(coarse_s, coarse_t)
    rows = cost_rows(coarse_s, coarse_t, band, COARSE_SHAPES)
    steps = best_path(band, COARSE_SHAPES, rows, skips(coarse_t))
    return corridor(steps, FACTOR, n, m)


def _coarse(side: Side, factor: int) -> Side:
    """Average blocks of ``factor`` sentences into one normalised vector each."""
    size = math.ceil(side.size / factor)
    padded = np.zeros((size * factor, side.vectors.shape[1]), dtype=np.float32)
    padded[: side.size] = side.vectors
    means = padded.reshape(size, factor, -1).sum(axis=1)
    means /= np.maximum(np.sqrt(np.einsum("ij,ij->i", means, means)), 1e-9)[:, None]
    ends = np.minimum(np.arange(size + 1) * factor, side.size)
    return Side(
        vectors=means,
        lengths=side.lengths[ends],
        blocks=np.zeros(size, dtype=np.int64),
        headings=np.zeros(size, dtype=np.bool_),
    )


def corridor(steps: list[Step], factor: int, n: int, m: int) -> Band:
    """Widen a coarse path into a band of fine rows, MARGIN blocks on each side."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for step in steps:
        rows = slice(min(step.i0 * factor, n), min(step.i1 * factor, n) + 1)
        lo[rows] = np.minimum(lo[rows], step.j0 * factor)
        hi[rows] = np.maximum(hi[rows], min(step.j1 * factor, m))
    return _band(lo - MARGIN * factor, hi + MARGIN * factor, m)


def _band(lo: NDArray[np.int64], hi: NDArray[np.int64], m: int) -> Band:
    """Clip a corridor to the table and give all rows the widest row's width."""
    lo, hi = np.clip(lo, 0, m), np.clip(hi, 0, m)
    width = int((hi - lo).max()) + 1
    lo = np.minimum(lo, m + 1 - width)
    return Band(np.maximum(lo, 0), width, m)
