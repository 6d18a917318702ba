"""The PDF reader: pypdfium2 gives each character and its box, our layout pass gives lines,
columns, units, and leaves out running headers and footers.

Pages run ``pdfium`` (the one home of pypdfium2) → ``lines`` (spans) → ``running``
(headers and footers left out) → ``order`` (columns) → ``paragraphs`` (units) → here
(units broken by a page or column joined, line-end hyphens joined, places numbered).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from align_check.errors import InputError
from align_check.model import Place
from align_check.reading import Reading
from align_check.reading.blocks import Block, Line
from align_check.reading.pdf.glyphs import Page
from align_check.reading.pdf.hyphens import Vocabulary, ends_broken, joins, kept, vocabulary
from align_check.reading.pdf.lines import TextLine, spans
from align_check.reading.pdf.order import reading_order
from align_check.reading.pdf.paragraphs import Draft, drafts
from align_check.reading.pdf.running import running_lines


def read_pdf(data: bytes, name: str) -> Reading:
    """A PDF's units in reading order, and notices of what was left out or joined."""
    from align_check.reading.pdf.pdfium import load_pages

    return layout(load_pages(data, name), name)


def layout(pages: Sequence[Page], name: str) -> Reading:
    """The units of pages already read (our layout pass, pure)."""
    empty = [page.number for page in pages if not any(g.char.strip() for g in page.glyphs)]
    if len(empty) == len(pages):
        raise InputError(f"{name}: {_pages(empty)} no text: a scan? run OCR first")
    page_spans = [list(spans(page.glyphs)) for page in pages]
    kept_spans, running = running_lines(page_spans, [page.height for page in pages])
    lines = [
        line
        for page, found in zip(pages, kept_spans, strict=True)
        for line in reading_order(found, page.number, page.rules)
    ]
    units, headers = _without_repeated_headers(
        drafts(lines, {page.number: page.height for page in pages})
    )
    blocks, hyphens = _blocks(_joined(units), vocabulary(line.text for line in lines))
    notices = [f"{_pages(empty)} no text"] if empty else []
    if running:
        notices.append(f"{running} running header and footer lines left out")
    if headers:
        notices.append(f"{headers} repeated table headers left out")
    if hyphens:
        notices.append(f"{hyphens} line-end hyphens joined")
    return Reading(tuple(blocks), "pdf", tuple(notices))


def _pages(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]} has"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"pages {numbers[0]} to {numbers[-1]} have"
    return f"pages {', '.join(map(str, numbers))} have"


def _without_repeated_headers(units: list[Draft]) -> tuple[list[Draft], int]:
    """The units without the table header a page repeats: a page's first unit that is
    the same as a unit already read, and the units level with it that are too (the
    header row's other cells); the first header stays."""
    seen: set[tuple[str, str]] = set()
    kept: list[Draft] = []
    page = 0
    header: float | None = None
    for unit in units:
        first_on_page = min(unit.pages) != page
        page = max(unit.pages)
        key = (unit.label, unit.text)
        baseline = unit.entries[0].line.baseline
        level = header is not None and abs(baseline - header) < 1.0 and not first_on_page
        if (first_on_page or level) and key in seen:
            header = baseline
        else:
            kept.append(unit)
            header = None
        seen.add(key)
    return kept, len(units) - len(kept)


def _joined(units: list[Draft]) -> list[Draft]:
    """Units cut by a page or column break mid-sentence joined again (a footnote between
    them stays after the joined unit)."""
    joined: list[Draft] = []
    for unit in units:
        body = [d for d in joined if d.part == "body"]
        if unit.part == "body" and body and _carries_on(body[-1], unit):
            body[-1].entries.extend(unit.entries)
            body[-1].pages |= unit.pages
        else:
            joined.append(unit)
    return joined


def _carries_on(previous: Draft, unit: Draft) -> bool:
    if unit.kind != "paragraph" or unit.label or previous.kind == "heading":
        return False
    text = previous.text.rstrip()
    return unit.text[:1].islower() and not text.endswith((".", "!", "?", ":", ";", "…"))


def _blocks(units: list[Draft], known: Vocabulary) -> tuple[list[Block], int]:
    """Blocks whose pieces are the units' lines, each with its page; hyphens joined."""
    blocks: list[Block] = []
    joined = 0
    for ordinal, unit in enumerate(units, start=1):
        pieces: list[Line] = []
        for item in unit.entries:
            space = True
            if pieces and ends_broken(pieces[-1].text):
                if joins(pieces[-1].text, item.text, known):
                    pieces[-1] = replace(pieces[-1], text=pieces[-1].text[:-1])
                    space = False
                    joined += 1
                else:
                    pieces[-1] = replace(pieces[-1], text=kept(pieces[-1].text))
                    space = not pieces[-1].text.endswith("-")
            pieces.append(_piece(item.text, item.line, ordinal, unit.part, space))
        if pieces and ends_broken(pieces[-1].text):
            pieces[-1] = replace(pieces[-1], text=kept(pieces[-1].text))
        blocks.append(Block(unit.kind, tuple(pieces), unit.label))
    return blocks, joined


def _piece(text: str, line: TextLine, ordinal: int, part: str, space: bool) -> Line:
    return Line(text, ordinal, 1, space, Place(ordinal, line.page, part))
