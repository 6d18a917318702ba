"""Word (.docx) documents read as their reader sees them, every tracked change accepted.

The body in document order: paragraphs, tables (each cell's paragraphs as paragraphs, row
by row: a sentence does not run from one cell into the next), the content of content
controls. A paragraph is a heading when its style
is one (by name, ``basedOn`` chain or outline level: a French Word's "Titre1" is "heading
1"), a list item when it is numbered; its automatic label ("1)", "a)", "•") is computed
from the numbering and kept beside the text. Footnotes and endnotes are blocks of their
own after the block that refers to them, text boxes after their paragraph. Left out, and
counted in the reading's notices: tracked deletions, hidden text, comments, the table of
contents, page headers and footers. Text is read by ``wordtext.py``, styles by
``wordstyles.py``, list labels by ``wordlists.py``, the zip by ``package.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from align_check.model import Place
from align_check.reading import Reading
from align_check.reading.blocks import Block, Line
from align_check.reading.office import notices, numbered
from align_check.reading.office.lists import Numbering, labels, read_numbering
from align_check.reading.office.package import Element, open_parts
from align_check.reading.office.runs import Runs
from align_check.reading.office.styles import Styles, W, numbering_of, read_styles

_PARTS = (
    "word/styles.xml",
    "word/numbering.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/comments.xml",
    "word/header*",
    "word/footer*",
)
_TOC_GALLERIES = ("table of contents", "table of figures")


@dataclass(frozen=True)
class _Record:
    """One paragraph as read, before labels are given and blocks made."""

    text: str
    kind: str
    part: str
    numbering: tuple[str, int] | None = None
    notes: tuple[tuple[str, str], ...] = ()
    toc: bool = False
    label: str = ""


def read_docx(data: bytes, name: str) -> Reading:
    """A Word document's blocks and what was left out."""
    parts = open_parts(data, name, "a Word", "word/document.xml", _PARTS)
    styles = read_styles(parts.get("word/styles.xml"))
    numbering = read_numbering(parts.get("word/numbering.xml"), styles)
    counts: Counter[str] = Counter()
    body = parts["word/document.xml"].find(f"{W}body")
    records = list(_Walk(styles, counts).records(body if body is not None else []))
    counts["toc"] = sum(1 for r in records if r.toc and r.text)
    kept = [r for r in _labelled(records, numbering) if not r.toc]
    notes = {
        kind: _notes(parts.get(f"word/{kind}s.xml"), kind, styles, numbering, counts)
        for kind in ("footnote", "endnote")
    }
    blocks = numbered(_blocks(kept, notes))
    comments = parts.get("word/comments.xml")
    counts["comments"] = len(comments.findall(f"{W}comment")) if comments is not None else 0
    counts["furniture"] = sum(
        1 for part, root in parts.items() if _is_furniture(part) and _has_text(root)
    )
    return Reading(blocks, "docx", notices(counts, _PHRASES))


class _Walk:
    """Walks a part's block content in document order into records."""

    def __init__(self, styles: Styles, counts: Counter[str], part: str = "body") -> None:
        self.styles = styles
        self.runs = Runs(styles, counts)
        self.part = part

    def records(
        self, container: Element, table: bool = False, toc: bool = False
    ) -> Iterator[_Record]:
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                yield from self._paragraph(child, table, toc)
            elif tag == f"{W}tbl":
                yield from self._table(child, toc)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from self.records(content, table, toc or _is_toc_control(child))
            elif tag == f"{W}customXml":
                yield from self.records(child, table, toc)

    def _paragraph(self, element: Element, table: bool, toc: bool) -> Iterator[_Record]:
        paragraph = self.runs.paragraph(element)
        properties = element.find(f"{W}pPr")
        style = _style_of(properties, self.styles)
        kind, numbered = _kind(properties, style, self.styles)
        yield _Record(
            text=paragraph.text,
            kind=kind,
            part="table" if table and self.part == "body" else self.part,
            numbering=numbered,
            notes=paragraph.notes,
            toc=toc or paragraph.toc or style in self.styles.toc,
        )
        for box in paragraph.boxes:
            boxed = _Walk(self.styles, self.runs.counts, "textbox")
            yield from boxed.records(box, False, toc)

    def _table(self, table: Element, toc: bool) -> Iterator[_Record]:
        for tr in _children(table, "tr"):
            if tr.find(f"{W}trPr/{W}del") is not None:
                self.runs.counts["deleted rows"] += 1
                continue
            for tc in _children(tr, "tc"):
                yield from self.records(tc, True, toc)


def _children(element: Element, name: str) -> Iterator[Element]:
    """The ``w:<name>`` children of a table or row, also those wrapped in a content
    control or custom XML."""
    for child in element:
        if child.tag == f"{W}{name}":
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _children(child, name)


def _is_toc_control(sdt: Element) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and gallery.get(f"{W}val", "").lower() in _TOC_GALLERIES


def _style_of(properties: Element | None, styles: Styles) -> str:
    style = properties.find(f"{W}pStyle") if properties is not None else None
    return style.get(f"{W}val", "") if style is not None else styles.default


def _kind(
    properties: Element | None, style: str, styles: Styles
) -> tuple[str, tuple[str, int] | None]:
    """A paragraph's kind, and the list and level that number it (None: not numbered)."""
    numbered = numbering_of(properties) or styles.numbering.get(style)
    if numbered and numbered[0] == "0":
        numbered = None
    outline = properties.find(f"{W}outlineLvl") if properties is not None else None
    level = outline.get(f"{W}val") if outline is not None else None
    if style in styles.headings or (level is not None and level.isdigit() and int(level) < 9):
        return "heading", numbered
    return ("item" if numbered else "paragraph"), numbered


def _labelled(records: list[_Record], numbering: Numbering) -> Iterator[_Record]:
    """Records with their list labels (an empty numbered paragraph still counts)."""
    requests = (None if r.toc else r.numbering for r in records)
    for record, label in zip(records, labels(numbering, requests), strict=True):
        yield replace(record, label=label) if label else record


def _notes(
    root: Element | None, kind: str, styles: Styles, numbering: Numbering, counts: Counter[str]
) -> dict[str, list[_Record]]:
    """The records of each footnote (or endnote) by id; separators left out."""
    if root is None:
        return {}
    walk = _Walk(styles, counts, kind)
    notes: dict[str, list[_Record]] = {}
    for note in root.findall(f"{W}{kind}"):
        if note.get(f"{W}type") not in (None, "normal"):
            continue
        records = [r for r in walk.records(note) if r.text]
        notes[note.get(f"{W}id", "")] = list(_labelled(records, numbering))
    return notes


def _blocks(records: list[_Record], notes: dict[str, dict[str, list[_Record]]]) -> Iterator[Block]:
    """A block for each record that holds text, followed by the notes it refers to."""
    for record in records:
        if record.text:
            yield _block(record)
        for kind, note_id in record.notes:
            yield from (_block(note) for note in notes[kind].get(note_id, []))


def _block(record: _Record) -> Block:
    """The block of one paragraph, its number still to be given."""
    place = Place(0, part=record.part)
    return Block(record.kind, (Line(record.text, 0, 1, place=place),), record.label)


def _is_furniture(part: str) -> bool:
    return part.startswith(("word/header", "word/footer"))


def _has_text(root: Element) -> bool:
    return any((t.text or "").strip() for t in root.iter(f"{W}t"))


_PHRASES = (
    ("insertions", "tracked insertion accepted", "tracked insertions accepted"),
    ("deletions", "tracked deletion left out", "tracked deletions left out"),
    ("deleted rows", "deleted table row left out", "deleted table rows left out"),
    ("moves", "tracked move read at its new place", "tracked moves read at their new place"),
    ("comments", "comment left out", "comments left out"),
    ("hidden", "hidden run left out", "hidden runs left out"),
    ("furniture", "page header or footer left out", "page headers and footers left out"),
)
