"""Reading order of a page: columns left to right, each top to bottom (a recursive cut
of the page along its widest white gaps, columns first).

A gap between two columns must run the full height of the region cut; the parts on each
side must each be a column of text (at least ``_COLUMN_WIDTH`` font heights wide): a strip
of bullets or row numbers beside text is not a column, so a table row or a list item is
not read number first.

A ruled table is read first by its cells (``cells``): row by row, each row's cells left to
right, each cell as a region of its own; the text around the table as before.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Callable, Sequence

from align_check.reading.pdf.cells import Cell, grid
from align_check.reading.pdf.glyphs import Rule
from align_check.reading.pdf.lines import Span, TextLine, rows

_COLUMN_GAP = 0.9
"""A white strip at least this many font heights wide may part two columns."""

_COLUMN_WIDTH = 4.0
"""A column is at least this many font heights wide..."""

_COLUMN_LINES = 3
"""... and holds at least this many lines."""

_WIDE = 0.5
"""A line wider than this share of its region may cross the gap between two columns..."""

_CROSSING_SHARE = 0.34
"""... when at most this share of the region's lines do (else it is one column)."""


def reading_order(
    page_spans: Sequence[Span], page: int, rules: Sequence[Rule] = ()
) -> list[TextLine]:
    """The lines of a page in reading order, each line of a ruled table's cell numbered
    with its cell."""
    if not rules:
        return _order(list(page_spans), page)
    found = grid(rules)
    cells: dict[Cell, list[Span]] = {}
    free: list[Span] = []
    for span in page_spans:
        cell = found.cell(span)
        if cell is None:
            free.append(span)
        else:
            cells.setdefault(cell, []).append(span)
    if not cells:
        return _order(free, page)
    pieces = [
        (cell.top, cell.x0, number, spans)
        for number, (cell, spans) in enumerate(
            sorted(cells.items(), key=lambda item: (-item[0].top, item[0].x0)), start=1
        )
    ]
    pieces += [(max(s.top for s in part), -1.0, 0, part) for part in _around(free, cells)]
    lines: list[TextLine] = []
    for _, _, number, spans in sorted(pieces, key=lambda p: (-p[0], p[1])):
        lines += [dataclasses.replace(line, cell=number) for line in _order(spans, page)]
    return lines


def _around(free: list[Span], cells: dict[Cell, list[Span]]) -> list[list[Span]]:
    """The spans outside the tables, parted where a table's rows start (text above a
    table, between two, below)."""
    tops = sorted({cell.top for cell in cells})
    parts: dict[int, list[Span]] = {}
    for span in free:
        middle = (span.top + span.bottom) / 2
        parts.setdefault(sum(1 for top in tops if top > middle), []).append(span)
    return [parts[key] for key in sorted(parts)]


def _order(region: list[Span], page: int) -> list[TextLine]:
    if len(region) < 2:
        return rows(region, page)
    size = statistics.median(span.size for span in region)
    columns = _columns(region, size)
    if columns:
        return [line for part in columns for line in _order(part, page)]
    bands = _around_crossings(region, size) or _bands(region)
    if bands:
        return [line for part in bands for line in _order(part, page)]
    return rows(region, page)


def _gaps(
    region: list[Span], start: Callable[[Span], float], end: Callable[[Span], float]
) -> list[tuple[float, float]]:
    """The white intervals between the spans' extents along one axis, as (from, to)."""
    ordered = sorted(region, key=start)
    gaps: list[tuple[float, float]] = []
    reach = end(ordered[0])
    for span in ordered[1:]:
        if start(span) > reach:
            gaps.append((reach, start(span)))
        reach = max(reach, end(span))
    return gaps


def _columns(region: list[Span], size: float) -> list[list[Span]] | None:
    """The region parted at its widest gap between two columns of text, if it has one."""
    gaps = [g for g in _gaps(region, _left, _right) if g[1] - g[0] >= _COLUMN_GAP * size]
    for low, high in sorted(gaps, key=lambda g: g[0] - g[1]):
        left = [span for span in region if span.x1 <= low]
        right = [span for span in region if span.x0 >= high]
        if _is_column(left, size) and _is_column(right, size):
            return [left, right]
    return None


def _is_column(part: list[Span], size: float) -> bool:
    """True when spans make a column of text: wide enough, over a few lines."""
    if len({round(span.baseline) for span in part}) < _COLUMN_LINES:
        return False
    width = max(span.x1 for span in part) - min(span.x0 for span in part)
    return width >= _COLUMN_WIDTH * size


def _around_crossings(region: list[Span], size: float) -> list[list[Span]] | None:
    """The region cut across above and below the few wide lines (a title, a credit line)
    that cross the gap between its columns, so that each band between them parts into
    columns; None when no such gap is there."""
    width = max(span.x1 for span in region) - min(span.x0 for span in region)
    wide = [span for span in region if span.x1 - span.x0 > _WIDE * width]
    if not wide or len(wide) > _CROSSING_SHARE * len({round(s.baseline) for s in region}):
        return None
    if not _columns([span for span in region if span not in wide], size):
        return None
    cuts = sorted({y for span in wide for y in (span.top, span.bottom)}, reverse=True)
    bands: dict[int, list[Span]] = {}
    for span in region:
        middle = (span.top + span.bottom) / 2
        bands.setdefault(sum(1 for cut in cuts if middle < cut), []).append(span)
    return [bands[key] for key in sorted(bands)] if len(bands) > 1 else None


def _bands(region: list[Span]) -> list[list[Span]] | None:
    """The region parted across at its widest horizontal gaps (ties all at once), top
    first."""
    gaps = _gaps(region, _down, _up)
    if not gaps:
        return None
    widest = max(high - low for low, high in gaps)
    cuts = sorted((-high for low, high in gaps if high - low >= widest - 0.5), reverse=True)
    bands: list[list[Span]] = [[] for _ in range(len(cuts) + 1)]
    for span in region:
        bands[sum(1 for cut in cuts if span.top <= cut)].append(span)
    return [band for band in bands if band]


def _left(span: Span) -> float:
    return span.x0


def _right(span: Span) -> float:
    return span.x1


def _down(span: Span) -> float:
    """A span's top, counted downwards (so intervals run top to bottom)."""
    return -span.top


def _up(span: Span) -> float:
    return -span.bottom
