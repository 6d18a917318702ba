"""Cosines of runs of sentences for every cell of a range of band rows, from one product.

A run that is not embedded as its own text is the sum of its sentence vectors, so
the dot product of two runs is the sum of a block of sentence-by-sentence dot
products. One matrix product of the rows' sentences with the columns' sentences,
summed into a two-dimensional prefix table, gives every bead shape's dot product
in four look-ups a cell; the norms of the runs come from the dot products of
neighbouring sentences. Runs embedded as their own text (``Side.windows``) take
one product per shape instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from align_check.align.dp import Band, Shape
from align_check.align.sides import WINDOW as LONGEST
from align_check.align.sides import Side

SLAB = 32
"""Source sentences whose dot products are computed in one product (small: no BLAS threads)."""


def run_norms(side: Side) -> NDArray[np.float64]:
    """Norms of summed runs: ``out[k, e]`` for the k sentences ending before sentence e."""
    vectors, n = side.vectors, side.size
    sums = [
        _cumulative(np.einsum("ij,ij->i", vectors[: n - d], vectors[d:]).astype(np.float64))
        for d in range(LONGEST)
    ]
    ends = np.arange(n + 1)
    squares = np.zeros((LONGEST + 1, n + 1))
    for k in range(1, LONGEST + 1):
        squares[k] = np.where(ends >= k, _squared_norms(sums, ends, k), 0.0)
    return np.sqrt(np.maximum(squares, 0.0))


def _squared_norms(
    sums: list[NDArray[np.float64]], ends: NDArray[np.int64], k: int
) -> NDArray[np.float64]:
    """Squared norm of each k-run: its sentences' dot products, sums[d] holding lag d's."""
    begin = np.maximum(ends - k, 0)
    total = sums[0][ends] - sums[0][begin]
    for d in range(1, k):
        total += 2 * (sums[d][np.maximum(ends - d, begin)] - sums[d][begin])
    return total


def _cumulative(values: NDArray[np.float64]) -> NDArray[np.float64]:
    """Prefix sums with a leading zero."""
    return np.concatenate(([0.0], np.cumsum(values)))


def embedded(source: Side, target: Side, shape: Shape) -> bool:
    """True when one side of the shape is a run embedded as its own text."""
    a, b = shape
    return source.has_window(a) or target.has_window(b)


def run_cosines(
    source: Side,
    target: Side,
    norms: tuple[NDArray[np.float64], NDArray[np.float64]],
    band: Band,
    shapes: Sequence[Shape],
    rows: tuple[int, int],
) -> dict[Shape, NDArray[np.float64]]:
    """Cosine of each shape's source and target runs ending at every cell of rows [start, stop)."""
    start, stop = rows
    lo = band.lo[start:stop]
    i = np.arange(start, stop)[:, None]
    j = lo[:, None] + np.arange(band.width)[None, :]
    summed = [s for s in shapes if s[0] and s[1] and not embedded(source, target, s)]
    out = {s: _embedded(source, target, band, s, rows) for s in shapes if s not in summed}
    if summed:
        first = max(int(lo.min()) - LONGEST, 0)
        last = min(int(lo.max()) + band.width, target.size)
        top = max(start - LONGEST, 0)
        dense = _dense(source, target, band, (top, start, stop), (first, last))
        prefix = np.zeros((dense.shape[0] + 1, dense.shape[1] + 1))
        prefix[1:, 1:] = dense.cumsum(axis=0).cumsum(axis=1)
        for a, b in summed:
            dots = _block(prefix, i - top, j - first, a, b)
            scale = norms[0][a, i] * norms[1][b, np.clip(j, 0, target.size)]
            out[(a, b)] = dots / np.maximum(scale, 1e-9)
    return out


def _dense(
    source: Side, target: Side, band: Band, rows: tuple[int, int, int], columns: tuple[int, int]
) -> NDArray[np.float64]:
    """Dot products of source sentences [top, stop) with target sentences [first, last).

    Only the slabs of cells that the beads of rows [start, stop) reach are
    computed (the rest stays zero): the corridor is narrow, the rectangle wide.
    """
    (top, start, stop), (first, last) = rows, columns
    bottom = min(stop, source.size)
    out = np.zeros((bottom - top, last - first))
    for p0 in range(top, bottom, SLAB):
        p1 = min(p0 + SLAB, bottom)
        ends = band.lo[max(p0 + 1, start) : min(p1 + LONGEST, stop)]
        if not len(ends):
            continue
        c0 = max(int(ends.min()) - LONGEST, first)
        c1 = min(int(ends.max()) + band.width, last)
        block = np.einsum("ij,kj->ik", source.vectors[p0:p1], target.vectors[c0:c1])
        out[p0 - top : p1 - top, c0 - first : c1 - first] = block
    return out


def _block(
    prefix: NDArray[np.float64], i: NDArray[np.int64], j: NDArray[np.int64], a: int, b: int
) -> NDArray[np.float64]:
    """Sums of the a x b blocks of the prefix table's matrix ending at (i, j), clipped."""
    rows, columns = prefix.shape[0] - 1, prefix.shape[1] - 1
    i1, i0 = np.clip(i, 0, rows), np.clip(i - a, 0, rows)
    j1, j0 = np.clip(j, 0, columns), np.clip(j - b, 0, columns)
    return np.asarray(prefix[i1, j1] - prefix[i0, j1] - prefix[i1, j0] + prefix[i0, j0])


def _embedded(
    source: Side, target: Side, band: Band, shape: Shape, rows: tuple[int, int]
) -> NDArray[np.float64]:
    """Cosines of a shape whose runs have their own vectors: one product, then a gather."""
    start, stop = rows
    a, b = shape
    lo = band.lo[start:stop]
    if a == 0 or b == 0:
        return np.zeros((stop - start, band.width))
    first, last = int(lo.min()), min(int(lo.max()) + band.width, target.size + 1)
    left = source.window(a, np.arange(start, stop) - a)
    right = target.window(b, np.arange(first, last) - b)
    columns = np.clip((lo - first)[:, None] + np.arange(band.width)[None, :], 0, last - first - 1)
    return np.asarray(np.take_along_axis(left @ right.T, columns, axis=1), dtype=np.float64)
