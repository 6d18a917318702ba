"""The registry of checks: each looks at an alignment and yields findings."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from align_check.align import semantic
from align_check.align.semantic import can_fork
from align_check.checks.bodies import check_bodies
from align_check.checks.date import check_dates
from align_check.checks.inpair import check_in_pair
from align_check.checks.language import check_language
from align_check.checks.length import check_length
from align_check.checks.meaning import check_meaning
from align_check.checks.name import check_names
from align_check.checks.negation import check_negation
from align_check.checks.number import check_numbers
from align_check.checks.onesided import check_one_sided
from align_check.checks.order import check_order
from align_check.checks.structure import check_structure
from align_check.model import Bead, Document, Finding
from align_check.namelist import Row, oriented

Check = Callable[[Document, Document, tuple[Bead, ...]], Iterable[Finding]]

CHECKS: dict[str, Check] = {
    "one-sided": check_one_sided,  # AC101 to AC103, AC105, AC106
    "in-pair": check_in_pair,  # AC107, AC108
    "number": check_numbers,  # AC201, AC202
    "date": check_dates,  # AC211, AC212
    "name": check_names,  # AC301, AC302, AC303
    "bodies": check_bodies,  # AC301 at error: two different bodies named
    "meaning": check_meaning,  # AC401
    "length": check_length,  # AC402
    "negation": check_negation,  # AC403
    "language": check_language,  # AC501, AC502
    "structure": check_structure,  # AC601, AC602
    "order": check_order,  # AC603
}
"""Every check by name, run in this order."""


APART = ("name", "bodies")
"""Checks run in a second process on long documents where a second core is free: the name
check is the longest one, all Python, and needs nothing the others find."""

APART_WITH_ENCODER = (*APART, "number", "date", "negation", "language")
"""With the encoder in use, the checks that need none of the documents' sums go apart too:
the one-sided and in-pair checks, which do, cost about as much as these together."""

APART_FROM = 2000
"""Sentences, both sides counted, from which a second process pays for its start."""


def run_checks(
    source: Document, target: Document, beads: tuple[Bead, ...], names: tuple[Row, ...] = ()
) -> Iterator[Finding]:
    """Every finding of every check, check by check; the name check with the team's names.

    On long documents the APART checks run meanwhile in a process forked from this one (it
    inherits the documents and what was read of them); the findings are the same, in the same
    order, either way."""
    listed = oriented(names, source.language, target.language) if names else ()
    size = len(source.sentences) + len(target.sentences)
    apart, chosen = None, APART_WITH_ENCODER if semantic.available() else APART
    if size >= APART_FROM and can_fork():
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        apart = pool.submit(_run, chosen, source, target, beads, listed)
        pool.shutdown(wait=False)
    found = _run(
        tuple(n for n in CHECKS if apart is None or n not in chosen), source, target, beads, listed
    )
    if apart is not None:
        found |= apart.result()
    for name in CHECKS:
        yield from found[name]


def _run(
    chosen: tuple[str, ...],
    source: Document,
    target: Document,
    beads: tuple[Bead, ...],
    listed: tuple[tuple[str, str], ...],
) -> dict[str, list[Finding]]:
    """The findings of some checks, by check."""
    found = {}
    for name in chosen:
        check = partial(check_names, listed=listed) if name == "name" and listed else CHECKS[name]
        found[name] = list(check(source, target, beads))
    return found
