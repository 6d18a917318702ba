"""AC401: an aligned pair whose two sides say different things (low similarity for its length)."""

from __future__ import annotations

from collections.abc import Iterator

from align_check.checks.pairs import finding, side, two_sided
from align_check.model import Bead, Document, Finding

MIN_CHARS = 60
"""Shorter side below which a bead score says too little to report: headings, labels, idioms
("nous mettons la main à la pâte", "we're working on it") score low though they translate."""

FLOORS = ((120, 0.175), (MIN_CHARS, 0.125))
"""Bead scores below which a pair of at least so many characters (shorter side) differs
(a semantic cosine of 0.46 and 0.40)."""


def floor(length: int) -> float:
    """Return the bead score under which a pair of this length is reported."""
    return next((score for chars, score in FLOORS if length >= chars), 0.0)


def check_meaning(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report aligned pairs whose similarity is low for their length, with the score."""
    for bead in two_sided(beads):
        left, right = side(source, bead.source), side(target, bead.target)
        length = min(len(left.text), len(right.text))
        if bead.score < floor(length):
            message = (
                f"the {left.name} and the {right.name} of this pair say different things "
                f"(similarity {bead.score:.2f} for {length} characters)"
            )
            yield finding("AC401", message, bead)
