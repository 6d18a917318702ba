"""Figures written in a sentence, read the way its language writes them.

"1.000" and "1 000" in French are "1,000" in English; "31,4" is "31.4"; "100 millions
d'euros" is "€100m"; "deux" is "2"; "9e" is "9th". Dates, times of day, web
addresses and a heading's own numbering ("1.") are not figures.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from align_check.checks.dates import find_dates
from align_check.checks.languages import lexicon_for
from align_check.checks.lexicon import Lexicon
from align_check.checks.memo import per_text
from align_check.checks.numerals import find_numerals
from align_check.checks.pairs import WEB, fold
from align_check.checks.quantities import Figure, alternation, read_prefix, read_suffix

_NUMBER = re.compile(
    r"(?<![^\W\d_])(?<![\d.,])"
    r"(\d{1,3}(?P<group>[ .,])\d{3}(?:(?P=group)\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
)
_REFERENCE = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,3}){2,}(?![\w]|[.,]\d)")
"""Digits parted by two dots or more: a clause, section or version number ("4.2.1",
"1.4.10"), read whole; "1.000.000" (groups of three) stays a figure with thousands."""
_FRACTION = re.compile(
    r"(?<![\w.,/])(?:(?P<whole>\d{1,3})\s?)?(?:(?P<glyph>[\u00bc-\u00be\u2150-\u215e])|"
    r"(?P<top>\d{1,2})[/\u2044](?P<bottom>\d{1,2})(?![\d/]))"
)
"""A fraction, as digits ("1/4", "3/8") or one character ("¼", "1½"); "24/7" and dates
("3/5/2020") are not."""
_RATIO = re.compile(
    r"(?<![\w.,:])\d{1,3}(?:[.,]\d{1,2})?(?::\d{1,3}(?:[.,]\d{1,2})?)+(?![\w:]|[.,]\d)"
)
"""A ratio ("4.5:1", "16:9", "4:5:1"), read whole; a time ("14:30") is read before it."""
_IN_A_NAME = re.compile(
    r"(?<![\w-])(?:[^\W\d_]{2,}-\d+[^\W\d_]*|\d+-[A-Z]{2,}|[^\W\d_]{2,}\d+(?:\.\d+)*)(?![\w-])"
)
"""Digits joined to letters by a hyphen, or written against them, are part of a name or a
compound word, not a figure of the text: "COVID-19", "2-FA", "WCAG2.1", "remarque2"
("2-clause", "10-year" stay figures)."""
_NAME_PARTS = re.compile(r"([^\W\d_]*)-?(\d+(?:\.\d+)*)-?([^\W\d_]*)")
_LABEL = re.compile(r"(?<![\w-])([^\W\d_]{2,}) $")
_FISCAL = re.compile(r"(?<![\d.,])((?:19|20)\d\d)\s?[-–/]\s?(\d{4}|\d{2})(?![\d.,]?\d)")
"""A fiscal or school year, "2017-18" or "2017-2018": its second year is the first's next."""


def _next_year(match: re.Match[str]) -> bool:
    first, second = int(match.group(1)), match.group(2)
    return int(second) == (first + 1) % 100 if len(second) == 2 else int(second) == first + 1


_NUMBERING = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[IVXivx]{1,6})[.)]\s+(?=[^\W\d_])")
_SECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+")
_TITLED_SECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
_CLAUSE = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3}){2,}\.?(?:\s+|$)")
"""A clause number opening a sentence ("6.2.1 RTT provision", "4.2.1."): its numbering,
whatever follows (a decimal has one dot only)."""
_SUBSECTION = re.compile(r"^\s*[^\s\d(]*\d\S*\s+\(\d{1,2}\)\s+")
"""A section's identifier and a subsection's number opening a sentence ("C.03.318 (1)
Subject to"): both are the statute's numbering."""
_STATUTE_SECTION = re.compile(
    r"^\s*\d{1,3}(?:\.\d{1,2})?(?:\s+\(\d{1,2}\))?\s+(?=[A-ZÀ-ÖØ-Þ](?:[a-zß-ÿ']|\s))"
)
"""A section number opening a statute's sentence ("2 In this Act", "3 (1) La politique"):
official style never opens a sentence of content with digits, so digits followed by a
capitalised word are the section's numbering, not a figure."""
_TIMES = (
    re.compile(r"(?<![\w.,])(?P<h>[01]?\d|2[0-3])\s?h\s?(?P<m>[0-5]\d)?(?!\w)"),
    re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<p>[ap]\.?m\.?))?"),
    re.compile(r"(?<![\w.,])(?P<h>1[0-2]|0?\d)(?:\.(?P<m>[0-5]\d))?\s?(?P<p>[ap]\.?m\.?)(?!\w)"),
)


def read_digits(raw: str, decimal_comma: bool | None) -> tuple[Decimal, frozenset[Decimal]]:
    """Return the value of a digit string in a language's format, and every other reading.

    The language's own grouping mark ("1.000" in French, "1,000" in English) groups; its
    decimal mark before three digits may be the other convention's grouping.
    """
    digits = raw.replace(" ", "")
    marks = [char for char in digits if char in ".,"]
    if not marks:
        return Decimal(digits), frozenset({Decimal(digits)})
    if len(set(marks)) == 2:
        whole, _, decimals = digits.replace(",", ".").rpartition(".")
        value = Decimal(whole.replace(".", "") + "." + decimals)
        return value, frozenset({value})
    mark = marks[0]
    grouped = Decimal(digits.replace(mark, ""))
    if len(marks) > 1:
        return grouped, frozenset({grouped})
    decimal = Decimal(digits.replace(mark, "."))
    if len(digits.rpartition(mark)[2]) != 3:
        return decimal, frozenset({decimal})
    if decimal_comma is None:
        return grouped, frozenset({decimal, grouped})
    if (mark == ",") != decimal_comma:
        return grouped, frozenset({grouped})
    return decimal, frozenset({decimal, grouped})


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Return text with the given spans blanked out, same length."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def opening_number(text: str, numbered: bool = False) -> str:
    """The digits of the numbering a sentence opens with, read as numbering, not a figure
    ("3" of "3 (1) La politique", "8.3" of "8.3 Stationary ICT"); "" when none."""
    spans = _leading_number(fold(text), numbered)
    if not spans:
        return ""
    start, end = spans[0]
    digits = re.match(r"\D*(\d[\d.]*\d|\d)", text[start:end])
    return digits.group(1) if digits else ""


def _leading_number(text: str, numbered: bool) -> list[tuple[int, int]]:
    """Return the span of a heading's or list item's own numbering, if any."""
    section = _SECTION if numbered else _TITLED_SECTION
    match = _NUMBERING.match(text) or section.match(text) or _STATUTE_SECTION.match(text)
    match = match or _SUBSECTION.match(text)
    clause = _CLAUSE.match(text)
    if not match and clause and not _grouped(clause.group().strip().rstrip(".")):
        match = clause
    return [(match.start(), match.end())] if match else []


def _reference(match: re.Match[str], original: str) -> Figure | None:
    """A clause or section number as one figure whose value stands for its parts ("4.2.1"
    and "4.2.10" differ); None for thousands grouped by dots ("1.000.000")."""
    if _grouped(match.group()):
        return None
    value = Decimal("".join(part.zfill(3) for part in match.group().split(".")))
    text = original[match.start() : match.end()]
    return Figure(text, match.start(), match.end(), value, frozenset({value}), unit="reference")


def _ratio(match: re.Match[str], original: str, lexicon: Lexicon) -> Figure:
    """A ratio as one figure whose value stands for its terms ("4,5:1" and "4.5:1" are one
    ratio, "4:5:1" another)."""
    terms = [read_digits(term, lexicon.decimal_comma)[0] for term in match.group().split(":")]
    code = ":".join(str(term.normalize()) for term in terms)
    value = Decimal(int.from_bytes(hashlib.blake2b(code.encode(), digest_size=6).digest(), "big"))
    text = original[match.start() : match.end()]
    return Figure(text, match.start(), match.end(), value, frozenset({value}), unit="ratio")


def _fraction(match: re.Match[str], original: str) -> Figure | None:
    """A fraction's value ("1/4" and "¼" are 0.25, "1½" 1.5); None for what only looks
    like one (a numerator not below its denominator: "24/7", "5/3")."""
    if match["glyph"]:
        part = Decimal(str(unicodedata.numeric(match["glyph"])))
    else:
        top, bottom = int(match["top"]), int(match["bottom"])
        if not 0 < top < bottom:
            return None
        part = Decimal(top) / Decimal(bottom)
    value = (Decimal(match["whole"]) if match["whole"] else Decimal(0)) + part
    value = value.quantize(Decimal("0.0001")).normalize()
    text = original[match.start() : match.end()]
    return Figure(text, match.start(), match.end(), value, frozenset({value}))


def _grouped(digits: str) -> bool:
    """True for thousands grouped by dots ("1.000.000"): every part after the first has three
    digits."""
    return all(len(part) == 3 for part in digits.split(".")[1:])


def _time(match: re.Match[str], original: str) -> Figure:
    """Return a time of day as a figure in minutes ("14h30" = "2.30pm")."""
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    after_noon = "p" in (match.groupdict().get("p") or "")
    minutes = Decimal((hour % 12 + 12 if after_noon else hour) * 60 + minute)
    values = {minutes} | ({minutes / 60} if match.group("m") is None else set())
    text = original[match.start() : match.end()]
    return Figure(text, match.start(), match.end(), minutes, frozenset(values), unit="time")


def _digit_figure(match: re.Match[str], masked: str, original: str, lexicon: Lexicon) -> Figure:
    """Return the figure a digit string starts, with what it carries around it."""
    value, values = read_digits(match.group(1), lexicon.decimal_comma)
    before = read_prefix(masked[: match.start()])
    after = read_suffix(masked[match.end() :], lexicon, currency=before.unit is not None)
    unit = before.unit or after.unit
    scale = after.scale
    start, end = match.start() - before.length, match.end() + after.length
    yearlike = (
        len(match.group(1)) == 4
        and match.group(1).isdigit()
        and 1900 <= value <= 2100
        and unit is None
        and scale == 1
        and not after.ordinal
    )
    return Figure(
        original[start:end],
        start,
        end,
        value * scale,
        frozenset(v * scale for v in values),
        unit,
        after.ordinal,
        "digits",
        scale,
        yearlike,
    )


def _ranges(figures: list[Figure], text: str, lexicon: Lexicon) -> list[Figure]:
    """Give the first figure of a range the unit and scale of the second ("15 à 20 millions")."""
    result = list(figures)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if _is_range(text, first, second, lexicon):
            result[index] = _inherit(first, second)
            result[index + 1] = _abridged(first, second)
    return result


def _abridged(first: Figure, second: Figure) -> Figure:
    """The end of a range written short also read whole: "pages 727–28" ends at 728."""
    digits = len(second.text.strip())
    if not (first.bare and second.bare and second.text.strip().isdigit()):
        return second
    if second.value >= first.value or digits >= len(str(int(first.value))):
        return second
    whole = first.value - first.value % 10**digits + second.value
    if whole <= first.value:
        return second
    return replace(second, values=second.values | {whole})


def _is_range(text: str, first: Figure, second: Figure, lexicon: Lexicon) -> bool:
    """Return True when two figures are the ends of one range."""
    gap = text[first.end : second.start].strip().lower()
    if gap == "-":
        return True
    if gap not in lexicon.range_links:
        return False
    opening = text[: first.start].rstrip().rpartition(" ")[2].lower()
    return gap not in lexicon.joiners or opening in lexicon.range_starts


def _inherit(first: Figure, second: Figure) -> Figure:
    """Return the first figure of a range read with the second one's unit and scale."""
    values = set(first.values)
    if first.scale == 1 and second.scale > 1:
        values |= {value * second.scale for value in first.values}
    thousands = second.value >= 1000 and second.value % 1000 == 0
    if first.scale == 1 and first.value < 1000 and thousands:
        values |= {value * 1000 for value in first.values if value * 1000 <= second.value}
    return replace(first, values=frozenset(values), unit=first.unit or second.unit)


def name_digits(text: str) -> frozenset[tuple[str, str]]:
    """Return the names with digits of a sentence as (word, digits), lower case ("covid",
    "19" of "COVID-19"): the same name written with a space on the other side ("COVID 19")
    reads its digits as a figure."""
    found = set()
    for name in _IN_A_NAME.finditer(fold(text)):
        for before, digits, after in _NAME_PARTS.findall(name.group(0)):
            found.add(((before or after).lower(), digits))
    return frozenset(found)


def _labelled(figures: list[Figure], plain: str) -> list[Figure]:
    """Give each figure the word written just before it, lower case ("COVID 19")."""
    result = []
    for figure in figures:
        match = _LABEL.search(plain[: figure.start][-40:])
        result.append(replace(figure, label=match.group(1).lower()) if match else figure)
    return result


@lru_cache(maxsize=16)
def _bound_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A language's qualifiers bounding a figure, matched where the figure starts."""
    phrases = alternation(list(lexicon.bounds)) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{phrases})\s*$", re.IGNORECASE)


def _bounds(figures: list[Figure], plain: str, text: str, lexicon: Lexicon) -> list[Figure]:
    """Give each figure the direction of the qualifier written just before it ("plus de deux
    millions" above, "almost two million" below, "environ 100" about)."""
    pattern = _bound_pattern(lexicon)
    result = []
    for figure in figures:
        match = pattern.search(plain[: figure.start][-40:])
        if match is None:
            result.append(figure)
            continue
        start = figure.start - (len(plain[: figure.start][-40:]) - match.start())
        phrase = " ".join(match.group(0).lower().split())
        bound = lexicon.bounds[phrase]
        if _negated(plain[:start], lexicon):
            bound = _OPPOSITE.get(bound, bound)
        result.append(replace(figure, bound=bound, qualified=text[start : figure.end]))
    return result


_OPPOSITE = {"above": "below", "below": "above"}


def _negated(before: str, lexicon: Lexicon) -> bool:
    """True when a negation stands just before a qualifier, whose bound it turns round:
    "shall not involve more than 30" is at most 30, "n'est pas inférieur à" at least."""
    words = before.lower().split()[-3:]
    ending = lexicon.negation_ending
    return any(
        word in lexicon.negation_words or (ending and word.endswith(ending)) for word in words
    )


def find_figures(
    text: str, lang: str, numbered: bool = False, written_dates: bool = True
) -> tuple[Figure, ...]:
    """Return the figures of one sentence (its text as written), in reading order."""
    return _figures(text, lang, numbered, written_dates)


@per_text
def _figures(text: str, lang: str, numbered: bool, written_dates: bool) -> tuple[Figure, ...]:
    """find_figures, cached with every argument given, however the caller wrote the call."""
    lexicon = lexicon_for(lang)
    plain = fold(text)
    spans = [match.span() for match in WEB.finditer(plain)] + _leading_number(plain, numbered)
    spans += [match.span() for match in _IN_A_NAME.finditer(plain)]
    spans += [match.span(2) for match in _FISCAL.finditer(plain) if _next_year(match)]
    dates = find_dates(plain, lang) if written_dates else find_dates(plain, "")
    spans += [(date.start, date.end) for date in dates]
    masked = _mask(plain, spans)
    references = (_reference(match, text) for match in _REFERENCE.finditer(masked))
    figures = [figure for figure in references if figure is not None]
    fractions = (_fraction(match, text) for match in _FRACTION.finditer(masked))
    figures += [figure for figure in fractions if figure is not None]
    masked = _mask(masked, [(figure.start, figure.end) for figure in figures])
    figures += [_time(match, text) for pattern in _TIMES for match in pattern.finditer(masked)]
    masked = _mask(masked, [(figure.start, figure.end) for figure in figures])
    figures += [_ratio(match, text, lexicon) for match in _RATIO.finditer(masked)]
    masked = _mask(masked, [(figure.start, figure.end) for figure in figures])
    for match in _NUMBER.finditer(masked):
        figures.append(_digit_figure(match, masked, text, lexicon))
    masked = _mask(masked, [(figure.start, figure.end) for figure in figures])
    figures += find_numerals(masked, text, lexicon)
    figures.sort(key=lambda figure: figure.start)
    figures = _labelled(_ranges(figures, plain, lexicon), plain)
    return tuple(_bounds(figures, plain, text, lexicon))
