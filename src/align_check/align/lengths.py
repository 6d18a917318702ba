"""Length agreement of a bead's two sides.

Gale & Church (1993, "A program for aligning sentences in bilingual corpora",
Computational Linguistics 19(1)) showed that the character lengths of a sentence
and its translation are proportional. The penalty used here is Bertalign's
(Liu & Zhu 2023, "Bertalign: Improved word embedding-based sentence alignment
for Chinese-English parallel corpora of literary texts"): log2(1 + shorter /
longer), after scaling the target by the documents' length ratio. It is 1 for
equal lengths and falls slowly, so it reweighs similarity without overruling it.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def length_ratio(source_total: float, target_total: float) -> float:
    """Source characters per target character over the whole documents."""
    return source_total / target_total if target_total > 0 else 1.0


def length_penalty(
    source: NDArray[np.float64], target: NDArray[np.float64], ratio: float
) -> NDArray[np.float64]:
    """Return log2(1 + shorter / longer) for the character lengths of candidate beads."""
    scaled = target * ratio
    shorter, longer = np.minimum(source, scaled), np.maximum(source, scaled)
    return np.log2(1 + shorter / np.maximum(longer, 1e-9))
