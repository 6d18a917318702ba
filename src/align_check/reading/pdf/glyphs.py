"""What the PDF reader takes from a page: its characters, each with its box."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character of a page's text layer, in PDF units (origin bottom left).

    The box is PDFium's loose one (the font's ascent to descent), so its height stands for
    the size: posters made with a unit font and a scaled matrix report size 1 for every
    character.
    ``baseline`` is the foot of that box (the baseline less the font's descent): the same
    for the characters of one line in one font, higher for a raised footnote call.
    A space (in the file, or inferred by PDFium) has ``char`` " " and no box.
    """

    char: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float
    """The height of the character's font box (``top - bottom``)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn line of the page (a thin path: a table's cell border, an underline), as
    its box in PDF units."""

    x0: float
    bottom: float
    x1: float
    top: float


@dataclass(frozen=True)
class Page:
    """One page: its number (1 = the file's first), height, characters in file order,
    and the thin lines drawn on it."""

    number: int
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Rule, ...] = ()


LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
"""Ligatures U+FB00 to U+FB06 as the letters they join; nothing else is normalised
(NFKC would also turn the no-break spaces U+00A0 and U+202F into spaces)."""

SOFT_HYPHEN = "\u00ad"
"""Where a word was broken at a line end: PDFium's U+FFFE marker and U+0002 are read as
this, a soft hyphen."""

_KEPT_AS = {**LIGATURES, "\ufffe": SOFT_HYPHEN, "\x02": SOFT_HYPHEN}


def letters(char: str) -> str:
    """A character of the text layer as the reader keeps it (ligatures as letters)."""
    return _KEPT_AS.get(char, char)
