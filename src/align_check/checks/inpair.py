"""AC107, AC108: a clause of one sentence of a pair that the other sentence has no counterpart of.

The sentence encoder sums its tokens' features before its head (``align.encoder``), so the
vector of a sentence without one of its clauses is the head of the sentence's sum less the
clause's (the clause encoded on its own, less its opening and closing tokens). When taking a
clause out of one side brings the two sides of a confident pair clearly closer, and taking out
no part of the other side brings them closer again (which it does when the clause has a
counterpart there, translated freely), the clause says something the other side does not.

Every clause of every pair goes through the head in one batch; only clauses that also make
their side too long for the document's own ratio of lengths are encoded at all.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from align_check.align import encoder, semantic
from align_check.align.blas import one_thread
from align_check.align.encoder import head
from align_check.align.sides import document_sums
from align_check.checks.languages import lexicon_for
from align_check.checks.length import RATIO
from align_check.checks.pairs import finding, fold, side, two_sided, without_web
from align_check.model import Bead, Document, Finding

CONFIDENT = 0.33
"""Bead score from which a pair is a translation whose parts can be compared (a cosine of 0.45)."""

MIN_SHARE = 0.25
"""Share of its sentence's characters below which a clause moves its vector too little to test."""

MIN_EXCESS = 0.75
"""Share of the clause's length by which its side must exceed the other side (at the document's
ratio of lengths): a missing clause leaves the other side short by about its length."""

MIN_GAIN = 0.06
"""Rise of the pair's cosine when the clause is taken out, from which the other side is tested."""

MARGIN = 0.07
"""Rise, less the best rise that taking a part of the other side out as well gives, from which
the clause is reported (on 41 real pairs, clauses that have a counterpart stay under 0.04)."""

MIN_PAIRS = 5
"""Confident pairs from which a document's own ratio of lengths is measured."""

_WORD = re.compile(r"[^\W\d_]{3,}")
_OPENS = ",;:)"


@dataclass(frozen=True)
class Clause:
    """A run of words of one sentence: the sentence's id, its characters, its text."""

    sentence: int
    start: int
    end: int
    text: str


def clauses(text: str, sentence: int, language: str) -> list[Clause]:
    """Runs of one or two clauses of a sentence: cut at commas, semicolons, colons and
    parentheses, and before a word that opens a coordinated, relative or purpose clause."""
    folded = fold(text)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]
    opening = lexicon_for(language).clause_openings
    cuts = [0]
    for n in range(1, len(words)):
        before, word = folded[slice(*words[n - 1])], folded[slice(*words[n])]
        if before[-1] in _OPENS or word[0] == "(" or word.lower() in opening:
            cuts.append(n)
    cuts.append(len(words))
    spans = {(a, b) for size in (1, 2) for a, b in zip(cuts, cuts[size:], strict=False)}
    spans |= _parentheses(folded, words)
    found = []
    for a, b in sorted(spans):
        if 0 < b - a < len(words):
            start, end = words[a][0], words[b - 1][1]
            found.append(Clause(sentence, start, end, " ".join(folded[start:end].split())))
    return found


def _parentheses(folded: str, words: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Word runs from an opening parenthesis to its closing one."""
    spans = set()
    for n, (start, _) in enumerate(words):
        if folded[start] == "(":
            close = next((k for k in range(n, len(words)) if ")" in folded[slice(*words[k])]), None)
            if close is not None:
                spans.add((n, close + 1))
    return spans


def content_words(text: str, language: str) -> list[str]:
    """Words of three letters or more that are not function words of the language (a web or
    e-mail address holds none: it is not translated)."""
    stop = lexicon_for(language).stopwords
    return [w for w in _WORD.findall(without_web(text)) if w.lower() not in stop]


def language_note(clause: Clause, language: str) -> bool:
    """True for a parenthesis naming a language ("(en anglais seulement)", "(French only)")."""
    names = lexicon_for(language).language_names
    inner = clause.text.startswith("(") and clause.text.rstrip(".,;:").endswith(")")
    return inner and any(w.lower() in names for w in _WORD.findall(clause.text))


def length_ratio(source: Document, target: Document, beads: Sequence[Bead]) -> float:
    """Source characters per target character in the document's confident pairs (their median;
    translation's usual ratio for a document of fewer than MIN_PAIRS)."""
    ratios = [
        len(side(source, b.source).text) / max(len(side(target, b.target).text), 1)
        for b in two_sided(beads)
        if b.score >= CONFIDENT
    ]
    return statistics.median(ratios) if len(ratios) >= MIN_PAIRS else RATIO


@dataclass(frozen=True)
class _Test:
    """A clause to take out of one side of a pair: the bead's index, the side (0 or 1)."""

    bead: int
    side: int
    clause: Clause


def check_in_pair(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report clauses of confident pairs that the other side of the pair has no counterpart of."""
    if not semantic.available() or not source.sentences or not target.sentences:
        return
    documents = (source, target)
    tests = list(_candidates(documents, beads, length_ratio(source, target, beads)))
    if not tests:
        return
    with one_thread():
        found = _tested(documents, beads, tests)
    for test in found:
        yield _finding(documents, beads[test.bead], test)


def _tested(
    documents: tuple[Document, Document], beads: Sequence[Bead], tests: Sequence[_Test]
) -> list[_Test]:
    """The tests whose clause the other side lacks, the best of each side of a pair, in order."""
    sums = document_sums(*documents)
    tested = sorted({t.bead for t in tests})
    row = {bead: 2 * n for n, bead in enumerate(tested)}
    offset = len(documents[0].sentences)
    sides = [ids for n in tested for ids in _ids(beads[n], offset)]
    wholes = semantic.joined_sums(sums, sides)
    vectors = head(*wholes)
    base = np.einsum("ij,ij->i", vectors[0::2], vectors[1::2])
    clause_sums = encoder.token_sums([t.clause.text for t in tests])
    own = np.array([row[t.bead] + t.side for t in tests])
    less = head(
        wholes[0][own] - clause_sums.features + clause_sums.edges,
        wholes[1][own] - clause_sums.counts + 2,
    )
    gains = np.einsum("ij,ij->i", less, vectors[own ^ 1]) - base[own // 2]
    best: dict[tuple[int, int], tuple[float, _Test]] = {}
    counterparts: dict[int, NDArray[np.float32]] = {}
    for n in np.flatnonzero(gains >= MIN_GAIN):
        test, other = tests[int(n)], int(own[n] ^ 1)
        if other not in counterparts:  # the other side's parts, encoded once a pair's side
            counterparts[other] = _counterpart(
                documents, beads[test.bead], 1 - test.side, wholes, other
            )
        counterpart = counterparts[other]
        rise = float((counterpart @ less[n]).max(initial=0.0) - vectors[other] @ less[n])
        margin = float(gains[n]) - max(rise, 0.0)
        key = (test.bead, test.side)
        if margin >= MARGIN and (key not in best or margin > best[key][0]):
            best[key] = (margin, test)
    return [test for _, test in sorted(best.values(), key=lambda kept: kept[1].bead)]


def _ids(bead: Bead, offset: int) -> tuple[list[int], list[int]]:
    """A bead's sentences as rows of the sums of both documents' sentences, source first."""
    return list(bead.source), [offset + j for j in bead.target]


def _candidates(
    documents: tuple[Document, Document], beads: Sequence[Bead], ratio: float
) -> Iterator[_Test]:
    """Clauses long enough to test whose side is too long by a share of the clause's length."""
    for n, bead in enumerate(beads):
        if not bead.two_sided or bead.score < CONFIDENT:
            continue
        ids = (bead.source, bead.target)
        lengths = [len(side(d, i).text) for d, i in zip(documents, ids, strict=True)]
        scales = (ratio, 1 / ratio)
        for k in (0, 1):
            document, language = documents[k], documents[k].language
            excess = lengths[k] - scales[k] * lengths[1 - k]
            if excess < MIN_EXCESS * MIN_SHARE * lengths[k]:
                continue  # too short a gap for any clause long enough to test
            for clause in _side_clauses(document, ids[k]):
                size = len(clause.text)
                if (
                    MIN_SHARE * lengths[k] <= size <= excess / MIN_EXCESS
                    and len(content_words(clause.text, language)) >= 2
                    and not language_note(clause, language)
                ):
                    yield _Test(n, k, clause)


def _side_clauses(document: Document, ids: Sequence[int]) -> Iterator[Clause]:
    """The clauses of a side's sentences, and each sentence of a side of several."""
    for i in ids:
        text = document.sentences[i].text
        yield from clauses(text, i, document.language)
        if len(ids) > 1:
            yield Clause(i, 0, len(text), " ".join(fold(text).split()))


def _counterpart(
    documents: tuple[Document, Document],
    bead: Bead,
    side: int,
    wholes: tuple[NDArray[np.float32], NDArray[np.float32]],
    row: int,
) -> NDArray[np.float32]:
    """Vectors of one side of a pair without each of its clauses and each of its words, in turn:
    one of them comes closer to the other side without a clause when that clause has its
    counterpart there, translated freely."""
    document, ids = documents[side], (bead.source, bead.target)[side]
    parts = [c.text for c in _side_clauses(document, ids)]
    parts += [w for i in ids for w in fold(document.sentences[i].text).split()]
    encoded = encoder.token_sums(parts)
    return head(
        wholes[0][row] - encoded.features + encoded.edges, wholes[1][row] - encoded.counts + 2
    )


def _finding(documents: tuple[Document, Document], bead: Bead, test: _Test) -> Finding:
    """The finding for a clause of one side that the other lacks, its characters marked."""
    own, other = (lexicon_for(d.language).name for d in documents[:: 1 - 2 * test.side][:2])
    code = ("AC107", "AC108")[test.side]
    clause = test.clause
    marked = documents[test.side].sentences[clause.sentence].text[clause.start : clause.end]
    message = f'the {own} of this pair says "{marked}", which its {other} does not'
    spans = ((clause.sentence, clause.start, clause.end),)
    marks = ((marked,), ()) if test.side == 0 else ((), (marked,))
    found = finding(code, message, bead, marks)
    if test.side == 0:
        return replace(found, source_spans=spans)
    return replace(found, target_spans=spans)
