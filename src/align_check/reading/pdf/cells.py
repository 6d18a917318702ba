"""Ruled tables: the cell that the page's drawn lines enclose around a span, so that a
table is read cell by cell, row by row, and no unit runs from one cell into the next.

A cell is bounded left and right by the nearest vertical rules beside the span, and above
and below by the nearest horizontal rules that run across the whole of that width (an
underline under a link does not). Text with no vertical rule on one side (a poster's two
columns parted by one line) is in no cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from align_check.reading.pdf.glyphs import Rule
from align_check.reading.pdf.lines import Span

_TOLERANCE = 2.0
"""Rules this close (in points) meet, and a rule this short of a cell's edge still spans it."""


@dataclass(frozen=True, slots=True)
class Cell:
    """The box of a table cell, in PDF units."""

    x0: float
    bottom: float
    x1: float
    top: float


@dataclass(frozen=True, slots=True)
class _Stroke:
    """A rule as a line: where it is across (x of a vertical, y of a horizontal) and the
    stretch it covers along."""

    at: float
    low: float
    high: float


@dataclass(frozen=True)
class Grid:
    """A page's rules as vertical and horizontal strokes (touching pieces joined)."""

    verticals: tuple[_Stroke, ...]
    horizontals: tuple[_Stroke, ...]

    def cell(self, span: Span) -> Cell | None:
        """The cell around a span, or None when it is not in a ruled table."""
        across, up = (span.x0 + span.x1) / 2, (span.bottom + span.top) / 2
        beside = [v.at for v in self.verticals if _covers(v, up)]
        left = max((x for x in beside if x <= across), default=None)
        right = min((x for x in beside if x > across), default=None)
        if left is None or right is None:
            return None
        spanning = [
            h.at
            for h in self.horizontals
            if h.low <= left + _TOLERANCE and h.high >= right - _TOLERANCE
        ]
        top = min((y for y in spanning if y >= up), default=None)
        bottom = max((y for y in spanning if y < up), default=None)
        if top is None or bottom is None:
            return None
        return Cell(left, bottom, right, top)


def grid(rules: Iterable[Rule]) -> Grid:
    """The strokes of a page's rules."""
    verticals: list[_Stroke] = []
    horizontals: list[_Stroke] = []
    for rule in rules:
        if rule.x1 - rule.x0 < rule.top - rule.bottom:
            verticals.append(_Stroke((rule.x0 + rule.x1) / 2, rule.bottom, rule.top))
        else:
            horizontals.append(_Stroke((rule.bottom + rule.top) / 2, rule.x0, rule.x1))
    return Grid(_joined(verticals), _joined(horizontals))


def _covers(stroke: _Stroke, along: float) -> bool:
    return stroke.low - _TOLERANCE <= along <= stroke.high + _TOLERANCE


def _joined(strokes: Sequence[_Stroke]) -> tuple[_Stroke, ...]:
    """Strokes on one line that touch or overlap, as one (a border drawn cell by cell)."""
    joined: list[_Stroke] = []
    for stroke in sorted(strokes, key=lambda s: (round(s.at), s.low)):
        last = joined[-1] if joined else None
        if last and abs(last.at - stroke.at) <= _TOLERANCE and stroke.low <= last.high + _TOLERANCE:
            joined[-1] = _Stroke(last.at, last.low, max(last.high, stroke.high))
        else:
            joined.append(stroke)
    return tuple(joined)
