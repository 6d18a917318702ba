"""AC301 at error: the two sides of a pair are each the name of a body, and not the same body.

A link list or a contact line names an office on each side ("Bureau de l'expérience
Canada.ca", "Digital Transformation Office"). Where a pair is nothing but such a name on each
side and the two say nothing alike, the versions send the reader to different bodies: a
different fact, not a translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from align_check.checks.languages import lexicon_for
from align_check.checks.pairs import finding, side, two_sided
from align_check.model import Bead, Document, Finding

MOST_WORDS = 8
"""Words a body's name has at most."""

UNRELATED = 0.02
"""Bead score under which two names are not one (a translated name scores far above)."""

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PUNCTUATION = re.compile(r"[,;:!?]|\.(?!\w)")
"""A sentence's punctuation (a dot inside an address, "Canada.ca", is none)."""


def body_name(text: str, language: str) -> bool:
    """True for a text that is only the name of a body: a few words, the first capitalised,
    headed by a body's word ("Bureau", "Office", "Secretariat") at its start or end, no
    sentence punctuation; in a language that capitalises every word of a name (English),
    every word but the minor ones."""
    found = _WORD.findall(text)
    if not 2 <= len(found) <= MOST_WORDS or _PUNCTUATION.search(text):
        return False
    lexicon = lexicon_for(language)
    bare = [w.split("'")[-1].split("’")[-1] for w in found]
    content = [w for w in bare if w.lower() not in lexicon.stopwords]
    if not content or not bare[0][:1].isupper():
        return False
    if not {content[0].lower(), content[-1].lower()} & lexicon.generic:
        return False  # a body's name starts or ends with its head ("Bureau de…", "…Office")
    if lexicon.title_case:
        return all(w[:1].isupper() for w in content)
    return True


def check_bodies(source: Document, target: Document, beads: tuple[Bead, ...]) -> Iterator[Finding]:
    """Report pairs whose two sides are the names of different bodies."""
    for bead in two_sided(beads):
        if len(bead.source) != 1 or len(bead.target) != 1 or bead.score >= UNRELATED:
            continue
        left, right = side(source, bead.source), side(target, bead.target)
        if body_name(left.text, source.language) and body_name(right.text, target.language):
            message = (
                f"the {left.name} names {left.text.strip()} where the {right.name} names "
                f"{right.text.strip()}"
            )
            marks = ((left.text.strip(),), (right.text.strip(),))
            yield replace(finding("AC301", message, bead, marks), severity="error")
