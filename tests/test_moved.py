"""A passage moved to another place in one version: paired again, reported once as AC603."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_check.align import align
from align_check.checks import run_checks
from align_check.checks.onesided import check_one_sided
from align_check.checks.order import check_order
from align_check.checks.pairs import out_of_order
from align_check.model import Bead, Document
from align_check.reading import read_document
from checkpairs import document
from paths import ENGLISH, FRENCH

MOVED = "The 2 countries recognise the humanitarian situation in Calais"


def moved_pair(tmp: Path) -> tuple[Document, Document, tuple[Bead, ...]]:
    """The seed pair with one English paragraph moved three paragraphs earlier."""
    paragraphs = ENGLISH.read_text(encoding="utf-8").split("\n\n")
    at = next(n for n, p in enumerate(paragraphs) if p.startswith(MOVED))
    moved = paragraphs[: at - 3] + [paragraphs[at]] + paragraphs[at - 3 : at] + paragraphs[at + 1 :]
    path = tmp / "moved.en.txt"
    path.write_text("\n\n".join(moved), encoding="utf-8")
    french = read_document(str(FRENCH), "fr", False)
    english = read_document(str(path), "en", False)
    return french, english, align(french, english)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Document, tuple[Bead, ...]]:
    return moved_pair(tmp_path_factory.mktemp("moved"))


def test_the_moved_paragraph_is_paired_again_and_every_sentence_is_kept_once(pair) -> None:  # type: ignore[no-untyped-def]
    french, english, beads = pair
    moved = [beads[n] for n in sorted(out_of_order(beads))]
    assert [english.sentences[b.target[0]].text[: len(MOVED)] for b in moved][:1] == [MOVED]
    assert len(moved) == 3 and all(b.score >= 0.5 for b in moved)
    assert sorted(i for b in beads for i in b.source) == list(range(len(french.sentences)))
    assert sorted(j for b in beads for j in b.target) == list(range(len(english.sentences)))
    assert [i for b in beads for i in b.source] == list(range(len(french.sentences)))


def test_the_moved_paragraph_is_one_warning_not_omissions_and_additions(pair) -> None:  # type: ignore[no-untyped-def]
    french, english, beads = pair
    findings = list(run_checks(french, english, beads))
    moved = [f for f in findings if f.code == "AC603"]
    assert [(f.severity, len(f.source), len(f.target)) for f in moved] == [("warning", 4, 3)]
    assert "at another place in the English" in moved[0].message
    errors = [f for f in findings if f.severity == "error"]
    assert [english.sentences[f.target[0]].text[:20] for f in errors] == ["Work will be taken f"]


def test_pairs_in_order_are_never_out_of_order() -> None:
    beads = (
        Bead((0,), (0,), 0.9),
        Bead((1,), (), 0.0),
        Bead((2,), (1, 2), 0.8),
        Bead((), (3,), 0.0),
    )
    assert out_of_order(beads) == frozenset()
    assert list(check_order(document("fr", "a", "b", "c"), document("en", *"abcd"), beads)) == []


def test_a_gap_after_a_moved_pair_is_placed_by_the_pairs_in_order() -> None:
    french, english = document("fr", *"abcde"), document("en", *"vwxyz")
    beads = (
        Bead((0,), (0,), 0.9),
        Bead((1,), (4,), 0.9),  # moved: its target is the English's last sentence
        Bead((2,), (1,), 0.9),
        Bead((3,), (), 0.0),
        Bead((4,), (2, 3), 0.9),
    )
    assert out_of_order(beads) == frozenset({1})
    omission = next(iter(check_one_sided(french, english, beads)))
    assert (omission.source, omission.target_after) == ((3,), 1)
    (moved,) = check_order(french, english, beads)
    assert (moved.source, moved.target) == ((1,), (4,))
    assert moved.message.endswith("it would come after line 1")


def test_pairs_moved_from_two_places_are_two_findings() -> None:
    french, english = document("fr", *"abcdef"), document("en", *"uvwxyz")
    targets = (0, 5, 3, 1, 2, 4)
    beads = tuple(Bead((i,), (j,), 0.9) for i, j in enumerate(targets))
    found = [(f.source, f.target) for f in check_order(french, english, beads)]
    assert found == [((1,), (5,)), ((2,), (3,))]


DEFINITIONS_FR = (
    "communiquer Est assimilé à l’acte de communiquer le fait d’autoriser la communication.",
    "professionnel de la santé Personne légalement autorisée à fournir des services de santé.",
    "test génétique Test visant l’analyse de l’ADN, de l’ARN ou des chromosomes.",
)
GENETIC_TEST = "genetic test means a test that analyzes DNA, RNA or chromosomes."


@pytest.mark.parametrize(
    ("test_term", "expected"),
    [(GENETIC_TEST, []), ("the " + GENETIC_TEST, ["AC603"])],
    ids=["sorted-in-each-language", "not-sorted"],
)
def test_definitions_each_version_sorts_alphabetically_are_not_moved_passages(
    test_term: str, expected: list[str]
) -> None:
    english = (
        "disclose includes to authorize disclosure.",
        test_term,
        "health care practitioner means a person lawfully entitled to provide health services.",
    )
    beads = (Bead((0,), (0,), 0.9), Bead((1,), (2,), 0.9), Bead((2,), (1,), 0.9))
    found = check_order(document("fr", *DEFINITIONS_FR), document("en", *english), beads)
    assert [f.code for f in found] == expected
