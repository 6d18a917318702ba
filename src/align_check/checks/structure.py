"""AC601/AC602: lists and numbered headings that differ: an item missing, numbering that skips."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from align_check.checks.languages import lexicon_for
from align_check.checks.numerals import roman_value
from align_check.checks.onesided import SOURCE_CODES, TARGET_CODES
from align_check.checks.pairs import finding, places, two_sided
from align_check.codes import CODES
from align_check.furniture import is_boilerplate
from align_check.model import Bead, Document, Finding

_NUMBER = re.compile(
    r"^\s*\(?(?:(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,3}|[a-z]|[IVX]{1,6})[.)])\s+(?=\S)"
)


@dataclass(frozen=True)
class Item:
    """One item of a list: its block and sentence ids."""

    block: int
    ids: tuple[int, ...]


def lists(document: Document) -> list[list[Item]]:
    """Return the lists of a document: runs of consecutive item units (page furniture aside)."""
    units = [
        Item(block, tuple(i for i, _ in group))
        for block, group in groupby(enumerate(document.sentences), key=lambda p: p[1].block)
    ]

    def listed(unit: Item) -> bool:
        first = document.sentences[unit.ids[0]]
        return first.kind == "item" and not is_boilerplate(first.text)

    return [list(run) for is_item, run in groupby(units, key=listed) if is_item]


Gaps = dict[tuple[bool, int], int]
"""For a sentence (in the source?, id), the last sentence of the other side placed before it."""


def gaps(beads: tuple[Bead, ...]) -> Gaps:
    """Where each sentence's gap on the other side is (-1 at the start), past moved pairs."""
    found: Gaps = {}
    for bead, (last_source, last_target) in zip(beads, places(beads), strict=True):
        found.update({(True, i): last_target for i in bead.source})
        found.update({(False, j): last_source for j in bead.target})
    return found


def _one_side(code: str, message: str, ids: tuple[int, ...], in_source: bool, at: Gaps) -> Finding:
    """Return a finding on sentences of one side, placed on the other side by the alignment."""
    after = at.get((in_source, ids[0]), -1)
    if in_source:
        return Finding(code, CODES[code].severity, message, source=ids, target_after=after)
    return Finding(code, CODES[code].severity, message, target=ids, source_after=after)


def _missing_items(
    document: Document, beads: tuple[Bead, ...], in_source: bool, other: Document, at: Gaps
) -> Iterator[Finding]:
    """Yield a finding for each item of a list whose counterpart list lacks it."""
    here, there = lexicon_for(document.language).name, lexicon_for(other.language).name
    paired = set(_pairs(beads, in_source))
    for items in lists(document):
        kept = [item for item in items if paired & set(item.ids)]
        if not kept:
            continue
        for place, item in enumerate(items, start=1):
            if item not in kept:
                where = document.sentences[items[0].ids[0]].where
                message = (
                    f"item {place} of the {here} list at {where} "
                    f"({len(items)} items) is missing from the {there} list "
                    f"({len(kept)} items)"
                )
                yield _one_side("AC601", message, item.ids, in_source, at)


ONE_SIDED = frozenset(SOURCE_CODES.values()) | frozenset(TARGET_CODES.values())
"""The codes of sentences without counterpart, which already report a missing item's text."""


def without_reported_items(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The findings, but a missing list item (AC601) whose sentences a finding of a sentence
    without counterpart already reports: one divergence, one finding (that finding weighs what
    the sentence is: content, a lead-in, the gloss of a quoted example)."""
    alone_source = {i for f in findings if f.code in ONE_SIDED and not f.target for i in f.source}
    alone_target = {j for f in findings if f.code in ONE_SIDED and not f.source for j in f.target}

    def reported(finding: Finding) -> bool:
        if finding.code != "AC601":
            return False
        if finding.source:
            return set(finding.source) <= alone_source
        return bool(finding.target) and set(finding.target) <= alone_target

    return tuple(f for f in findings if not reported(f))


def number_of(text: str) -> tuple[int, ...] | None:
    """Return the numbering a heading or item opens with ("2." = (2,), "b)" = (2,))."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    label = match.group(1) or match.group(2)
    if label.isalpha() and label.islower() and len(label) == 1:
        return (ord(label) - ord("a") + 1,)
    if label.isalpha():
        return (roman_value(label),)
    return tuple(int(part) for part in label.split("."))


def _numbering(document: Document, index: int) -> tuple[int, ...] | None:
    """Return the numbering of a heading or item that a sentence opens, if any."""
    sentence = document.sentences[index]
    first = index == 0 or document.sentences[index - 1].block != sentence.block
    return number_of(sentence.text) if first and sentence.kind in ("heading", "item") else None


def _follows(previous: tuple[int, ...], current: tuple[int, ...]) -> bool:
    """Return True when a number may follow another (next, one level down, or a restart)."""
    if current[-1] == 1 or len(current) > len(previous):
        return True
    depth = len(current)
    return current[:-1] == previous[: depth - 1] and current[-1] == previous[depth - 1] + 1


Skip = tuple[tuple[int, ...], tuple[int, ...]]
"""The number before and the number that does not follow it."""


def _skips(document: Document) -> dict[int, Skip]:
    """Where a document's numbering skips: the sentence id and the two numbers."""
    found: dict[int, Skip] = {}
    previous: tuple[int, ...] | None = None
    for index in range(len(document.sentences)):
        number = _numbering(document, index)
        if number is None:
            continue
        if previous is not None and not _follows(previous, number):
            found[index] = (previous, number)
        previous = number
    return found


def _skipped(
    document: Document, role: str, skips: dict[int, Skip], other: dict[int, Skip], pairs: Pairs
) -> Iterator[tuple[int, str]]:
    """The skips of one version that its counterpart does not make the same way: the same
    skip in both versions is the document's own numbering (sub-items "(i)" read among
    letters, a list continued after a quotation), not a divergence."""
    name = lexicon_for(document.language).name
    for index, (previous, number) in skips.items():
        if any(other.get(j) == (previous, number) for j in pairs.get(index, ())):
            continue
        shown = ".".join(map(str, previous)), ".".join(map(str, number))
        yield index, f"numbering skips from {shown[0]} to {shown[1]} in the {name} ({role})"


Pairs = dict[int, tuple[int, ...]]


def _pairs(beads: tuple[Bead, ...], source_side: bool) -> Pairs:
    """Each sentence's counterparts in the other version."""
    found: Pairs = {}
    for bead in two_sided(beads):
        mine, theirs = (bead.source, bead.target) if source_side else (bead.target, bead.source)
        for index in mine:
            found[index] = theirs
    return found


def check_structure(
    source: Document, target: Document, beads: tuple[Bead, ...]
) -> Iterator[Finding]:
    """Report list items missing on one side and numbering that skips or differs."""
    at = gaps(beads)
    yield from _missing_items(source, beads, True, target, at)
    yield from _missing_items(target, beads, False, source, at)
    left, right = _skips(source), _skips(target)
    for index, message in _skipped(source, "source", left, right, _pairs(beads, True)):
        yield _one_side("AC602", message, (index,), True, at)
    for index, message in _skipped(target, "target", right, left, _pairs(beads, False)):
        yield _one_side("AC602", message, (index,), False, at)
    yield from _renumbered(source, target, beads)


def _renumbered(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Yield a finding for each aligned pair whose two sides carry different numbers."""
    names = lexicon_for(source.language).name, lexicon_for(target.language).name
    for bead in two_sided(beads):
        left = _numbering(source, bead.source[0])
        right = _numbering(target, bead.target[0])
        if left and right and left != right:
            shown = ".".join(map(str, left)), ".".join(map(str, right))
            message = f"numbered {shown[0]} in the {names[0]}, {shown[1]} in the {names[1]}"
            yield finding("AC602", message, bead)
