"""Whether a text says a short sentence or a heading in so many words, by its runs of words.

A sentence's vector stands for all it says, so a short one ("The result?") is far from any
long sentence, even one that opens with its translation ("Résultat : chaque jour..."). The
runs of about as many words as the short one, taken along the long text, are each compared
with it instead: the best cosine says whether the long text holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

Embed = Callable[[Sequence[str]], NDArray[np.float32]]
"""Unit vectors of texts, one row a text."""

Rough = Callable[[Sequence[str], Sequence[tuple[int, int]]], NDArray[np.float32]]
"""Rough unit vectors of runs of a text's words (spans [start, stop) of them), all from one
encoding of the text: good enough to rank the runs, not to score them."""

SAID = 0.6
"""Cosine from which a run of words says the short text (translations of a few words score
0.65 to 0.9 with the multilingual encoder, unrelated words under 0.35)."""

SLACK = (-1, 0, 1, 2)
"""Run lengths tried, in words more or fewer than the short text has."""

SHORTLIST = 16
"""Runs encoded one by one, of those the rough vectors rank closest (the best run was among
the first eight on every one of 74 long texts of the novels of the speed benchmark)."""


def best_run(
    short: str, text: str, embed: Embed, opening: bool = False, rough: Rough | None = None
) -> float:
    """The highest cosine between ``short`` and a run of about as many words of ``text``
    (only the runs it opens with, if ``opening``). With ``rough``, only the SHORTLIST runs it
    ranks closest are encoded: a long text has hundreds of runs, and each costs an encoding."""
    words, size = text.split(), len(short.split())
    lengths = sorted({max(size + d, 1) for d in SLACK})
    spans = [
        (start, min(start + length, len(words)))
        for length in lengths
        for start in (range(1) if opening else range(max(len(words) - length + 1, 1)))
    ]
    if rough is not None and len(spans) > SHORTLIST:
        alone = short.split()
        closeness = rough(words, spans) @ rough(alone, [(0, len(alone))])[0]
        spans = [spans[n] for n in sorted(np.argsort(-closeness, kind="stable")[:SHORTLIST])]
    vectors = embed([short, *(" ".join(words[a:b]) for a, b in spans)])
    return float(np.max(vectors[1:] @ vectors[0]))
