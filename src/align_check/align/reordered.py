"""Items each version orders its own way: pairs found again inside a block by their content.

Statutes sort their definitions alphabetically in each language ("agence internationale"
comes first in French, "Canadian values" in English); glossaries and lists of names do the
same. An aligner that keeps both documents in order pairs each item with the wrong one, and
every check then reports a mismatch. After the search, a block of consecutive pairs most of
which score poorly is paired again item by item, best match first (a greedy assignment, as
bitext miners pair sentences by their margin); where that pairs the block far better, its
pairs replace the block's, marked as reordered so that the order check does not report the
sort as moved passages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from align_check.align.sides import Side
from align_check.model import Bead

POOR = 0.3
"""Bead score below which a pair may be an item paired with the wrong one."""

LEAST = 3
"""Poor pairs a block needs to be paired again."""

REACH = 3
"""Good pairs that may stand between two poor ones of one block."""

KEEP = 0.5
"""Score from which a pair found inside a block is kept."""

GAIN = 0.3
"""How much higher, on average over the block's sentences, the new pairs must score."""

Scale = Callable[[NDArray[np.float64]], NDArray[np.float64]]


def pair_reordered(beads: Sequence[Bead], left: Side, right: Side, scale: Scale) -> list[Bead]:
    """The beads, with each block of mostly poor pairs paired again by content where that is
    far better."""
    out = list(beads)
    for start, stop in reversed(_blocks(out)):
        found = _repaired(out[start:stop], left, right, scale)
        if found is not None:
            out[start:stop] = found
    return out


def _blocks(beads: Sequence[Bead]) -> list[tuple[int, int]]:
    """Spans of beads from a poor pair to a poor pair, at most REACH good pairs between two
    poor ones, with at least LEAST poor pairs."""
    poor = [n for n, b in enumerate(beads) if b.two_sided and b.score < POOR]
    blocks: list[list[int]] = []
    for n in poor:
        if blocks and n - blocks[-1][-1] <= REACH + 1:
            blocks[-1].append(n)
        else:
            blocks.append([n])
    return [(block[0], block[-1] + 1) for block in blocks if len(block) >= LEAST]


def _repaired(block: Sequence[Bead], left: Side, right: Side, scale: Scale) -> list[Bead] | None:
    """The block paired again sentence by sentence, or None when that is not far better."""
    sources = sorted(i for bead in block for i in bead.source)
    targets = sorted(j for bead in block for j in bead.target)
    if not sources or not targets:
        return None
    scores = scale(
        left.vectors[sources].astype(np.float64) @ right.vectors[targets].astype(np.float64).T
    )
    taken = _best_first(scores)
    before = sum(b.score * (len(b.source) + len(b.target)) for b in block if b.two_sided)
    after = sum(2 * score for _, _, score in taken)
    if after - before < GAIN * (len(sources) + len(targets)):
        return None
    pairs = [([sources[s]], [targets[t]], score) for s, t, score in taken]
    alone = _attach(sources, left, [p[0] for p in pairs], source=True)
    alone += _attach(targets, right, [p[1] for p in pairs], source=False)
    beads = [Bead(tuple(a), tuple(b), round(score, 4), reordered=True) for a, b, score in pairs]
    return sorted([*beads, *alone], key=lambda b: (b.source or (sources[-1] + 1,), b.target))


def _best_first(scores: NDArray[np.float64]) -> list[tuple[int, int, float]]:
    """Row and column pairs by descending score, each row and column once, from KEEP."""
    taken: list[tuple[int, int, float]] = []
    rows: set[int] = set()
    columns: set[int] = set()
    for flat in np.argsort(-scores, axis=None, kind="stable"):
        s, t = divmod(int(flat), scores.shape[1])
        if scores[s, t] < KEEP:
            break
        if s not in rows and t not in columns:
            taken.append((s, t, float(scores[s, t])))
            rows.add(s)
            columns.add(t)
    return taken


def _attach(ids: list[int], side: Side, groups: list[list[int]], source: bool) -> list[Bead]:
    """Give each sentence no pair took to the pair of the sentence before it in its unit (a
    definition cut in two: "[Abrogée, 2018, ch." / "27, art. 656]"); the rest stand alone."""
    owner = {group[-1]: group for group in groups}
    alone = []
    for i in ids:
        if any(i in group for group in groups):
            continue
        group = owner.get(i - 1)
        if group is not None and side.blocks[i] == side.blocks[i - 1]:
            group.append(i)
            owner[i] = owner.pop(i - 1)
        else:
            alone.append(Bead((i,), (), 0.0) if source else Bead((), (i,), 0.0))
    return alone
