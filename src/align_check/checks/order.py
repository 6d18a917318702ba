"""AC603: a passage that stands at another place in the target than in the source."""

from __future__ import annotations

from collections.abc import Iterator

from align_check.checks.pairs import out_of_order, side
from align_check.codes import CODES
from align_check.model import Bead, Document, Finding


def check_order(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """One finding for each run of consecutive pairs whose targets stand together elsewhere."""
    moved = out_of_order(beads)
    run: list[Bead] = []
    last_target = -1
    for n, bead in enumerate(beads):
        if n in moved and (not run or bead.target[0] == run[-1].target[-1] + 1):
            run.append(bead)
            continue
        if n in moved:  # moved too, but from another place: a run of its own
            yield _finding(source, target, run, last_target)
            run = [bead]
            continue
        if run:
            yield _finding(source, target, run, last_target)
            run = []
        last_target = max(bead.target, default=last_target)
    if run:
        yield _finding(source, target, run, last_target)


def _finding(source: Document, target: Document, run: list[Bead], after: int) -> Finding:
    """The finding for a moved run: where the source's order would put it in the target."""
    ids_s = tuple(i for bead in run for i in bead.source)
    ids_t = tuple(j for bead in run for j in bead.target)
    here, there = side(source, ids_s).name, side(target, ids_t).name
    what = "sentence" if len(ids_s) == 1 else "passage"
    where = f"after line {target.sentences[after].line}" if after >= 0 else "at the start"
    message = (
        f"this {what} is at another place in the {there}: "
        f"following the {here}, it would come {where}"
    )
    return Finding("AC603", CODES["AC603"].severity, message, source=ids_s, target=ids_t)
