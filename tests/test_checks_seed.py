"""The divergence checks on the seed statement, aligned as the hand-made gold file says."""

from __future__ import annotations

from functools import cache

import pytest

from align_check.checks.date import check_dates
from align_check.checks.language import check_language
from align_check.checks.length import check_length
from align_check.checks.meaning import check_meaning
from align_check.checks.name import check_names
from align_check.checks.number import check_numbers
from align_check.checks.structure import check_structure
from align_check.model import Document, Finding
from align_check.reading import read_document
from goldbeads import gold_beads
from paths import ENGLISH, FRENCH, SHARED, needs_shared

GOLD = SHARED / "gold" / "seed-2016.tsv"

CHECKS = {
    "number": check_numbers,
    "date": check_dates,
    "name": check_names,
    "meaning": check_meaning,
    "length": check_length,
    "language": check_language,
    "structure": check_structure,
}


@cache
def seed() -> tuple[Document, Document, dict[str, list[Finding]]]:
    """The seed pair and what each check finds on its gold alignment."""
    source = read_document(str(FRENCH), "fr", False)
    target = read_document(str(ENGLISH), "en", False)
    beads = gold_beads(source, target, needs_shared(GOLD))
    return (
        source,
        target,
        {name: list(check(source, target, beads)) for name, check in CHECKS.items()},
    )


@pytest.mark.parametrize("check", ["number", "date", "meaning", "length", "language", "structure"])
def test_the_seed_pair_gives_no_finding_of(check: str) -> None:
    assert [f.message for f in seed()[2][check]] == []


def _name_findings_on(french_key: str) -> list[str]:
    source, _, found = seed()
    return [
        f.message
        for f in found["name"]
        if any(french_key in source.sentences[i].text.replace("\u00a0", " ") for i in f.source)
    ]


@pytest.mark.parametrize(
    "french_key",
    [
        "Mme Amber Rudd",
        "nomination de Mme Rudd",
        "entre le Royaume-Uni et la France",
        "sortie du Royaume-Uni de l’Union européenne",
        "revues de sécurité franco-britanniques",
        "dossiers passagers (PNR)",
        "Convention de Budapest",
        "dans le Calaisis",
        "territoire britannique",
        "Les services de renseignement britannique",
    ],
)
def test_names_only_written_differently_are_not_reported(french_key: str) -> None:
    assert _name_findings_on(french_key) == []


def test_a_name_left_out_of_the_english_is_a_warning() -> None:
    assert _name_findings_on("vers le Royaume-Uni") == [
        "name Royaume-Uni in the French is missing from the English"
    ]
    (finding,) = [f for f in seed()[2]["name"] if f.source_marks == ("Royaume-Uni",)]
    assert finding.severity == "warning"


def test_the_checks_find_the_same_in_one_process_or_with_the_name_check_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import align_check.checks as checks
    from align_check.align import align

    french = read_document(str(FRENCH), "fr", False)
    english = read_document(str(ENGLISH), "en", False)
    beads = align(french, english, "lexical")
    names = ((("fr", "Royaume-Uni"), ("en", "United Kingdom")),)
    together = list(checks.run_checks(french, english, beads, names))
    monkeypatch.setattr(checks, "APART_FROM", 0)
    monkeypatch.setattr(checks, "can_fork", lambda: True)
    apart = list(checks.run_checks(french, english, beads, names))
    assert together == apart and together
