"""Scorers that measure an alignment against a gold one.

Two measures: the bead P/R/F1 of the sentence-alignment literature (strict and
lax, counts pooled over documents, as vecalign's score.py after Sennrich & Volk
2011), and the key-based link F1 of the seed pair's hand-made gold
(``../shared/gold/README.md``).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from align_check.model import Bead, Document

Pair = tuple[tuple[int, ...], tuple[int, ...]]
"""A bead as scored: source ids, target ids."""


@dataclass(frozen=True)
class Counts:
    """True and false positives of one comparison, strict and lax."""

    strict_tp: int = 0
    strict_fp: int = 0
    lax_tp: int = 0
    lax_fp: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.strict_tp + other.strict_tp,
            self.strict_fp + other.strict_fp,
            self.lax_tp + other.lax_tp,
            self.lax_fp + other.lax_fp,
        )


@dataclass(frozen=True)
class Scores:
    """Strict and lax precision, recall and F1 of an alignment."""

    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def read_gold_beads(text: str) -> tuple[Pair, ...]:
    """Parse a gold alignment, one ``[source ids]:[target ids]`` bead a line."""
    pairs = []
    for line in text.splitlines():
        if line.strip():
            left, right = line.split(":")[:2]
            pairs.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return tuple(pairs)


def as_pairs(beads: Iterable[Bead]) -> tuple[Pair, ...]:
    """Return beads as (source ids, target ids) pairs for scoring."""
    return tuple((bead.source, bead.target) for bead in beads)


def _gold_targets(gold: Iterable[Pair]) -> dict[int, set[int]]:
    """Map each gold source id to the target ids it is aligned with."""
    targets: dict[int, set[int]] = defaultdict(set)
    for source, target in gold:
        for i in source:
            targets[i].update(target)
    return targets


def precision_counts(gold: Iterable[Pair], test: Iterable[Pair]) -> Counts:
    """Count test beads equal to a gold bead (strict) or overlapping one on both sides (lax)."""
    gold_set = {pair for pair in gold if pair[0] or pair[1]}
    targets = _gold_targets(gold_set)
    counts = Counts()
    for source, target in {pair for pair in test if pair[0] or pair[1]}:
        if (source, target) in gold_set:
            counts += Counts(strict_tp=1, lax_tp=1)
        elif set(target) & {j for i in source for j in targets[i]}:
            counts += Counts(strict_fp=1, lax_tp=1)
        else:
            counts += Counts(strict_fp=1, lax_fp=1)
    return counts


def _ratio(hits: int, misses: int) -> float:
    """Return hits / (hits + misses), 0 when both are 0."""
    return hits / (hits + misses) if hits + misses else 0.0


def _f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of precision and recall, 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bead_scores(documents: Iterable[tuple[Sequence[Pair], Sequence[Pair]]]) -> Scores:
    """Score (gold, test) alignments of a set of documents with counts pooled over them.

    Precision runs over every test bead (one-sided ones included); recall over
    the gold's two-sided beads, looked up among the test's two-sided beads.
    """
    precision, recall = Counts(), Counts()
    for gold, test in documents:
        precision += precision_counts(gold, test)
        recall += precision_counts(_two_sided(test), _two_sided(gold))
    p_strict = _ratio(precision.strict_tp, precision.strict_fp)
    r_strict = _ratio(recall.strict_tp, recall.strict_fp)
    p_lax = _ratio(precision.lax_tp, precision.lax_fp)
    r_lax = _ratio(recall.lax_tp, recall.lax_fp)
    return Scores(p_strict, r_strict, _f1(p_strict, r_strict), p_lax, r_lax, _f1(p_lax, r_lax))


def _two_sided(pairs: Iterable[Pair]) -> tuple[Pair, ...]:
    """Keep the beads with sentences on both sides."""
    return tuple(pair for pair in pairs if pair[0] and pair[1])


@dataclass(frozen=True)
class KeyBead:
    """One bead of a key-based gold: its kind and the keys of its sentences on each side."""

    kind: str
    source_keys: tuple[str, ...]
    target_keys: tuple[str, ...]


@dataclass(frozen=True)
class LinkScores:
    """Link precision, recall and F1 against a key-based gold, with what went wrong."""

    precision: float
    recall: float
    f1: float
    missing_keys: tuple[str, ...]
    paired_one_sided: tuple[str, ...]


ONE_SIDED_KINDS = ("en_only", "fr_only", "boilerplate")
"""Kinds of key-based gold bead that must never be paired."""


def read_key_gold(text: str) -> tuple[KeyBead, ...]:
    """Parse a key-based gold: ``kind <TAB> source keys <TAB> target keys``, keys joined by ||."""
    beads = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, source, target = line.split("\t")
            beads.append(KeyBead(kind, _keys(source), _keys(target)))
    return tuple(beads)


def _keys(field: str) -> tuple[str, ...]:
    """Split a field of keys joined by ``||``."""
    return tuple(_fold(key) for key in field.split("||") if key.strip())


def _fold(text: str) -> str:
    """Fold runs of whitespace (no-break spaces included) to single spaces."""
    return " ".join(text.split())


def _key_beads(document: Document, beads: Sequence[Bead], side: int) -> dict[str, int]:
    """Map each key-finding sentence text to the index of its bead on one side."""
    where = {}
    for index, bead in enumerate(beads):
        for sentence in (bead.source, bead.target)[side]:
            where[sentence] = index
    return {_fold(s.text): where[i] for i, s in enumerate(document.sentences) if i in where}


def _locate(key: str, sentences: dict[str, int]) -> int | None:
    """Return the bead index of the sentence that contains a key, None when none does."""
    return next((bead for text, bead in sentences.items() if key in text), None)


def link_scores(
    source: Document, target: Document, beads: Sequence[Bead], gold: Sequence[KeyBead]
) -> LinkScores:
    """Score beads against a key-based gold by (source key, target key) links."""
    places = (_key_beads(source, beads, 0), _key_beads(target, beads, 1))
    keys = [
        {k: _locate(k, places[side]) for b in gold for k in (b.source_keys, b.target_keys)[side]}
        for side in (0, 1)
    ]
    links = {(s, t): b.kind for b in gold for s in b.source_keys for t in b.target_keys}
    predicted = {
        (s, t)
        for s, sb in keys[0].items()
        for t, tb in keys[1].items()
        if sb is not None and sb == tb and beads[sb].two_sided
    }
    gold_links = {link for link, kind in links.items() if kind == "align"}
    true = len(predicted & gold_links)
    false = len({link for link in predicted if link not in links})
    precision, recall = _ratio(true, false), _ratio(true, len(gold_links) - true)
    return LinkScores(
        precision,
        recall,
        _f1(precision, recall),
        tuple(k for side in keys for k, bead in side.items() if bead is None),
        _paired_one_sided(gold, keys, beads),
    )


def _paired_one_sided(
    gold: Sequence[KeyBead], keys: list[dict[str, int | None]], beads: Sequence[Bead]
) -> tuple[str, ...]:
    """Return the keys of must-stay-one-sided sentences that sit in a two-sided bead."""
    found = []
    for bead in gold:
        if bead.kind in ONE_SIDED_KINDS:
            for side, side_keys in enumerate((bead.source_keys, bead.target_keys)):
                found += [k for k in side_keys if _is_paired(keys[side].get(k), beads)]
    return tuple(found)


def _is_paired(index: int | None, beads: Sequence[Bead]) -> bool:
    """True when a bead index points at a two-sided bead."""
    return index is not None and beads[index].two_sided
