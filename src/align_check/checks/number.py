"""AC201/AC202: figures that differ between the two sentences of an aligned pair."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from align_check.checks.figures import find_figures, name_digits, opening_number
from align_check.checks.languages import lexicon_for
from align_check.checks.lexicon import Lexicon
from align_check.checks.pairs import Side, finding, side, two_sided
from align_check.checks.quantities import Figure
from align_check.model import Bead, Document, Finding

Match = Callable[[Figure, Figure], bool]

_NOT_MONEY = (None, "%", "time")


def units_agree(first: Figure, second: Figure) -> bool:
    """Return True unless both figures carry units and the units differ."""
    return first.unit is None or second.unit is None or first.unit == second.unit


def _exact(first: Figure, second: Figure) -> bool:
    """Return True for figures with the same value as first read."""
    return "vague" not in (first.kind, second.kind) and first.value == second.value


def _readable(first: Figure, second: Figure) -> bool:
    """Return True for figures one of whose readings agree ("1.000" and "1,000")."""
    return "vague" not in (first.kind, second.kind) and bool(first.values & second.values)


def _near(first: Figure, second: Figure) -> bool:
    """Return True when a vague amount ("une centaine") may stand for the other figure."""
    vague, other = (first, second) if first.kind == "vague" else (second, first)
    return vague.kind == "vague" and vague.value / 2 <= other.value <= vague.value * 10


def side_figures(document: Document, ids: Iterable[int], words: bool = True) -> list[Figure]:
    """Return the figures of some sentences of a document, in order."""
    figures: list[Figure] = []
    for index in ids:
        sentence = document.sentences[index]
        numbered = sentence.kind in KINDS
        figures += find_figures(sentence.text, document.lang, numbered, words)
    return figures


def _openings(document: Document, ids: Iterable[int]) -> frozenset[str]:
    """The numbers that open sentences of one side as their numbering."""
    found = (
        opening_number(document.sentences[i].text, document.sentences[i].kind in KINDS) for i in ids
    )
    return frozenset(number for number in found if number)


KINDS = ("heading", "item")
"""Units whose opening number is their numbering."""


def _not_numbering(figures: list[Figure], openings: frozenset[str]) -> list[Figure]:
    """The figures that are not the number the other side reads as its numbering ("200,
    promenade Tunney's Pasture" against "200 Tunney's Pasture Driveway")."""
    return [f for f in figures if f.text.strip() not in openings]


def pair_figures(
    source: list[Figure], target: list[Figure]
) -> tuple[list[tuple[Figure, Figure]], list[Figure], list[Figure]]:
    """Pair the figures that say the same thing; return the pairs and what is left each side."""
    source, target = list(source), list(target)
    pairs: list[tuple[Figure, Figure]] = []
    for same in (_exact, _readable, _near):
        for figure in list(source):
            partner = next((other for other in target if _pairable(same, figure, other)), None)
            if partner is not None:
                source.remove(figure)
                target.remove(partner)
                pairs.append((figure, partner))
    return pairs, source, target


def _pairable(same: Match, first: Figure, second: Figure) -> bool:
    """Return True when two figures say the same thing by a given test."""
    return same(first, second) and units_agree(first, second)


def _reportable(figures: list[Figure], names: frozenset[tuple[str, str]]) -> list[Figure]:
    """Return the figures whose absence means something: not vague, not a bare year, not the
    digits of a name the other side writes with a hyphen ("COVID 19" against "COVID-19")."""
    return [
        figure
        for figure in figures
        if figure.kind != "vague" and not figure.yearlike and not _named(figure, names)
    ]


def _named(figure: Figure, names: frozenset[tuple[str, str]]) -> bool:
    """Return True for a bare number that, with the word before it, is a name with digits on
    the other side ("COVID 19" = "COVID-19")."""
    return figure.bare and (figure.label, figure.text.strip()) in names


def _weak(figure: Figure) -> bool:
    """Return True for a figure that makes no sure claim when the other side has none: a whole
    (100 %: "100% say you did" = "absolument") or a small ordinal used as a word ("3rd party" =
    "tiers", "1st line" = "premier niveau")."""
    whole = figure.unit == "%" and figure.value == 100
    return whole or (figure.ordinal and figure.value <= 3)


_OPPOSITE = {("above", "below"), ("below", "above")}
"""Qualifier directions that state different facts about the same figure."""


def _comparable(first: Figure, second: Figure) -> bool:
    """Return True when two leftover figures can be reported as one changed into the other."""
    return first.hard or second.hard or first.ordinal == second.ordinal


def pair_leftovers(
    source: list[Figure], target: list[Figure]
) -> tuple[list[tuple[Figure, Figure]], list[Figure], list[Figure]]:
    """Pair leftover figures in reading order; return the pairs and what is left on each side."""
    pairs: list[tuple[Figure, Figure]] = []
    target = list(target)
    rest: list[Figure] = []
    for figure in source:
        partner = next((other for other in target if _comparable(figure, other)), None)
        if partner is None:
            rest.append(figure)
        else:
            pairs.append((figure, partner))
            target.remove(partner)
    return pairs, rest, target


def _changed(first: Figure, second: Figure, sides: tuple[Side, Side], bead: Bead) -> Finding:
    """Return the finding for a figure of the source that reads otherwise in the target."""
    source, target = sides
    money = first.unit not in _NOT_MONEY and second.unit not in _NOT_MONEY
    if money and first.unit != second.unit and not first.values & second.values:
        message = (
            f"amount {first.text} in the {source.name} has {second.text} in the "
            f"{target.name}: both the amount and the currency differ "
            f"({first.unit}, {second.unit})"
        )
        return finding("AC202", message, bead, ((first.text,), (second.text,)))
    message = f"figure {first.text} in the {source.name} has {second.text} in the {target.name}"
    if first.values & second.values:
        message += f": the currency differs ({first.unit}, {second.unit})"
    return finding("AC201", message, bead, ((first.text,), (second.text,)))


def _bounded(first: Figure, second: Figure, sides: tuple[Side, Side], bead: Bead) -> Finding:
    """Return the finding for one figure bounded in opposite directions ("plus de deux
    millions" against "almost two million")."""
    source, target = sides
    message = (
        f"figure {first.qualified} in the {source.name} has {second.qualified} in the "
        f"{target.name}: the {source.name} puts the number {first.bound} it, the "
        f"{target.name} {second.bound} it"
    )
    return finding("AC201", message, bead, ((first.qualified,), (second.qualified,)))


def _missing(
    figure: Figure, sides: tuple[Side, Side], bead: Bead, in_source: bool, severity: str
) -> Finding:
    """Return the finding for a figure written on one side only, at a given severity."""
    here, there = sides if in_source else sides[::-1]
    message = f"figure {figure.text} in the {here.name} is missing from the {there.name}"
    marks = ((figure.text,), ()) if in_source else ((), (figure.text,))
    return replace(finding("AC201", message, bead, marks), severity=severity)


def one_sided_severity(figure: Figure, headings: bool, lexicon: Lexicon) -> str:
    """Return how sure a figure written on one side only is a divergence: info for a weak one;
    a warning in a pair of headings (shortened freely; the text under them states the fact) or
    for a small count of things the text names ("the 2 terms" = "les termes"); else an error."""
    if _weak(figure):
        return "info"
    return "warning" if headings or _anaphoric(figure, lexicon) else "error"


def _anaphoric(figure: Figure, lexicon: Lexicon) -> bool:
    """Return True for a small count after a definite article or a demonstrative ("the 2
    terms", "ces trois étapes"): it counts things the text has named, the other side names
    them without counting ("les termes"), an explicitation rather than a fact."""
    return figure.bare and figure.value in (2, 3) and figure.label in lexicon.definites


def _headings(source: Document, target: Document, bead: Bead) -> bool:
    """Return True when every sentence on both sides of a bead is a heading."""
    kinds = [source.sentences[i].kind for i in bead.source]
    kinds += [target.sentences[j].kind for j in bead.target]
    return all(kind == "heading" for kind in kinds)


def _names(document: Document, ids: Iterable[int]) -> frozenset[tuple[str, str]]:
    """Return the names with digits of some sentences of a document, as (word, digits)."""
    return frozenset().union(*(name_digits(document.sentences[i].text) for i in ids))


def readable(source: Document, target: Document) -> bool:
    """Return True when both languages have tables, so figures in words can be compared."""
    return all(lexicon_for(doc.language).cardinals for doc in (source, target))


def check_numbers(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report figures that differ, or are written on one side only, in aligned pairs."""
    words = readable(source, target)
    own, other = lexicon_for(source.language), lexicon_for(target.language)
    for bead in two_sided(beads):
        sides = (side(source, bead.source), side(target, bead.target))
        same, left, right = pair_figures(
            [f for f in side_figures(source, bead.source, words) if words or f.hard],
            [f for f in side_figures(target, bead.target, words) if words or f.hard],
        )
        for first, second in same:
            if (first.bound, second.bound) in _OPPOSITE:
                yield _bounded(first, second, sides, bead)
        if not (left or right):
            continue
        left = _reportable(left, _names(target, bead.target))
        right = _reportable(right, _names(source, bead.source))
        left = _not_numbering(left, _openings(target, bead.target))
        right = _not_numbering(right, _openings(source, bead.source))
        pairs, left, right = pair_leftovers(left, right)
        for first, second in pairs:
            yield _changed(first, second, sides, bead)
        headings = _headings(source, target, bead)
        for f in (f for f in left if f.hard):
            yield _missing(f, sides, bead, True, one_sided_severity(f, headings, own))
        for f in (f for f in right if f.hard):
            yield _missing(f, sides, bead, False, one_sided_severity(f, headings, other))
