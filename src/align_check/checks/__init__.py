"""The registry of checks: each looks at an alignment and yields findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from align_check.checks.date import check_dates
from align_check.checks.language import check_language, foreign_sentences
from align_check.checks.length import check_length
from align_check.checks.meaning import check_meaning
from align_check.checks.name import check_names
from align_check.checks.number import check_numbers
from align_check.checks.onesided import check_one_sided
from align_check.checks.order import check_order
from align_check.checks.structure import check_structure
from align_check.codes import category_of
from align_check.model import Bead, Document, Finding

Check = Callable[[Document, Document, tuple[Bead, ...]], Iterable[Finding]]

CHECKS: dict[str, Check] = {
    "one-sided": check_one_sided,  # AC101 to AC103, AC105, AC106
    "number": check_numbers,  # AC201, AC202
    "date": check_dates,  # AC211, AC212
    "name": check_names,  # AC301, AC302, AC303
    "meaning": check_meaning,  # AC401
    "length": check_length,  # AC402
    "language": check_language,  # AC501, AC502
    "structure": check_structure,  # AC601, AC602
    "order": check_order,  # AC603
}
"""Every check by name, run in this order."""


SUPERSEDED = frozenset({"number", "date", "name", "meaning", "length"})
"""Categories that say nothing more than AC501 on a sentence in the other document's language
(its figures, dates and names read with the wrong language's rules)."""


def run_checks(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Every finding of every check, check by check, but what an untranslated sentence explains."""
    findings = [finding for check in CHECKS.values() for finding in check(source, target, beads)]
    if any(finding.code == "AC501" for finding in findings):
        foreign = foreign_sentences(source, target, beads)
        findings = [finding for finding in findings if not _explained(finding, foreign)]
    yield from findings


def _explained(finding: Finding, foreign: tuple[frozenset[int], frozenset[int]]) -> bool:
    """True for a finding that AC501 explains: on sentences in the other document's language."""
    if category_of(finding.code) not in SUPERSEDED:
        return False
    in_source = bool(finding.source) and set(finding.source) <= foreign[0]
    in_target = bool(finding.target) and set(finding.target) <= foreign[1]
    return in_source or in_target
