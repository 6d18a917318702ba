"""Headings that the other version runs into its paragraph: joined to that paragraph's pair.

Web pages often set a section's title in bold at the start of its first paragraph
("**Analytics comparability** The effectiveness of..."), where the other version gives it a
line of its own ("Comparabilité analytique"). The heading is then alone on its side, next to
the pair of the paragraph that holds its translation; whole-sentence vectors hardly see a
few words more in a long paragraph. After the search, a heading left alone whose next pair's
other side opens with a run of words that translates it joins that pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from align_check.align.phrases import SAID, Embed, best_run
from align_check.model import Bead, Document


def join_run_in(
    beads: Sequence[Bead], source: Document, target: Document, embed: Embed
) -> list[Bead]:
    """The beads, each heading run into the other version's next paragraph in its pair."""
    out: list[Bead] = []
    for bead in beads:
        last = out[-1] if out else None
        if last is not None and bead.two_sided and _runs_into(last, bead, source, target, embed):
            out[-1] = Bead(last.source + bead.source, last.target + bead.target, bead.score)
        else:
            out.append(bead)
    return out


def _runs_into(alone: Bead, pair: Bead, source: Document, target: Document, embed: Embed) -> bool:
    """True when a one-sided heading comes just before a pair whose other side opens, outside
    any heading, with its translation."""
    if alone.two_sided:
        return False
    if alone.source:
        ids, next_ids, documents, others = alone.source, pair.source, (source, target), pair.target
    else:
        ids, next_ids, documents, others = alone.target, pair.target, (target, source), pair.source
    heading, opening = documents[0].sentences[ids[-1]], documents[1].sentences[others[0]]
    if heading.kind != "heading" or opening.kind == "heading" or next_ids[0] != ids[-1] + 1:
        return False
    return best_run(heading.text, opening.text, embed, opening=True) >= SAID
