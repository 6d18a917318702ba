"""The scorers: vecalign-style strict/lax bead P/R/F1, and the seed gold's key-based link F1."""

from __future__ import annotations

import pytest

from align_check.evaluation import (
    Counts,
    KeyBead,
    Pair,
    bead_scores,
    link_scores,
    precision_counts,
    read_gold_beads,
    read_key_gold,
)
from align_check.model import Bead, Document, Sentence

GOLD: tuple[Pair, ...] = (((0,), (0, 1)), ((1,), (2,)), ((2,), ()), ((3, 4), (3,)))

PRECISION = {
    "perfect": (GOLD, Counts(strict_tp=4, lax_tp=4)),
    "split 1-2 overlaps": ((((0,), (0,)), ((), (1,)), ((1,), (2,))), Counts(1, 2, 2, 1)),
    "wrong pair": ((((1,), (0, 1)),), Counts(strict_fp=1, lax_fp=1)),
    "one-sided test bead not in gold": ((((1,), ()),), Counts(strict_fp=1, lax_fp=1)),
    "duplicates count once": ((((1,), (2,)), ((1,), (2,))), Counts(strict_tp=1, lax_tp=1)),
}


@pytest.mark.parametrize("test, expected", PRECISION.values(), ids=PRECISION.keys())
def test_precision_counts_strict_and_lax_hits(test: tuple[Pair, ...], expected: Counts) -> None:
    assert precision_counts(GOLD, test) == expected


def test_recall_runs_over_the_gold_two_sided_beads_only() -> None:
    test = (((0,), (0, 1)), ((1,), ()), ((), (2,)), ((2,), ()), ((3,), (3,)), ((4,), ()))
    scores = bead_scores([(GOLD, test)])
    assert scores.recall_strict == pytest.approx(1 / 3)
    assert scores.precision_strict == pytest.approx(2 / 6)
    assert scores.recall_lax == pytest.approx(2 / 3)


def test_counts_are_pooled_over_documents_not_averaged() -> None:
    small = ((((0,), (0,)),), (((0,), (1,)),))
    large = (tuple(((i,), (i,)) for i in range(9)),) * 2
    scores = bead_scores([small, large])
    assert scores.f1_strict == pytest.approx(0.9)


GOLD_LINES = {
    "simple": ("[0]:[0, 1]\n[1]:[]\n", (((0,), (0, 1)), ((1,), ()))),
    "blank lines ignored": ("[]:[2]\n\n[2, 3]:[3]\n", (((), (2,)), ((2, 3), (3,)))),
}


@pytest.mark.parametrize("text, expected", GOLD_LINES.values(), ids=GOLD_LINES.keys())
def test_read_gold_beads(text: str, expected: tuple[Pair, ...]) -> None:
    assert read_gold_beads(text) == expected


FRENCH = Document(
    "fr",
    "fr",
    tuple(
        Sentence(t, n + 1)
        for n, t in enumerate(["Un chat dort.", "Le chien aboie.", "Il pleut\u00a0fort."])
    ),
)
ENGLISH = Document(
    "en",
    "en",
    tuple(
        Sentence(t, n + 1)
        for n, t in enumerate(
            ["A cat sleeps.", "The dog barks.", "Share this page", "It rains hard."]
        )
    ),
)
KEY_GOLD = read_key_gold(
    "# comment\n"
    "align\tUn chat\tA cat\n"
    "align\tLe chien\tThe dog\n"
    "boilerplate\t\tShare this\n"
    "loose\tIl pleut fort\tIt rains\n"
)

LINKS = {
    "perfect": ([((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))], (1.0, 1.0, ())),
    "loose one-sided is fine": (
        [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), ()), ((), (3,))],
        (1.0, 1.0, ()),
    ),
    "boilerplate paired": (
        [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))],
        (2 / 3, 1.0, ("Share this",)),
    ),
    "2-2 merge": ([((0, 1), (0, 1)), ((), (2,)), ((2,), (3,))], (0.5, 1.0, ())),
    "one link missed": (
        [((0,), (0,)), ((1,), ()), ((), (1,)), ((), (2,)), ((2,), (3,))],
        (1.0, 0.5, ()),
    ),
}


@pytest.mark.parametrize("beads, expected", LINKS.values(), ids=LINKS.keys())
def test_link_scores(beads: list[Pair], expected: tuple[float, float, tuple[str, ...]]) -> None:
    scores = link_scores(FRENCH, ENGLISH, [Bead(s, t, 1.0) for s, t in beads], KEY_GOLD)
    assert (scores.precision, scores.recall) == pytest.approx(expected[:2])
    assert (scores.paired_one_sided, scores.missing_keys) == (expected[2], ())


def test_key_gold_folds_whitespace_and_splits_keys() -> None:
    assert read_key_gold("align\ta  b || c\td\u00a0e\n") == (
        KeyBead("align", ("a b", "c"), ("d e",)),
    )
