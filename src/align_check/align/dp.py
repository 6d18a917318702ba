"""The dynamic program: the cheapest sequence of beads through a band of cells.

A cell (i, j) means "i source and j target sentences consumed". Row i holds the
cells j = band.lo[i] .. band.lo[i] + band.width - 1, so time and memory grow with
the number of rows times the band width: linear in the document length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Shape = tuple[int, int]
"""Source and target sentences of a bead: (1, 2) is one source sentence, two target ones."""

CostRows = Callable[[int, int], Sequence[NDArray[np.float64]]]
"""Costs of rows [start, stop) for each shape: one (stop - start, width) array a shape."""

CHUNK = 256
"""Rows of costs computed at a time, to keep memory flat."""


@dataclass(frozen=True)
class Band:
    """The cells searched: row i covers target counts lo[i] .. lo[i] + width - 1."""

    lo: NDArray[np.int64]
    width: int
    targets: int


@dataclass(frozen=True)
class Step:
    """One bead of the best path: source [i0, i1), target [j0, j1)."""

    i0: int
    i1: int
    j0: int
    j1: int


def full_band(sources: int, targets: int) -> Band:
    """Return the band that holds every cell (for short documents)."""
    return Band(np.zeros(sources + 1, dtype=np.int64), targets + 1, targets)


def best_path(
    band: Band, shapes: Sequence[Shape], cost_rows: CostRows, skip_target: NDArray[np.float64]
) -> list[Step]:
    """Return the cheapest path of beads from (0, 0) to (n, m) inside the band.

    ``shapes`` must not hold (0, 1): a target sentence alone costs ``skip_target[j]``.
    """
    return _trace(band, shapes, _fill(band, shapes, cost_rows, skip_target))


def _fill(
    band: Band, shapes: Sequence[Shape], cost_rows: CostRows, skip_target: NDArray[np.float64]
) -> NDArray[np.int8]:
    """Fill the table of best totals (padded by a width on each side); return the back pointers."""
    rows, width = len(band.lo), band.width
    total = np.full((rows, 3 * width), np.inf)
    back = np.full((rows, width), -1, dtype=np.int8)
    cumulative = np.concatenate(([0.0], np.cumsum(skip_target)))
    cumulative = np.pad(cumulative, (0, width), mode="edge")
    sizes = np.array(shapes, dtype=np.int64).reshape(-1, 2)
    for start in range(0, rows, CHUNK):
        stop = min(rows, start + CHUNK)
        costs = np.stack(cost_rows(start, stop), axis=1)
        sources = _sources(band, sizes, start, stop)
        flat = total.reshape(-1)
        for i in range(start, stop):
            candidates = flat[sources[i - start]] + costs[i - start]
            choice = np.argmin(candidates, axis=0)
            best = candidates[choice, np.arange(width)]
            if i == 0:
                best[0] = 0.0
            _close_row(band, (i, len(shapes)), best, choice, cumulative, total, back)
    return back


def _sources(band: Band, sizes: NDArray[np.int64], start: int, stop: int) -> NDArray[np.int64]:
    """Flat indexes into the totals of the cell each shape comes from, for rows [start, stop)."""
    width, lo = band.width, band.lo
    i = np.arange(start, stop)[:, None]
    previous = i - sizes[None, :, 0]
    before = np.maximum(previous, 0)
    shift = lo[i] - sizes[None, :, 1] - lo[before]
    shift = np.where((previous >= 0) & (np.abs(shift) < width), shift, width)
    row = before * 3 * width + width + shift
    return np.asarray(row[:, :, None] + np.arange(width)[None, None, :])


def _close_row(
    band: Band,
    row: tuple[int, int],
    best: NDArray[np.float64],
    choice: NDArray[np.int64],
    cumulative: NDArray[np.float64],
    total: NDArray[np.float64],
    back: NDArray[np.int8],
) -> None:
    """Store row i's best beads, then let runs of target-only beads improve on them.

    ``row`` is (i, the back pointer that stands for a target-only bead).
    """
    (i, alone), width, lo = row, band.width, band.lo
    back[i] = np.where(np.isfinite(best), choice, -1)
    offset = cumulative[lo[i] : lo[i] + width]
    relative = best - offset
    running = np.minimum.accumulate(relative)
    back[i, running < relative] = alone
    total[i, width : 2 * width] = running + offset


def _trace(band: Band, shapes: Sequence[Shape], back: NDArray[np.int8]) -> list[Step]:
    """Follow the back pointers from (n, m) to (0, 0)."""
    i, j = len(band.lo) - 1, band.targets
    steps = []
    while i > 0 or j > 0:
        index = int(back[i, j - band.lo[i]])
        if index < 0:
            raise ValueError(f"no path through the band at ({i}, {j})")
        a, b = shapes[index] if index < len(shapes) else (0, 1)
        steps.append(Step(i - a, i, j - b, j))
        i, j = i - a, j - b
    return steps[::-1]
