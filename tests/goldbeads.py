"""The seed pair aligned as the hand-made gold file says, to test checks without the aligner."""

from __future__ import annotations

import re
from pathlib import Path

from align_check.model import Bead, Document

_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    """Return text with every run of whitespace (no-break spaces too) as one space."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " "))


def _ids(document: Document, keys: str) -> set[int]:
    """Return the ids of the sentences holding the " || "-joined keys of one gold side."""
    texts = [_plain(sentence.text) for sentence in document.sentences]
    wanted = [_plain(key) for key in keys.split(" || ") if key]
    return {next(i for i, text in enumerate(texts) if key in text) for key in wanted}


def _groups(source: Document, target: Document, gold: Path) -> list[tuple[set[int], set[int]]]:
    """Return the two-sided groups of the gold file, merging groups that share a sentence."""
    groups: list[tuple[set[int], set[int]]] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        kind, _, rest = line.partition("\t")
        if kind not in ("align", "loose"):
            continue
        fr, _, en = rest.partition("\t")
        group = (_ids(source, fr), _ids(target, en))
        for other in [g for g in groups if g[0] & group[0] or g[1] & group[1]]:
            groups.remove(other)
            group = (group[0] | other[0], group[1] | other[1])
        groups.append(group)
    return groups


def gold_beads(source: Document, target: Document, gold: Path) -> tuple[Bead, ...]:
    """Return beads covering both documents: gold pairs two-sided, every other sentence alone."""
    groups = _groups(source, target, gold)
    beads = [Bead(tuple(sorted(s)), tuple(sorted(t)), 0.9) for s, t in groups]
    paired_s = {i for bead in beads for i in bead.source}
    paired_t = {j for bead in beads for j in bead.target}
    beads += [Bead((i,), (), 0.0) for i in range(len(source.sentences)) if i not in paired_s]
    beads += [Bead((), (j,), 0.0) for j in range(len(target.sentences)) if j not in paired_t]
    return tuple(sorted(beads, key=lambda b: (b.source or (10**6,))[0]))
