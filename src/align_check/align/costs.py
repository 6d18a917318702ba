"""Costs of candidate beads inside the band: similarity, length, and document structure.

A two-sided bead scores the cosine of its two sides' vectors (plus the weighted
cosine of the figures they quote) times the length penalty, as Bertalign does
(Liu & Zhu 2023); a one-sided bead scores -SKIP. The
dynamic program minimises the sum of negated scores. Paragraph and heading
boundaries are a prior: a bead that joins sentences of two blocks on one
side, or a heading alone with a non-heading, loses points. Page furniture ("Share this
page") is never part of a two-sided bead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from align_check.align.dp import Band, CostRows, Shape
from align_check.align.lengths import length_penalty, length_ratio
from align_check.align.runs import run_cosines, run_norms
from align_check.align.sides import Side, figures_side

SHAPES: tuple[Shape, ...] = (
    (1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1), (2, 3), (3, 2),
)  # fmt: skip
"""Bead shapes searched besides (0, 1): up to five sentences, as Bertalign's default."""

SKIP = 0.1
"""Cost of a one-sided bead (Bertalign's default, confirmed on Text+Berg dev)."""

BLOCK_PENALTY = 0.2
"""Score lost by a bead that joins sentences of different paragraphs on one side: twice a
one-sided bead's cost, so that a join across paragraphs wins only where it adds 0.1 to the
score of the pair without the sentence (a lead-in or a last sentence that the other version
folds into its neighbour's paragraph: "2 Les définitions qui suivent s'appliquent à la
présente loi." + "ministre ..." = "2 In this Act, Minister means ..."). Far above SKIP, such
a sentence stayed one-sided however much of it the other paragraph holds."""

HEADING_PENALTY = 0.3
"""Score lost by a bead that pairs headings alone with text that holds none (a heading and
its paragraph against one paragraph is a heading that the other version runs into its text)."""


def skips(side: Side) -> NDArray[np.float64]:
    """Cost of leaving each target sentence alone."""
    return np.full(side.size, SKIP)


def cost_rows(source: Side, target: Side, band: Band, shapes: Sequence[Shape]) -> CostRows:
    """Return the function that computes the costs of a range of rows of the band."""
    ratio = length_ratio(source.lengths[-1], target.lengths[-1])
    norms = (run_norms(source), run_norms(target))
    paired = [shape for shape in shapes if shape[0] and shape[1]]
    figures = _figure_cosines(source, target, band, paired)

    def rows(start: int, stop: int) -> list[NDArray[np.float64]]:
        cosines = run_cosines(source, target, norms, band, paired, (start, stop))
        for shape, extra in figures(start, stop).items():
            cosines[shape] = cosines[shape] + extra
        return [
            _costs(source, target, band, shape, (start, stop), ratio, cosines.get(shape))
            for shape in shapes
        ]

    return rows


def _figure_cosines(
    source: Side, target: Side, band: Band, shapes: Sequence[Shape]
) -> Callable[[int, int], dict[Shape, NDArray[np.float64]]]:
    """Return the function that gives the weighted cosines of the runs' figures, if any."""
    left, right = figures_side(source), figures_side(target)
    if left is None or right is None:
        return lambda start, stop: {}
    weight = min(source.figure_weight, target.figure_weight)
    norms = (run_norms(left), run_norms(right))

    def rows(start: int, stop: int) -> dict[Shape, NDArray[np.float64]]:
        found = run_cosines(left, right, norms, band, shapes, (start, stop))
        return {shape: weight * cosines for shape, cosines in found.items()}

    return rows


def _costs(
    source: Side,
    target: Side,
    band: Band,
    shape: Shape,
    rows: tuple[int, int],
    ratio: float,
    cosines: NDArray[np.float64] | None,
) -> NDArray[np.float64]:
    """Costs of one shape for rows [start, stop) of the band."""
    a, b = shape
    i = np.arange(*rows)[:, None]
    j = band.lo[rows[0] : rows[1], None] + np.arange(band.width)[None, :]
    valid = (i >= a) & (j >= b) & (j <= target.size)
    if cosines is None:
        return np.where(valid, SKIP, np.inf)
    lengths_s = source.lengths[i] - source.lengths[np.maximum(i - a, 0)]
    jj = np.clip(j, 0, target.size)
    lengths_t = target.lengths[jj] - target.lengths[np.maximum(jj - b, 0)]
    score = cosines * length_penalty(lengths_s, lengths_t, ratio)
    score = score - _structure(source, i, a, target, jj, b)
    furniture = _holds(source.furniture_counts, i, a) | _holds(target.furniture_counts, jj, b)
    return np.where(valid & ~furniture, -score, np.inf)


def _structure(
    source: Side, i: NDArray[np.int64], a: int, target: Side, j: NDArray[np.int64], b: int
) -> NDArray[np.float64]:
    """Penalties for runs that cross a paragraph boundary or pair headings alone with text."""
    cross = _crosses(source, i, a).astype(np.float64) + _crosses(target, j, b)
    only_s, only_t = _only(source.heading_counts, i, a), _only(target.heading_counts, j, b)
    holds_s, holds_t = _holds(source.heading_counts, i, a), _holds(target.heading_counts, j, b)
    mismatch = (only_s & ~holds_t) | (only_t & ~holds_s)
    return np.asarray(BLOCK_PENALTY * cross + HEADING_PENALTY * mismatch, dtype=np.float64)


def _crosses(side: Side, end: NDArray[np.int64], k: int) -> NDArray[np.bool_]:
    """True where the run of k sentences ending before ``end`` spans two blocks."""
    if k < 2 or side.size == 0:
        return np.zeros(end.shape, dtype=np.bool_)
    last = side.blocks[np.clip(end - 1, 0, side.size - 1)]
    first = side.blocks[np.clip(end - k, 0, side.size - 1)]
    return np.asarray(last != first)


def _only(counts: NDArray[np.int64], end: NDArray[np.int64], k: int) -> NDArray[np.bool_]:
    """True where the run of k sentences ending before ``end`` holds marked sentences only."""
    return np.asarray(counts[end] - counts[np.maximum(end - k, 0)] == k)


def _holds(counts: NDArray[np.int64], end: NDArray[np.int64], k: int) -> NDArray[np.bool_]:
    """True where the run of k sentences ending before ``end`` holds a marked sentence
    (``counts``: marks among the first e sentences, a heading or page furniture)."""
    return np.asarray(counts[end] - counts[np.maximum(end - k, 0)] > 0)
