"""The registry of language tables the checks know."""

from __future__ import annotations

from functools import cache

from align_check.checks.lexicon import LANGUAGE_NAMES, Lexicon
from align_check.checks.lexicon_en import ENGLISH
from align_check.checks.lexicon_fr import FRENCH

LEXICONS: dict[str, Lexicon] = {lexicon.code: lexicon for lexicon in (FRENCH, ENGLISH)}
"""Language tables by ISO 639-1 code."""


@cache
def lexicon_for(language: str) -> Lexicon:
    """Return the table of a language, or a table that only knows digits (one a language)."""
    name = LANGUAGE_NAMES.get(language, language)
    return LEXICONS.get(language, Lexicon(code=language, name=name))
