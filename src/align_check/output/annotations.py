"""What the CI formats say about a finding: its title, its message and the sentences concerned."""

from __future__ import annotations

from collections.abc import Iterator

from align_check.codes import category_of
from align_check.lang import language_name
from align_check.model import Finding, Report
from align_check.output.locations import Side, primary
from align_check.text import clip

QUOTE_WIDTH = 200
"""Characters of a sentence quoted in an annotation."""


def title(code: str) -> str:
    """A short title for a code: "AC102 addition"."""
    return f"{code} {category_of(code)}"


def describe(report: Report, finding: Finding) -> str:
    """The finding's message, then the sentences concerned, then the other side or its gap."""
    return "\n".join((finding.message, *_quotes(*primary(report, finding))))


def where(side: Side) -> str:
    """A side's place for a related location: "French, line 12" or its gap."""
    name = language_name(side.lang)
    if not side.lines:
        return f"{name} document"
    if side.texts:
        return f"{name}, {side.where}"
    return f"{name}: nothing here; {side.gap}"


def _quotes(*found: Side) -> Iterator[str]:
    for side in found:
        if side.texts:
            for label, text in zip(side.labels, side.texts, strict=True):
                yield f"{side.lang} {label}: {clip(text, QUOTE_WIDTH)}"
        elif side.lines:
            yield f"{side.lang}: (nothing; {side.gap})"
