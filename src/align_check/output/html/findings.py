"""The list of a comparison's findings, each linking to its row of the alignment."""

from __future__ import annotations

from align_check.codes import category_of
from align_check.model import Finding, Report
from align_check.output.html.anchors import finding_id, finding_rows, pair_id, row_id
from align_check.output.html.elements import E, Element, classes, text
from align_check.output.locations import Side, primary
from align_check.text import clip

QUOTE_WIDTH = 140
"""Characters of the concerned sentence quoted under each finding."""


def findings_list(report: Report, pair: int) -> Element:
    """An ordered list of the findings in document order, or a sentence saying there are none."""
    rows = finding_rows(report)
    if not report.findings:
        return E.p("No findings: the two versions agree.")
    order = sorted(range(len(report.findings)), key=lambda k: (_position(rows[k]), k))
    items = [_item(report, pair, k, rows[k]) for k in order]
    return E.ol(classes("findings"), *items)


def finding_label(finding: Finding) -> list[Element | str]:
    """Severity, code, category and message, as spans for styling."""
    return [
        E.span(classes("sev"), finding.severity),
        " ",
        E.span(classes("code"), finding.code),
        " ",
        E.span(classes("category"), category_of(finding.code)),
        ": ",
        text(finding.message),
    ]


def _item(report: Report, pair: int, k: int, row: int | None) -> Element:
    finding = report.findings[k]
    target = row_id(pair, row) if row is not None else pair_id(pair)
    first, _ = primary(report, finding)
    item = E.li(
        {"id": finding_id(pair, k), **finding_data(finding)},
        E.a({"href": f"#{target}"}, *finding_label(finding)),
        " ",
        E.span(classes("where"), text(_where(first))),
    )
    if first.texts:
        item.append(E.q(text(clip(" ".join(first.texts), QUOTE_WIDTH))))
    return item


def _where(side: Side) -> str:
    """Where a finding is: "fr.txt:12", or "fr.pdf, page 3, paragraph 4"."""
    return f"{side.path}, {side.place.where}" if side.place else f"{side.path}:{side.line}"


def finding_data(finding: Finding) -> dict[str, str]:
    """The attributes that filters and styles read."""
    return {
        "class": f"sev-{finding.severity}",
        "data-severity": finding.severity,
        "data-category": category_of(finding.code),
    }


def _position(row: int | None) -> int:
    """Document-level findings first, then by row."""
    return -1 if row is None else row
