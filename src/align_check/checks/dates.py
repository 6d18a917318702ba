"""Dates written in a sentence: "30 août 2016", "August 30, 2016", "30/08/2016", "août 2015"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from align_check.checks.languages import lexicon_for
from align_check.checks.lexicon import Lexicon
from align_check.checks.memo import per_text

_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:er|ᵉʳ|st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>1\d{3}|2\d{3})(?![\d.,]\d)"
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/.-]?\d)"
)


_MIDDLE = re.compile(
    r"(?<![\w-])(?:mid-|mi-|(?:the\s+)?(?:middle|end|beginning|start)\s+of\s+|(?:early|late)\s+)$",
    re.IGNORECASE,
)
""""mid-March", "the middle of March", "late May", "mi-mars": part of a month, so a month,
whatever else the word means."""

_DAY_BEFORE = re.compile(
    r"(?<![\d/.,-])(?P<day>[12]\d|3[01]|0?[1-9])(?:er)?\s*(?:au|à|et|ou|and|or|-|–|,)\s*$"
)
"""A day before one that carries the month: the first of a range ("du 4 au 17 juillet") or
of days listed ("les 8, 9 et 10 mars", "on 8 and 9 March")."""
_DAY_AFTER = re.compile(
    r"^\s*(?:to|through|and|or|et|ou|-|–)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?![\d/.:])"
)
"""A day after one that carries the month: the end of a range ("July 4 to 17") or a day
listed ("March 8 and 9, 2012")."""
_YEAR_AFTER = re.compile(r"^,?\s*(?P<year>1\d{3}|2\d{3})(?!\d)")


@dataclass(frozen=True)
class DateMention:
    """A date as written, with the parts it gives (None for a part it leaves out)."""

    text: str
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None


def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of words, longest first, dots taken literally."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word) + ("" if word.endswith(".") else r"\b") for word in ordered)


@lru_cache(maxsize=16)
def _patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """Return the written-date patterns of a language, most precise first."""
    lexicon = lexicon_for(code)
    if not lexicon.months:
        return ()
    month = rf"(?P<month>{_alternation(lexicon.months)})"
    weekday = rf"(?:(?P<weekday>{_alternation(lexicon.weekdays)}),?\s+)?"
    links = "".join(rf"(?:{re.escape(word)}\s+)?" for word in sorted(lexicon.day_links))
    forms = [
        rf"{weekday}(?:{links})?{_DAY}\s+(?:of\s+)?{month}(?:,?\s+{_YEAR})?",
        rf"{weekday}{month}\s+{_DAY}(?:,?\s+{_YEAR})?",
        rf"{month}\s+(?:de\s+|of\s+)?{_YEAR}",
        month,
    ]
    return tuple(re.compile(rf"(?<![\w]){form}", re.IGNORECASE) for form in forms)


def _written(match: re.Match[str], lexicon: Lexicon) -> DateMention | None:
    """Return the date a written-date match gives, or None when it is not a date."""
    groups = match.groupdict()
    word = groups["month"]
    lone = match.group(0) == word
    if lexicon.capital_months and not word[0].isupper():
        return None
    if (
        lone
        and word.lower() in lexicon.risky_months
        and not _MIDDLE.search(match.string, 0, match.start())
    ):
        return None
    weekday = groups.get("weekday")
    return DateMention(
        match.group(0),
        match.start(),
        match.end(),
        day=int(groups["day"]) if groups.get("day") else None,
        month=lexicon.months[word.lower()],
        year=int(groups["year"]) if groups.get("year") else None,
        weekday=lexicon.weekdays[weekday.lower()] if weekday else None,
    )


def _numeric(match: re.Match[str], month_first: bool) -> DateMention | None:
    """Return the date of a numeric match (day first unless the language says otherwise)."""
    if match.group("iy"):
        year, month, day = (int(match.group(name)) for name in ("iy", "im", "id"))
    else:
        first, second, year = (int(match.group(name)) for name in ("a", "b", "y"))
        day, month = (second, first) if month_first or second > 12 else (first, second)
        year += 2000 if year < 50 else 1900 if year < 100 else 0
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateMention(match.group(0), match.start(), match.end(), day, month, year)


def _overlaps(start: int, end: int, taken: list[DateMention]) -> bool:
    """Return True when a span overlaps a date already found."""
    return any(start < other.end and other.start < end for other in taken)


def _scan(text: str, code: str) -> Iterator[DateMention | None]:
    """Yield candidate dates of a text, numeric forms first, then written forms."""
    month_first = code.endswith("-us")
    for match in _NUMERIC.finditer(text):
        yield _numeric(match, month_first)
    lexicon = lexicon_for(code)
    patterns = _patterns(lexicon.code)
    if patterns and patterns[-1].search(text) is None:
        return
    for pattern in patterns:
        for match in pattern.finditer(text):
            yield _written(match, lexicon)


@per_text
def find_dates(text: str, lang: str) -> tuple[DateMention, ...]:
    """Return the dates written in a text (folded, see pairs.fold), in reading order."""
    found: list[DateMention] = []
    for date in _scan(text, lang.lower()):
        if date is not None and not _overlaps(date.start, date.end, found):
            found.append(date)
    for n, date in enumerate(list(found)):
        for end in _range_ends(text, date):
            if not _overlaps(end.start, end.end, found):
                found.append(end)
            if end.start > date.start and date.year is None and end.year is not None:
                found[n] = replace(date, year=end.year)
    return tuple(sorted(found, key=lambda date: date.start))


def _range_ends(text: str, date: DateMention) -> Iterator[DateMention]:
    """The other day of a range of days that shares one month with a date: "du 4 au 17
    juillet 2024" gives 4 July 2024 too, "July 4 to 17, 2024" gives July 17, 2024 (and the year
    to both)."""
    if date.day is None or date.month is None:
        return
    at = date.start
    while before := _DAY_BEFORE.search(text, 0, at):
        start, end = before.span("day")
        yield DateMention(text[start:end], start, end, int(text[start:end]), date.month, date.year)
        at = start
    at = date.end
    while after := _DAY_AFTER.match(text[at:]):
        start, end = at + after.start("day"), at + after.end("day")
        year = _YEAR_AFTER.match(text[end:])
        found = int(year.group("year")) if year else date.year
        yield DateMention(text[start:end], start, end, int(after.group("day")), date.month, found)
        at = end
