"""A figure, and what it carries around it: a currency, a scale ("millions", "m", "bn"), a
percent sign, an ordinal ending."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from align_check.checks.lexicon import Lexicon

SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "US$": "USD",
    "¥": "JPY",
    "EUR": "EUR",
    "GBP": "GBP",
    "USD": "USD",
    "CHF": "CHF",
    "JPY": "JPY",
}
"""Currency signs and ISO 4217 codes written before or after an amount."""

SHORT_SCALES = {
    "bn": 10**9,
    "tn": 10**12,
    "m": 10**6,
    "mn": 10**6,
    "k": 1000,
    "M": 10**6,
    "G": 10**9,
    "Md": 10**9,
    "Mds": 10**9,
    "Mrd": 10**9,
    "Mrds": 10**9,
}
"""Abbreviated scales glued to an amount ("€100m", "2bn", "100 M€", Canadian "1,2 G$"); only
"bn"/"tn" without a currency, since "100m" alone is a distance."""

ORDINAL_ENDINGS = (
    "ères",
    "ère",
    "èmes",
    "ème",
    "ers",
    "er",
    "res",
    "re",
    "es",
    "e",
    "ᵉʳ",
    "ᵉ",
    "nde",
    "nd",
    "st",
    "rd",
    "th",
)
"""Endings that make a number an ordinal ("1er", "9e", "2nd", "9th")."""

_SIGN = "|".join(re.escape(sign) for sign in sorted(SYMBOLS, key=len, reverse=True))
_PREFIX = re.compile(rf"(?:{_SIGN})\s?$")
_SIGN_AFTER = re.compile(rf"\s?(?:{_SIGN})(?![^\W\d_])")
_ORDINAL = re.compile(rf"(?:{'|'.join(ORDINAL_ENDINGS)})(?![^\W\d_])")
_SHORT = re.compile(rf"\s?(?:{'|'.join(sorted(SHORT_SCALES, key=len, reverse=True))})(?![^\W\d_])")


@dataclass(frozen=True)
class Quantity:
    """What was read next to a number: how many characters, and what they say."""

    length: int = 0
    unit: str | None = None
    scale: int = 1
    ordinal: bool = False


@dataclass(frozen=True)
class Figure:
    """A figure as written (text, span) and every value it can be read as."""

    text: str
    start: int
    end: int
    value: Decimal
    values: frozenset[Decimal]
    unit: str | None = None
    ordinal: bool = False
    kind: str = "digits"
    scale: int = 1
    yearlike: bool = False
    bound: str | None = None
    """The direction a qualifier written before it gives: "above" (plus de, at least),
    "below" (almost, less than, jusqu'à) or "about" (environ, around)."""
    qualified: str = ""
    """The qualifier and the figure as written ("plus de deux millions"), when bound."""
    label: str = ""
    """The word written just before the figure, lower case ("covid" of "COVID 19")."""

    @property
    def hard(self) -> bool:
        """True when written in digits (or Roman numerals), not in words."""
        return self.kind == "digits"

    @property
    def bare(self) -> bool:
        """True for a plain count: no unit, no ordinal, no scale ("19", not "19 %" or "2e")."""
        return self.unit is None and not self.ordinal and self.scale == 1


def alternation(words: list[str]) -> str:
    """Return a regex alternation of words, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=16)
def _suffixes(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return a language's patterns for a scale word, a percent and a currency after a number."""
    scales = [word for word, value in lexicon.multipliers.items() if value >= 1000]
    links = alternation(list(lexicon.currency_links)) or "(?!)"
    return (
        re.compile(rf"\s+(?:{alternation(scales) or '(?!)'})\b", re.IGNORECASE),
        re.compile(
            rf"\s?%|\s+(?:{alternation(list(lexicon.percent_words)) or '(?!)'})\b", re.IGNORECASE
        ),
        re.compile(
            rf"\s+(?:(?:{links})\s*)?({alternation(list(lexicon.currencies)) or '(?!)'})\b",
            re.IGNORECASE,
        ),
    )


def read_prefix(before: str) -> Quantity:
    """Return the currency sign written just before a number ("€100", "£ 28.1")."""
    match = _PREFIX.search(before)
    if match is None:
        return Quantity()
    return Quantity(len(match.group(0)), SYMBOLS[match.group(0).strip()])


def _short_scale(rest: str, currency: bool) -> Quantity:
    """Return an abbreviated scale glued to an amount ("100m" after "€", "2bn", "100 M€")."""
    match = _SHORT.match(rest)
    if match is None:
        return Quantity()
    word = match.group(0).strip()
    sign_follows = _SIGN_AFTER.match(rest[match.end() :]) is not None
    if not (currency or sign_follows or word in ("bn", "tn")):
        return Quantity()
    return Quantity(match.end(), scale=SHORT_SCALES[word])


def _currency(rest: str, lexicon: Lexicon) -> Quantity:
    """Return the currency written after an amount ("€", "d'euros", "million pounds")."""
    sign = _SIGN_AFTER.match(rest)
    if sign is not None:
        return Quantity(sign.end(), SYMBOLS[sign.group(0).strip()])
    word = _suffixes(lexicon)[2].match(rest)
    if word is None:
        return Quantity()
    return Quantity(word.end(), lexicon.currencies[word.group(1).lower()])


def read_suffix(rest: str, lexicon: Lexicon, currency: bool = False) -> Quantity:
    """Return what follows a number: ordinal ending, scale, percent sign or currency."""
    ordinal = _ORDINAL.match(rest)
    if ordinal is not None:
        return Quantity(ordinal.end(), ordinal=True)
    scale_word, percent, _ = _suffixes(lexicon)
    read = _short_scale(rest, currency)
    word = scale_word.match(rest, read.length) if read.scale == 1 else None
    if word is not None:
        scale = lexicon.multipliers[word.group(0).strip().lower()]
        read = Quantity(word.end(), scale=scale)
    sign = percent.match(rest, read.length)
    if sign is not None:
        return Quantity(sign.end(), "%", read.scale)
    money = _currency(rest[read.length :], lexicon)
    return Quantity(read.length + money.length, money.unit, read.scale)
