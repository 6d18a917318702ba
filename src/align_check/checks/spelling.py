"""Misspelled names: one letter away from a spelling the same document uses far more often.

"gouvernement du Canda" in a French text that writes "Canada" twelve times, "Digitial
Transformation Office" beside "Digital" in the English: a reviewer wants these whatever the
other version says. A word counts as misspelled when it is rare (no ordinary word of either
language, written at most twice in the document) and one edit (Damerau 1964) away from a word
the document writes at least three times, or writes at all when it is an ordinary word of the
document's language ("digital"), the edit not in its last two letters (so "Canadien" and
"Canadiens", "Ministre" and "Ministres" are inflections, not misspellings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from align_check.checks.vocabulary import known, ordinary

LEAST = 5
"""Letters a word must have to be checked."""
RARE = 2
"""Times at most a misspelling appears in its document."""
USUAL = 3
"""Times at least the right spelling appears in the same document."""


def damerau(first: str, second: str) -> int:
    """Return the optimal-string-alignment distance (Damerau 1964) between two words."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        row = [i]
        for j, b in enumerate(second, start=1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


@dataclass(frozen=True)
class Misspelling:
    """A word of a document that is probably another word of it, misspelled."""

    wrong: str
    right: str
    times: int


def _inflection(first: str, second: str) -> bool:
    """True when two spellings differ only in their last two letters."""
    shared = next(
        (n for n, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )
    return shared >= max(len(first), len(second)) - 2


def misspellings(
    names: Iterable[str], words: Iterable[str], languages: tuple[str, str]
) -> Iterator[Misspelling]:
    """The names of a document (as written) that are misspellings of words it writes often.

    ``words`` are every word of the document, as written. The words one edit away are looked
    up by their one-letter deletions (Garbe's symmetric delete), not compared one by one.
    """
    counts = Counter(word.lower() for word in words)
    usual = [
        word
        for word, n in counts.items()
        if len(word) >= LEAST - 1
        and (n >= USUAL or any(ordinary(word, language) for language in languages[:1]))
    ]
    index = _deletions_index(usual)
    for name in dict.fromkeys(names):
        key = name.lower()
        if len(key) < LEAST or counts[key] > RARE or "-" in key:
            continue
        if any(ordinary(name, language) for language in languages):
            continue
        near = sorted({n for variant in _variants(key) for n in index.get(variant, ())})
        for word in (usual[n] for n in near):
            close = abs(len(word) - len(key)) <= 1 and damerau(key, word) == 1
            if close and not _inflection(key, word):
                if not any(known(name, language) for language in languages):
                    yield Misspelling(name, word, counts[word])
                break


def _variants(word: str) -> set[str]:
    """The word and every spelling of it with one letter left out."""
    return {word, *(word[:n] + word[n + 1 :] for n in range(len(word)))}


def _deletions_index(words: list[str]) -> dict[str, list[int]]:
    """Each word's position in ``words`` under the word and each of its one-letter deletions:
    two words one edit apart (a letter added, left out, changed or two swapped) share one."""
    index: dict[str, list[int]] = {}
    for n, word in enumerate(words):
        for variant in _variants(word):
            index.setdefault(variant, []).append(n)
    return index
