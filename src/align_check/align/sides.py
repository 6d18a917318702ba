"""One document as the aligner sees it: a vector a sentence, window vectors, lengths, structure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from align_check.align import lexical, semantic
from align_check.align.figures import WEIGHT, figure_vectors
from align_check.model import Document

WINDOW = 3
"""Longest run of sentences embedded as one concatenated text (longer runs sum vectors)."""

CONCAT_LIMIT = 6000
"""Sentences (both sides) up to which windows are embedded as concatenated text.

Embedding "a b" costs about as much as "a" and "b": above this size windows are
normalised sums of sentence vectors, which costs nothing more (about 3 points of
strict F1 on Text+Berg dev)."""


@dataclass(frozen=True, eq=False)
class Side:
    """Vectors and structure of one document's sentences."""

    vectors: NDArray[np.float32]
    lengths: NDArray[np.float64]
    blocks: NDArray[np.int64]
    headings: NDArray[np.bool_]
    windows: Mapping[int, NDArray[np.float32]] = field(default_factory=dict)
    figures: NDArray[np.float32] | None = None
    figure_weight: float = 0.0

    @property
    def size(self) -> int:
        """The number of sentences."""
        return len(self.vectors)

    @cached_property
    def heading_counts(self) -> NDArray[np.int64]:
        """Headings among the first e sentences, for every e from 0 to size."""
        return np.concatenate(([0], np.cumsum(self.headings, dtype=np.int64)))

    def window(self, k: int, starts: NDArray[np.int64]) -> NDArray[np.float32]:
        """Normalised vectors of the k-sentence runs at ``starts`` (zero where out of range)."""
        valid = (starts >= 0) & (starts + k <= self.size)
        safe = np.where(valid, starts, 0)
        if k in self.windows and len(self.windows[k]):
            out = self.windows[k][safe]
        else:
            out = sum(self.vectors[np.minimum(safe + t, self.size - 1)] for t in range(k))
            out = out / np.maximum(np.sqrt(np.einsum("ij,ij->i", out, out)), 1e-9)[:, None]
        return np.where(valid[:, None], out, 0).astype(np.float32)


def texts(document: Document) -> list[str]:
    """Sentence texts with whitespace (no-break spaces included) folded to single spaces."""
    return [" ".join(sentence.text.split()) for sentence in document.sentences]


def make_sides(source: Document, target: Document, mode: str) -> tuple[Side, Side]:
    """Build both sides' vectors with the chosen signal ("semantic" or "lexical")."""
    left, right = texts(source), texts(target)
    if mode == "lexical":
        vectors = lexical.ngram_vectors(left, right)
        return _side(source, vectors[0], {}, mode), _side(target, vectors[1], {}, mode)
    concat = len(left) + len(right) <= CONCAT_LIMIT
    runs = (
        [_runs(side, k) for side in (left, right) for k in range(2, WINDOW + 1)] if concat else []
    )
    flat = semantic.embed([t for group in [left, right, *runs] for t in group])
    return _split(source, target, flat, [len(left), len(right)] + [len(r) for r in runs])


def figures_side(side: Side) -> Side | None:
    """The side's figure vectors as a side of their own, or None when it has none."""
    if side.figures is None or not side.figure_weight:
        return None
    return Side(side.figures, side.lengths, side.blocks, side.headings)


def _runs(sentences: list[str], k: int) -> list[str]:
    """Texts of every run of k consecutive sentences."""
    return [" ".join(sentences[i : i + k]) for i in range(len(sentences) - k + 1)]


def _split(
    source: Document, target: Document, flat: NDArray[np.float32], sizes: list[int]
) -> tuple[Side, Side]:
    """Cut one batch of embeddings back into sentence and window vectors of both sides."""
    parts = np.split(flat, np.cumsum(sizes)[:-1])
    windows: list[dict[int, NDArray[np.float32]]] = [{}, {}]
    for index, part in enumerate(parts[2:]):
        windows[index // (WINDOW - 1)][2 + index % (WINDOW - 1)] = part
    return (
        _side(source, parts[0], windows[0], "semantic"),
        _side(target, parts[1], windows[1], "semantic"),
    )


def _side(
    document: Document,
    vectors: NDArray[np.float32],
    windows: dict[int, NDArray[np.float32]],
    mode: str,
) -> Side:
    """Attach a document's lengths, structure and figures to its vectors."""
    sentences = document.sentences
    lengths = np.array([len(s.text) for s in sentences], dtype=np.float64)
    return Side(
        vectors=vectors,
        lengths=np.concatenate(([0.0], np.cumsum(lengths))),
        blocks=np.array([s.block for s in sentences], dtype=np.int64),
        headings=np.array([s.kind == "heading" for s in sentences], dtype=np.bool_),
        windows=windows,
        figures=figure_vectors(texts(document)),
        figure_weight=WEIGHT[mode],
    )
