"""AC201/AC202: figures that differ between the two sentences of an aligned pair."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from align_check.checks.figures import find_figures
from align_check.checks.languages import lexicon_for
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
        numbered = sentence.kind in ("heading", "item")
        figures += find_figures(sentence.text, document.lang, numbered, words)
    return figures


def match_figures(source: list[Figure], target: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """Return the figures of each side that have no counterpart on the other side."""
    source, target = list(source), list(target)
    for same in (_exact, _readable, _near):
        for figure in list(source):
            partner = next((other for other in target if _pairable(same, figure, other)), None)
            if partner is not None:
                source.remove(figure)
                target.remove(partner)
    return source, target


def _pairable(same: Match, first: Figure, second: Figure) -> bool:
    """Return True when two figures say the same thing by a given test."""
    return same(first, second) and units_agree(first, second)


def _reportable(figures: list[Figure]) -> list[Figure]:
    """Return the figures whose absence means something (not vague, not a bare year)."""
    return [figure for figure in figures if figure.kind != "vague" and not figure.yearlike]


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


def _missing(figure: Figure, sides: tuple[Side, Side], bead: Bead, in_source: bool) -> Finding:
    """Return the finding for a figure written on one side only."""
    here, there = sides if in_source else sides[::-1]
    message = f"figure {figure.text} in the {here.name} is missing from the {there.name}"
    marks = ((figure.text,), ()) if in_source else ((), (figure.text,))
    return finding("AC201", message, bead, marks)


def readable(source: Document, target: Document) -> bool:
    """Return True when both languages have tables, so figures in words can be compared."""
    return all(lexicon_for(doc.language).cardinals for doc in (source, target))


def check_numbers(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report figures that differ, or are written on one side only, in aligned pairs."""
    words = readable(source, target)
    for bead in two_sided(beads):
        sides = (side(source, bead.source), side(target, bead.target))
        left, right = match_figures(
            [f for f in side_figures(source, bead.source, words) if words or f.hard],
            [f for f in side_figures(target, bead.target, words) if words or f.hard],
        )
        pairs, left, right = pair_leftovers(_reportable(left), _reportable(right))
        for first, second in pairs:
            yield _changed(first, second, sides, bead)
        yield from (_missing(figure, sides, bead, True) for figure in left if figure.hard)
        yield from (_missing(figure, sides, bead, False) for figure in right if figure.hard)
