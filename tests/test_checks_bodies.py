"""AC301 at error: a pair that is only a body's name on each side, and names two bodies."""

from __future__ import annotations

import pytest

from align_check.checks.bodies import body_name, check_bodies
from checkpairs import findings


def test_two_offices_named_in_a_link_list_are_an_error() -> None:
    (found,) = findings(
        check_bodies,
        "Bureau de l’expérience Canada.ca",
        "Digital Transformation Office",
        score=0.0,
    )
    assert (found.code, found.severity) == ("AC301", "error")
    assert found.message == (
        "the French names Bureau de l’expérience Canada.ca where the English names "
        "Digital Transformation Office"
    )


def test_one_office_named_in_each_language_is_not_reported() -> None:
    fr, en = "Bureau de l’expérience Canada.ca", "Canada.ca Experience Office"
    assert findings(check_bodies, fr, en, score=0.4) == []


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("Bureau de la traduction", "fr", True),
        ("Translation Bureau", "en", True),
        ("Treasury Board of Canada Secretariat", "en", True),
        ("Le Bureau a publié son rapport.", "fr", False),
        ("the translation office", "en", False),
        ("Find out how the Office works, step by step", "en", False),
    ],
)
def test_a_body_name_is_a_few_words_headed_by_a_bodys_word(
    text: str, language: str, named: bool
) -> None:
    assert body_name(text, language) is named
