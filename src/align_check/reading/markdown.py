"""Markdown read with a CommonMark parser (markdown-it-py, tables and strikethrough as
GitHub writes them), so that markup is never read as text.

Units: headings (ATX or setext), paragraphs, list items (the paragraphs of one item are
one unit; an item inside it is one of its own), table rows (cells joined by `` | ``).
Left out, as the published page does not show them as prose: front matter, template
tags (Jekyll's ``{% include %}`` and ``{{ site.x }}``, Hugo's ``{{% shortcode %}}``),
fenced and indented code, thematic breaks, link targets, images, emphasis and code
marks, HTML comments. Raw HTML blocks are read as HTML (``html.py``), inline HTML tags
dropped (a ``<br>`` is a space). Every word keeps the line and column where the file
writes it. This module is the only home of markdown-it-py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from align_check.reading.blocks import Block, finish
from align_check.reading.html import BLOCKS, html_units
from align_check.reading.units import GAP, Anchors, Piece, Unit, anchors, blocks_of, locate

_FRONT_KEY = re.compile(r"^[\w-]+\s*:")
_TEMPLATE = re.compile(
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}"
    r"|\{%(?:(?!\n[ \t]*\n).)*?%\}|\{\{(?:(?!\n[ \t]*\n).)*?\}\}|\{:[^{}\n]*\}",
    re.DOTALL,
)
"""A Liquid comment with what it holds; a Liquid or Hugo template tag (``{{% x %}}`` and
``{{< x >}}`` included), over lines but not over a blank line (a lone ``{{`` of the text
is text); a kramdown attribute list (``{: .lead}``, ``{:target="_blank"}``): what Jekyll
and Hugo read before the page is made."""
_TAG_NAME = re.compile(r"</?([A-Za-z][\w-]*)")


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Units of a Markdown document, with inline markup and what is not prose removed."""
    shown = source(text)
    lines = tuple(shown.split("\n"))
    tokens = _parser().parse(shown)
    return finish(blocks_of(_units(tokens, lines)))


def source(text: str) -> str:
    """The text the parser reads: line ends as ``\\n``, front matter and template tags
    blanked (spaces for their characters, their line breaks kept), so that lines and
    columns stay those of the file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    front = _front_matter(lines)
    text = "\n".join("" if number < front else line for number, line in enumerate(lines))
    return _TEMPLATE.sub(_blank, text)


def _blank(found: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", found.group())


def _front_matter(lines: list[str]) -> int:
    """How many lines a YAML front matter block takes at the top of the file (0: none)."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            keyed = any(_FRONT_KEY.match(line) for line in lines[1:end] if line.strip())
            return end + 1 if keyed else 0
    return 0


@cache
def _parser() -> MarkdownIt:
    """CommonMark with GitHub's tables and strikethrough; entities and escapes kept apart
    from the text around them, so that each can be placed in the file."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


@dataclass(frozen=True)
class _Item:
    """A list item being read: its key and whether a unit of its own came after it."""

    key: tuple[int, ...]
    broken: bool = False


def _units(tokens: list[Token], lines: tuple[str, ...]) -> Iterator[Unit]:
    """The units of a token stream, in document order."""
    items: list[_Item] = []
    heading = False
    row: list[Piece] = []
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "list_item_open":
            items = [*items[:-1], _Item(items[-1].key, True)] if items else items
            items.append(_Item((index,)))
        elif kind == "list_item_close":
            items.pop()
        elif kind in ("heading_open", "heading_close"):
            heading = kind == "heading_open"
        elif kind == "tr_close":
            yield Unit("row", tuple(row))
            row = []
        elif kind == "inline" and token.map and tokens[index - 1].type in ("th_open", "td_open"):
            row += _cell(token, token.map[0] + 1, lines, row)
        elif kind == "inline" and token.map:
            where = anchors(token.content, token.map[0] + 1, lines)
            yield _unit(_inline(token, where), heading, items)
        elif kind == "html_block" and token.map:
            where = anchors(token.content, token.map[0] + 1, lines)
            yield from html_units(token.content, where, _key(items))


def _unit(pieces: tuple[Piece, ...], heading: bool, items: list[_Item]) -> Unit:
    if heading:
        return Unit("heading", pieces)
    key = _key(items)
    return Unit("item", pieces, key) if key else Unit("paragraph", pieces)


def _key(items: list[_Item]) -> tuple[int, ...]:
    """The key HTML inside a list item takes: the item's (its text is the item's)."""
    return items[-1].key if items and not items[-1].broken else ()


def _cell(token: Token, number: int, lines: tuple[str, ...], row: list[Piece]) -> list[Piece]:
    """A table cell's pieces (on file line ``number``), after a bar when cells came before."""
    written = lines[number - 1]
    after = max((p.column + len(p.text) - 1 for p in row if p.line == number), default=0)
    column = locate(token.content, written, after)
    pieces = _inline(token, Anchors((0,), ((number, column),)))
    if not any(piece.text.strip() for piece in pieces):
        return []
    bar = written.rfind("|", after, column)
    return [GAP, Piece("|", number, bar + 1), GAP, *pieces] if row else list(pieces)


_MARKS = frozenset(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"])


class _Inline:
    """A walk through an inline token's children with a cursor in its source text, so that
    each piece of text is placed where the file writes it."""

    def __init__(self, content: str, where: Anchors) -> None:
        self.content, self.where = content, where
        self.cursor = 0
        self.pieces: list[Piece] = []

    def find(self, written: str) -> int:
        """Where ``written`` stands in the source from the cursor; the cursor moves past it."""
        found = self.content.find(written, self.cursor) if written else -1
        if found < 0:
            return self.cursor
        self.cursor = found + len(written)
        return found

    def add(self, text: str, at: int, verbatim: bool = True) -> None:
        self.pieces.append(Piece(text, *self.where.place(at), verbatim))

    def child(self, token: Token) -> None:
        kind = token.type
        if kind == "text":
            self.add(token.content, self.find(token.content))
        elif kind == "text_special":
            self.add(token.content, self.find(token.markup), verbatim=False)
        elif kind == "code_inline":
            at = self.find(token.markup)
            self.add(token.content, self.find(token.content.split(" ", 1)[0]) or at, False)
            self.find(token.markup)
        elif kind in ("softbreak", "hardbreak"):
            self.pieces.append(GAP)
        elif kind == "html_inline":
            self.find(token.content)
            if _breaks(token.content):
                self.pieces.append(GAP)
        elif kind in _MARKS:
            self.find(token.markup)
        elif kind == "link_close" and token.markup != "autolink":
            self.cursor = _past_target(self.content, self.cursor)
        elif kind == "image":
            self.cursor = _past_target(self.content, _past_label(self.content, self.cursor))


def _inline(token: Token, where: Anchors) -> tuple[Piece, ...]:
    """The pieces of text an inline token shows: links' text without their targets,
    emphasis and code marks dropped, entities read, images and inline HTML left out."""
    walk = _Inline(token.content, where)
    for child in token.children or []:
        walk.child(child)
    return tuple(walk.pieces)


def _breaks(tag: str) -> bool:
    """True for an inline HTML tag a page shows as a break (``<br>``, ``<p>``), not for one
    inside a word (``1<sup>er</sup>``) or a comment."""
    name = _TAG_NAME.match(tag)
    if name is None:
        return False
    tag_name = name.group(1).lower()  # HTML names are case-insensitive: <BR> is <br>
    return tag_name in BLOCKS or tag_name == "br"


def _past_label(content: str, at: int) -> int:
    """The offset just past an image's ``![alt]`` from ``at`` (``at`` if there is none)."""
    start = content.find("![", at)
    return at if start < 0 else _closing(content, start + 1, "[", "]")


def _past_target(content: str, at: int) -> int:
    """The offset past what follows a link's text: ``](target "title")``, ``][label]``,
    or the closing bracket alone."""
    rest = content[at:].lstrip(" \t\n")
    at += len(content[at:]) - len(rest)
    if rest.startswith("]("):
        return _closing(content, at + 1, "(", ")")
    if rest.startswith("]["):
        end = content.find("]", at + 2)
        return end + 1 if end >= 0 else at + 1
    return at + 1 if rest.startswith("]") else at


def _closing(content: str, start: int, opening: str, closing: str) -> int:
    """The offset past the bracket that closes the one at ``start`` (nesting counted)."""
    depth = 0
    for index in range(start, len(content)):
        char = content[index]
        if char == "\\":
            continue
        depth += (char == opening) - (char == closing)
        if depth == 0:
            return index + 1
    return start + 1
