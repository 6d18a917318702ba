"""Units of a document: paragraphs, headings and list items of plain text, and what every
reader does last (paragraphs broken in a sentence joined, headings named).

Markdown is read by ``markdown.py`` (HTML inside it by ``html.py``) into the same blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from align_check.model import Place

_BULLET = re.compile(
    r"^(?:[ \t]*(?:[-*\u2013][ \t\u00a0]+|[•\uf0b7\u25aa][ \t\u00a0]*)|\u00a0\s*)(?=\S)"
)
_FINAL = re.compile(r"[.!?:;…»\"”)\]]\s*$")
_HEADING_MAX_WORDS = 14


@dataclass(frozen=True)
class Line:
    """One piece of a unit's text and where it starts in the file: a line of plain text, a
    word of Markdown or HTML (markup left out).

    ``space``: a space joins it to the piece before (none inside a word: ``1<sup>er</sup>``).
    """

    text: str
    line: int
    column: int
    space: bool = True
    place: Place | None = None
    """Where it is in a document without lines (a page and paragraph of a PDF, a
    paragraph of a Word file); ``line`` then holds the paragraph's number, column 1."""


@dataclass(frozen=True)
class Block:
    """A unit of a document: the pieces of one paragraph, heading, list item or table row."""

    kind: str
    lines: tuple[Line, ...]
    label: str = ""
    """A list item's number or bullet as the document renders it ("a)", "2.", "•"), kept
    beside the text: Word computes it from the list's numbering, it is not in the text."""

    @property
    def text(self) -> str:
        """The unit's text, pieces joined by single spaces where they are apart."""
        return "".join(
            (" " if line.space and index else "") + line.text
            for index, line in enumerate(self.lines)
        )


def text_blocks(text: str) -> tuple[Block, ...]:
    """Units of a plain-text document."""
    return finish(_group(text, _plain_line))


@dataclass(frozen=True)
class _Parsed:
    kind: str  # "blank", "heading", "item", "row", "text", "continuation"
    line: Line


def _plain_line(raw: str, number: int) -> _Parsed:
    if not raw.strip(" \t\u00a0\u202f"):
        return _Parsed("blank", Line("", number, 1))
    bullet = _BULLET.match(raw)
    if bullet:
        return _Parsed("item", _strip_line(raw[bullet.end() :], number, bullet.end() + 1))
    if raw[0] in " \t":
        return _Parsed("continuation", _strip_line(raw, number, 1))
    return _Parsed("text", _strip_line(raw, number, 1))


def _strip_line(text: str, number: int, column: int) -> Line:
    stripped = text.lstrip(" \t")
    return Line(stripped.rstrip(" \t\r"), number, column + len(text) - len(stripped))


def _group(text: str, parse: Callable[[str, int], _Parsed]) -> Iterator[Block]:
    """Group parsed lines into raw blocks: blank lines end a block, each item starts one."""
    current: list[Line] = []
    kind = "paragraph"
    for number, raw in enumerate(text.splitlines(), start=1):
        parsed = parse(raw, number)
        starts_new = parsed.kind in ("blank", "heading", "item", "row")
        ends = kind == "row" or (kind == "item" and parsed.kind == "text")
        if current and (starts_new or ends):
            yield Block(kind, tuple(current))
            current = []
        if parsed.kind == "blank":
            continue
        if not current:
            kind = {"heading": "heading", "item": "item", "row": "row"}.get(
                parsed.kind, "paragraph"
            )
        current.append(parsed.line)
    if current:
        yield Block(kind, tuple(current))


def finish(blocks: Iterable[Block]) -> tuple[Block, ...]:
    """Join paragraphs broken in the middle of a sentence, then name the headings."""
    joined: list[Block] = []
    for block in blocks:
        if joined and _continues(joined[-1], block):
            joined[-1] = Block(joined[-1].kind, joined[-1].lines + block.lines)
        else:
            joined.append(block)
    return tuple(_as_heading(block) for block in joined)


def _continues(previous: Block, block: Block) -> bool:
    """True when a blank line cut a sentence in two ("terrorism and" / "extremism")."""
    if block.kind != "paragraph" or previous.kind in ("heading", "row"):
        return False
    return not _FINAL.search(previous.text) and block.text[:1].islower()


def _as_heading(block: Block) -> Block:
    """A paragraph on one line, short and without closing punctuation, is a heading."""
    if block.kind != "paragraph" or len({line.line for line in block.lines}) != 1:
        return block
    text = block.text
    short = len(text.split()) <= _HEADING_MAX_WORDS
    if short and not _FINAL.search(text) and (text[:1].isupper() or text[:1].isdigit()):
        return Block("heading", block.lines)
    return block
