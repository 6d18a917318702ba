"""Sentences on one side only: omissions, additions and page furniture."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from align_check.checks.boilerplate import is_boilerplate
from align_check.codes import CODES
from align_check.lang import language_name
from align_check.model import Bead, Document, Finding


def check_one_sided(
    source: Document, target: Document, beads: tuple[Bead, ...]
) -> Iterator[Finding]:
    """A finding for every sentence that the alignment left without a counterpart."""
    last_source, last_target = -1, -1
    for bead in beads:
        if bead.source and not bead.target:
            finding = _one_sided(source, target, bead.source, "AC101")
            yield replace(finding, source=bead.source, target_after=last_target)
        elif bead.target and not bead.source:
            finding = _one_sided(target, source, bead.target, "AC102")
            yield replace(finding, target=bead.target, source_after=last_source)
        last_source = max(bead.source, default=last_source)
        last_target = max(bead.target, default=last_target)


def _one_sided(document: Document, other: Document, ids: tuple[int, ...], code: str) -> Finding:
    """The finding for sentences of ``document`` missing from ``other``, sides not yet set."""
    sentence = document.sentences[ids[0]]
    furniture = is_boilerplate(sentence.text)
    code = "AC103" if furniture else code
    what = "page furniture with" if furniture else "sentence has"
    side, other_side = language_name(document.lang), language_name(other.lang)
    message = f"{side} {what} no {other_side} counterpart"
    return Finding(code=code, severity=CODES[code].severity, message=message)


def unrelated_finding(source: Document, target: Document) -> Finding:
    """The one finding for two documents that are not translations of each other."""
    message = (
        f"{source.path} ({language_name(source.lang)}) and {target.path} "
        f"({language_name(target.lang)}) are not translations of each other: nothing was paired"
    )
    return Finding(code="AC104", severity=CODES["AC104"].severity, message=message)
