"""Abbreviations that pretrained Punkt does not know, by language.

ABBREVIATIONS feed Punkt's abbreviation list (lower case, no final period).
NO_BREAK_AFTER are words after which a sentence never ends (titles, "art.",
"n°", "p."), even in elided forms such as "l'art.".
"""

from __future__ import annotations

_MONTHS_FR = {"janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc"}
_MONTHS_EN = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

_TITLES_FR = {"m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "me", "mgr", "pr", "st", "ste"}
_TITLES_EN = {"mr", "mrs", "ms", "messrs", "dr", "st", "rt", "hon", "prof", "rev", "gen", "sen"}

_REFERENCES_FR = {"art", "n°", "no", "p", "pp", "chap", "vol", "cf", "al", "env", "fig", "éd"}
_REFERENCES_EN = {"art", "no", "nos", "p", "pp", "ch", "vol", "cf", "fig", "para", "sec"}

_OTHER_FR = {"etc", "av", "bd", "dép", "min", "éd", "ex", "vs", "resp", "approx", "c.-à-d"}
_OTHER_EN = {"etc", "e.g", "i.e", "vs", "approx", "inc", "ltd", "co", "corp", "jr", "sr", "dept"}

NO_BREAK_AFTER: dict[str, frozenset[str]] = {
    "fr": frozenset(_TITLES_FR | _REFERENCES_FR | _MONTHS_FR),
    "en": frozenset(_TITLES_EN | _REFERENCES_EN | _MONTHS_EN),
}

ABBREVIATIONS: dict[str, set[str]] = {
    "fr": _TITLES_FR | _REFERENCES_FR | _MONTHS_FR | _OTHER_FR,
    "en": _TITLES_EN | _REFERENCES_EN | _MONTHS_EN | _OTHER_EN,
}
