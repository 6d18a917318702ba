"""AC301/AC302/AC303: names on one side only, spelled differently, or dropped from a list."""

from __future__ import annotations

import pytest

from align_check.checks.name import check_names
from align_check.checks.spelling import damerau
from checkpairs import assert_codes, findings

SAME = [
    ("contraction", "Je suis ici", "I'm here"),
    ("interjection", "Ah ! Descendez vite", "Oh! Come down quickly"),
    ("god", "Dieu merci", "Thank God"),
    ("role-by-title", "Le professeur Lidenbrock a dit", "The Professor said"),
    ("titles-rudd", "Mme Amber Rudd est arrivée", "Rt Hon Amber Rudd arrived"),
    ("titles-cazeneuve", "selon M. Cazeneuve", "according to Mr Cazeneuve"),
    ("acronym-ue", "dans l'UE", "within the EU"),
    ("acronym-onu", "à l'ONU", "at the UN"),
    ("acronym-otan", "au sein de l'OTAN", "within NATO"),
    ("acronym-pnr", "les dossiers passagers (PNR)", "the PNR data"),
    (
        "pnr-spelled-out",
        "la Directive de l'UE relative aux données des dossiers passagers (PNR)",
        "the EU Passenger Name Records Directive",
    ),
    ("union-europeenne", "la sortie de l'Union européenne", "after leaving the EU"),
    ("royaume-uni", "avec le Royaume-Uni", "with the United Kingdom"),
    ("royaume-uni-uk", "avec le Royaume-Uni", "with the UK"),
    ("allemagne", "avec l'Allemagne", "with Germany"),
    (
        "franco-britanniques",
        "des revues de sécurité franco-britanniques",
        "the UK France security reviews",
    ),
    ("demonym", "par les autorités britanniques", "by British authorities"),
    ("city", "à Londres", "in London"),
    ("region", "dans le Calaisis", "in the Calais region"),
    (
        "convention",
        "la Convention de Budapest sur la cybercriminalité",
        "the Budapest Convention on Cybercrime",
    ),
    (
        "person-by-role",
        "depuis la nomination de Mme Rudd",
        "since the Home Secretary's appointment",
    ),
    ("roman", "le règlement Dublin III", "the Dublin III regulation"),
    ("months", "le 30 août", "on 30 August"),
    ("sentence-start", "Nous appelons les États membres", "We call on member states"),
    (
        "headline",
        "Renforcement de la lutte contre le terrorisme",
        "Reinforcing The Fight Against Terrorism",
    ),
    ("possessive", "le ministre de la France", "France's minister"),
    ("table-header-cells", "Site | Agents | Coût", "Site | Officers | Cost"),
    (
        "portfolios",
        "Mme Vautrin, ministre du Travail et de la Santé, et M. Le Maire, ministre de l'Économie",
        "Ms Vautrin, Minister for Labour and Health, and Mr Le Maire, Minister for the Economy",
    ),
    (
        "web-addresses",
        "Le texte est en ligne (https://www.gouv.fr/actu?u=a%2Fc%20Dunkerque) et contact@Gouv.fr",
        "The text is online (https://www.gov.uk/news?u=a%3AB%20Dover) and press@Gov.uk",
    ),
    (
        "list-kept",
        "signée par la France, l'Allemagne et l'Italie",
        "signed by France, Germany and Italy",
    ),
]

CHANGED = [
    (
        "name-left-out",
        "28 filières d'immigration vers le Royaume-Uni ont été démantelées",
        "28 criminal networks have been disrupted",
        "AC301",
    ),
    ("person-replaced", "avec M. Bernard Valls", "with Bernard Cazeneuve", "AC301"),
    ("place-replaced", "se sont rencontrés à Paris", "met in Brussels", "AC301"),
    ("acronym-replaced", "au sein de l'OTAN", "within the UN", "AC301"),
    ("table-cell-replaced", "Port | Calais | 160", "Port | Dover | 160", "AC301"),
    ("demonym-replaced", "par les autorités françaises", "by the British authorities", "AC301"),
    ("person-no-role", "Mme Rudd a précisé", "She said", "AC301"),
    ("misspelled", "selon M. Sikorski", "according to Mr Sikorksi", "AC302"),
    (
        "list-dropped",
        "signée par la France, l'Allemagne et l'Italie",
        "signed by France and Italy",
        "AC303",
    ),
    (
        "list-of-four",
        "la France, l'Allemagne, l'Italie et l'Espagne",
        "France, Germany, Italy",
        "AC303",
    ),
    (
        "pair-dropped",
        "la volonté de la France et du Royaume-Uni",
        "the intention of France",
        "AC303",
    ),
]


@pytest.mark.parametrize(("fr", "en"), [case[1:] for case in SAME], ids=[c[0] for c in SAME])
def test_names_written_differently_are_not_reported(fr: str, en: str) -> None:
    assert_codes(check_names, fr, en)


@pytest.mark.parametrize(
    ("fr", "en", "code"), [case[1:] for case in CHANGED], ids=[c[0] for c in CHANGED]
)
def test_names_that_differ_are_reported(fr: str, en: str, code: str) -> None:
    assert_codes(check_names, fr, en, code)


MESSAGES = [
    (
        "missing",
        "vers le Royaume-Uni",
        "disrupted",
        "name Royaume-Uni in the French is missing from the English",
    ),
    ("replaced", "à Paris", "in Brussels", "name Paris in the French has Brussels in the English"),
    (
        "misspelled",
        "M. Sikorski",
        "Mr Sikorksi",
        "name Sikorski in the French is spelled Sikorksi in the English",
    ),
]


@pytest.mark.parametrize(
    ("fr", "en", "message"), [c[1:] for c in MESSAGES], ids=[c[0] for c in MESSAGES]
)
def test_messages_name_the_names(fr: str, en: str, message: str) -> None:
    assert [finding.message for finding in findings(check_names, fr, en)] == [message]


def test_a_name_missing_from_a_list_is_a_warning() -> None:
    (finding,) = findings(check_names, "la France, l'Allemagne et l'Italie", "France and Italy")
    assert (finding.severity, finding.source_marks) == ("warning", ("Allemagne",))


def test_names_are_not_compared_for_languages_without_a_table() -> None:
    from align_check.model import Bead
    from checkpairs import document

    german, french = document("de", "mit Frankreich"), document("fr", "avec la France")
    assert list(check_names(german, french, (Bead((0,), (0,), 0.9),))) == []


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("sikorski", "sikorksi", 1),
        ("rudd", "rudd", 0),
        ("paris", "pairs", 1),
        ("calais", "calaisis", 2),
    ],
)
def test_damerau_counts_a_swap_of_two_letters_as_one(a: str, b: str, distance: int) -> None:
    assert damerau(a, b) == distance
