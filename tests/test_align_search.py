"""The search: the dynamic program, the corridor of long documents, the fast lexical measure."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest

from align_check.align.band import search_band
from align_check.align.costs import SHAPES, SKIP, cost_rows
from align_check.align.dp import Band, best_path, full_band
from align_check.align.figures import figure_vectors
from align_check.align.lexical import chrf, ngram_vectors
from align_check.align.runs import run_cosines, run_norms
from align_check.align.sides import Side, make_sides
from align_check.model import Document, Sentence
from paths import ENGLISH, FRENCH, SHARED, needs_shared

BOOKS = ["JaneEyre", "LaFauteDeLAbbeMouret", "LesTravailleursDeLaMer", "DuCoteDeChezSwann"]


def lines_document(paths: list[str], lang: str) -> Document:
    """One document of the sentences of several one-sentence-per-line files."""
    texts = [t for p in paths for t in Path(p).read_text("utf-8").splitlines() if t.strip()]
    return Document(lang, lang, tuple(Sentence(t, n + 1) for n, t in enumerate(texts)))


@cache
def long_sides() -> tuple[Side, Side]:
    folder = needs_shared(SHARED / "eval" / "transread-en-fr")
    english = lines_document([str(folder / f"{b}.en") for b in BOOKS], "en")
    french = lines_document([str(folder / f"{b}.fr") for b in BOOKS], "fr")
    return make_sides(english, french, "lexical")


def path(band: Band, left: Side, right: Side) -> list[tuple[int, int, int, int]]:
    steps = best_path(band, SHAPES, cost_rows(left, right, band, SHAPES), np.full(right.size, SKIP))
    return [(s.i0, s.i1, s.j0, s.j1) for s in steps]


def test_the_corridor_of_a_long_document_finds_the_path_of_the_full_search() -> None:
    left, right = long_sides()
    band = search_band(left, right)
    assert band.width < right.size // 10
    assert path(band, left, right) == path(full_band(left.size, right.size), left, right)


COSTS = {
    "diagonal": (np.eye(4), [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3), (3, 4, 3, 4)]),
    "target sentence 1 unmatched": (
        np.array([[1, 0, 0], [0, 0, 1]]),
        [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3)],
    ),
}


@pytest.mark.parametrize("similarity, expected", COSTS.values(), ids=COSTS.keys())
def test_the_dynamic_program_returns_the_cheapest_path(
    similarity: np.ndarray,
    expected: list[tuple[int, int, int, int]],
) -> None:
    n, m = similarity.shape
    shapes = [(1, 0), (1, 1)]

    def rows(start: int, stop: int) -> list[np.ndarray]:
        skip = np.full((stop - start, m + 1), SKIP)
        skip[np.arange(start, stop) == 0] = np.inf
        pair = np.full((stop - start, m + 1), np.inf)
        for i in range(max(start, 1), stop):
            pair[i - start, 1:] = -similarity[i - 1]
        return [skip, pair]

    steps = best_path(full_band(n, m), shapes, rows, np.full(m, SKIP))
    assert [(s.i0, s.i1, s.j0, s.j1) for s in steps] == expected


@cache
def seed_texts() -> tuple[list[str], list[str]]:
    french = [t for t in FRENCH.read_text(encoding="utf-8").splitlines() if len(t) > 30]
    english = [t for t in ENGLISH.read_text(encoding="utf-8").splitlines() if len(t) > 30]
    return french[:12], english[:12]


def test_the_fast_lexical_measure_ranks_candidates_as_chrf_does() -> None:
    french, english = seed_texts()
    left, right = ngram_vectors(french, english)
    fast = left @ right.T
    reference = np.array([[chrf(e, f) for e in english] for f in french])
    ranks = [_spearman(fast[i], reference[i]) for i in range(len(french))]
    assert float(np.median(ranks)) >= 0.6


def test_lexical_vectors_are_unit_length_and_deterministic() -> None:
    french, english = seed_texts()
    first, second = ngram_vectors(french, english), ngram_vectors(french, english)
    assert np.allclose(np.linalg.norm(first[0], axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first[1], second[1])


def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Rank correlation of two vectors."""
    return float(np.corrcoef(np.argsort(np.argsort(x)), np.argsort(np.argsort(y)))[0, 1])


def random_side(size: int, seed: int) -> Side:
    """A side of random unit vectors, no structure."""
    vectors = np.random.default_rng(seed).normal(size=(size, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return Side(
        vectors=vectors,
        lengths=np.arange(size + 1, dtype=np.float64),
        blocks=np.zeros(size, dtype=np.int64),
        headings=np.zeros(size, dtype=np.bool_),
    )


BANDS = {
    "full table": lambda n, m: full_band(n, m),
    "narrow corridor": lambda n, m: Band(np.clip(np.arange(n + 1) - 3, 0, m - 6), 7, m),
}


@pytest.mark.parametrize("make_band", BANDS.values(), ids=BANDS.keys())
def test_run_cosines_from_one_product_equal_the_cosines_of_summed_runs(make_band) -> None:  # type: ignore[no-untyped-def]
    left, right = random_side(40, 1), random_side(37, 2)
    band = make_band(left.size, right.size)
    norms = (run_norms(left), run_norms(right))
    shapes = [s for s in SHAPES if s[1]]
    fast = run_cosines(left, right, norms, band, shapes, (5, 31))
    for a, b in shapes:
        i = np.arange(5, 31)[:, None]
        j = band.lo[5:31, None] + np.arange(band.width)[None, :]
        inside = (i >= a) & (j >= b) & (j <= right.size)
        sources = left.window(a, np.arange(5, 31) - a)
        targets = right.window(b, (np.clip(j, 0, right.size) - b).ravel())
        slow = np.einsum("rd,rwd->rw", sources, targets.reshape(*j.shape, -1))
        assert np.allclose(fast[(a, b)][inside], slow[inside], atol=1e-5), (a, b)


FIGURES = {
    "same figures": ("Der Gipfel misst 8848 m (1955).", "Le sommet mesure 8848 m (1955).", 1.0),
    "other figures": ("Der Gipfel misst 8848 m.", "Le sommet mesure 8603 m.", 0.0),
    "no figures": ("Der Gipfel ist hoch.", "Le sommet mesure 8603 m.", 0.0),
}


@pytest.mark.parametrize("source, target, cosine", FIGURES.values(), ids=FIGURES.keys())
def test_figure_vectors_match_the_figures_two_sentences_share(
    source: str, target: str, cosine: float
) -> None:
    left, right = figure_vectors([source, target])
    norms = float(np.linalg.norm(left) * np.linalg.norm(right))
    assert (float(left @ right) / norms if norms else 0.0) == pytest.approx(cosine)
