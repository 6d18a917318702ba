"""Units as the Markdown and HTML readers find them, folded into blocks.

A reader hands over pieces of the text a page shows, each with its place in the file;
white space between words reads as one space, as a browser shows it, and every word
keeps the line and column where it is written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from align_check.reading.blocks import Block, Line

WORD = re.compile(r"[^ \t\n\r\f]+")
"""A run of characters between ASCII spaces (a no-break space is part of a word)."""
"""A word: what ASCII white space (not a no-break space) separates."""


@dataclass(frozen=True)
class Piece:
    """Text a page shows and where it starts in the file.

    ``verbatim``: the text is copied from the file as written there, so a word inside
    it starts ``column + offset``; otherwise (an entity read, a code span) every word
    of it is placed at ``column``.
    """

    text: str
    line: int
    column: int
    verbatim: bool = True


GAP = Piece(" ", 0, 0)
"""White space between words (a line break, a tag that shows as a break)."""


@dataclass(frozen=True)
class Unit:
    """Pieces of one heading, paragraph, list item or table row.

    Units of one ``key`` (not ``()``) that follow each other are one block: the
    paragraphs of one list item.
    """

    kind: str
    pieces: tuple[Piece, ...]
    key: tuple[int, ...] = ()


@dataclass(frozen=True)
class Anchors:
    """Where the lines of a text a parser hands over (container marks removed) start in
    the file: a character offset of that text read as a file line and column."""

    starts: tuple[int, ...]
    places: tuple[tuple[int, int], ...]

    def place(self, offset: int) -> tuple[int, int]:
        """The file line and column of a character of the text."""
        index = max(bisect_right(self.starts, offset) - 1, 0)
        line, column = self.places[index]
        return line, column + offset - self.starts[index]


def anchors(content: str, first: int, lines: tuple[str, ...]) -> Anchors:
    """Anchors of a text whose lines are the ends of file lines from ``first`` (1-based)."""
    starts: list[int] = []
    places: list[tuple[int, int]] = []
    offset = 0
    for index, part in enumerate(content.split("\n")):
        number = first + index
        written = lines[number - 1] if 0 < number <= len(lines) else ""
        starts.append(offset)
        places.append((number, locate(part, written)))
        offset += len(part) + 1
    return Anchors(tuple(starts), tuple(places))


def locate(part: str, written: str, start: int = 0) -> int:
    """The 1-based column where ``part`` (its blanks at the ends aside) is written in a
    file line, from ``start`` (0-based); 1 where it cannot be found."""
    core = part.strip()
    if not core:
        return start + 1
    end = written.rstrip()
    if start == 0 and end.endswith(part.rstrip()):
        return len(end) - len(part.rstrip()) + 1
    found = written.find(core, start)
    if found < 0:
        return start + 1
    return found + 1 - (len(part) - len(part.lstrip()))


def lines_of(pieces: Iterable[Piece]) -> tuple[Line, ...]:
    """The pieces of a unit's text, each where the file writes its first character, and
    whether white space parts it from the one before (none inside ``1<sup>er</sup>`` or
    ``0,10&nbsp;%``); a no-break space standing alone parts words like a space."""
    found: list[Line] = []
    space = True
    for piece in pieces:
        at = 0
        for part in WORD.finditer(piece.text):
            space = space or part.start() > at
            column = piece.column + part.start() if piece.verbatim else piece.column
            found.append(Line(part.group(), piece.line, column, space))
            space, at = False, part.end()
        space = space or at < len(piece.text)
    return tuple(_spaced(found))


def _spaced(found: list[Line]) -> Iterator[Line]:
    """The pieces without the words that are no-break spaces alone: a space instead."""
    space = False
    for word in _words(found):
        if not "".join(line.text for line in word).strip():
            space = True
            continue
        first = word[0]
        yield Line(first.text, first.line, first.column, first.space or space)
        yield from word[1:]
        space = False


def _words(found: list[Line]) -> Iterator[list[Line]]:
    """Pieces grouped into words: a piece without a space before belongs to the word before."""
    word: list[Line] = []
    for line in found:
        if word and line.space:
            yield word
            word = []
        word.append(line)
    if word:
        yield word


def blocks_of(units: Iterable[Unit]) -> Iterator[Block]:
    """Blocks of units: those of one key that follow each other joined; empty ones dropped."""
    kind, key = "", tuple[int, ...]()
    pieces: list[Piece] = []
    for unit in units:
        if pieces and unit.key and unit.key == key:
            pieces += [GAP, *unit.pieces]
            continue
        if pieces:
            yield from _block(kind, pieces)
        kind, key, pieces = unit.kind, unit.key, list(unit.pieces)
    if pieces:
        yield from _block(kind, pieces)


def _block(kind: str, pieces: list[Piece]) -> Iterator[Block]:
    lines = lines_of(pieces)
    if lines:
        yield Block(kind, lines)
