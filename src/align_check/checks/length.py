"""AC402: an aligned pair whose lengths differ far more than translation makes them."""

from __future__ import annotations

import math
from collections.abc import Iterator

from align_check.checks.pairs import finding, side, two_sided
from align_check.model import Bead, Document, Finding

RATIO = 1.0
VARIANCE = 6.8
"""Expected target characters per source character, and their variance per character
(Gale & Church 1993, "A program for aligning sentences in bilingual corpora"); the
TransRead English-French gold gives 1.0 and 5.8."""

LIMIT = 4.0
"""Standardised length difference beyond which a pair is reported (two-sided p < 1e-4)."""

MIN_CHARS = 40
"""Longer side below which lengths say too little."""


def delta(source_chars: int, target_chars: int) -> float:
    """Return Gale & Church's standardised length difference of a pair, its variance taken
    from the mean of both lengths so that either side may be the source."""
    mean = (source_chars + target_chars / RATIO) / 2
    if mean == 0:
        return 0.0
    return (target_chars - RATIO * source_chars) / math.sqrt(mean * VARIANCE)


def check_length(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report aligned pairs whose length ratio is far outside what translation gives."""
    for bead in two_sided(beads):
        left, right = side(source, bead.source), side(target, bead.target)
        chars = (len(left.text), len(right.text))
        gap = delta(*chars)
        if max(chars) >= MIN_CHARS and abs(gap) > LIMIT:
            share = round(100 * chars[1] / max(chars[0], 1))
            message = (
                f"the {right.name} is {share}% of the length of the {left.name} "
                f"({chars[1]} and {chars[0]} characters; translation keeps them close)"
            )
            yield finding("AC402", message, bead)
