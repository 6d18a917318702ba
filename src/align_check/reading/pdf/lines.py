"""Characters to spans (a run of text on one baseline with no wide gap inside) and spans
to lines."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from align_check.reading.pdf.glyphs import Glyph

SPAN_GAP = 0.9
"""A gap wider than this many font heights ends a span (a table cell, a column, a bullet
set apart from its text); word spaces are about a quarter of it."""

_SAME_BASELINE = 0.25
_TOUCHING = 0.15
_OTHER_SIZE = 1.25
_SUPERSCRIPT = 0.8
_BULLET_GAP = 3.0
"""A bullet opens the words at most this many font heights to its right."""


@dataclass(frozen=True, slots=True)
class Span:
    """Text on one baseline, in one piece: a line of a column, a cell, a bullet."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float

    def placed(self, text: str) -> Span:
        """The same span holding other text (furniture and labels are cut out of spans)."""
        return Span(text, self.x0, self.x1, self.bottom, self.top, self.baseline, self.size)


@dataclass(frozen=True)
class TextLine:
    """A line of text in reading order: its spans left to right, on one page, and the
    number of the table cell it is in on that page (0: in none)."""

    spans: tuple[Span, ...]
    page: int
    cell: int = 0

    @property
    def text(self) -> str:
        """The spans joined by single spaces (none between spans that touch)."""
        return joined(self.spans)

    @property
    def x0(self) -> float:
        return self.spans[0].x0

    @property
    def x1(self) -> float:
        return self.spans[-1].x1

    @property
    def baseline(self) -> float:
        return max(span.baseline for span in self.spans)

    @property
    def top(self) -> float:
        return max(span.top for span in self.spans)

    @property
    def bottom(self) -> float:
        return min(span.bottom for span in self.spans)

    @property
    def size(self) -> float:
        """The height of its largest text."""
        return max(span.size for span in self.spans)


def joined(parts: Sequence[Span]) -> str:
    """The text of spans left to right on one line: a space between two apart, none
    between two that touch (a word the file wrote in two pieces)."""
    text = parts[0].text if parts else ""
    for before, span in zip(parts, parts[1:], strict=False):
        touching = span.x0 - before.x1 < _TOUCHING * span.size
        text += span.text if touching else " " + span.text
    return text


def spans(glyphs: Iterable[Glyph]) -> Iterator[Span]:
    """The spans of a page's characters, in file order."""
    run: list[Glyph] = []
    text: list[str] = []
    spaced = False
    for glyph in glyphs:
        if glyph.char == " ":
            spaced = bool(run)
            continue
        if run and not _continues(run, glyph):
            yield _span(run, text)
            run, text, spaced = [], [], False
        if spaced and text:
            text.append(" ")
        run.append(glyph)
        text.append(glyph.char)
        spaced = False
    if run:
        yield _span(run, text)


def _continues(run: list[Glyph], glyph: Glyph) -> bool:
    """True when a character carries on the run: same baseline (or a smaller raised one,
    a footnote call), just right of the last character."""
    last = run[-1]
    box, last_box = (
        (glyph.x0, glyph.x1, glyph.bottom, glyph.top),
        (
            last.x0,
            last.x1,
            last.bottom,
            last.top,
        ),
    )
    if all(abs(a - b) < 0.01 for a, b in zip(box, last_box, strict=True)):
        return True  # the letters of one ligature glyph ("ffi") share its box
    size = max(last.size, glyph.size)
    gap = glyph.x0 - last.x1
    if not -0.5 * size < gap < SPAN_GAP * size:
        return False
    if abs(glyph.baseline - last.baseline) <= _SAME_BASELINE * size:
        return True
    smaller, larger = sorted((glyph, last), key=lambda g: g.size)
    raised = 0 < smaller.baseline - larger.baseline < 0.6 * larger.size
    return smaller.size < _SUPERSCRIPT * larger.size and raised


def _span(run: list[Glyph], text: list[str]) -> Span:
    main = sorted(run, key=lambda g: g.size)[len(run) // 2]
    return Span(
        "".join(text).strip(),
        min(g.x0 for g in run),
        max(g.x1 for g in run),
        min(g.bottom for g in run),
        max(g.top for g in run),
        main.baseline,
        main.size,
    )


def rows(region: Iterable[Span], page: int) -> list[TextLine]:
    """Spans grouped into lines by baseline, top to bottom, each line left to right; text
    of a clearly other size (words in a picture beside a column) in lines of its own,
    after or before the others as it starts higher or lower."""
    classes: list[list[Span]] = []
    for span in sorted(region, key=lambda s: s.size):
        if classes and span.size <= _OTHER_SIZE * classes[-1][0].size:
            classes[-1].append(span)
        else:
            classes.append([span])
    classes = _bullets_beside_text(classes)
    classes.sort(key=lambda spans: -max(span.top for span in spans))
    return [line for spans in classes for line in _rows(spans, page)]


def _bullets_beside_text(classes: list[list[Span]]) -> list[list[Span]]:
    """The size classes with each bullet drawn in another size than its item's text (a
    small U+F0B7 beside 11 pt words) moved to the class of that text, on its baseline, so
    that it opens the text's line instead of making a line of its own."""
    moved: dict[int, list[Span]] = {}
    kept: list[list[Span]] = []
    for number, spans in enumerate(classes):
        others = [span for n, other in enumerate(classes) if n != number for span in other]
        stay: list[Span] = []
        for span in spans:
            text = _text_beside(span, others) if _is_bullet(span) else None
            if text is None:
                stay.append(span)
                continue
            home = next(n for n, other in enumerate(classes) if text in other)
            moved.setdefault(home, []).append(
                Span(span.text, span.x0, span.x1, span.bottom, span.top, text.baseline, text.size)
            )
        kept.append(stay)
    return [spans + moved.get(n, []) for n, spans in enumerate(kept) if spans or n in moved]


def _is_bullet(span: Span) -> bool:
    """True when a span is a bullet on its own: a sign or two, no letter, digit or closing
    punctuation."""
    return len(span.text) <= 2 and not any(
        char.isalnum() or char in ".,;:!?)]}" for char in span.text
    )


def _text_beside(bullet: Span, others: list[Span]) -> Span | None:
    """The span of words that a bullet opens: the nearest one to its right, within a few
    of its font heights, level with the bullet's middle, larger or smaller."""
    middle = (bullet.bottom + bullet.top) / 2
    beside = [
        span
        for span in others
        if span.bottom <= middle <= span.top
        and 0 <= span.x0 - bullet.x1 <= _BULLET_GAP * max(span.size, bullet.size)
        and not _is_bullet(span)
    ]
    return min(beside, key=lambda span: span.x0, default=None)


def _rows(region: list[Span], page: int) -> list[TextLine]:
    ordered = sorted(region, key=lambda s: -s.baseline)
    groups: list[list[Span]] = []
    for span in ordered:
        if groups and _on_row(groups[-1], span):
            groups[-1].append(span)
        else:
            groups.append([span])
    return [TextLine(tuple(sorted(group, key=lambda s: s.x0)), page) for group in groups]


def _on_row(group: list[Span], span: Span) -> bool:
    baseline = statistics.median(s.baseline for s in group)
    size = max(max(s.size for s in group), span.size)
    if abs(span.baseline - baseline) <= _SAME_BASELINE * size:
        return True
    return span.size < _SUPERSCRIPT * size and 0 < span.baseline - baseline < 0.6 * size
