"""Figures: numbers written in digits, which a translation keeps as they are.

Each sentence becomes a vector of hashed counts of its digit runs ("8848",
"1955"); the cosine of two runs' summed vectors is high where they quote the
same figures. Added to the bead score, it tells which of two neighbouring
sentences holds a date or a height that the other side quotes (Text+Berg's
alpine reports are full of them).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

BUCKETS = 256
"""Buckets the figures are hashed into."""

WEIGHT = {"semantic": 0.3, "lexical": 1.0}
"""Weight of the figures' cosine beside each signal's cosine (chosen on Text+Berg dev)."""

_DIGITS = re.compile(r"\d+")


def figure_vectors(texts: Sequence[str]) -> NDArray[np.float32]:
    """Return each text's hashed counts of digit runs (a zero row when it has none)."""
    out = np.zeros((len(texts), BUCKETS), dtype=np.float32)
    for row, text in enumerate(texts):
        for figure in _DIGITS.findall(text):
            out[row, zlib.crc32(figure.encode("ascii", "replace")) % BUCKETS] += 1
    return out
