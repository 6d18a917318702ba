"""Acronyms as each document defines them, and which acronyms of the two documents are one.

A document defines its acronyms ("Service numérique canadien (SNC)", "the Canadian Digital
Service (CDS)"); the long form is found by Schwartz and Hearst's algorithm ("A simple algorithm
for identifying abbreviation definitions in biomedical text", PSB 2003): the acronym's letters,
last to first, matched in order in the words before the parenthesis, the first letter at the
start of a word. Two acronyms of the two languages are one when an aligned pair defines both,
or when they stand together in the aligned pairs far more often than apart (Dice's coefficient,
as word aligners pair words: "LL" with "OSS" in 100 pairs of a white paper), twice at least or
once as the only acronym of each side of a pair.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from align_check.checks.lexicon import words as word_list
from align_check.checks.spelling import damerau

ACRONYM = re.compile(r"(?<![\w-])(?=[\w&.-]*[A-Z][\w&.-]*[A-Z])[A-Z][\w&]*(?:[.-][\w&]+)*(?![\w-])")
"""An acronym: a word of at least two capitals that starts with one ("GC", "IM-IT", "MPLv2")."""

_DEFINED = re.compile(r"\(\s*(?:[«\"“]\s*)?([^()]{2,80}?)(?:\s*[»\"”])?\s*\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

DICE = 0.5
"""How much more often two acronyms must stand together than apart to be one."""


def is_acronym(word: str) -> bool:
    """True for a word of at least two capitals, starting with one, half its letters capitals
    ("GC", "DoD", "PCs", "MPLv2"; not "Merriam-Webster")."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return ACRONYM.fullmatch(word) is not None and 2 * capitals >= len(letters)


_MINOR = word_list("a au aux d de des du en et l la le les of the and for in on to")
"""Words an acronym's letters pass over ("gouvernement du Canada" for "GC")."""


def spelled_out(short: str, text: str) -> list[tuple[int, int]]:
    """Where a text spells out an acronym word by word, its initials in any order (the other
    language's word order: "disque compact" for "CD"): every such span, in the text's order.

    Only the acronym's capitals count ("DoD": "département de la Défense"); minor words are
    passed over, or count where the acronym has their letter ("foire aux questions").
    """
    letters = sorted(c.lower() for c in short if c.isupper())
    if len(letters) < 2:
        return []
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    content = [(w, a, b) for w, a, b in words if w.lower().split("'")[-1] not in _MINOR]
    size, found = len(letters), set()
    for run in _runs(content, size) + _runs(words, size):
        initials = sorted(w.split("'")[-1][:1].lower() for w, _, _ in run)
        if initials == letters and _close(run, words):
            found.add((run[0][1], run[-1][2]))
    return sorted(found)


def _runs(words: list[tuple[str, int, int]], size: int) -> list[list[tuple[str, int, int]]]:
    """Every run of ``size`` consecutive words ("foire aux questions" for "FAQ" counts its minor
    word too)."""
    return [words[start : start + size] for start in range(len(words) - size + 1)]


def _close(run: list[tuple[str, int, int]], words: list[tuple[str, int, int]]) -> bool:
    """True when a run of content words has at most two minor words between each two."""
    positions = [next(i for i, w in enumerate(words) if w[1] == item[1]) for item in run]
    return all(b - a <= 3 for a, b in zip(positions, positions[1:], strict=False))


def long_form(short: str, before: str) -> str | None:
    """The long form of an acronym in the text before its parenthesis, or None (Schwartz-Hearst).

    ``before`` is cut to the acronym's length + 5 words or twice its length, whichever is fewer.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    words = before.split()
    if not letters or not words:
        return None
    words = words[-min(len(letters) + 5, 2 * len(letters)) :]
    text = " ".join(words)
    s, t = len(letters) - 1, len(text) - 1
    while s >= 0:
        char = letters[s]
        while t >= 0 and (text[t].lower() != char or (s == 0 and t > 0 and text[t - 1].isalnum())):
            t -= 1
        if t < 0:
            return None
        t -= 1
        s -= 1
    start = text.rfind(" ", 0, t + 1) + 1
    found = text[start:].strip(" ,;:")
    return found if len(found) > len(short) else None


def definitions(text: str) -> list[tuple[str, str]]:
    """The acronyms a sentence defines, each with its long form, in order of the text.

    Both shapes count: "long form (ACR)" and "ACR (long form)".
    """
    found = []
    for match in _DEFINED.finditer(text):
        inside = match.group(1).strip()
        before = text[: match.start()]
        if is_acronym(inside):
            long = long_form(inside, before)
            if long:
                found.append((inside, long))
            continue
        word = before.split()[-1:] if before.split() else []
        if word and is_acronym(word[0].strip(",;:")):
            short = word[0].strip(",;:")
            if long_form(short, inside):
                found.append((short, inside))
    return found


def content_words(text: str) -> tuple[str, ...]:
    """The words of a long form that carry its meaning, lower case ("government", "canada")."""
    return tuple(w.lower() for w in _WORD.findall(text) if len(w) > 3 or w.isupper())


@dataclass(frozen=True)
class Acronyms:
    """What a pair of documents says of its acronyms."""

    source_long: dict[str, tuple[str, ...]]
    """Each acronym the source defines, with its long form's content words."""
    target_long: dict[str, tuple[str, ...]]
    pairs: dict[str, str]
    """Source acronym to target acronym, where the two are one."""
    terms: frozenset[str] = frozenset()
    """The acronyms of a common term, either side ("logiciels libres (LL)", "Artificial
    Intelligence (AI)"), or paired with one that is. A term is translated, spelled out or
    stood for by a pronoun: it is no name to report."""

    @property
    def reverse(self) -> dict[str, str]:
        return {target: source for source, target in self.pairs.items()}


def _first_definitions(texts: Iterable[str]) -> dict[str, str]:
    """Each acronym a document defines, with the long form of its first definition."""
    first: dict[str, str] = {}
    for text in texts:
        for short, long in definitions(text):
            first.setdefault(short, long)
    return first


Term = Callable[[str], bool]
"""Whether a long form names a common term rather than a body (a language's own test)."""


def acronyms_of(
    source_texts: Sequence[str],
    target_texts: Sequence[str],
    beads: Sequence[tuple[str, str]],
    terms: tuple[Term, Term],
) -> Acronyms:
    """The acronyms of two documents: long forms on each side, the pairs that are one, and the
    acronyms of common terms (each side's long forms read by that side's ``terms`` test).

    ``beads`` are the two-sided aligned pairs, each as its source and target text.
    """
    pairs: dict[str, str] = {}
    for source, target in beads:
        left, right = definitions(source), definitions(target)
        if left and len(left) == len(right):
            for (a, _), (b, _) in zip(left, right, strict=True):
                pairs.setdefault(a, b)
    _pair_by_company(beads, pairs)
    sides = (_first_definitions(source_texts), _first_definitions(target_texts))
    found = {
        short
        for side, term in zip(sides, terms, strict=True)
        for short, long in side.items()
        if term(long)
    }
    found |= {b for a, b in pairs.items() if a in found} | {
        a for a, b in pairs.items() if b in found
    }
    source_long, target_long = (
        {short: content_words(long) for short, long in side.items()} for side in sides
    )
    return Acronyms(source_long, target_long, pairs, frozenset(found))


_JOINED = re.compile(r"(?<=[A-Z])[-/](?=[A-Z])")


def _acronyms_in(text: str) -> set[str]:
    """The acronyms of a text, compounds of acronyms apart ("IM-IT" is "IM" and "IT")."""
    return {a for a in ACRONYM.findall(_JOINED.sub(" ", text)) if is_acronym(a)}


def _pair_by_company(beads: Sequence[tuple[str, str]], pairs: dict[str, str]) -> None:
    """Pair acronyms that stand together in the aligned pairs far more often than apart."""
    left_count: Counter[str] = Counter()
    right_count: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    alone: set[tuple[str, str]] = set()
    for source, target in beads:
        left, right = _acronyms_in(source), _acronyms_in(target)
        left, right = left - right, right - left
        left_count.update(left)
        right_count.update(right)
        together.update((a, b) for a in left for b in right)
        if len(left) == len(right) == 1:
            alone.add((next(iter(left)), next(iter(right))))
    taken = set(pairs.values())
    best: dict[str, tuple[float, str]] = {}
    for (a, b), n in together.items():
        if len(a) >= 4 and damerau(a.lower(), b.lower()) == 1:
            continue  # one name, misspelled on one side ("PLLSOne", "PLOSOne"): not a translation
        dice = 2 * n / (left_count[a] + right_count[b])
        if (n >= 2 or (a, b) in alone) and dice >= DICE:
            best[a] = max(best.get(a, (0.0, "")), (dice, b))
    backward: dict[str, tuple[float, str]] = {}
    for a, (dice, b) in best.items():
        backward[b] = max(backward.get(b, (0.0, "")), (dice, a))
    for b, (_, a) in backward.items():
        if a not in pairs and b not in taken:
            pairs[a] = b
