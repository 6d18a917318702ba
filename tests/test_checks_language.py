"""AC501/AC502: sentences left in the source language, documents in the wrong language."""

from __future__ import annotations

from dataclasses import replace

import pytest

from align_check.checks import run_checks
from align_check.checks.language import check_language, document_language, without_explained
from align_check.model import Bead, Document, Finding
from checkpairs import assert_codes, document, one_bead

UNTRANSLATED = [
    ("one-letter-words", "Une idée singulière me vint.", "A singular notion dawned upon me.", []),
    (
        "copied-names",
        "Nanga Parbat, Cho Oyu, Gasherbrum, Lhotse",
        "Nanga Parbat, Cho Oyu, Gasherbrum, Lhotse",
        [],
    ),
    (
        "left-in-french",
        "Nous poursuivrons notre collaboration étroite dans tous les domaines.",
        "Nous poursuivrons notre collaboration étroite dans tous les domaines.",
        ["AC501"],
    ),
    (
        "french-on-english-side",
        "Nous poursuivrons notre collaboration étroite.",
        "Nous poursuivrons la collaboration dans tous les domaines de la sécurité.",
        ["AC501"],
    ),
    (
        "translated",
        "Nous poursuivrons notre collaboration étroite dans tous les domaines.",
        "We will continue our close cooperation in all fields.",
        [],
    ),
    (
        "french-names-in-english",
        "la Convention de Budapest sur la cybercriminalité",
        "the Budapest Convention on Cybercrime is a treaty of the Council of Europe",
        [],
    ),
    ("quoted-french", "C'est sa raison d'être.", "That is the raison d'être of the scheme.", []),
    ("short-copy", "Dublin III", "Dublin III", []),
    ("short-french", "Partager cette page", "Partager cette page", []),
]


@pytest.mark.parametrize(
    ("fr", "en", "codes"), [c[1:] for c in UNTRANSLATED], ids=[c[0] for c in UNTRANSLATED]
)
def test_a_sentence_left_in_the_source_language_is_reported(
    fr: str, en: str, codes: list[str]
) -> None:
    assert_codes(check_language, fr, en, *codes, both_ways=False)


FRENCH_TEXT = [
    "Les ministres de l'intérieur se sont rencontrés à Paris le 30 août 2016.",
    "Une collaboration efficace entre le Royaume-Uni et la France est cruciale pour lutter "
    "contre la menace du terrorisme.",
    "Nous nous engageons à préserver cette collaboration, qui doit être et sera développée.",
]
ENGLISH_TEXT = [
    "The Home Secretary and the Interior Minister met in Paris on 30 August 2016.",
    "Effective cooperation between the United Kingdom and France is crucial in addressing "
    "the threat of terrorism.",
    "We pledge that this cooperation must and will be developed, now and in the future.",
]
BEADS = tuple(Bead((i,), (i,), 0.9) for i in range(3))


def test_a_target_document_in_the_source_language_is_one_finding() -> None:
    source, target = document("fr", *FRENCH_TEXT), document("en", *FRENCH_TEXT)
    assert [f.code for f in check_language(source, target, BEADS)] == ["AC502"]


def test_documents_in_their_declared_languages_give_no_finding() -> None:
    source, target = document("fr", *FRENCH_TEXT), document("en", *ENGLISH_TEXT)
    assert list(check_language(source, target, BEADS)) == []


@pytest.mark.parametrize(
    ("texts", "lang"),
    [(FRENCH_TEXT, "fr"), (ENGLISH_TEXT, "en"), (["Share this page"], None)],
    ids=["french", "english", "too-short"],
)
def test_the_language_of_a_document_is_read_from_its_function_words(
    texts: list[str], lang: str | None
) -> None:
    assert document_language(document("xx", *texts)) == lang


UNTRANSLATED = "La prochaine réunion aura lieu à Bruxelles le 12 juin avec 40 délégués."


def reported(source: Document, target: Document, beads: tuple[Bead, ...]) -> list[Finding]:
    """What a comparison reports of these beads: every check, then what AC501 explains away."""
    return list(without_explained(run_checks(source, target, beads)))


def test_an_untranslated_sentence_is_one_finding_not_one_per_figure_date_and_name() -> None:
    assert [f.code for f in reported(*one_bead(UNTRANSLATED, UNTRANSLATED))] == ["AC501"]


def test_what_ac501_explains_comes_back_when_ac501_is_not_reported() -> None:
    found = run_checks(*one_bead(UNTRANSLATED, UNTRANSLATED))
    codes = [f.code for f in without_explained(f for f in found if f.code != "AC501")]
    # "Bruxelles" in the English is Brussels spelled in French: no name differs.
    assert sorted(codes) == ["AC201", "AC211"]


def test_a_translated_sentence_keeps_its_other_findings() -> None:
    translated = "The next meeting will take place in Brussels on 12 June with 45 delegates."
    assert [f.code for f in reported(*one_bead(UNTRANSLATED, translated))] == ["AC201"]


def test_a_source_sentence_in_the_target_language_is_reported_where_it_stands() -> None:
    english, french, beads = one_bead(UNTRANSLATED, UNTRANSLATED)
    found = reported(replace(english, lang="en"), replace(french, lang="fr"), beads)
    assert [(f.code, f.source, f.target, f.message) for f in found] == [
        ("AC501", (0,), (), "this sentence of the English is in French")
    ]


CITED = {
    "term of a definition in parentheses": (
        "(international human rights standards)",
        "(normes internationales en matière de droits de la personne)",
        [],
    ),
    "sentence in French quotation marks": (
        "Le slogan « Nous poursuivrons notre collaboration dans tous les domaines » a plu.",
        "The motto “Nous poursuivrons notre collaboration dans tous les domaines” was liked.",
        [],
    ),
    "sentence left in French around a cited term": (
        "Nous poursuivrons notre collaboration (cooperation) dans tous les domaines.",
        "Nous poursuivrons notre collaboration (cooperation) dans tous les domaines.",
        ["AC501"],
    ),
}


@pytest.mark.parametrize(("fr", "en", "codes"), CITED.values(), ids=CITED.keys())
def test_words_in_parentheses_or_quotation_marks_cite_the_other_language(
    fr: str, en: str, codes: list[str]
) -> None:
    assert_codes(check_language, fr, en, *codes, both_ways=False)


ONLY = {
    "French note": "Everything you need to know about design systems (en anglais seulement)",
    "French note, other wording": "A comprehensive guide to design systems (anglais uniquement)",
    "English note": "Everything you need to know about design systems (English only)",
}


@pytest.mark.parametrize("title", ONLY.values(), ids=ONLY.keys())
def test_a_title_marked_as_existing_in_one_language_only_is_not_untranslated(title: str) -> None:
    assert_codes(check_language, title, "Everything you need to know about design systems")


EXAMPLE_FR = (
    "Voici quelques exemples :",
    "Les directeurs sont responsables de l’évaluation des employés.",
    "(Emploi du masculin par défaut)",
)
EXAMPLE_EN = (
    "Here are a few examples:",
    "Les directeurs sont responsables de l’évaluation des employés.",
    "(Use of the masculine form by default)",
)
EXAMPLE_BEADS = tuple(Bead((i,), (i,), 0.9) for i in range(3)) + (Bead((), (3,), 0.0),)


def test_a_quoted_example_and_its_gloss_are_neither_untranslated_nor_added() -> None:
    gloss = "The directors are responsible for evaluating the employees."
    source, target = document("fr", *EXAMPLE_FR), document("en", *EXAMPLE_EN, gloss)
    found = reported(source, target, EXAMPLE_BEADS)
    assert [(f.code, f.severity, f.target) for f in found] == [("AC102", "info", (3,))]


def test_a_sentence_left_in_french_beside_an_unrelated_one_is_still_untranslated() -> None:
    other = "Our team has grown to two hundred people this year."
    source, target = document("fr", *EXAMPLE_FR), document("en", *EXAMPLE_EN, other)
    found = reported(source, target, EXAMPLE_BEADS)
    assert sorted((f.code, f.severity, f.target) for f in found) == [
        ("AC102", "error", (3,)),
        ("AC501", "warning", (1,)),
    ]
