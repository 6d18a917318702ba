"""The terminal view: a summary, then every finding with both sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from align_check.codes import category_of
from align_check.lang import language_name
from align_check.model import SEVERITIES, Finding, Report, Run
from align_check.output.locations import Side, primary, sides
from align_check.output.marks import mark_spans
from align_check.output.options import OutputOptions
from align_check.text import clip

_QUOTE_WIDTH = 160

_STYLES = {
    "error": "1;31",
    "warning": "1;33",
    "info": "1;36",
    "heading": "1",
    "place": "1",
    "quiet": "2",
    "mark": "1;30;43",
}
"""ANSI SGR parameters of each role (ECMA-48 select graphic rendition): bold, colours, faint."""

Paint = Callable[[str, str], str]
"""Wraps a text in the style of a role, or returns it unchanged when colour is off."""


def _painter(color: bool) -> Paint:
    """The painter of a run: ANSI colour for a terminal that shows it, nothing otherwise."""
    if not color:
        return lambda text, role: text
    return lambda text, role: f"\x1b[{_STYLES[role]}m{text}\x1b[0m" if text else text


def format_text(run: Run, options: OutputOptions) -> str:
    """Plain text for people: one block per comparison, then unpaired documents."""
    paint = _painter(options.color)
    blocks = ["\n".join(_report(report, paint)) for report in run.reports]
    blocks.extend(
        f"{paint(u.path, 'place')}: {paint(u.finding.severity, u.finding.severity)} "
        f"{u.finding.code} {u.finding.message}"
        for u in run.unpaired
    )
    if run.batch:
        blocks.append(_batch_summary(run, paint))
    return "\n\n".join(blocks) + "\n"


def _batch_summary(run: Run, paint: Paint) -> str:
    """The last line of a batch: what was compared, and the findings by severity."""
    pairs, alone = len(run.reports), len(run.unpaired)
    if not pairs and not alone:
        return "checked: no documents found"
    return (
        f"checked: {pairs} pair{'s' if pairs != 1 else ''}, "
        f"{alone} document{'s' if alone != 1 else ''} without a pair; "
        f"findings: {_counted(run.findings, paint)}"
    )


def _report(report: Report, paint: Paint) -> Iterator[str]:
    source, target = report.source, report.target
    yield paint(f"{source.path} ({source.lang}) -> {target.path} ({target.lang})", "heading")
    yield f"signature: {report.signature}"
    yield (
        f"sentences: {len(source.sentences)} {source.lang}, {len(target.sentences)} {target.lang}"
    )
    for document in (source, target):
        if document.notices:
            yield f"read {document.path}: {'; '.join(document.notices)}"
    yield f"alignment: {_shapes(report)}"
    yield f"findings: {_counted(report.findings, paint)}"
    for finding in report.findings:
        yield ""
        first, _ = primary(report, finding)
        category = category_of(finding.code)
        yield (
            f"{paint(f'{first.anchor}:', 'place')} "
            f"{paint(finding.severity, finding.severity)} "
            f"{finding.code} [{category}] {finding.message}"
        )
        yield from _sentences(*sides(report, finding), finding, paint)


def _shapes(report: Report) -> str:
    shapes = Counter(f"{len(b.source)}-{len(b.target)}" for b in report.beads)
    pairs = sum(n for shape, n in shapes.items() if "0" not in shape.split("-"))
    detail = ", ".join(f"{n} {shape}" for shape, n in sorted(shapes.items(), key=_shape_order))
    return f"{pairs} pairs ({detail})" if detail else "nothing to align"


def _shape_order(item: tuple[str, int]) -> tuple[bool, str]:
    """Pairs first, then one-sided beads."""
    return "0" in item[0].split("-"), item[0]


def _counted(findings: Sequence[Finding], paint: Paint) -> str:
    """Findings counted by severity, most serious first: "2 error, 0 warning, 4 info"."""
    counts = Counter(f.severity for f in findings)
    return ", ".join(
        paint(f"{counts[s]} {s}", s) if counts[s] else f"{counts[s]} {s}"
        for s in reversed(SEVERITIES)
    )


def _sentences(source: Side, target: Side, finding: Finding, paint: Paint) -> Iterator[str]:
    marks = (finding.source_marks, finding.target_marks)
    for side, side_marks in zip((source, target), marks, strict=True):
        label = side.lang
        if side.texts:
            for place, text in zip(side.labels, side.texts, strict=True):
                yield f"    {label} {place}: {_marked(clip(text, _QUOTE_WIDTH), side_marks, paint)}"
        elif side.lines:
            name = language_name(side.lang)
            gap = f"(nothing in {name}; {side.gap})"
            yield f"    {label}: {paint(gap, 'quiet')}"


def _marked(text: str, marks: Iterable[str], paint: Paint) -> str:
    """The text with the parts that differ highlighted (unchanged without colour)."""
    parts, at = [], 0
    for start, end in mark_spans(text, marks):
        parts += [text[at:start], paint(text[start:end], "mark")]
        at = end
    return "".join([*parts, text[at:]])
