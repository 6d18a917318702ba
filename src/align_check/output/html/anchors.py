"""Where things sit in the HTML page: element ids, and the row each finding belongs to."""

from __future__ import annotations

from align_check.model import Finding, Report


def pair_id(pair: int) -> str:
    """The id of a comparison's section (pairs are numbered from 1)."""
    return f"pair-{pair}"


def row_id(pair: int, bead: int) -> str:
    """The id of the row of a bead (bead indexes start at 0, row numbers at 1)."""
    return f"pair-{pair}-row-{bead + 1}"


def finding_id(pair: int, finding: int) -> str:
    """The id of a finding's entry in the list of findings."""
    return f"pair-{pair}-finding-{finding + 1}"


def finding_rows(report: Report) -> tuple[int | None, ...]:
    """The bead index of each finding's first sentence (None for a document-level finding)."""
    by_source = {i: k for k, bead in enumerate(report.beads) for i in bead.source}
    by_target = {j: k for k, bead in enumerate(report.beads) for j in bead.target}
    return tuple(_first_row(f, by_source, by_target) for f in report.findings)


def _first_row(
    finding: Finding, by_source: dict[int, int], by_target: dict[int, int]
) -> int | None:
    rows = [by_source[i] for i in finding.source if i in by_source]
    rows += [by_target[j] for j in finding.target if j in by_target]
    return min(rows, default=None)
