"""The terminal view: a summary, then every finding with both sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from align_check.codes import category_of
from align_check.lang import language_name
from align_check.model import SEVERITIES, Report, Run
from align_check.output.locations import Side, primary, sides
from align_check.output.options import OutputOptions

_QUOTE_WIDTH = 160


def format_text(run: Run, options: OutputOptions) -> str:
    """Plain text for people: one block per comparison, then unpaired documents."""
    blocks = ["\n".join(_report(report)) for report in run.reports]
    blocks.extend(
        f"{u.path}: {u.finding.severity} {u.finding.code} {u.finding.message}" for u in run.unpaired
    )
    return "\n\n".join(blocks) + "\n"


def _report(report: Report) -> Iterator[str]:
    source, target = report.source, report.target
    yield f"{source.path} ({source.lang}) -> {target.path} ({target.lang})"
    yield f"signature: {report.signature}"
    yield (
        f"sentences: {len(source.sentences)} {source.lang}, {len(target.sentences)} {target.lang}"
    )
    yield f"alignment: {_shapes(report)}"
    yield f"findings: {_severities(report)}"
    for finding in report.findings:
        yield ""
        first, _ = primary(report, finding)
        category = category_of(finding.code)
        yield (
            f"{first.path}:{first.line}:{first.column}: {finding.severity} "
            f"{finding.code} [{category}] {finding.message}"
        )
        yield from _sentences(*sides(report, finding))


def _shapes(report: Report) -> str:
    shapes = Counter(f"{len(b.source)}-{len(b.target)}" for b in report.beads)
    pairs = sum(n for shape, n in shapes.items() if "0" not in shape.split("-"))
    detail = ", ".join(f"{n} {shape}" for shape, n in sorted(shapes.items(), key=_shape_order))
    return f"{pairs} pairs ({detail})" if detail else "nothing to align"


def _shape_order(item: tuple[str, int]) -> tuple[bool, str]:
    """Pairs first, then one-sided beads."""
    return "0" in item[0].split("-"), item[0]


def _severities(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    return ", ".join(f"{counts[s]} {s}" for s in reversed(SEVERITIES))


def _sentences(source: Side, target: Side) -> Iterator[str]:
    for side in (source, target):
        label = side.lang
        if side.texts:
            for line, text in zip(side.lines, side.texts, strict=True):
                yield f"    {label} {line}: {_clip(text)}"
        elif side.lines:
            name = language_name(side.lang)
            yield f"    {label}: (nothing in {name}; the gap follows line {side.line})"


def _clip(text: str) -> str:
    return text if len(text) <= _QUOTE_WIDTH else text[: _QUOTE_WIDTH - 1] + "…"
