"""One document as the aligner sees it: a vector a sentence, window vectors, lengths, structure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray

from align_check.align import lexical, semantic
from align_check.align.encoder import Sums
from align_check.align.figures import WEIGHT, figure_vectors
from align_check.furniture import is_boilerplate
from align_check.model import Document

WINDOW = 4
"""Most sentences a bead shape holds on one side; runs of up to WINDOW sentences have a
vector of their own, from their sentences' token features."""


@dataclass(frozen=True, eq=False)
class Side:
    """Vectors and structure of one document's sentences."""

    vectors: NDArray[np.float32]
    lengths: NDArray[np.float64]
    blocks: NDArray[np.int64]
    headings: NDArray[np.bool_]
    windows: Mapping[int, NDArray[np.floating[Any]]] = field(default_factory=dict)
    figures: NDArray[np.float32] | None = None
    figure_weight: float = 0.0
    furniture: NDArray[np.bool_] | None = None
    """Page furniture ("Share this page"): never part of a two-sided bead."""

    @property
    def size(self) -> int:
        """The number of sentences."""
        return len(self.vectors)

    @cached_property
    def heading_counts(self) -> NDArray[np.int64]:
        """Headings among the first e sentences, for every e from 0 to size."""
        return _counts(self.headings)

    @cached_property
    def furniture_counts(self) -> NDArray[np.int64]:
        """Lines of page furniture among the first e sentences, for every e from 0 to size."""
        none = np.zeros(self.size, dtype=np.bool_)
        return _counts(self.furniture if self.furniture is not None else none)

    def part(self, start: int, stop: int) -> Side:
        """The side of sentences [start, stop) alone, as if they were a document."""
        return Side(
            vectors=self.vectors[start:stop],
            lengths=self.lengths[start : stop + 1] - self.lengths[start],
            blocks=self.blocks[start:stop],
            headings=self.headings[start:stop],
            windows={k: w[start : max(start, stop - k + 1)] for k, w in self.windows.items()},
            figures=None if self.figures is None else self.figures[start:stop],
            figure_weight=self.figure_weight,
            furniture=None if self.furniture is None else self.furniture[start:stop],
        )

    def has_window(self, k: int) -> bool:
        """True when runs of k sentences have vectors of their own."""
        return k in self.windows and len(self.windows[k]) > 0

    def window(self, k: int, starts: NDArray[np.int64]) -> NDArray[np.float32]:
        """Normalised vectors of the k-sentence runs at ``starts`` (zero where out of range)."""
        valid = (starts >= 0) & (starts + k <= self.size)
        safe = np.where(valid, starts, 0)
        if self.has_window(k):
            out = self.windows[k][safe]
        else:
            out = sum(self.vectors[np.minimum(safe + t, self.size - 1)] for t in range(k))
            out = out / np.maximum(np.sqrt(np.einsum("ij,ij->i", out, out)), 1e-9)[:, None]
        return np.where(valid[:, None], out, 0).astype(np.float32)


def _counts(marks: NDArray[np.bool_]) -> NDArray[np.int64]:
    """How many marks there are among the first e items, for every e from 0 to their number."""
    return np.concatenate(([0], np.cumsum(marks, dtype=np.int64)))


def texts(document: Document) -> list[str]:
    """Sentence texts with whitespace (no-break spaces included) folded to single spaces."""
    return [" ".join(sentence.text.split()) for sentence in document.sentences]


def document_sums(source: Document, target: Document) -> Sums:
    """Both documents' sentences encoded up to the encoder's head, the source's first, as the
    aligner encodes them: ``semantic.encode`` remembers them, so a check gets the aligner's
    sums without encoding again."""
    return semantic.encode(texts(source) + texts(target))


def make_sides(source: Document, target: Document, mode: str) -> tuple[Side, Side]:
    """Build both sides' vectors with the chosen signal ("semantic" or "lexical")."""
    left, right = texts(source), texts(target)
    if mode == "lexical":
        vectors = lexical.ngram_vectors(left, right)
        return (
            _side(source, left, vectors[0], {}, mode),
            _side(target, right, vectors[1], {}, mode),
        )
    sums = semantic.encode(left + right)
    return (
        _semantic_side(source, left, sums.part(0, len(left))),
        _semantic_side(target, right, sums.part(len(left), len(left) + len(right))),
    )


def _semantic_side(document: Document, folded: list[str], sums: Sums) -> Side:
    """A side whose sentences and runs of up to WINDOW sentences have embeddings.

    Run vectors are kept in half precision (cosines move by under 0.001): they are
    three times as many as the sentence vectors.
    """
    windows = {k: semantic.runs(sums, k, np.float16) for k in range(2, WINDOW + 1)}
    return _side(document, folded, semantic.runs(sums, 1), windows, "semantic")


def figures_side(side: Side) -> Side | None:
    """The side's figure vectors as a side of their own, or None when it has none."""
    if side.figures is None or not side.figure_weight:
        return None
    return Side(side.figures, side.lengths, side.blocks, side.headings)


def _side(
    document: Document,
    folded: list[str],
    vectors: NDArray[np.float32],
    windows: Mapping[int, NDArray[np.floating[Any]]],
    mode: str,
) -> Side:
    """Attach a document's lengths, structure and figures (from its ``texts``) to its vectors."""
    sentences = document.sentences
    lengths = np.array([len(s.text) for s in sentences], dtype=np.float64)
    return Side(
        vectors=vectors,
        lengths=np.concatenate(([0.0], np.cumsum(lengths))),
        blocks=np.array([s.block for s in sentences], dtype=np.int64),
        headings=np.array([s.kind == "heading" for s in sentences], dtype=np.bool_),
        windows=windows,
        figures=figure_vectors(folded),
        figure_weight=WEIGHT[mode],
        furniture=np.array([is_boilerplate(text) for text in folded], dtype=np.bool_),
    )
