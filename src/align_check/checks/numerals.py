"""Figures written in words ("deux", "quatre-vingt-dix", "two million", "Ninth") or in Roman
numerals ("Dublin III", "XIXe")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from align_check.checks.lexicon import Lexicon
from align_check.checks.quantities import Figure, read_suffix

_WORD = re.compile(r"[^\W\d_]+")
_JOIN = re.compile(r"[\s-]+")
_ROMAN = re.compile(
    r"(?<![\w'-])(?<![^\W\d_]\.)(?P<r>[IVX]{1,6})(?P<o>ᵉʳ|ᵉ|er|ème|e)?(?![\w'-])(?!\.[^\W\d_])"
)
"""A Roman numeral, not a letter of a dotted abbreviation ("C.V.", "V.O.")."""
_VALID_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """Return the value of a Roman numeral made of I, V and X."""
    values = [_ROMAN_VALUES[char] for char in numeral]
    pairs = zip(values, [*values[1:], 0], strict=True)
    return sum(-value if value < after else value for value, after in pairs)


def _roman(masked: str, original: str) -> Iterator[Figure]:
    """Yield Roman numerals that stand for a number ("Dublin III", "XIXe siècle")."""
    for match in _ROMAN.finditer(masked):
        numeral = match.group("r")
        previous = masked[: match.start()].rstrip().rpartition(" ")[2]
        named = len(numeral) >= 2 or (numeral != "I" and previous[:1].isupper())
        if _VALID_ROMAN.fullmatch(numeral) and named:
            value = Decimal(roman_value(numeral))
            yield _exact(original, match.start(), match.end(), value, ordinal=bool(match["o"]))


def _runs(masked: str, lexicon: Lexicon) -> Iterator[list[re.Match[str]]]:
    """Yield runs of number words joined only by spaces or hyphens."""
    vocabulary = {*lexicon.cardinals, *lexicon.multipliers, *lexicon.joiners}
    run: list[re.Match[str]] = []
    for match in _WORD.finditer(masked):
        joined = bool(run) and _JOIN.fullmatch(masked[run[-1].end() : match.start()]) is not None
        if run and not joined:
            yield run
            run = []
        if match.group(0).lower() in vocabulary:
            run.append(match)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _trim(run: list[re.Match[str]], lexicon: Lexicon) -> list[re.Match[str]]:
    """Return a run without joiners at its ends, nor an article that is not a number."""
    words = [match.group(0).lower() for match in run]
    while words and words[-1] in lexicon.joiners:
        words, run = words[:-1], run[:-1]
    while words and (words[0] in lexicon.joiners or _article(words, lexicon)):
        words, run = words[1:], run[1:]
    return run


_RANGE_TO_A_NUMBER = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+|\d+)")


def _counted(run: list[re.Match[str]], masked: str, lexicon: Lexicon) -> bool:
    """True for "un" or "une" alone that opens a range of numbers ("un à deux mois", "une
    à trois puces"): the number one, not an article."""
    if len(run) != 1 or run[0].group(0).lower() not in lexicon.articles_one:
        return False
    after = _RANGE_TO_A_NUMBER.match(masked, run[0].end())
    if after is None or after.group(1).lower() not in lexicon.range_links:
        return False
    return after.group(2).isdigit() or after.group(2).lower() in lexicon.cardinals


def _article(words: list[str], lexicon: Lexicon) -> bool:
    """Return True when a run opens with "un", "one" or "a" used as an article."""
    return words[0] in lexicon.articles_one and (
        len(words) == 1 or words[1] not in lexicon.multipliers
    )


def words_value(words: list[str], lexicon: Lexicon) -> int:
    """Return the value of number words ("quatre-vingt-dix" = 90, "two thousand" = 2000)."""
    total = current = 0
    previous: int | None = None
    for word in (word for word in words if word not in lexicon.joiners):
        if word in lexicon.multipliers:
            scale, previous = lexicon.multipliers[word], None
            if scale < 1000:
                current = max(current, 1) * scale
            else:
                total, current = total + max(current, 1) * scale, 0
            continue
        value = lexicon.cardinals[word]
        times = previous is not None and previous < 10 <= 20 <= value
        current += value * previous - previous if times and previous else value
        previous = value
    return total + current


def _run_figure(run: list[re.Match[str]], masked: str, original: str, lexicon: Lexicon) -> Figure:
    """Return the figure a run of number words gives, with its unit."""
    words = [match.group(0).lower() for match in run]
    start, end = run[0].start(), run[-1].end()
    value = Decimal(words_value(words, lexicon))
    last = lexicon.multipliers.get(words[-1], 1)
    kind = "vague" if len(words) == 1 and last >= 100 and words[0].endswith("s") else "words"
    after = read_suffix(masked[end:], lexicon)
    end += after.length
    scale = last if last >= 1000 else 1
    return _exact(original, start, end, value, unit=after.unit, kind=kind, scale=scale)


def _single_words(masked: str, original: str, lexicon: Lexicon) -> Iterator[Figure]:
    """Yield ordinals in words ("Ninth") and vague amounts ("une centaine", "dozens")."""
    for match in _WORD.finditer(masked):
        word = match.group(0).lower()
        number = lexicon.ordinals.get(word) or lexicon.vague.get(word)
        if number is not None:
            ordinal = word in lexicon.ordinals
            kind = "words" if ordinal else "vague"
            yield _exact(
                original, match.start(), match.end(), Decimal(number), ordinal=ordinal, kind=kind
            )


def _exact(original: str, start: int, end: int, value: Decimal, **details: Any) -> Figure:
    """A figure with one value, written at original[start:end]."""
    return Figure(original[start:end], start, end, value, frozenset({value}), **details)


def find_numerals(masked: str, original: str, lexicon: Lexicon) -> list[Figure]:
    """Return the figures written in words or Roman numerals in a (masked) sentence."""
    figures = list(_roman(masked, original))
    for run in _runs(masked, lexicon):
        trimmed = run if _counted(run, masked, lexicon) else _trim(run, lexicon)
        if trimmed and not (figures and trimmed[0].start() < figures[-1].end):
            figures.append(_run_figure(trimmed, masked, original, lexicon))
    taken = [(figure.start, figure.end) for figure in figures]
    for figure in _single_words(masked, original, lexicon):
        if not any(start <= figure.start < end for start, end in taken):
            figures.append(figure)
    return figures
