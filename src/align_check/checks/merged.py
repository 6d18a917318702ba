"""Sentences that a merged pair holds without a counterpart (AC101, AC102 at warning).

The aligner may put a sentence that only one version has into its neighbour's pair (a 1-3
pair: "Adding a lot of graphics..." / "Don't worry." / "Once they do finally load..."
for one French sentence) where the joined lengths agree better. Such a sentence adds
nothing to the pair: the pair's similarity does not fall when it is taken out, on its own
it is no closer to the other side than unrelated sentences are, and no run of the other
side's words (its pair's or the neighbouring pairs') says it ("The result?" stays with
"Résultat : chaque jour..."). A question, an aside in parentheses or quotation marks and
punctuation alone are never reported: a rhetorical question is often rendered as a lead-in.
The alignment is left as it is (its pairs are the best for everything else); the sentence
is reported where it stands, a warning since the pair may still hold a part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy as np

from align_check.align import CALIBRATION, semantic
from align_check.align.encoder import Sums
from align_check.align.phrases import SAID, best_runs
from align_check.align.sides import document_sums
from align_check.model import Bead, Document

_ASIDE = re.compile(r"^\s*[(\[«“\"].*[)\]»”\"]\W*$")
_LETTER = re.compile(r"[^\W\d_]")

UNRELATED = CALIBRATION["semantic"][0]
"""Cosine of unrelated sentences on one subject: a sentence closer than that to the other
side may hold a part of its translation."""


def ordinary(text: str) -> bool:
    """True for a sentence that states something: not a question, not an aside wholly in
    parentheses or quotation marks, not punctuation alone."""
    stripped = text.strip()
    return (
        bool(_LETTER.search(stripped)) and not stripped.endswith("?") and not _ASIDE.match(stripped)
    )


def unneeded(
    source: Document, target: Document, beads: Sequence[Bead]
) -> Iterator[tuple[bool, int, Bead]]:
    """(in the source?, sentence id, its pair) for each sentence a merged pair holds without
    a counterpart."""
    merged = [n for n, b in enumerate(beads) if b.two_sided and len(b.source) + len(b.target) >= 3]
    if not merged or not semantic.available():
        return
    sums, rows = _document_sums(source, target)
    found = []
    for n in merged:
        bead = beads[n]
        near = beads[max(n - 1, 0) : n + 2]
        for in_source in (True, False):
            own, other = (source, target) if in_source else (target, source)
            mine, theirs = ("s", "t") if in_source else ("t", "s")
            ids = bead.source if in_source else bead.target
            facing = [rows[theirs, k] for k in (bead.target if in_source else bead.source)]
            for index in _extra(own, ids, [rows[mine, i] for i in ids], sums, facing):
                around = [k for b in near for k in (b.target if in_source else b.source)]
                text = " ".join(" ".join(other.sentences[k].text.split()) for k in around)
                short = " ".join(own.sentences[index].text.split())
                found.append(((in_source, index, bead), (short, text)))
    said = best_runs([query for _, query in found], semantic.embed, rough=semantic.rough_runs)
    for (where, _), best in zip(found, said, strict=True):
        if best < SAID:
            yield where


def _extra(
    own: Document,
    ids: tuple[int, ...],
    rows: list[int],
    sums: Sums,
    facing: list[int],
) -> list[int]:
    """The sentences of one side of a pair (their rows in ``sums``) that add nothing to its
    similarity with the other side (the rows ``facing``) and alone are unrelated to it."""
    if len(ids) < 2:
        return []
    groups = [
        facing,
        rows,
        *([row] for row in rows),
        *([r for r in rows if r != row] for row in rows),
    ]
    vectors = semantic.joined_many(sums, groups)
    cosines = vectors[1:] @ vectors[0]
    whole, alone, rest = float(cosines[0]), cosines[1 : 1 + len(rows)], cosines[1 + len(rows) :]
    return [
        i
        for n, i in enumerate(ids)
        if ordinary(own.sentences[i].text) and rest[n] >= whole and alone[n] < UNRELATED
    ]


COVERS = 0.02
"""Cosine by which a pair must come closer to its other side when a lone neighbour joins it
for that neighbour to count as covered by the pair."""


def covered(
    source: Document, target: Document, beads: Sequence[Bead]
) -> frozenset[tuple[bool, int]]:
    """(in the source?, sentence id) of the one-sided sentences that a neighbouring pair's
    other side covers: joined to the pair, they bring it clearly closer to that side (the
    other version says them within that pair's sentences), so they are no sure omission."""
    lone = [
        (n, bool(b.source), (b.source or b.target)[0])
        for n, b in enumerate(beads)
        if not b.two_sided and (b.source or b.target)
    ]
    if not lone or not semantic.available():
        return frozenset()
    pairs = [
        (m, in_source, index)
        for n, in_source, index in lone
        for m in (n - 1, n + 1)
        if 0 <= m < len(beads) and beads[m].two_sided
    ]
    if not pairs:
        return frozenset()
    sums, rows = _document_sums(source, target)
    groups = []
    for m, in_source, index in pairs:
        mine, theirs = ("s", "t") if in_source else ("t", "s")
        own = beads[m].source if in_source else beads[m].target
        groups += [
            [rows[theirs, k] for k in (beads[m].target if in_source else beads[m].source)],
            [rows[mine, k] for k in own],
            [rows[mine, k] for k in (*own, index)],
        ]
    vectors = semantic.joined_many(sums, groups)
    facing, alone, joined = vectors[0::3], vectors[1::3], vectors[2::3]
    closer = zip(
        np.einsum("ij,ij->i", joined, facing), np.einsum("ij,ij->i", alone, facing), strict=True
    )
    return frozenset(
        (in_source, index)
        for (_, in_source, index), (with_it, without) in zip(pairs, closer, strict=True)
        if float(with_it) >= float(without) + COVERS
    )


def _document_sums(source: Document, target: Document) -> tuple[Sums, dict[tuple[str, int], int]]:
    """Both documents' sums as the aligner encoded them (``semantic.encode`` remembers them:
    nothing is encoded again), and the row of each sentence ("s" or "t", id) in them."""
    sums = document_sums(source, target)
    rows = {("s", i): i for i in range(len(source.sentences))}
    rows.update({("t", j): len(source.sentences) + j for j in range(len(target.sentences))})
    return sums, rows
