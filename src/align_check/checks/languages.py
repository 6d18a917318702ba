"""The registry of language tables the checks know."""

from __future__ import annotations

from functools import cache

from align_check.checks.lexicon import LANGUAGE_NAMES, Lexicon
from align_check.checks.lexicon_en import ENGLISH
from align_check.checks.lexicon_fr import FRENCH
from align_check.lang import base_language

LEXICONS: dict[str, Lexicon] = {lexicon.code: lexicon for lexicon in (FRENCH, ENGLISH)}
"""Language tables by ISO 639-1 code."""


def lexicon_for(tag: str) -> Lexicon:
    """Return the table of a language (a BCP 47 tag: fr-FR reads as fr), or one knowing digits."""
    return _lexicon(base_language(tag))


@cache
def _lexicon(language: str) -> Lexicon:
    """The table of an ISO 639-1 language, one a language."""
    name = LANGUAGE_NAMES.get(language, language)
    return LEXICONS.get(language, Lexicon(code=language, name=name))
