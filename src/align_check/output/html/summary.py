"""The top of the page: counts by category and severity, filters, keys, and the pairs of a batch."""

from __future__ import annotations

from collections import Counter

from align_check.codes import CATEGORIES, category_of
from align_check.lang import language_name
from align_check.model import SEVERITIES, Report, Run
from align_check.output.html.anchors import pair_id
from align_check.output.html.elements import E, Element, classes, text

_ORDER = tuple(reversed(SEVERITIES))
"""Severities from most to least serious, as columns."""


def summary_section(run: Run) -> Element:
    """Counts of the run's findings by category and severity, then the filters."""
    return E.section(
        {"aria-labelledby": "summary"},
        E.h2({"id": "summary"}, "Summary"),
        *([counts_table(run), filters(run), keys()] if run.findings else [E.p("No findings.")]),
    )


def counts_table(run: Run) -> Element:
    """A table of findings: one row per category found, one column per severity."""
    counts = Counter((category_of(f.code), f.severity) for f in run.findings)
    found = [c for c in CATEGORIES if any(counts[c, s] for s in SEVERITIES)]
    head = E.tr(
        E.th({"scope": "col"}, "Category"),
        *(E.th({"scope": "col"}, s) for s in _ORDER),
        E.th({"scope": "col"}, "total"),
    )
    body = [_count_row(c, [counts[c, s] for s in _ORDER]) for c in found]
    totals = [sum(counts[c, s] for c in found) for s in _ORDER]
    return E.table(
        classes("counts"),
        E.caption("Findings by category and severity"),
        E.thead(head),
        E.tbody(*body),
        E.tfoot(_count_row("total", totals)),
    )


def _count_row(name: str, numbers: list[int]) -> Element:
    cells = [E.td(str(n)) for n in numbers]
    return E.tr(E.th({"scope": "row"}, name), *cells, E.td(str(sum(numbers))))


def filters(run: Run) -> Element:
    """Checkboxes choosing which findings show; hidden until the script runs."""
    severities = Counter(f.severity for f in run.findings)
    categories = Counter(category_of(f.code) for f in run.findings)
    return E.form(
        {"id": "filters", "hidden": "hidden", **classes("filters")},
        _fieldset("Severity", "severity", [(s, severities[s]) for s in _ORDER]),
        _fieldset(
            "Category", "category", [(c, categories[c]) for c in CATEGORIES if categories[c]]
        ),
        E.fieldset(
            E.legend("Rows"),
            E.label(
                E.input({"type": "checkbox", "name": "rows", "checked": "checked"}),
                " show rows without findings",
            ),
        ),
    )


def _fieldset(legend: str, name: str, choices: list[tuple[str, int]]) -> Element:
    boxes = [
        E.label(
            E.input({"type": "checkbox", "name": name, "value": value, "checked": "checked"}),
            f" {value} ({count})",
        )
        for value, count in choices
    ]
    return E.fieldset(E.legend(legend), *boxes)


def keys() -> Element:
    """How to move between findings with the keyboard; shown when the script runs."""
    return E.div(
        E.p(
            {"id": "keys", "hidden": "hidden", **classes("keys")},
            "Keys: ",
            E.kbd("j"),
            " or ",
            E.kbd("n"),
            " goes to the next finding, ",
            E.kbd("k"),
            " or ",
            E.kbd("p"),
            " to the previous one; ",
            "each finding in the list links to its row.",
        ),
        E.p({"id": "position", "aria-live": "polite", **classes("visually-hidden")}),
    )


def pairs_section(run: Run) -> Element:
    """For a batch: every pair compared with its counts, then the documents left unpaired."""
    head = E.tr(
        *(
            E.th({"scope": "col"}, name)
            for name in ("Pair", "Source", "Target", "Sentences", *_ORDER)
        )
    )
    rows = [_pair_row(n, report) for n, report in enumerate(run.reports, start=1)]
    section = E.section(
        {"aria-labelledby": "pairs"},
        E.h2({"id": "pairs"}, f"Pairs ({len(run.reports)})"),
        E.table(
            classes("pairs"),
            E.caption("Documents compared, by pair"),
            E.thead(head),
            E.tbody(*rows),
        )
        if rows
        else E.p("No pair was compared."),
    )
    if run.unpaired:
        section.append(_unpaired_table(run))
    return section


def _pair_row(n: int, report: Report) -> Element:
    counts = Counter(f.severity for f in report.findings)
    sizes = f"{len(report.source.sentences)} / {len(report.target.sentences)}"
    return E.tr(
        E.th({"scope": "row"}, E.a({"href": f"#{pair_id(n)}"}, f"Pair {n}")),
        E.td(classes("path"), text(report.source.path)),
        E.td(classes("path"), text(report.target.path)),
        E.td(classes("number"), sizes),
        *(E.td(classes("number"), str(counts[s])) for s in _ORDER),
    )


def _unpaired_table(run: Run) -> Element:
    head = E.tr(*(E.th({"scope": "col"}, name) for name in ("Document", "Language", "Finding")))
    rows = [
        E.tr(
            {"class": f"sev-{u.finding.severity}"},
            E.th({"scope": "row", **classes("path")}, text(u.path)),
            E.td(text(language_name(u.lang))),
            E.td(
                E.span(classes("sev"), u.finding.severity),
                " ",
                E.span(classes("code"), u.finding.code),
                " ",
                text(u.finding.message),
            ),
        )
        for u in run.unpaired
    ]
    return E.table(
        classes("pairs"), E.caption("Documents left without a pair"), E.thead(head), E.tbody(*rows)
    )
