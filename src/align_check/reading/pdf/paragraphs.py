"""Lines in reading order to the units of a PDF: paragraphs by vertical gaps, size and
indent, list items and table rows by their label, headings by a larger size, footnotes
by a smaller size in the bottom band after a marker."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from align_check.reading.pdf.lines import TextLine, joined

_BULLET = re.compile(
    r"^([•\u2022\u2023\u2043\u25aa\u25a0\u25cf\u25e6\u27a2\u2713\uf000-\uf0ff])\s*"
)
_LABEL = re.compile(
    r"[•\u2022\u2023\u2043\u25aa\u25a0\u25cf\u25e6\u27a2\u2713\uf000-\uf0ff*o\-–]"
    r"|\(?\d{1,3}[.)]?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|#|No|N°|Nº"
)
_MARKER = re.compile(r"^(?:\(?\d{1,3}\)|\d{1,3}(?:\s|(?=[A-ZÀ-Ý]))|[*†‡§]\s*)")
_FINAL = re.compile(r"[.!?:;…»\"”)\]]$")

HEADING_SIZE = 1.15
"""A unit whose text is this many times the body's size, or more, is a heading."""

FOOTNOTE_SIZE = 0.9
"""A footnote's text is at most this many times the body's size."""

FOOTNOTE_BAND = 0.3
"""Footnotes sit in this bottom share of the page."""

_PARAGRAPH_PITCH = 1.3
"""Lines further apart than this many times the usual line pitch are in two units."""

CELL_GAP = 2.0
"""A gap this many font heights wide, or more, in a line parts two fragments (cells of an
unruled table, a label and its text), each gathered in units of its own."""

_FIT_SLACK = 2.0
"""A word is taken to have fitted at a line's end when it leaves this many font heights to
the margin (its width is guessed from the line's average character)."""

_INDENT = 4.0
"""A line that starts further than this many font heights from its unit's first line
(left or right) starts a unit of its own (another cell, another column)."""


@dataclass(frozen=True)
class Entry:
    """A line with its label (bullet or number) set apart."""

    line: TextLine
    label: str
    text: str
    x0: float
    size: float


@dataclass
class Draft:
    """A unit being gathered from lines (mutable while the lines are read)."""

    entries: list[Entry]
    label: str = ""
    kind: str = "paragraph"
    part: str = "body"
    pages: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return " ".join(entry.text for entry in self.entries)


def entry(line: TextLine) -> Entry:
    """A line with its label set apart: a first span that is a bullet or number on its
    own, or a bullet character opening the line."""
    spans = line.spans
    first = spans[0]
    if _LABEL.fullmatch(first.text) and (len(spans) > 1 or len(first.text) <= 3):
        rest = spans[1:]
        text = joined(rest)
        size = max((span.size for span in rest), default=first.size)
        return Entry(line, first.text, text, rest[0].x0 if rest else first.x1, size)
    bullet = _BULLET.match(line.text)
    if bullet:
        return Entry(line, bullet.group(1), line.text[bullet.end() :], first.x0, line.size)
    return Entry(line, "", line.text, first.x0, line.size)


def drafts(lines: Sequence[TextLine], heights: dict[int, float]) -> list[Draft]:
    """The units of a document's lines (all pages, in reading order)."""
    entries = [entry(part) for line in lines for part in fragments(line)]
    body = _body_size(entries)
    found = list(_gather(entries, Layout(_usual_pitch(entries), _margins(entries))))
    for draft in found:
        _name(draft, body, heights)
    return found


@dataclass(frozen=True)
class Layout:
    """What the lines of a unit are measured against: the usual line pitch (in font
    heights) and the right margins of the text's columns."""

    pitch: float
    margins: dict[tuple[int, int, int, int], float]
    """The furthest right a line reaches, by page, cell, start and size (``_column``)."""

    def margin(self, item: Entry) -> float:
        return self.margins.get(_column(item), item.line.x1)


def _column(item: Entry) -> tuple[int, int, int, int]:
    """Where a line belongs for its margin: its page, cell, start (to 2 points) and size."""
    line = item.line
    return (line.page, line.cell, round(item.x0 / 2), round(item.size))


def _margins(entries: Iterable[Entry]) -> dict[tuple[int, int, int, int], float]:
    margins: dict[tuple[int, int, int, int], float] = {}
    for item in entries:
        key = _column(item)
        margins[key] = max(margins.get(key, 0.0), item.line.x1)
    return margins


def _gather(entries: Iterable[Entry], layout: Layout) -> list[Draft]:
    """Units gathered per column of fragments: a line carries on the latest open unit it
    lies under; the units are in the order their first lines come."""
    found: list[Draft] = []
    opened: list[Draft] = []
    pending = ""
    for item in entries:
        latest = found[-1] if found else None
        if not item.text:
            if latest and not latest.label and _beside(latest.entries[-1], item, layout.pitch):
                latest.label = item.label
            else:
                pending = item.label
            continue
        under = next((d for d in reversed(opened) if _under(d, item)), None)
        if under and _continues(under, item, layout):
            under.entries.append(item)
            under.label = under.label or item.label
            continue
        opened = [d for d in opened if d is not under and _open(d, item, layout.pitch)]
        found.append(Draft([item], item.label or pending))
        opened.append(found[-1])
        pending = ""
    return found


def _under(draft: Draft, item: Entry) -> bool:
    """True when a line lies under a unit: their extents across overlap."""
    left = min(entry.x0 for entry in draft.entries)
    right = max(entry.line.x1 for entry in draft.entries)
    return item.x0 < right and item.line.x1 > left


def _open(draft: Draft, item: Entry, pitch: float) -> bool:
    """True when a unit may still be carried on by a line after this one."""
    last = draft.entries[-1]
    step = last.line.baseline - item.line.baseline
    return last.line.page == item.line.page and -0.5 * item.size < step <= 2 * pitch * item.size


def fragments(line: TextLine) -> list[TextLine]:
    """A line cut at its wide gaps (table cells, a label set apart from its text): a
    number or bullet that opens it stays with what follows."""
    parts = [[line.spans[0]]]
    for before, span in zip(line.spans, line.spans[1:], strict=False):
        wide = span.x0 - before.x1 >= CELL_GAP * max(span.size, before.size)
        labelled = len(parts) == 1 and len(parts[0]) == 1 and _LABEL.fullmatch(before.text)
        if wide and not labelled:
            parts.append([span])
        else:
            parts[-1].append(span)
    return [TextLine(tuple(part), line.page, line.cell) for part in parts]


def _beside(last: Entry, label: Entry, pitch: float) -> bool:
    """True when a label on a line of its own sits level with a unit's lines."""
    return (
        last.line.page == label.line.page
        and last.line.cell == label.line.cell
        and last.line.baseline - label.line.baseline < pitch * label.line.size
    )


def _continues(draft: Draft, item: Entry, layout: Layout) -> bool:
    """True when a line carries on the unit gathered so far: just below its last line, in
    the same cell, size and column, and the last line not ended short of the margin."""
    last = draft.entries[-1]
    size = max(last.size, item.size)
    step = last.line.baseline - item.line.baseline
    if not 0 < step <= _PARAGRAPH_PITCH * layout.pitch * size or last.line.page != item.line.page:
        return False
    if last.line.cell != item.line.cell or abs(last.size - item.size) > 0.12 * size:
        return False
    start = draft.entries[0]
    if item.label:
        # a row's number beside its second line, not a new item
        return not draft.label and abs(item.x0 - start.x0) < 0.5 * size
    if not _aligned(draft, item, size):
        return False
    right = max(entry.line.x1 for entry in [*draft.entries, item])
    if _ended_early(last, item, max(right, layout.margin(last))):
        return False
    short = len(draft.entries) > 1 and last.line.x1 < right - 4 * size
    return not (short and _FINAL.search(last.text))


def _aligned(draft: Draft, item: Entry, size: float) -> bool:
    """True when a line starts where the unit's lines do: under its second line, or
    within an indent of its first (a first-line or a hanging indent)."""
    start, last = draft.entries[0], draft.entries[-1]
    if draft.label and item.x0 < start.x0 - 0.5 * size:
        return False
    if len(draft.entries) > 1:
        return last.x0 - _INDENT * size <= item.x0 <= last.x0 + size
    return abs(item.x0 - start.x0) <= _INDENT * size


def _ended_early(last: Entry, item: Entry, right: float) -> bool:
    """True when the line's first word would have fitted at the end of the line above: that
    line was ended on purpose (a table cell's lines, a list without punctuation)."""
    if not item.text or last.text.endswith(("-", "\u00ad")):
        return False
    first = item.line.spans[0]
    width = (first.x1 - first.x0) / max(len(first.text), 1)
    word = (len(item.text.split(" ", 1)[0]) + 1) * width
    return last.line.x1 + word + _FIT_SLACK * item.size < right


def _body_size(entries: Sequence[Entry]) -> float:
    """The size most of the text is set in (weighted by characters)."""
    sizes: Counter[float] = Counter()
    for item in entries:
        sizes[round(item.size, 1)] += len(item.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _usual_pitch(entries: Sequence[Entry]) -> float:
    """The usual distance between two lines of a unit, in font heights: the lower quartile
    of the distances between lines one over the other (the median is the space between
    paragraphs where most units are one line long, as in tables)."""
    pitches = [
        (a.line.baseline - b.line.baseline) / a.size
        for a, b in zip(entries, entries[1:], strict=False)
        if a.line.page == b.line.page
        and a.size
        and a.line.baseline > b.line.baseline
        and a.x0 < b.line.x1
        and b.x0 < a.line.x1
    ]
    close = sorted(p for p in pitches if p < 2.5)
    return close[len(close) // 4] if close else 1.2


def _name(draft: Draft, body: float, heights: dict[int, float]) -> None:
    """Set a unit's kind and part from its size, place and label."""
    first = draft.entries[0]
    draft.pages = {item.line.page for item in draft.entries}
    if _is_footnote(draft, body, heights[first.line.page]):
        draft.part = "footnote"
        marker = _MARKER.match(first.text)
        if marker and not draft.label:
            draft.label = marker.group(0).strip()
            rest = first.text[marker.end() :].lstrip()
            draft.entries[0] = Entry(first.line, draft.label, rest, first.x0, first.size)
    elif draft.label:
        draft.kind = "item"
    elif first.size >= HEADING_SIZE * body and len(draft.entries) <= 3:
        draft.kind = "heading"


def _is_footnote(draft: Draft, body: float, height: float) -> bool:
    first = draft.entries[0]
    low = first.line.top <= FOOTNOTE_BAND * height
    small = first.size <= FOOTNOTE_SIZE * body
    return low and small and bool(_MARKER.match(draft.text) or draft.label.isdigit())
