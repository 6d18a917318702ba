"""OpenDocument text (.odt) read as a word processor shows it, tracked changes accepted.

``content.xml`` in document order: headings (``text:h``), paragraphs, list items (their
label from the list style: "1)", "a.", "•"; not in the text), table cells' paragraphs
(part "table"), sections. A note (``text:note``) is not run into its paragraph: its body
is read as blocks of its own after it (part "footnote" or "endnote"); a text box after its
paragraph. Left out, and counted: tracked deletions (kept apart in
``text:tracked-changes``), comments (``office:annotation``), hidden paragraphs and text,
the table of contents. ``text:s`` is its count of spaces, a tab or line break a space.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from align_check.model import Place
from align_check.reading import Reading
from align_check.reading.blocks import Block, Line
from align_check.reading.office import notices, numbered
from align_check.reading.office.lists import formatted
from align_check.reading.office.package import Element, local, open_parts

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"

_SPACES = re.compile(r"[ \t\r\n]+")
_FORMATS = {
    "1": "decimal",
    "a": "lowerLetter",
    "A": "upperLetter",
    "i": "lowerRoman",
    "I": "upperRoman",
}
_LEFT_OUT = {
    f"{TEXT}tracked-changes": "",
    f"{OFFICE}annotation": "comments",
    f"{OFFICE}annotation-end": "",
    f"{TEXT}hidden-text": "hidden",
    f"{TEXT}hidden-paragraph": "hidden",
    f"{TEXT}note-citation": "",
    f"{TEXT}soft-page-break": "",
}
_INDEXES = frozenset(
    f"{TEXT}{name}"
    for name in (
        "table-of-content",
        "illustration-index",
        "table-index",
        "object-index",
        "user-index",
        "alphabetical-index",
        "bibliography",
    )
)


@dataclass(frozen=True)
class _Level:
    """One level of a list style: bullet or number format, prefix, suffix, start."""

    bullet: str = ""
    format: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = 1


@dataclass
class _Text:
    """A paragraph's text as it is gathered, and what it hands on."""

    pieces: list[str] = field(default_factory=list)
    notes: list[tuple[str, Element]] = field(default_factory=list)
    boxes: list[Element] = field(default_factory=list)


def read_odt(data: bytes, name: str) -> Reading:
    """An OpenDocument text's blocks and what was left out."""
    parts = open_parts(data, name, "an OpenDocument", "content.xml", ["styles.xml"])
    content = parts["content.xml"]
    counts: Counter[str] = Counter()
    counts["deletions"] = len(content.findall(f".//{TEXT}changed-region/{TEXT}deletion"))
    counts["insertions"] = len(content.findall(f".//{TEXT}changed-region/{TEXT}insertion"))
    styles = _list_styles([content, parts.get("styles.xml")])
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    walk = _Walk(styles, counts)
    blocks = list(walk.blocks(body if body is not None else [], "body"))
    return Reading(numbered(blocks), "odt", notices(counts, _PHRASES))


class _Walk:
    """Walks the body in document order into blocks; counts what it leaves out."""

    def __init__(self, styles: dict[str, dict[int, _Level]], counts: Counter[str]) -> None:
        self.styles = styles
        self.counts = counts

    def blocks(self, container: Element, part: str) -> Iterator[Block]:
        for child in container:
            tag = child.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                yield from self._paragraph(child, part)
            elif tag == f"{TEXT}list":
                yield from self._list(child, part, child.get(f"{TEXT}style-name", ""), 0)
            elif tag in _INDEXES:
                self.counts["toc"] += sum(1 for _ in child.iter(f"{TEXT}p"))
            elif tag in _LEFT_OUT:
                self._left_out(child)
            elif tag == f"{TABLE}table":
                yield from self.blocks_of_table(child, part)
            elif tag != f"{TABLE}covered-table-cell" and isinstance(tag, str):
                yield from self.blocks(child, part)

    def blocks_of_table(self, table: Element, part: str) -> Iterator[Block]:
        inner = "table" if part == "body" else part
        for cell in table.iter(f"{TABLE}table-cell"):
            if _nearest(cell, f"{TABLE}table") is table:
                yield from self.blocks(cell, inner)

    def _list(self, element: Element, part: str, style: str, level: int) -> Iterator[Block]:
        """A list's items, each labelled from its list style and its counter."""
        style = element.get(f"{TEXT}style-name", style)
        levels = self.styles.get(style, {})
        here = levels.get(level + 1, _Level(bullet="•"))
        count = here.start - 1
        for item in element:
            if item.tag not in (f"{TEXT}list-item", f"{TEXT}list-header"):
                continue
            if (start := item.get(f"{TEXT}start-value")) and start.isdigit():
                count = int(start) - 1
            count += 1 if item.tag == f"{TEXT}list-item" else 0
            label = _label(here, count) if item.tag == f"{TEXT}list-item" else ""
            for child in item:
                if child.tag == f"{TEXT}list":
                    yield from self._list(child, part, style, level + 1)
                elif child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    for block in self._paragraph(child, part):
                        if label and block.kind == "paragraph":
                            block = replace(block, kind="item", label=label)
                            label = ""
                        yield block
                else:
                    yield from self.blocks([child], part)

    def _paragraph(self, element: Element, part: str) -> Iterator[Block]:
        gathered = _Text()
        self._gather(element, gathered)
        text = _SPACES.sub(" ", "".join(gathered.pieces)).strip()
        kind = "heading" if element.tag == f"{TEXT}h" else "paragraph"
        if text:
            yield Block(kind, (Line(text, 0, 1, place=Place(0, part=part)),))
        for note_class, body in gathered.notes:
            yield from self.blocks(body, note_class)
        for box in gathered.boxes:
            yield from self.blocks(box, "textbox")

    def _gather(self, element: Element, into: _Text) -> None:
        """The text of an element and its inline children, in order."""
        into.pieces.append(element.text or "")
        for child in element:
            self._inline(child, into)
            into.pieces.append(child.tail or "")

    def _inline(self, child: Element, into: _Text) -> None:
        tag = child.tag
        if tag == f"{TEXT}s":
            into.pieces.append(" " * max(int(child.get(f"{TEXT}c", "1") or 1), 1))
        elif tag in (f"{TEXT}tab", f"{TEXT}line-break"):
            into.pieces.append(" ")
        elif tag == f"{TEXT}note":
            body = child.find(f"{TEXT}note-body")
            note_class = child.get(f"{TEXT}note-class", "footnote")
            if body is not None:
                into.notes.append(("endnote" if note_class == "endnote" else "footnote", body))
        elif tag == f"{DRAW}frame":
            into.boxes.extend(child.findall(f"{DRAW}text-box"))
        elif tag in _LEFT_OUT:
            self._left_out(child)
        elif isinstance(tag, str) and local(child) not in ("title", "desc"):
            self._gather(child, into)

    def _left_out(self, element: Element) -> None:
        what = _LEFT_OUT.get(element.tag)
        if what:
            self.counts[what] += 1


def _nearest(element: Element, tag: str) -> Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _label(level: _Level, count: int) -> str:
    if level.bullet:
        return level.bullet
    if not level.format:
        return ""
    return f"{level.prefix}{formatted(count, level.format)}{level.suffix}".strip()


def _list_styles(roots: list[Element | None]) -> dict[str, dict[int, _Level]]:
    """The list styles of content.xml's automatic styles and styles.xml, by name."""
    styles: dict[str, dict[int, _Level]] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(f"{TEXT}list-style"):
            styles[style.get(f"{STYLE}name", "")] = {
                int(level.get(f"{TEXT}level", "1")): _level(level) for level in style
            }
    return styles


def _level(element: Element) -> _Level:
    if element.tag == f"{TEXT}list-level-style-bullet":
        char = element.get(f"{TEXT}bullet-char", "•")
        return _Level(bullet="•" if char in ("\u2022", "\uf0b7", "") else char)
    start = element.get(f"{TEXT}start-value", "1")
    return _Level(
        format=_FORMATS.get(element.get(f"{STYLE}num-format", ""), ""),
        prefix=element.get(f"{STYLE}num-prefix", ""),
        suffix=element.get(f"{STYLE}num-suffix", ""),
        start=int(start) if start.isdigit() else 1,
    )


_PHRASES = (
    ("insertions", "tracked insertion accepted", "tracked insertions accepted"),
    ("deletions", "tracked deletion left out", "tracked deletions left out"),
    ("comments", "comment left out", "comments left out"),
    ("hidden", "hidden paragraph or text left out", "hidden paragraphs and texts left out"),
)
