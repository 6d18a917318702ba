"""Lines in reading order to the units of a PDF: paragraphs by vertical gaps, size and
indent, list items and table rows by their label, headings by a larger size, footnotes
by a smaller size in the bottom band after a marker."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
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
    entries = [entry(line) for line in lines]
    body = _body_size(entries)
    pitch = _usual_pitch(entries)
    found = list(_gather(entries, pitch))
    for draft in found:
        _name(draft, body, heights)
    return found


def _gather(entries: Iterable[Entry], pitch: float) -> Iterator[Draft]:
    current: Draft | None = None
    pending = ""
    for item in entries:
        if not item.text:
            if current and not current.label and _beside(current.entries[-1], item, pitch):
                current.label = item.label
            else:
                pending = item.label
            continue
        if current and _continues(current, item, pitch):
            current.entries.append(item)
            current.label = current.label or item.label
            continue
        if current:
            yield current
        current = Draft([item], item.label or pending)
        pending = ""
    if current:
        yield current


def _beside(last: Entry, label: Entry, pitch: float) -> bool:
    """True when a label on a line of its own sits level with a unit's lines."""
    return (
        last.line.page == label.line.page
        and last.line.baseline - label.line.baseline < pitch * label.line.size
    )


def _continues(draft: Draft, item: Entry, pitch: float) -> bool:
    """True when a line carries on the unit gathered so far."""
    last = draft.entries[-1]
    size = max(last.size, item.size)
    step = last.line.baseline - item.line.baseline
    if last.line.page != item.line.page or not 0 < step <= _PARAGRAPH_PITCH * pitch * size:
        return False
    if abs(last.size - item.size) > 0.12 * size:
        return False
    start = draft.entries[0]
    if item.label:
        # a row's number beside its second line, not a new item
        return not draft.label and abs(item.x0 - start.x0) < 0.5 * size
    if draft.label and item.x0 < start.x0 - 0.5 * size:
        return False
    if item.x0 > last.x0 + size and len(draft.entries) > 1:
        return False
    right = max(entry.line.x1 for entry in draft.entries)
    short = len(draft.entries) > 1 and last.line.x1 < right - 4 * size
    return not (short and _FINAL.search(last.text))


def _body_size(entries: Sequence[Entry]) -> float:
    """The size most of the text is set in (weighted by characters)."""
    sizes: Counter[float] = Counter()
    for item in entries:
        sizes[round(item.size, 1)] += len(item.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _usual_pitch(entries: Sequence[Entry]) -> float:
    """The usual distance between two lines of a unit, in font heights."""
    pitches = [
        (a.line.baseline - b.line.baseline) / a.size
        for a, b in zip(entries, entries[1:], strict=False)
        if a.line.page == b.line.page and a.size and a.line.baseline > b.line.baseline
    ]
    close = [p for p in pitches if p < 2.5]
    return statistics.median(close) if close else 1.2


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
