"""A language tag with a region (fr-FR, en-GB) reads with its language's tables."""

from __future__ import annotations

from dataclasses import replace

import pytest

from align_check.checks.date import check_dates
from align_check.checks.name import check_names
from align_check.checks.number import check_numbers
from checkpairs import Check, one_bead

CASES = {
    "figures-in-words": (
        check_numbers,
        "Mille policiers seront déployés.",
        "1,000 police officers will be deployed.",
    ),
    "figures-that-differ": (check_numbers, "Il a coûté 1.000 euros.", "It cost 1,500 euros."),
    "countries-named-differently": (
        check_names,
        "La France et le Royaume-Uni ont signé.",
        "France and the UK signed.",
    ),
    "a-country-left-out": (check_names, "La France et l'Allemagne ont signé.", "France signed."),
    "written-dates": (check_dates, "Signé le 3 mai 2016.", "Signed on 3 May 2016."),
}


@pytest.mark.parametrize(("check", "fr", "en"), list(CASES.values()), ids=list(CASES))
def test_a_region_tag_finds_what_its_language_finds(check: Check, fr: str, en: str) -> None:
    french, english, beads = one_bead(fr, en)
    plain = list(check(french, english, beads))
    tagged = list(check(replace(french, lang="fr-FR"), replace(english, lang="en-GB"), beads))
    assert tagged == plain
