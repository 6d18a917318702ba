"""AC401/AC402: aligned pairs whose content differs (low score for their length) or whose
lengths differ far more than translation makes them."""

from __future__ import annotations

import pytest

from align_check.checks.length import check_length, delta
from align_check.checks.meaning import check_meaning
from checkpairs import assert_codes, findings

LONG_FR = (
    "Les services de renseignement britannique et français continueront à renforcer "
    "leurs liens par le partage des informations et une collaboration plus étroite"
)
LONG_EN = (
    "British and French security and intelligence agencies will continue to strengthen "
    "links through sharing of intelligence and closer working on investigations"
)
OTHER_EN = (
    "We look forward to our countries' collaboration on these and other important "
    "issues in the months and years to come."
)

MEANING = [
    ("low-score-long", LONG_FR, OTHER_EN, 0.05, ["AC401"]),
    ("middling-score-long", LONG_FR, OTHER_EN, 0.1, ["AC401"]),
    ("good-score", LONG_FR, LONG_EN, 0.9, []),
    ("fair-score", LONG_FR, LONG_EN, 0.25, []),
    ("low-score-short", "Calais", "Calais region", 0.025, []),
    ("low-score-heading", "2. Traitement conjoint", "Addressing it together", 0.05, []),
    (
        "low-score-idiom",
        "Sachez que nous mettons bien la main à la pâte.",
        "Rest assured that we're working on it.",
        0.06,
        [],
    ),
]


@pytest.mark.parametrize(
    ("fr", "en", "score", "codes"), [c[1:] for c in MEANING], ids=[c[0] for c in MEANING]
)
def test_a_pair_scored_low_for_its_length_is_reported(
    fr: str, en: str, score: float, codes: list[str]
) -> None:
    assert [f.code for f in findings(check_meaning, fr, en, score=score)] == codes


def test_the_meaning_message_gives_the_score() -> None:
    (finding,) = findings(check_meaning, LONG_FR, OTHER_EN, score=0.06)
    assert finding.message == (
        "the French and the English of this pair say different things "
        "(similarity 0.06 for 116 characters)"
    )
    assert finding.severity == "warning"


LENGTH = [
    ("translation", LONG_FR, LONG_EN, []),
    (
        "seed-shorter-english",
        "Nous nous réjouissons de la poursuite de la collaboration entre nos deux pays sur ces "
        "enjeux ainsi que sur d'autres sujets importants nous aurons à traiter au cours des mois "
        "et des années à venir.",
        OTHER_EN,
        [],
    ),
    (
        "half-missing",
        LONG_FR + ". " + LONG_FR + ". " + LONG_FR,
        "British and French agencies will continue to strengthen links.",
        ["AC402"],
    ),
    (
        "padded",
        "Calais.",
        "The situation in Calais, which has been the subject of many "
        "meetings, statements and reviews over the years.",
        ["AC402"],
    ),
    ("short-pair", "Oui.", "Yes, indeed, of course.", []),
]


@pytest.mark.parametrize(("fr", "en", "codes"), [c[1:] for c in LENGTH], ids=[c[0] for c in LENGTH])
def test_a_length_ratio_far_from_translation_is_reported(
    fr: str, en: str, codes: list[str]
) -> None:
    assert_codes(check_length, fr, en, *codes)


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [(100, 100, 0.0), (196, 116, -2.46), (400, 100, -7.28), (7, 113, 5.25)],
)
def test_delta_is_gale_and_church_standardised_difference_either_way_round(
    source: int, target: int, expected: float
) -> None:
    assert round(delta(source, target), 2) == expected
