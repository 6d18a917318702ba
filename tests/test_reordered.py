"""Items each version sorts its own way (a statute's definitions, alphabetical in each language):
paired again by content, and not reported as moved."""

from __future__ import annotations

import pytest

from align_check.align import align, semantic
from align_check.checks import run_checks
from checkpairs import document

pytestmark = pytest.mark.skipif(not semantic.available(), reason="needs the sentence encoder")

DEFINITIONS = [
    (
        "agence internationale Tout organisme dont la mission comprend la réduction de la"
        " pauvreté.",
        "international agency means any organization whose objectives include poverty reduction.",
    ),
    (
        "ministre compétent Le ministre du Développement international ou tout autre ministre"
        " fédéral.",
        "competent minister means the Minister for International Development or any other"
        " federal minister.",
    ),
    (
        "organisme de la société civile Organisme sans but lucratif ou de bienfaisance qui"
        " œuvre au Canada.",
        "civil society organization means a not-for-profit or charitable organization working"
        " in Canada.",
    ),
    (
        "valeurs canadiennes Les valeurs de citoyenneté mondiale, de démocratie et de"
        " promotion des droits de la personne.",
        "Canadian values means values of global citizenship, democracy and the promotion of"
        " human rights.",
    ),
    (
        "aide internationale S'entend du financement fourni par le gouvernement du Canada à"
        " l'étranger.",
        "international assistance means funding provided by the Government of Canada abroad.",
    ),
]
LEAD = (
    "Les définitions qui suivent s'appliquent à la présente loi.",
    "The following definitions apply in this Act.",
)
AFTER = (
    "Le gouverneur en conseil peut, par règlement, préciser ces termes.",
    "The Governor in Council may, by regulation, specify these terms.",
)


def sorted_pair() -> tuple:
    french = [LEAD[0], *sorted(fr for fr, _ in DEFINITIONS), AFTER[0]]
    english = [LEAD[1], *sorted((en for _, en in DEFINITIONS), key=str.lower), AFTER[1]]
    return document("fr", *french), document("en", *english)


def test_definitions_sorted_in_each_language_are_paired_with_their_translations() -> None:
    french, english = sorted_pair()
    beads = align(french, english)
    translation = dict(DEFINITIONS)
    paired = {
        french.sentences[b.source[0]].text: english.sentences[b.target[0]].text
        for b in beads
        if b.two_sided
    }
    assert all(paired[fr] == en for fr, en in translation.items())
    assert any(b.reordered for b in beads)


def test_a_sorted_list_is_not_reported_as_moved_passages_nor_as_mismatches() -> None:
    french, english = sorted_pair()
    found = run_checks(french, english, align(french, english))
    assert [f.code for f in found if f.severity != "info"] == []
