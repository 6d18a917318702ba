"""Where the marks of a finding (the parts that differ) fall in a sentence, for highlighting."""

from __future__ import annotations

from collections.abc import Iterable


def mark_spans(text: str, marks: Iterable[str]) -> list[tuple[int, int]]:
    """Start and end of every occurrence of the marks, longest first, never overlapping, sorted."""
    taken: list[tuple[int, int]] = []
    for mark in sorted({m for m in marks if m}, key=len, reverse=True):
        start = text.find(mark)
        while start >= 0:
            end = start + len(mark)
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
            start = text.find(mark, end)
    return sorted(taken)
