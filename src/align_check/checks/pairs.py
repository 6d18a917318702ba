"""The two sides of a bead as the checks read them: texts, language names, findings."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from align_check.checks.languages import lexicon_for
from align_check.codes import CODES
from align_check.model import Bead, Document, Finding

_FOLD = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\t": " ",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u2212": "-",
    }
)


WEB = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|(?<![\w&])[#@][^\W\d_][\w-]*")
"""A web or e-mail address, a hashtag or a handle (#CanadaDotCa, @CDS_GC, each language its
own): neither figures nor names are read inside one."""


def fold(text: str) -> str:
    """Return text with no-break spaces, curly apostrophes and dashes made plain, same length."""
    return text.translate(_FOLD)


def without_web(text: str) -> str:
    """Return text with its web and e-mail addresses blanked, same length."""
    if "@" not in text and "#" not in text and "www." not in text and "http" not in text:
        return text
    return WEB.sub(lambda match: " " * len(match.group(0)), text)


def plain(text: str) -> str:
    """Return lower-case text without accents (every combining mark left out of the
    decomposed text), for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", text.lower()).translate(_LATIN_MARKS)
    if decomposed.isascii():
        return decomposed
    return _NON_ASCII.sub(
        lambda m: "" if unicodedata.combining(m.group()) else m.group(), decomposed
    )


_LATIN_MARKS = {c: None for c in range(0x300, 0x370) if unicodedata.combining(chr(c))}
"""The combining diacritical marks (Latin accents), taken out at once."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

strip_accents = lru_cache(maxsize=1 << 16)(plain)
"""``plain`` of a word, remembered (a document writes the same words again and again)."""


@dataclass(frozen=True)
class Side:
    """One side of a bead: its language's name and its sentences joined by one space."""

    name: str
    text: str


def side(document: Document, ids: Iterable[int]) -> Side:
    """Return the side of a bead made of the given sentences of a document."""
    name = lexicon_for(document.language).name
    return Side(name, " ".join(document.sentences[i].text for i in ids))


def out_of_order(beads: Sequence[Bead]) -> frozenset[int]:
    """Indexes of the two-sided beads whose targets stand at another place than the order of
    the source gives: the fewest that, left out, leave the others' targets in order."""
    paired = [(n, bead.target[0]) for n, bead in enumerate(beads) if bead.two_sided]
    tails: list[int] = []  # tails[k]: smallest last target of an increasing run of length k + 1
    ends: list[int] = []  # ends[k]: the index in ``paired`` of that run's last bead
    before = [-1] * len(paired)
    for k, (_, target) in enumerate(paired):
        length = bisect_left(tails, target)
        before[k] = ends[length - 1] if length else -1
        if length == len(tails):
            tails.append(target)
            ends.append(k)
        else:
            tails[length], ends[length] = target, k
    kept, k = set(), ends[-1] if ends else -1
    while k >= 0:
        kept.add(paired[k][0])
        k = before[k]
    return frozenset(n for n, _ in paired if n not in kept)


def places(beads: Sequence[Bead]) -> list[tuple[int, int]]:
    """For each bead, the last source and the last target sentence placed before it (-1 at
    the start), by the beads in order: a moved pair stands elsewhere, so it places nothing."""
    moved = out_of_order(beads)
    found, last_source, last_target = [], -1, -1
    for n, bead in enumerate(beads):
        found.append((last_source, last_target))
        if n not in moved:
            last_source = max(bead.source, default=last_source)
            last_target = max(bead.target, default=last_target)
    return found


def two_sided(beads: Iterable[Bead]) -> Iterator[Bead]:
    """Yield the beads that hold sentences on both sides."""
    return (bead for bead in beads if bead.two_sided)


def finding(
    code: str, message: str, bead: Bead, marks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
) -> Finding:
    """Return a finding on both sides of a bead with the default severity of its code."""
    return Finding(
        code,
        CODES[code].severity,
        message,
        source=bead.source,
        target=bead.target,
        source_marks=marks[0],
        target_marks=marks[1],
    )
