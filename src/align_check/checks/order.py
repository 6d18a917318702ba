"""AC603: a passage that stands at another place in the target than in the source.

Items that each version sorts alphabetically (a statute's definitions: "communiquer",
"professionnel de la santé", "test génétique" in French; "disclose", "genetic test", "health
care practitioner" in English) stand at other places because of the sort, not because a
passage moved: where the units a move displaces, with their neighbours, are in alphabetical
order of their first words in each version (three units at least), nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align_check.checks.languages import lexicon_for
from align_check.checks.pairs import out_of_order, places, strip_accents
from align_check.codes import CODES
from align_check.model import Bead, Document, Finding

SORTED_UNITS = 3
"""Units in alphabetical order in both versions from which a sort explains a move."""

_FIRST_WORD = re.compile(r"[^\W\d_]{2,}")


def check_order(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """One finding for each run of consecutive pairs whose targets stand together elsewhere."""
    placed = places(beads)
    moved = sorted(n for n in out_of_order(beads) if not beads[n].reordered)
    if not moved:
        return
    keys = (_keys(source), _keys(target))
    for run in _runs(beads, moved):
        after = placed[run[0]][1]
        if not _sorted_in_each(source, target, beads, (run, after), keys):
            yield _finding(source, target, [beads[n] for n in run], after)


def _sorted_in_each(
    source: Document,
    target: Document,
    beads: tuple[Bead, ...],
    move: tuple[list[int], int],
    keys: tuple[dict[int, str], dict[int, str]],
) -> bool:
    """True when the units a moved run displaces, and the units just before and after them,
    are in the alphabetical order of their first words (``keys``, each block's) in both
    versions."""
    run, after = move
    targets = [j for n in run for j in beads[n].target]
    low, high = min(after + 1, min(targets)), max(after, max(targets))
    region = [b for b in beads if b.two_sided and any(low <= j <= high for j in b.target)]
    blocks_s = sorted({source.sentences[i].block for b in region for i in b.source})
    blocks_t = sorted({target.sentences[j].block for b in region for j in b.target})
    units_s = _widened(blocks_s, keys[0])
    units_t = _widened(blocks_t, keys[1])
    if units_s is None or units_t is None:
        return False
    return min(len(units_s), len(units_t)) >= SORTED_UNITS


def _keys(document: Document) -> dict[int, str]:
    """Each block's first word, folded (no accents, lower case), for alphabetical order."""
    keys: dict[int, str] = {}
    for sentence in document.sentences:
        if sentence.block not in keys:
            word = _FIRST_WORD.match(sentence.text.strip())
            keys[sentence.block] = strip_accents(word.group(0)) if word else ""
    return keys


def _widened(blocks: list[int], keys: dict[int, str]) -> list[int] | None:
    """The blocks with the one before and the one after where the order holds, or None when
    the blocks themselves are not in alphabetical order of words."""
    words = [keys.get(block, "") for block in blocks]
    if not all(words) or words != sorted(words):
        return None
    out = list(blocks)
    before, after = blocks[0] - 1, blocks[-1] + 1
    if keys.get(before) and keys[before] <= words[0]:
        out.insert(0, before)
    if keys.get(after) and keys[after] >= words[-1]:
        out.append(after)
    return out


def _runs(beads: tuple[Bead, ...], moved: list[int]) -> list[list[int]]:
    """The moved beads in runs: neighbours whose targets follow each other too."""
    runs: list[list[int]] = []
    for n in moved:
        last = runs[-1][-1] if runs else -2
        if last == n - 1 and beads[n].target[0] == beads[last].target[-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _finding(source: Document, target: Document, run: list[Bead], after: int) -> Finding:
    """The finding for a moved run: where the source's order would put it in the target."""
    ids_s = tuple(i for bead in run for i in bead.source)
    ids_t = tuple(j for bead in run for j in bead.target)
    here, there = lexicon_for(source.language).name, lexicon_for(target.language).name
    what = "sentence" if len(ids_s) == 1 else "passage"
    where = f"after {target.sentences[after].where}" if after >= 0 else "at the start"
    message = (
        f"this {what} is at another place in the {there}: "
        f"following the {here}, it would come {where}"
    )
    return Finding("AC603", CODES["AC603"].severity, message, source=ids_s, target=ids_t)
