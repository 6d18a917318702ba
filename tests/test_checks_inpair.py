"""AC107, AC108: a clause of one sentence of a pair that the other sentence does not translate."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from align_check.align import semantic
from align_check.checks.inpair import check_in_pair, clauses, content_words
from align_check.model import Bead, Document, Finding, Report, Run, Sentence
from align_check.output.json_report import format_json
from align_check.output.options import OutputOptions

pytestmark = pytest.mark.skipif(not semantic.available(), reason="needs the sentence encoder")

FRENCH = (
    "Nous continuerons à travailler ouvertement et à partager nos expériences.",
    "Le ministre dépose un rapport devant chaque chambre du Parlement dans l'année qui suit "
    "la fin de chaque exercice.",
    "Le Service numérique canadien a été lancé en 2017 avec pour mission d'aider les "
    "ministères à offrir de meilleurs services.",
    "Nous avons rencontré des utilisateurs dans cinq villes du pays.",
    "Les résultats de ces entrevues orienteront la prochaine version du produit.",
    "Merci à toutes les personnes qui ont participé à cette recherche.",
)
ENGLISH = (
    "We'll continue to work in the open and share our experiences.",
    "The Minister shall cause a report to be laid before each House of Parliament within one "
    "year after the end of each fiscal year.",
    "The Canadian Digital Service launched in 2017 with a mission to help departments deliver "
    "better services.",
    "We met with users in five cities across the country.",
    "The results of these interviews will guide the next version of the product.",
    "Thank you to everyone who took part in this research.",
)
ADDED = (
    "We'll continue to work in the open and share our experiences, so look for updates here "
    "and on Twitter."
)


def document(lang: str, texts: tuple[str, ...]) -> Document:
    """A document of one paragraph a sentence."""
    return Document(
        f"<{lang}>", lang, tuple(Sentence(t, n + 1, block=n) for n, t in enumerate(texts))
    )


def check(french: tuple[str, ...], english: tuple[str, ...]) -> list[Finding]:
    """The in-pair findings when each French sentence is paired with its English one."""
    beads = tuple(Bead((n,), (n,), 0.7) for n in range(len(french)))
    return list(check_in_pair(document("fr", french), document("en", english), beads))


def test_a_faithful_translation_has_no_finding() -> None:
    assert check(FRENCH, ENGLISH) == []


def test_a_clause_only_in_the_english_is_an_addition_with_its_characters() -> None:
    (found,) = check(FRENCH, (ADDED, *ENGLISH[1:]))
    start = ADDED.index("so look")
    assert (found.code, found.severity) == ("AC108", "warning")
    assert '"so look for updates here and on Twitter."' in found.message
    assert found.target_spans == ((0, start, len(ADDED)),)
    assert found.target_marks == ("so look for updates here and on Twitter.",)
    assert (found.source, found.target, found.source_spans) == ((0,), (0,), ())


def test_a_clause_only_in_the_french_is_an_omission() -> None:
    french = (
        "La rédaction épicène constitue la solution la plus lisible; c'est d'ailleurs celle "
        "que j'ai utilisée jusqu'ici dans ce billet de blogue.",
        *FRENCH[1:],
    )
    english = ("Epicene writing is the most readable solution.", *ENGLISH[1:])
    (found,) = check(french, english)
    assert found.code == "AC107"
    assert found.source_marks == (
        "c'est d'ailleurs celle que j'ai utilisée jusqu'ici dans ce billet de blogue.",
    )


def test_a_freely_translated_clause_is_not_missing() -> None:
    french = (
        "Si vous voulez en apprendre davantage sur la sécurité des LL, vous pouvez consulter le "
        "document UK CESG OSS - Exploring the Risk (PDF) et la foire aux questions sur les LL du "
        "département de la Défense des États-Unis.",
        *FRENCH[1:],
    )
    english = (
        "If you'd like to read more on OSS security, you can consult UK CESG | OSS – Exploring "
        "the Risk (PDF) and US DoD | OSS FAQ.",
        *ENGLISH[1:],
    )
    assert check(french, english) == []


def test_a_note_on_a_link_s_language_is_not_content() -> None:
    french = ("Gov.uk design system (en anglais seulement)", *FRENCH[1:])
    english = ("Gov.uk design system", *ENGLISH[1:])
    assert check(french, english) == []


def test_clauses_are_cut_at_commas_parentheses_and_clause_words() -> None:
    text = "Lift restrictions (e.g., via a card) for tools, which saves time."
    found = {c.text for c in clauses(text, 0, "en")}
    assert {"(e.g., via a card)", "which saves time.", "for tools,"} <= found
    assert all(text[c.start : c.end] == c.text for c in clauses(text, 0, "en"))


def test_content_words_leave_out_function_words_and_addresses() -> None:
    text = "pour en savoir plus, consultez le site (https://www.canada.ca/fr/services.html)"
    assert content_words(text, "fr") == ["savoir", "consultez", "site"]


def test_the_json_report_gives_the_spans_and_follows_its_schema() -> None:
    french, english = document("fr", FRENCH), document("en", (ADDED, *ENGLISH[1:]))
    beads = tuple(Bead((n,), (n,), 0.7) for n in range(len(FRENCH)))
    findings = tuple(check_in_pair(french, english, beads))
    report = Report(french, english, beads, findings, "test")
    body = json.loads(format_json(Run((report,)), OutputOptions()))
    schema = resources.files("align_check") / "data" / "report.schema.json"
    jsonschema.validate(body, json.loads(schema.read_text(encoding="utf-8")))
    (finding,) = body["findings"]
    start = ADDED.index("so look")
    assert finding["target_spans"] == [{"id": 0, "start": start, "end": len(ADDED)}]
    assert "source_spans" not in finding
