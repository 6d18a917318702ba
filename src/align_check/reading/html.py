"""HTML inside Markdown read as a browser shows it, block by block (lxml's HTML parser).

A block element (``<p>``, ``<li>``, ``<h2>``, ``<td>``...) or a ``<br>`` ends a unit;
inline elements (``<a>``, ``<strong>``, ``<sup>``...) join their text to what surrounds
it (``1<sup>er</sup>`` is "1er"). What a page does not show as text is left out:
attributes (link targets, image sources, alt text), comments, scripts and styles.
Entities are read (``&#39;`` is an apostrophe, ``&nbsp;`` a no-break space). Each word
is placed where the file writes it. This module is the reading side's home of lxml.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from align_check.reading.units import GAP, WORD, Anchors, Piece, Unit

_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|<![^>]*>|<\?[^>]*>|</?[A-Za-z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.DOTALL,
)
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")

BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "search",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "ul",
    ]
)
"""Elements a browser shows as blocks of their own: each ends the unit before it."""

HIDDEN = frozenset(
    [
        "audio",
        "canvas",
        "head",
        "iframe",
        "img",
        "map",
        "noscript",
        "object",
        "script",
        "style",
        "svg",
        "template",
        "title",
        "video",
    ]
)
"""Elements whose content is no text of the page."""

_KINDS = {"li": "item", "tr": "row", **{f"h{level}": "heading" for level in range(1, 7)}}


@dataclass(frozen=True)
class _Context:
    """What the text inside an element belongs to: a unit's kind, and the list item or
    table row whose units are one block (none: ``()``)."""

    kind: str
    key: tuple[int, ...]


@dataclass(frozen=True)
class _Text:
    """The file's text outside markup, entities read, and the file offset of each of its
    characters."""

    text: str
    offsets: tuple[int, ...]


def html_units(content: str, where: Anchors, key: tuple[int, ...] = ()) -> list[Unit]:
    """The units of an HTML block whose text starts where ``where`` says; ``key``: the
    Markdown list item that holds the block, whose text is then that item's (``()``: none)."""
    if not content.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(content, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    walk = Walk(shown(content), where, key)
    walk.element(root, _Context("item" if key else "paragraph", key))
    walk.end()
    return walk.units


def shown(content: str) -> _Text:
    """What is outside the markup of an HTML text, entities read."""
    text: list[str] = []
    offsets: list[int] = []
    at = 0
    for tag in (*_MARKUP.finditer(content), None):
        stop = tag.start() if tag else len(content)
        _read(content, at, stop, text, offsets)
        at = tag.end() if tag else stop
    return _Text("".join(text), tuple(offsets))


def _read(content: str, start: int, stop: int, text: list[str], offsets: list[int]) -> None:
    """Text between two tags, entities read, each character with its offset in the file."""
    at = start
    for entity in _ENTITY.finditer(content, start, stop):
        text.append(content[at : entity.start()])
        offsets.extend(range(at, entity.start()))
        shown = html.unescape(entity.group())
        text.append(shown)
        offsets.extend([entity.start()] * len(shown))
        at = entity.end()
    text.append(content[at:stop])
    offsets.extend(range(at, stop))


class Walk:
    """A walk through the element tree, in document order, collecting units."""

    def __init__(self, shown: _Text, where: Anchors, key: tuple[int, ...]) -> None:
        self.shown, self.where, self.key = shown, where, key
        self.cursor = 0
        self.units: list[Unit] = []
        self.pieces: list[Piece] = []
        self.context = _Context("paragraph", ())
        self.elements = 0

    def walk(self, root: etree._Element, start: int = 0) -> None:
        """Every unit inside an element (a page's main region), not the text after it;
        ``start``: where in the shown text its words are looked for from."""
        self.cursor = start
        tag = root.tag.lower() if isinstance(root.tag, str) else ""
        self._inside(root, tag, _Context("paragraph", self.key))
        self.end()

    def element(self, node: etree._Element, context: _Context) -> None:
        """An element, then the text that follows it inside its parent."""
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag and tag not in HIDDEN:
            self._inside(node, tag, context)
        self.text(node.tail, context)

    def _inside(self, node: etree._Element, tag: str, context: _Context) -> None:
        if tag == "br":
            self.end()
            return
        block = tag in BLOCKS or tag in _KINDS
        if block:
            self.end()
            self.elements += 1
            if tag in _KINDS:
                context = _Context(_KINDS[tag], (*self.key, -1, self.elements))
        if tag in ("td", "th"):
            shown = any(piece.text.strip() for piece in self.pieces)
            self.pieces += [GAP, Piece("|", *self._place(self.cursor)), GAP] if shown else [GAP]
        self.text(node.text, context)
        for child in node:
            self.element(child, context)
        if block:
            self.end()

    def text(self, text: str | None, context: _Context) -> None:
        """Words of a text node, each placed where the file writes it."""
        if not text:
            return
        if all(piece is GAP for piece in self.pieces):
            self.context = context
        at = 0
        for word in WORD.finditer(text):
            if word.start() > at:
                self.pieces.append(GAP)
            self.pieces += self._found(word.group())
            at = word.end()
        if at < len(text):
            self.pieces.append(GAP)

    def _found(self, word: str) -> list[Piece]:
        """A word where the file writes it, in runs of characters written as shown (an
        entity inside a word is a run of its own), so that each run keeps its column."""
        found = self.shown.text.find(word, self.cursor)
        if found < 0:
            return [Piece(word, *self._place(self.cursor))]
        self.cursor = found + len(word)
        offsets = self.shown.offsets[found : found + len(word)]
        cuts = [0, *(i for i in range(1, len(word)) if offsets[i] != offsets[i - 1] + 1)]
        return [
            Piece(word[start:stop], *self._place(found + start))
            for start, stop in zip(cuts, [*cuts[1:], len(word)], strict=True)
        ]

    def _place(self, index: int) -> tuple[int, int]:
        offsets = self.shown.offsets
        offset = offsets[min(index, len(offsets) - 1)] if offsets else 0
        return self.where.place(offset)

    def end(self) -> None:
        """The unit read so far is whole."""
        if any(piece is not GAP for piece in self.pieces):
            self.units.append(Unit(self.context.kind, tuple(self.pieces), self.context.key))
        self.pieces = []
