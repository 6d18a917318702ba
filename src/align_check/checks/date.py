"""AC211/AC212: dates that differ within an aligned pair; a year given on one side only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from align_check.checks.dates import DateMention, find_dates
from align_check.checks.figures import find_figures
from align_check.checks.languages import lexicon_for
from align_check.checks.number import side_figures
from align_check.checks.pairs import Side, finding, fold, side, two_sided
from align_check.model import Bead, Document, Finding

_PARTS = ("day", "month", "year", "weekday")
_NUMERIC = re.compile(r"[\d\s/.-]+")


def _year_of(date: DateMention) -> DateMention | None:
    """Return a written date reduced to its year, for a language pair without month tables."""
    if _NUMERIC.fullmatch(date.text):
        return date
    return DateMention(date.text, date.start, date.end, year=date.year) if date.year else None


def side_dates(document: Document, ids: Iterable[int], written: bool = True) -> list[DateMention]:
    """Return the dates of some sentences, bare years ("en 2015") included, in order; with
    written=False, written dates count by their year only."""
    dates: list[DateMention] = []
    for index in ids:
        text = document.sentences[index].text
        found = list(find_dates(fold(text), document.lang))
        if not written:
            found = [year for year in map(_year_of, found) if year is not None]
        years = [figure for figure in find_figures(text, document.lang) if figure.yearlike]
        found += [DateMention(y.text, y.start, y.end, year=int(y.value)) for y in years]
        dates += [replace(date, text=text[date.start : date.end]) for date in found]
    return dates


def _conflict(first: DateMention, second: DateMention) -> bool:
    """Return True when two dates give different values for the same part."""
    pairs = ((getattr(first, part), getattr(second, part)) for part in _PARTS)
    return any(a is not None and b is not None and a != b for a, b in pairs)


def _one_sided_parts(first: DateMention, second: DateMention) -> set[str]:
    """Return the parts (day, month, year) that only one of two dates gives."""
    return {p for p in _PARTS[:3] if (getattr(first, p) is None) != (getattr(second, p) is None)}


def _year_only(date: DateMention) -> bool:
    """Return True for a bare year ("en 2015")."""
    return date.day is None and date.month is None


def _pair_dates(
    source: list[DateMention], target: list[DateMention]
) -> tuple[list[tuple[DateMention, DateMention]], list[DateMention], list[DateMention]]:
    """Pair dates that agree fully, then those that agree where both say something, then the
    rest in reading order; return the imperfect pairs and what is left on each side."""
    pairs: list[tuple[DateMention, DateMention]] = []
    source, target = list(source), list(target)
    for strict in (True, False, None):
        for date in list(source):
            partner = next((o for o in target if _pairs_with(date, o, strict)), None)
            if partner is None:
                continue
            source.remove(date)
            target.remove(partner)
            if _conflict(date, partner) or _one_sided_parts(date, partner):
                pairs.append((date, partner))
    return pairs, source, target


def _pairs_with(first: DateMention, second: DateMention, strict: bool | None) -> bool:
    """Return True when two dates pair at a given strictness (None pairs any two dates)."""
    if strict is None:
        return _year_only(first) == _year_only(second)
    agree = not _conflict(first, second)
    return agree and (not strict or not _one_sided_parts(first, second))


def _differs(
    first: DateMention, second: DateMention, sides: tuple[Side, Side], bead: Bead
) -> Finding:
    """Return the finding for two paired dates that do not say the same thing."""
    source, target = sides
    message = f"date {first.text} in the {source.name} has {second.text} in the {target.name}"
    parts = _one_sided_parts(first, second)
    year_only = not _conflict(first, second) and (
        parts == {"year"} or _year_only(first) or _year_only(second)
    )
    code = "AC212" if year_only else "AC211"
    if year_only:
        message += ": the year is given on one side only"
    return finding(code, message, bead, ((first.text,), (second.text,)))


def _year_apart(
    first: DateMention, second: DateMention, others: list[DateMention]
) -> DateMention | None:
    """Return the bare year that the side of two dates lacking a year writes apart, when it is
    all that differs ("avril 2023" = "April Fool's Day, 2023"): the same year is no finding,
    another year is a date that differs. ``others`` are the dates left over on that side."""
    if _conflict(first, second) or _one_sided_parts(first, second) != {"year"}:
        return None
    return next((other for other in others if _year_only(other)), None)


def _known_year(date: DateMention, dates: list[DateMention], numbers: set[int]) -> bool:
    """Return True when a bare year is written on the other side, in a date or as a figure."""
    return date.year in numbers or any(other.year == date.year for other in dates)


def _alone(date: DateMention, sides: tuple[Side, Side], bead: Bead, in_source: bool) -> Finding:
    """Return the finding for a date written on one side only."""
    here, there = sides if in_source else sides[::-1]
    what = "year" if _year_only(date) else "date"
    message = f"{what} {date.text} in the {here.name} is missing from the {there.name}"
    marks = ((date.text,), ()) if in_source else ((), (date.text,))
    return finding("AC212" if _year_only(date) else "AC211", message, bead, marks)


def _numbers(document: Document, ids: Iterable[int]) -> set[int]:
    """Return the whole-number values of the figures of some sentences."""
    return {int(v) for f in side_figures(document, ids) for v in f.values if v == int(v)}


def check_dates(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report dates that differ, or are written on one side only, in aligned pairs."""
    written = all(lexicon_for(doc.language).months for doc in (source, target))
    for bead in two_sided(beads):
        yield from _bead_dates(source, target, bead, written)


def _bead_dates(source: Document, target: Document, bead: Bead, written: bool) -> Iterator[Finding]:
    """Yield the date findings of one aligned pair."""
    sides = (side(source, bead.source), side(target, bead.target))
    left = side_dates(source, bead.source, written)
    right = side_dates(target, bead.target, written)
    pairs, lone_left, lone_right = _pair_dates(left, right)
    for first, second in pairs:
        lone = lone_right if first.year else lone_left  # the side lacking the year
        apart = _year_apart(first, second, lone)
        if apart is None:
            yield _differs(first, second, sides, bead)
            continue
        lone.remove(apart)
        if apart.year != (first.year or second.year):
            yield _differs(*((first, apart) if first.year else (apart, second)), sides, bead)
    yield from _lone(lone_left, right, (target, bead.target), sides, bead, True)
    yield from _lone(lone_right, left, (source, bead.source), sides, bead, False)


def _lone(
    dates: list[DateMention],
    others: list[DateMention],
    other: tuple[Document, tuple[int, ...]],
    sides: tuple[Side, Side],
    bead: Bead,
    in_source: bool,
) -> Iterator[Finding]:
    """Yield findings for dates on one side only, unless a bare year is on the other side."""
    numbers = _numbers(*other)
    for date in dates:
        if not (_year_only(date) and _known_year(date, others, numbers)):
            yield _alone(date, sides, bead, in_source)
