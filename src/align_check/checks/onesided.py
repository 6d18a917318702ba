"""Sentences on one side only: omissions, additions, headings and page furniture.

A heading on one side only is a warning: what a section says is checked sentence by
sentence, so a missing title changes the presentation, not the content. A sentence is an
error only where it surely carries content. Info: a lead-in of a few words that ends in a
colon ("Attendu :", where the English repeats "WHEREAS" in each clause) introduces what
follows; a short rhetorical question is folded into its answer by the other version ("Son
avantage?" before "Unlike the other options, it..."); the gloss of a sentence its document
quotes in the other language (an English post quoting a French example, then "The directors
are responsible...") has no reason to be in the other version. Warning: a short sentence
without a figure ("Don't worry."); a sentence left alone next to a pair that comes clearly
closer to its other side when the sentence joins it (that pair may hold it); and a sentence
that the alignment put into a merged pair although the pair says the same without it
(``merged``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from align_check.checks.language import quotations
from align_check.checks.languages import lexicon_for
from align_check.checks.merged import covered, unneeded
from align_check.checks.pairs import places
from align_check.checks.vocabulary import translated
from align_check.codes import CODES
from align_check.furniture import is_boilerplate
from align_check.lang import language_name
from align_check.model import Bead, Document, Finding


def check_one_sided(
    source: Document, target: Document, beads: tuple[Bead, ...]
) -> Iterator[Finding]:
    """A finding for every sentence that the alignment left without a counterpart."""
    near = covered(source, target, beads)
    glosses = (  # sentences that translate a neighbour their document quotes in the other's
        quotations(source, target.language).glosses,
        quotations(target, source.language).glosses,
    )
    for bead, (last_source, last_target) in zip(beads, places(beads), strict=True):
        if bead.source and not bead.target:
            finding = _one_sided(source, target, bead.source, SOURCE_CODES, glosses[0])
            finding = _unsure(finding, (True, bead.source[0]) in near)
            yield replace(finding, source=bead.source, target_after=last_target)
        elif bead.target and not bead.source:
            finding = _one_sided(target, source, bead.target, TARGET_CODES, glosses[1])
            finding = _unsure(finding, (False, bead.target[0]) in near)
            yield replace(finding, target=bead.target, source_after=last_source)
    yield from _held(source, target, beads)


def _unsure(finding: Finding, covered: bool) -> Finding:
    """The finding at warning, said to be partly covered, for a sentence a neighbouring pair
    covers; as it is otherwise."""
    if not covered or finding.severity != "error":
        return finding
    message = f"{finding.message} (the next or previous pair may hold it)"
    return replace(finding, severity="warning", message=message)


def _held(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """A warning for each run of consecutive sentences that a merged pair holds without a
    counterpart (one finding for "A bird is next to him. White background.")."""
    runs: list[tuple[bool, list[int], Bead]] = []
    for in_source, index, bead in unneeded(source, target, beads):
        last = runs[-1] if runs else None
        if last and last[0] == in_source and last[2] == bead and last[1][-1] == index - 1:
            last[1].append(index)
        else:
            runs.append((in_source, [index], bead))
    for in_source, ids, bead in runs:
        own, other = (source, target) if in_source else (target, source)
        code = SOURCE_CODES["sentence"] if in_source else TARGET_CODES["sentence"]
        what, pronoun = ("sentence has", "it") if len(ids) == 1 else ("sentences have", "them")
        message = (
            f"{language_name(own.lang)} {what} no {language_name(other.lang)} "
            f"counterpart: the pair that holds {pronoun} says the same without {pronoun}"
        )
        finding = Finding(code=code, severity="warning", message=message)
        if in_source:
            yield replace(finding, source=tuple(ids), target_after=bead.target[-1])
        else:
            yield replace(finding, target=tuple(ids), source_after=bead.source[-1])


SOURCE_CODES = {"sentence": "AC101", "heading": "AC105", "furniture": "AC103"}
"""The code of a source sentence without counterpart, by what it is."""

TARGET_CODES = {"sentence": "AC102", "heading": "AC106", "furniture": "AC103"}
"""The code of a target sentence without counterpart, by what it is."""

_WHAT = {
    "sentence": "sentence has",
    "short": "short sentence has",
    "lead-in": "lead-in has",
    "question": "short question has",
    "gloss": "gloss of a sentence it quotes has",
    "citing": "sentence explaining words of the other language has",
    "heading": "heading has",
    "furniture": "page furniture with",
}

LEAD_IN_WORDS = 4
"""Most words of a lead-in: a clause ending in a colon that introduces what follows."""

SHORT_WORDS = 5
"""Words below which a sentence without a figure is too short to be a sure omission."""

_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")


def _one_sided(
    document: Document,
    other: Document,
    ids: tuple[int, ...],
    codes: dict[str, str],
    glosses: frozenset[int],
) -> Finding:
    """The finding for sentences of ``document`` missing from ``other``, sides not yet set;
    ``glosses`` are the document's sentences that translate a neighbour it quotes."""
    sentence = document.sentences[ids[0]]
    kind = _kind(sentence.text, sentence.kind)
    if kind in ("sentence", "short") and ids[0] in glosses:
        kind = "gloss"
    elif kind == "sentence" and _cites(sentence.text, document.language, other.language):
        kind = "citing"
    side, other_side = language_name(document.lang), language_name(other.lang)
    message = f"{side} {_WHAT[kind]} no {other_side} counterpart"
    code = codes.get(kind, codes["sentence"])
    return Finding(code=code, severity=_SEVERITY.get(kind, CODES[code].severity), message=message)


_SEVERITY = {
    "lead-in": "info",
    "question": "info",
    "gloss": "info",
    "short": "warning",
    "citing": "warning",
}
"""Severity of the one-sided sentences that are not sure omissions, by what they are."""


CITED = 2
"""Distinct words of the other language a sentence cites to be about that language."""

_LOWER = re.compile(r"(?<![\w'’-])[a-zà-ÿœ]{4,}(?![\w'’-])")


def _cites(text: str, language: str, other: str) -> bool:
    """True for a sentence that cites words of the other version's language, common there and
    hardly used in its own ("the feminine form is avocate, the plural avocats"): it explains
    that language to its own readers, and the other version has no need of it."""
    stop = lexicon_for(other).stopwords
    cited = {w for w in _LOWER.findall(text) if w not in stop and translated(w, other, language)}
    return len(cited) >= CITED


def _kind(text: str, unit: str) -> str:
    """What a one-sided sentence is: page furniture, a heading, a lead-in, a short sentence,
    or a sentence of the text."""
    if is_boilerplate(text):
        return "furniture"
    if unit == "heading":
        return "heading"
    words = len(_WORD.findall(text))
    if text.rstrip().endswith(":") and words <= LEAD_IN_WORDS:
        return "lead-in"
    if text.rstrip().endswith("?") and words < SHORT_WORDS:
        return "question"
    return "short" if words < SHORT_WORDS and not _DIGIT.search(text) else "sentence"


def unrelated_finding(source: Document, target: Document) -> Finding:
    """The one finding for two documents that are not translations of each other."""
    message = (
        f"{source.path} ({language_name(source.lang)}) and {target.path} "
        f"({language_name(target.lang)}) are not translations of each other: nothing was paired"
    )
    return Finding(code="AC104", severity=CODES["AC104"].severity, message=message)
