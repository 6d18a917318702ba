"""AC301/AC302/AC303: proper names on one side only, spelled differently, or dropped from a list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from align_check.checks.languages import LEXICONS, lexicon_for
from align_check.checks.names import Mention, evidence, find_names, lowercase_words, words
from align_check.checks.pairs import Side, finding, fold, side, two_sided
from align_check.model import Bead, Document, Finding

LIST_GAP = re.compile(
    r"\s*(?:[,;]|(?<!\w)(?:et|and|ou|or)(?!\w))"
    r"(?:[\s,]|(?<!\w)(?:et|and|la|le|les|l'|the|de|du|des|d')(?!\w))*",
    re.IGNORECASE,
)
"""What stands between two names of one list: a comma or a conjunction, and articles."""

_STEM = 5
"""Letters two spellings must share at their start to be one word ("Calaisis", "Calais")."""


def damerau(first: str, second: str) -> int:
    """Return the optimal-string-alignment distance (Damerau 1964) between two words."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        row = [i]
        for j, b in enumerate(second, start=1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


def _shared(first: str, second: str) -> int:
    """Return how many letters two words share at their start."""
    count = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        count += 1
    return count


def same_stem(key: str, other: str, other_is_name: bool) -> bool:
    """Return True when two spellings are one word with another ending ("Cybercrime")."""
    shared = _shared(key, other)
    longer_by = abs(len(key) - len(other))
    stem = shared >= _STEM and shared >= 0.6 * min(len(key), len(other))
    return stem and (not other_is_name or longer_by >= 2)


@dataclass(frozen=True)
class Name:
    """A name and the sentence it stands in."""

    mention: Mention
    sentence: str

    def listed(self, names: list[Name]) -> bool:
        """Return True when the name stands in a list of names ("France, Allemagne et Italie")."""
        mine = self.mention
        for other in (n.mention for n in names if n.sentence == self.sentence):
            if other is not mine:
                gap = self.sentence[min(other.end, mine.end) : max(other.start, mine.start)]
                if LIST_GAP.fullmatch(fold(gap)):
                    return True
        return False


@dataclass(frozen=True)
class Reading:
    """What one side of a bead says: its names, its words and the entities it speaks of."""

    names: tuple[Name, ...]
    words: frozenset[str]
    entities: frozenset[str]
    has_role: bool

    def holds(self, mention: Mention) -> bool:
        """Return True when this side speaks of a name of the other side."""
        if mention.entity:
            return mention.key in self.entities
        if mention.key in self.words:
            return True
        names = {name.mention.key for name in self.names}
        return any(same_stem(mention.key, word, word in names) for word in self.words)


def read_side(document: Document, ids: tuple[int, ...], lowercase: frozenset[str]) -> Reading:
    """Return the reading of some sentences of a document."""
    texts = [document.sentences[i].text for i in ids]
    names = tuple(Name(m, t) for t in texts for m in find_names(t, document.lang, lowercase))
    every = frozenset().union(*(words(text) for text in texts))
    lexicon = lexicon_for(document.language)
    has_role = bool(every & (lexicon.roles | lexicon.titles))
    entities = frozenset().union(*(evidence(text, document.lang) for text in texts))
    return Reading(names, every, entities, has_role)


def _unique(names: list[Name]) -> list[Name]:
    """Return names with each spelling once."""
    first = {name.mention.key: name for name in reversed(names)}
    return [name for name in names if first[name.mention.key] is name]


def _misspelled(left: list[Name], right: list[Name]) -> list[tuple[Name, Name]]:
    """Return pairs of names one letter apart ("Sikorski", "Sikorksi"), removing them."""
    pairs = []
    for name in list(left):
        key = name.mention.key
        close = [
            o
            for o in right
            if min(len(key), len(o.mention.key)) >= 5 and damerau(key, o.mention.key) == 1
        ]
        if close and not name.mention.entity:
            pairs.append((name, close[0]))
            left.remove(name)
            right.remove(close[0])
    return pairs


def _excused(missing: list[Name], other_missing: list[Name], other: Reading) -> list[Name]:
    """Drop people the other side names by their role ("Mme Rudd", "the Home Secretary")."""
    if other_missing or not other.has_role:
        return missing
    return [name for name in missing if not name.mention.person]


def _missing(
    name: Name, names: list[Name], sides: tuple[Side, Side], bead: Bead, in_source: bool
) -> Finding:
    """Return the finding for a name on one side only."""
    here, there = sides if in_source else sides[::-1]
    text = name.mention.text
    message = f"name {text} in the {here.name} is missing from the {there.name}"
    marks = ((text,), ()) if in_source else ((), (text,))
    return finding("AC303" if name.listed(names) else "AC301", message, bead, marks)


def _changed(
    pair: tuple[Name, Name],
    names: tuple[list[Name], list[Name]],
    sides: tuple[Side, Side],
    bead: Bead,
) -> Finding:
    """Return the finding for a name of the source that another name replaces in the target."""
    first, second = pair
    message = (
        f"name {first.mention.text} in the {sides[0].name} has "
        f"{second.mention.text} in the {sides[1].name}"
    )
    listed = first.listed(names[0]) or second.listed(names[1])
    return finding(
        "AC303" if listed else "AC301",
        message,
        bead,
        ((first.mention.text,), (second.mention.text,)),
    )


def _spelled(pair: tuple[Name, Name], sides: tuple[Side, Side], bead: Bead) -> Finding:
    """Return the finding for a name spelled differently on the two sides."""
    first, second = pair
    message = (
        f"name {first.mention.text} in the {sides[0].name} is spelled "
        f"{second.mention.text} in the {sides[1].name}"
    )
    return finding("AC302", message, bead, ((first.mention.text,), (second.mention.text,)))


def _bead_findings(
    left: Reading, right: Reading, sides: tuple[Side, Side], bead: Bead
) -> Iterator[Finding]:
    """Yield the name findings of one aligned pair."""
    lost = _unique([n for n in left.names if not right.holds(n.mention)])
    added = _unique([n for n in right.names if not left.holds(n.mention)])
    for pair in _misspelled(lost, added):
        yield _spelled(pair, sides, bead)
    lost, added = _excused(lost, added, right), _excused(added, lost, left)
    names = (list(left.names), list(right.names))
    for pair in zip(lost, added, strict=False):
        yield _changed(pair, names, sides, bead)
    count = min(len(lost), len(added))
    yield from (_missing(n, names[0], sides, bead, True) for n in lost[count:])
    yield from (_missing(n, names[1], sides, bead, False) for n in added[count:])


def check_names(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report names present on one side only, spelled differently, or dropped from a list."""
    if source.language not in LEXICONS or target.language not in LEXICONS:
        return
    lowercase = (
        lowercase_words([s.text for s in source.sentences]),
        lowercase_words([s.text for s in target.sentences]),
    )
    for bead in two_sided(beads):
        left = read_side(source, bead.source, lowercase[0])
        right = read_side(target, bead.target, lowercase[1])
        sides = (side(source, bead.source), side(target, bead.target))
        yield from _bead_findings(left, right, sides, bead)
