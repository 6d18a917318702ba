"""The registry of checks: each looks at an alignment and yields findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from align_check.checks.onesided import check_one_sided
from align_check.model import Bead, Document, Finding

Check = Callable[[Document, Document, tuple[Bead, ...]], Iterable[Finding]]

CHECKS: dict[str, Check] = {
    "one-sided": check_one_sided,
}
"""Every check by name, run in this order."""


def run_checks(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Every finding of every check, check by check."""
    for check in CHECKS.values():
        yield from check(source, target, beads)
