"""Split plain text and Markdown into units: paragraphs, headings, list items, table rows.

In Markdown, what the published page does not show as prose is left out (``markdown``)
and each table row is a unit of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from align_check.reading.markdown import HEADING, LIST, QUOTE, prose

_BULLET = re.compile(
    r"^(?:[ \t]*(?:[-*\u2013][ \t\u00a0]+|[•\uf0b7\u25aa][ \t\u00a0]*)|\u00a0\s*)(?=\S)"
)
_MD_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s*\]\([^)\s]*\)"), ""),
    (re.compile(r"(?<!\S)\[(?=[^\]]*$)"), ""),
    (re.compile(r"(?<![\w_])_(?=[^\W_])|(?<=[^\W_])_(?![\w_])"), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
)
_TAG = re.compile(r"<(?:[A-Za-z][\w:-]*|/[A-Za-z][\w:-]*)(?:\s[^<>]*)?/?>", re.DOTALL)
"""An HTML tag inside Markdown, over several lines or not: its text stays, the tag goes."""
_FINAL = re.compile(r"[.!?:;…»\"”)\]]\s*$")
_HEADING_MAX_WORDS = 14


@dataclass(frozen=True)
class Line:
    """One line of a unit: its text (markup removed) and where that text starts in the file."""

    text: str
    line: int
    column: int


@dataclass(frozen=True)
class Block:
    """A unit of a document: consecutive lines of one paragraph, heading or list item."""

    kind: str
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        """The unit's text, lines joined by single spaces."""
        return " ".join(line.text for line in self.lines)


def text_blocks(text: str) -> tuple[Block, ...]:
    """Units of a plain-text document."""
    return _finish(_group(text, _plain_line))


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Units of a Markdown document, with inline markup and what is not prose removed."""
    found = prose(text)
    kinds = dict.fromkeys(found.rows, "row") | dict.fromkeys(found.headings, "heading")
    shown = _TAG.sub(_untagged, found.text)
    return _finish(_group(shown, lambda raw, n: _markdown_line(raw, n, kinds.get(n, ""))))


def _untagged(tag: re.Match[str]) -> str:
    """What stands for an HTML tag: a space where it broke words apart (``<br>``, block tags),
    nothing inside a word (``1<sup>er</sup>``), its line breaks kept so lines keep their
    numbers."""
    breaks = tag.group(0).count("\n")
    name = tag.group(0)[1:].lstrip("/").split(None, 1)[0].rstrip("/>").lower()
    gap = "" if name in _INLINE_TAGS else " "
    return "\n" * breaks if breaks else gap


_INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "cite",
        "code",
        "em",
        "i",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "u",
    ]
)
"""Tags inside a line of text: removing them joins what they held to its neighbours."""


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


def _markdown_line(raw: str, number: int, kind: str) -> _Parsed:
    if kind == "row":
        return _Parsed("row", _row(raw, number))
    if kind == "heading":
        parsed = _markdown_line(raw, number, "")
        return _Parsed("heading", parsed.line)
    quote = QUOTE.match(raw)
    offset = quote.end() if quote else 0
    body = raw[offset:]
    for pattern, kind in ((HEADING, "heading"), (LIST, "item")):
        match = pattern.match(body.lstrip(" "))
        if match:
            start = offset + len(body) - len(body.lstrip(" ")) + match.end()
            stripped = _strip_line(_unmark(raw[start:]), number, start + 1)
            return _Parsed(kind, stripped)
    parsed = _plain_line(body, number)
    column = offset + parsed.line.column
    return _Parsed(parsed.kind, _strip_line(_unmark(parsed.line.text), number, column))


def _row(raw: str, number: int) -> Line:
    """A table row's cells, between its outer bars if it has them, inline markup removed."""
    quote = QUOTE.match(raw)
    start = quote.end() if quote else 0
    start += len(raw[start:]) - len(raw[start:].lstrip(" \t"))
    start += raw.startswith("|", start)
    inner = raw[start:].rstrip(" \t\r")
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return _strip_line(_unmark(inner), number, start + 1)


def _unmark(text: str) -> str:
    """A line's text as the page shows it: links, emphasis and code marks gone, HTML entities
    read ("&#39;" is an apostrophe, "&nbsp;" a no-break space)."""
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return html.unescape(text)


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


def _finish(blocks: Iterator[Block]) -> tuple[Block, ...]:
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
    first = block.lines[0].text
    return not _FINAL.search(previous.lines[-1].text) and first[:1].islower()


def _as_heading(block: Block) -> Block:
    """A one-line paragraph that is short and has no closing punctuation is a heading."""
    if block.kind != "paragraph" or len(block.lines) != 1:
        return block
    text = block.lines[0].text
    short = len(text.split()) <= _HEADING_MAX_WORDS
    if short and not _FINAL.search(text) and (text[:1].isupper() or text[:1].isdigit()):
        return Block("heading", block.lines)
    return block
