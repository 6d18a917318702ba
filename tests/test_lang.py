"""Language tags and language guessing."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_check.errors import InputError
from align_check.lang import LanguageTagError, check_tag, guess_language
from paths import ENGLISH, FRENCH, UNRELATED_EN, UNRELATED_FR


@pytest.mark.parametrize("tag", ["fr", "fr-FR", "en-GB", "en", "de-CH", "pt-BR", "zh-Hant-TW"])
def test_bcp47_tags_with_a_two_letter_language_are_accepted(tag: str) -> None:
    assert check_tag(tag) == tag


@pytest.mark.parametrize("tag", ["french", "fr_FR", "f", "", "fra", "en GB", "-fr"])
def test_other_tags_are_refused(tag: str) -> None:
    with pytest.raises(LanguageTagError, match="BCP 47"):
        check_tag(tag)


@pytest.mark.parametrize("tag", ["xx", "xx-nonsense", "fe", "QQ-CA"])
def test_a_first_part_that_is_no_iso_639_1_language_is_refused(tag: str) -> None:
    first = tag.split("-")[0].lower()
    with pytest.raises(LanguageTagError, match=f"'{first}' is not an ISO 639-1 language code"):
        check_tag(tag)


@pytest.mark.parametrize(
    ("path", "language"),
    [(FRENCH, "fr"), (ENGLISH, "en"), (UNRELATED_EN, "en"), (UNRELATED_FR, "fr")],
    ids=["seed-fr", "seed-en", "003-en", "004-fr"],
)
def test_the_seed_languages_are_guessed(path: Path, language: str) -> None:
    assert guess_language(path.read_text(encoding="utf-8")) == language


def test_german_is_told_from_french() -> None:
    assert guess_language("Die Nordostwand ist nicht leicht, und der Aufstieg war lang.") == "de"


def test_one_letter_words_do_not_make_short_french_read_as_portuguese() -> None:
    assert guess_language("Le ministre a annoncé 3 mesures : a) vite, b) bien.") == "fr"


def test_one_letter_words_still_tell_a_text_that_has_no_longer_function_word() -> None:
    assert guess_language("O governo e a comissão publicam o relatório hoje.") == "pt"


def test_text_without_words_cannot_be_guessed() -> None:
    with pytest.raises(InputError, match="cannot tell its language"):
        guess_language("1234 5678 — 90 %")
