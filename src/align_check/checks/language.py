"""AC501/AC502: a sentence in the other document's language (left untranslated in the target,
or in the target's language in the source); a whole document not in its declared language.

Not every sentence in the other language is left untranslated. Words in parentheses, brackets
or quotation marks cite the other language on purpose (a statute's definition gives the other
version's term: "(organisme de la société civile)"); a title marked as existing in one language
only ("(en anglais seulement)", "(French only)") is written in that language; and a sentence
quoted as an example next to a sentence of its document that translates it (its gloss) is a
quotation. None of them is reported; the gloss, which the other version has no reason to
carry, is not an addition either (``quotations``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from align_check.align import semantic
from align_check.checks.languages import LEXICONS, lexicon_for
from align_check.checks.pairs import fold
from align_check.codes import CODES, category_of
from align_check.lang import STOPWORDS
from align_check.model import Bead, Document, Finding

_WORD = re.compile(r"[^\W\d_]+")

MIN_WORDS = 5
"""Words a sentence needs before its language is told from its function words."""

MIN_HITS = 2
"""Function words of a language a sentence needs to be read as that language."""

_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
"""Words in parentheses, brackets or quotation marks: a term cited, not the sentence."""


def _one_language() -> re.Pattern[str]:
    """A note that a title or link exists in one language only, in any language with a table:
    "(en anglais seulement)", "(English only)", "(in French)"."""
    names = _alternation(lex.language_names for lex in LEXICONS.values())
    only = _alternation(lex.only_words for lex in LEXICONS.values())
    prepositions = _alternation(lex.in_language for lex in LEXICONS.values())
    return re.compile(
        rf"\((?:[^()]*\s)?(?:{names})\s+(?:{only})\)|\((?:{prepositions})\s+(?:{names})\)",
        re.IGNORECASE,
    )


def _alternation(tables: Iterable[frozenset[str]]) -> str:
    return "|".join(sorted(set().union(*tables), key=lambda w: (-len(w), w)))


_ONE_LANGUAGE = _one_language()
"""A note that a title or link exists in one language only: "(en anglais seulement)"."""

GLOSS = 0.6
"""Cosine from which a sentence translates a neighbouring sentence of its own document written
in the other language (both of its languages: the encoder is multilingual)."""

GLOSS_REACH = 2
"""Sentences before or after a quoted sentence in which its gloss is looked for."""


def _profiles() -> dict[str, frozenset[str]]:
    """Return the function words of each language: the shared lists and the language tables."""
    profiles = {lang: frozenset(words) for lang, words in STOPWORDS.items()}
    for code, lexicon in LEXICONS.items():
        profiles[code] = profiles.get(code, frozenset()) | lexicon.stopwords
    return profiles


PROFILES = _profiles()
"""Function words by language, for telling languages apart offline."""


def scores(text: str) -> Counter[str]:
    """Return how many function words of each language a text holds (one-letter words, which
    several languages share, aside)."""
    found = _WORD.findall(fold(text).replace("'", " "))
    words = [word.lower() for word in found if len(word) > 1]
    return Counter({lang: sum(w in profile for w in words) for lang, profile in PROFILES.items()})


def reads_as(text: str, lang: str, instead_of: str) -> bool:
    """Return True when a text is clearly in one language rather than another."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return False
    counts = scores(text)
    mine, theirs = counts[lang], counts[instead_of]
    return mine >= MIN_HITS and mine >= 2 * max(theirs, 1) and (mine > MIN_HITS or theirs == 0)


def as_written(text: str) -> str:
    """The words a sentence says in its own voice: no asides in parentheses, brackets or
    quotation marks; nothing at all for a title marked as existing in one language only."""
    if _ONE_LANGUAGE.search(text):
        return ""
    return _ASIDE.sub(" ", text)


@dataclass(frozen=True)
class Quotations:
    """Sentences of a document quoted in the other language next to their gloss, and the
    glosses (sentences of the document's language that translate such a neighbour); with
    every sentence that reads as the other language (``foreign``), quoted or not."""

    quoted: frozenset[int]
    glosses: frozenset[int]
    foreign: frozenset[int] = frozenset()


@lru_cache(maxsize=4)
def quotations(document: Document, other: str) -> Quotations:
    """The sentences of a document written in language ``other`` that a neighbour within
    GLOSS_REACH sentences translates, and those neighbours."""
    sentences = document.sentences
    foreign = [
        i for i, s in enumerate(sentences) if reads_as(as_written(s.text), other, document.language)
    ]
    near = sorted(
        {
            j
            for i in foreign
            for j in range(max(i - GLOSS_REACH, 0), min(i + GLOSS_REACH + 1, len(sentences)))
        }
        - set(foreign)
    )
    if not near or not semantic.available():
        return Quotations(frozenset(), frozenset(), frozenset(foreign))
    vectors = semantic.embed([sentences[i].text for i in (*foreign, *near)])
    cosines = vectors[: len(foreign)] @ vectors[len(foreign) :].T
    close = (cosines >= GLOSS) & (
        np.abs(np.subtract.outer(np.array(foreign), np.array(near))) <= GLOSS_REACH
    )
    rows, columns = np.nonzero(close)
    return Quotations(
        frozenset(foreign[int(r)] for r in rows),
        frozenset(near[int(c)] for c in columns),
        frozenset(foreign),
    )


def document_language(document: Document) -> str | None:
    """Return the language a document's text is written in, or None when it cannot tell."""
    counts = scores(" ".join(sentence.text for sentence in document.sentences))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 10 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _wrong_language(document: Document, role: str) -> Finding | None:
    """Return the finding for a document whose text is not in its declared language."""
    found = document_language(document)
    if found is None or found == document.language or document.language not in PROFILES:
        return None
    message = (
        f"the {role} document {document.path} is declared "
        f"{lexicon_for(document.language).name} but reads as {lexicon_for(found).name}"
    )
    return Finding("AC502", CODES["AC502"].severity, message)


def check_language(
    source: Document, target: Document, beads: tuple[Bead, ...]
) -> Iterator[Finding]:
    """Report target sentences left in the source language, and documents in the wrong one."""
    wrong = [f for f in (_wrong_language(source, "source"), _wrong_language(target, "target")) if f]
    yield from wrong
    if wrong or source.language == target.language:
        return
    yield from _untranslated(source, target, beads)


def _untranslated(source: Document, target: Document, beads: Iterable[Bead]) -> Iterator[Finding]:
    """Yield a finding for each sentence in the other document's language."""
    for side, index, bead in _foreign(source, target, beads):
        if side == "target":
            message = f"this sentence of the {_name(target)} is still in {_name(source)}"
            yield _finding(message, bead.source, (index,))
        else:
            message = f"this sentence of the {_name(source)} is in {_name(target)}"
            yield _finding(message, (index,), ())  # on the source alone: its place is there


def _foreign(
    source: Document, target: Document, beads: Iterable[Bead]
) -> Iterator[tuple[str, int, Bead]]:
    """Sentences in the other document's language, with their side and bead: a target sentence
    left in the source language (or copied from it), a source sentence in the target's."""
    in_target = quotations(target, source.language)
    in_source = quotations(source, target.language)
    for bead in beads:
        copies = {source.sentences[i].text.strip() for i in bead.source}
        for index in bead.target:
            text = target.sentences[index].text
            if index not in in_target.quoted and (
                index in in_target.foreign
                or (text.strip() in copies and _wordy(as_written(text), source))
            ):
                yield "target", index, bead
        for index in bead.source:
            if index in in_source.foreign and index not in in_source.quoted:
                yield "source", index, bead


def _name(document: Document) -> str:
    """The name of a document's language ("French")."""
    return lexicon_for(document.language).name


def _finding(message: str, source: tuple[int, ...], target: tuple[int, ...]) -> Finding:
    """An AC501 finding on these sentences."""
    return Finding("AC501", CODES["AC501"].severity, message, source=source, target=target)


def _wordy(text: str, source: Document) -> bool:
    """Return True for a copied sentence that is prose, not a list of names or figures."""
    words = len(_WORD.findall(text))
    return words >= MIN_WORDS and scores(text)[source.language] >= MIN_HITS


EXPLAINED = frozenset({"number", "date", "name", "meaning", "length"})
"""Categories that say nothing more than AC501 on a sentence in the other document's language
(its figures, dates and names read with the wrong language's rules)."""


def without_explained(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings, but those on sentences that a reported AC501 says are in the other
    language (once translated, the sentence's figures and names are compared again)."""
    kept = tuple(findings)
    foreign = [f for f in kept if f.code == "AC501"]
    in_target = {j for f in foreign for j in f.target}
    in_source = {i for f in foreign if not f.target for i in f.source}
    return tuple(f for f in kept if not _explained(f, in_source, in_target))


def _explained(finding: Finding, in_source: set[int], in_target: set[int]) -> bool:
    """True for a finding of an explained category on foreign sentences only."""
    if category_of(finding.code) not in EXPLAINED:
        return False
    on_source = bool(finding.source) and set(finding.source) <= in_source
    on_target = bool(finding.target) and set(finding.target) <= in_target
    return on_source or on_target
