"""AC603: a passage that stands at another place in the target than in the source."""

from __future__ import annotations

from collections.abc import Iterator

from align_check.checks.languages import lexicon_for
from align_check.checks.pairs import out_of_order, places
from align_check.codes import CODES
from align_check.model import Bead, Document, Finding


def check_order(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """One finding for each run of consecutive pairs whose targets stand together elsewhere."""
    placed = places(beads)
    moved = sorted(n for n in out_of_order(beads) if not beads[n].reordered)
    for run in _runs(beads, moved):
        yield _finding(source, target, [beads[n] for n in run], placed[run[0]][1])


def _runs(beads: tuple[Bead, ...], moved: list[int]) -> list[list[int]]:
    """The moved beads in runs: neighbours whose targets follow each other too."""
    runs: list[list[int]] = []
    for n in moved:
        last = runs[-1][-1] if runs else -2
        if last == n - 1 and beads[n].target[0] == beads[last].target[-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _finding(source: Document, target: Document, run: list[Bead], after: int) -> Finding:
    """The finding for a moved run: where the source's order would put it in the target."""
    ids_s = tuple(i for bead in run for i in bead.source)
    ids_t = tuple(j for bead in run for j in bead.target)
    here, there = lexicon_for(source.language).name, lexicon_for(target.language).name
    what = "sentence" if len(ids_s) == 1 else "passage"
    where = f"after line {target.sentences[after].line}" if after >= 0 else "at the start"
    message = (
        f"this {what} is at another place in the {there}: "
        f"following the {here}, it would come {where}"
    )
    return Finding("AC603", CODES["AC603"].severity, message, source=ids_s, target=ids_t)
