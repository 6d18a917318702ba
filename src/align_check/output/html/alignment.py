"""The alignment table: one row per bead, source and target side by side, findings marked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from align_check.lang import language_name
from align_check.model import Bead, Document, Finding, Report, severity_rank
from align_check.output.html.anchors import finding_id, finding_rows, row_id
from align_check.output.html.elements import E, Element, classes, text
from align_check.output.html.findings import finding_data, finding_label
from align_check.output.marks import mark_spans

DOUBTFUL = 0.5
"""A pair scoring below this is shown as a doubtful alignment."""


def alignment_table(report: Report, pair: int) -> Element:
    """The table of a comparison, its caption saying what the columns hold."""
    context = _Context(
        report,
        pair,
        _marks(report.findings, "source"),
        _marks(report.findings, "target"),
        _notes_by_row(report),
    )
    source, target = report.source, report.target
    caption = (
        f"{language_name(source.lang)} and {language_name(target.lang)} side by side, "
        f"one row per aligned unit ({len(report.beads)} rows)"
    )
    return E.table(
        classes("alignment"),
        E.caption(caption),
        E.colgroup(*(E.col(classes(name)) for name in _COLUMNS)),
        E.thead(E.tr(*_headings(source, target))),
        E.tbody(*(_row(context, k) for k in range(len(report.beads)))),
    )


@dataclass(frozen=True)
class _Context:
    """What every row of one comparison needs: the report and its marks and notes by sentence."""

    report: Report
    pair: int
    source_marks: dict[int, list[str]]
    target_marks: dict[int, list[str]]
    notes: dict[int, list[int]]


_COLUMNS = ("col-n", "col-side", "col-side", "col-notes", "col-score")


def _headings(source: Document, target: Document) -> list[Element]:
    return [
        E.th({"scope": "col"}, E.abbr({"title": "row"}, "#")),
        E.th({"scope": "col"}, f"{language_name(source.lang)} ({source.lang}), source"),
        E.th({"scope": "col"}, f"{language_name(target.lang)} ({target.lang}), target"),
        E.th({"scope": "col"}, "Findings"),
        E.th({"scope": "col"}, E.abbr({"title": "alignment score, from 0 to 1"}, "Score")),
    ]


def _notes_by_row(report: Report) -> dict[int, list[int]]:
    """The indexes of the findings anchored to each row."""
    rows: dict[int, list[int]] = {}
    for k, row in enumerate(finding_rows(report)):
        if row is not None:
            rows.setdefault(row, []).append(k)
    return rows


def _row(context: _Context, k: int) -> Element:
    report, pair, notes = context.report, context.pair, context.notes.get(k, [])
    bead = report.beads[k]
    findings = [report.findings[n] for n in notes]
    worst = max((f.severity for f in findings), key=severity_rank, default="")
    row = E.tr(
        {
            "id": row_id(pair, k),
            "tabindex": "-1",
            **classes("bead", "flagged" if findings else "", f"sev-{worst}" if worst else ""),
        },
        E.th({"scope": "row"}, str(k + 1)),
        _side(report.source, bead.source, bead, context.source_marks, report.target),
        _side(report.target, bead.target, bead, context.target_marks, report.source),
        E.td(_note_list(report, pair, notes)) if notes else E.td(),
        _score(bead),
    )
    return row


def _side(
    document: Document,
    ids: tuple[int, ...],
    bead: Bead,
    marks: dict[int, list[str]],
    other: Document,
) -> Element:
    """One side of a bead: its sentences, a marked gap, or the sentences of a one-sided bead."""
    lang = {"lang": document.lang}
    if not ids:
        gap = f"Nothing in {language_name(document.lang)} here"
        return E.td(classes("side", "gap"), E.span(classes("visually-hidden"), gap))
    sentences = [_sentence(document, i, marks.get(i, ())) for i in ids]
    if bead.two_sided:
        return E.td({**lang, **classes("side")}, *sentences)
    tag = E.span(
        classes("lone-tag"),
        {"lang": "en"},
        f"Only in {language_name(document.lang)}, not in {language_name(other.lang)}",
    )
    return E.td({**lang, **classes("side", "lone")}, tag, *sentences)


def _sentence(document: Document, i: int, marks: Iterable[str]) -> Element:
    sentence = document.sentences[i]
    return E.p({"title": sentence.where}, *highlighted(text(sentence.text), marks))


def highlighted(value: str, marks: Iterable[str]) -> list[Element | str]:
    """The text with every occurrence of the marks wrapped in <mark>, longest marks first."""
    parts: list[Element | str] = []
    at = 0
    for start, end in mark_spans(value, [text(m) for m in marks]):
        parts += [value[at:start], E.mark(classes("diff"), value[start:end])]
        at = end
    parts.append(value[at:])
    return [part for part in parts if not isinstance(part, str) or part]


def _marks(findings: Iterable[Finding], side: str) -> dict[int, list[str]]:
    """For each sentence id of one side, the marks of the findings that concern it."""
    marks: dict[int, list[str]] = {}
    for finding in findings:
        ids, found = (
            (finding.source, finding.source_marks)
            if side == "source"
            else (finding.target, finding.target_marks)
        )
        for i in ids:
            marks.setdefault(i, []).extend(found)
    return marks


def _note_list(report: Report, pair: int, notes: Sequence[int]) -> Element:
    items = []
    for n in notes:
        finding = report.findings[n]
        link = E.a({"href": f"#{finding_id(pair, n)}"}, *finding_label(finding))
        items.append(E.li(finding_data(finding), link))
    return E.ul(classes("notes"), *items)


def _score(bead: Bead) -> Element:
    doubtful = bead.two_sided and bead.score < DOUBTFUL
    cell = E.td(classes("score", "doubtful" if doubtful else ""), f"{bead.score:.2f}")
    if doubtful:
        cell.append(E.span(classes("low"), "doubtful"))
    return cell
