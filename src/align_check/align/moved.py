"""Passages that moved: translated, but at another place in the other version.

The dynamic program keeps both documents in order, so a passage moved elsewhere
in one version is left one-sided twice: omissions at its old place, additions at
its new one. After the search, runs of one-sided sentences at different places
whose summed vectors match are aligned with each other by the same search; its
confident pairs become beads again, standing at their source sentences' place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from align_check.align.sides import Side
from align_check.model import Bead

MOVED = 0.5
"""Bead score from which a pair found between two runs counts as moved (well above the
confidence of an ordinary pair: a move is a strong claim)."""

MATCH = 0.55
"""Cosine from which two runs of one-sided sentences are aligned with each other."""

MOST = 200
"""Runs a side beyond which moves are not looked for (every run meets every other)."""

Aligner = Callable[[Side, Side], list[Bead]]


@dataclass(frozen=True)
class _Run:
    """Consecutive one-sided sentences of one side, in one gap of the alignment."""

    gap: int
    start: int
    stop: int


def pair_moved(
    beads: Sequence[Bead], left: Side, right: Side, realign: Aligner
) -> tuple[Bead, ...]:
    """The beads, with sentences of moved passages paired again where they were one-sided."""
    sources, targets = _runs(beads, source=True), _runs(beads, source=False)
    if not sources or not targets or max(len(sources), len(targets)) > MOST:
        return tuple(beads)
    moved: list[Bead] = []
    for first, second in _matches(sources, targets, left, right):
        found = realign(left.part(first.start, first.stop), right.part(second.start, second.stop))
        moved += [
            Bead(
                tuple(first.start + i for i in b.source),
                tuple(second.start + j for j in b.target),
                b.score,
            )
            for b in found
            if b.two_sided and b.score >= MOVED
        ]
    return _placed(beads, moved) if moved else tuple(beads)


def _runs(beads: Sequence[Bead], source: bool) -> list[_Run]:
    """Runs of one-sided sentences of one side, each with its gap (two-sided beads before it)."""
    runs: list[_Run] = []
    gap = 0
    for bead in beads:
        gap += bead.two_sided
        ids = bead.source if source else bead.target
        if bead.two_sided or not ids:
            continue
        last = runs[-1] if runs else None
        if last is not None and last.gap == gap and last.stop == ids[0]:
            runs[-1] = _Run(gap, last.start, ids[-1] + 1)
        else:
            runs.append(_Run(gap, ids[0], ids[-1] + 1))
    return runs


def _matches(
    sources: list[_Run], targets: list[_Run], left: Side, right: Side
) -> list[tuple[_Run, _Run]]:
    """Source and target runs at different places whose sentences say the same, best first,
    each run in one match at most."""
    a = np.stack([_direction(left, run) for run in sources])
    b = np.stack([_direction(right, run) for run in targets])
    cosines = a @ b.T
    matches: list[tuple[_Run, _Run]] = []
    used_s: set[int] = set()
    used_t: set[int] = set()
    for flat in np.argsort(-cosines, axis=None):
        s, t = divmod(int(flat), len(targets))
        if cosines[s, t] < MATCH:
            break
        if s in used_s or t in used_t or sources[s].gap == targets[t].gap:
            continue
        used_s.add(s)
        used_t.add(t)
        matches.append((sources[s], targets[t]))
    return matches


def _direction(side: Side, run: _Run) -> NDArray[np.float64]:
    """The normalised sum of a run's sentence vectors."""
    total = side.vectors[run.start : run.stop].astype(np.float64).sum(axis=0)
    return np.asarray(total / max(float(np.linalg.norm(total)), 1e-9), dtype=np.float64)


def _placed(beads: Sequence[Bead], moved: list[Bead]) -> tuple[Bead, ...]:
    """The beads with the moved pairs in place of their sentences' one-sided beads, each at
    its first source sentence's place."""
    paired_s = {i for bead in moved for i in bead.source}
    paired_t = {j for bead in moved for j in bead.target}
    at = {bead.source[0]: bead for bead in moved}
    out: list[Bead] = []
    for bead in beads:
        if bead.two_sided:
            out.append(bead)
        elif bead.source and bead.source[0] in paired_s:
            if bead.source[0] in at:  # a moved pair stands at its first source sentence
                out.append(at[bead.source[0]])
        elif not (bead.target and bead.target[0] in paired_t):
            out.append(bead)
    return tuple(out)
