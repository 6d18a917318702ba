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

SAID = 0.6
"""Cosine from which a run of words says the short text (translations of a few words score
0.65 to 0.9 with the multilingual encoder, unrelated words under 0.35)."""

SLACK = (-1, 0, 1, 2)
"""Run lengths tried, in words more or fewer than the short text has."""


def best_run(short: str, text: str, embed: Embed, opening: bool = False) -> float:
    """The highest cosine between ``short`` and a run of about as many words of ``text``
    (only the runs it opens with, if ``opening``)."""
    words, size = text.split(), len(short.split())
    lengths = sorted({max(size + d, 1) for d in SLACK})
    runs = [
        " ".join(words[start : start + length])
        for length in lengths
        for start in (range(1) if opening else range(max(len(words) - length + 1, 1)))
    ]
    if not runs:
        return 0.0
    vectors = embed([short, *runs])
    return float(np.max(vectors[1:] @ vectors[0]))
