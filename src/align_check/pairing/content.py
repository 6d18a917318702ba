"""Pairing by content: which document of one language is the translation of which in another.

Translations share what no translator changes: figures, proper names, acronyms. Two documents
are candidates when a large share of those anchors is common to both and their lengths fit a
translation; each document is paired at most once, best candidates first, and only with a
candidate that it and its partner both rank first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

MIN_SHARED = 0.35
"""Dice overlap of anchors below which two documents are never paired (translations score
0.5 and more on the seeds and the benchmark pairs; unrelated statements on one subject, 0.1)."""

MIN_COMMON = 3
"""Anchors two documents must share at least: fewer is chance, whatever the overlap."""

MAX_LENGTH_RATIO = 2.5
"""Length ratio beyond which two texts are not translations of each other (French runs
10-20% longer than English; page furniture on one side adds some more)."""

_FIGURE = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Profile:
    """What a document shares with its translation: its anchors and its length."""

    path: str
    lang: str
    anchors: frozenset[str]
    length: int


def profile(path: str, lang: str, text: str) -> Profile:
    """The anchors of a text: its figures and the capitalised words not opening a sentence."""
    return Profile(path, lang, frozenset(_figures(text) | _names(text)), len(text))


def similarity(first: Profile, second: Profile) -> float:
    """How much two documents share, in [0, 1]: 0 when their lengths rule out a translation."""
    shorter, longer = sorted((max(first.length, 1), max(second.length, 1)))
    if longer / shorter > MAX_LENGTH_RATIO or not (first.anchors or second.anchors):
        return 0.0
    common = len(first.anchors & second.anchors)
    if common < MIN_COMMON:
        return 0.0
    return 2 * common / (len(first.anchors) + len(second.anchors))


def match(sources: Sequence[Profile], targets: Sequence[Profile]) -> list[tuple[Profile, Profile]]:
    """Pairs of mutual best candidates scoring at least MIN_SHARED, in the sources' order."""
    scores = {(s.path, t.path): similarity(s, t) for s in sources for t in targets}
    pairs = []
    for source in sources:
        best = max(targets, key=lambda t: scores[source.path, t.path], default=None)
        if best is None or scores[source.path, best.path] < MIN_SHARED:
            continue
        rival = max(sources, key=lambda s: scores[s.path, best.path])
        if rival is source:
            pairs.append((source, best))
    return pairs


def _figures(text: str) -> set[str]:
    """Runs of digits: "1 000", "1.000" and "1,000" all give 1 and 000."""
    return {f"#{figure.lstrip('0') or '0'}" for figure in _FIGURE.findall(text)}


def _names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence or a line, folded to plain lower case."""
    names = set()
    for line in text.splitlines():
        previous = ""
        for word in _WORD.finditer(line):
            opening = not previous or _SENTENCE_END.search(previous)
            if word.group()[0].isupper() and not opening and len(word.group()) > 2:
                names.add(_fold(word.group()))
            previous = line[: word.start()]
    return names


def _fold(word: str) -> str:
    """Lower case without accents, so "Élysée" and "Elysee" meet."""
    decomposed = unicodedata.normalize("NFKD", _POSSESSIVE.sub("", word.lower()))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
