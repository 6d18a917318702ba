"""Words broken at a line end: joined when the break was hyphenation ("démantè-" /
"lement"), kept when the hyphen is the word's own ("Royaume-" / "Uni", "vis-à-" / "vis")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from align_check.reading.pdf.glyphs import SOFT_HYPHEN

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_STEM = re.compile(r"([^\W\d_]+(?:['’-][^\W\d_]+)*)[-\u00ad]$")
_HEAD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*")
_COMPOUND_HEADS = frozenset({"être", "delà", "dessus", "dessous", "même", "mêmes", "ci", "là"})
"""Second halves of French compounds that keep their hyphen ("peut-être", "au-delà")."""


@dataclass(frozen=True)
class Vocabulary:
    """The words of a document, to tell a broken word from a hyphenated one."""

    words: frozenset[str]
    hyphenated: frozenset[str]


def vocabulary(texts: Iterable[str]) -> Vocabulary:
    """The words met in a document's lines (case folded), whole and hyphenated."""
    words: set[str] = set()
    for text in texts:
        words.update(word.casefold() for word in _WORD.findall(text))
    return Vocabulary(
        frozenset(w for w in words if "-" not in w), frozenset(w for w in words if "-" in w)
    )


def ends_broken(text: str) -> bool:
    """True when a line ends with a hyphen (or PDFium's soft-hyphen marker)."""
    return text.endswith(("-", SOFT_HYPHEN)) and not text.endswith((" -", "--"))


def joins(before: str, after: str, known: Vocabulary) -> bool:
    """True when a line ending with a hyphen and the next line make one word without it:
    the next line starts in lower case, the piece before the hyphen is not itself a
    compound, and the word is met whole elsewhere or never met hyphenated."""
    stem, head = _STEM.search(before), _HEAD.match(after)
    if not stem or not head or not after[0].islower():
        return False
    first, second = stem.group(1).casefold(), head.group(0).casefold()
    if "-" in first or "-" in second or second in _COMPOUND_HEADS:
        return False
    if first + second in known.words:
        return True
    return f"{first}-{second}" not in known.hyphenated


def kept(text: str) -> str:
    """A line end whose hyphen stays: a soft-hyphen marker shown as the hyphen it was."""
    return text[:-1] + "-" if text.endswith(SOFT_HYPHEN) else text
