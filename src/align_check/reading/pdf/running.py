"""Running headers and footers: lines in the top and bottom bands of the pages that repeat
on most pages once their digits are set aside ("Page 3 of 4", "Page 3 de 6"), and bare
page numbers. Found the same way in every language, so both sides lose the same things."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from align_check.reading.pdf.lines import Span

BAND = 0.08
"""The top and bottom bands are this share of the page's height."""

_MOST = 0.5
"""A line repeats when it is on at least this share of the pages (and on two)."""

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"[-–—(\[]?\s*(?:(?:page|p\.)\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?", re.IGNORECASE
)


def running_lines(
    pages: Sequence[Sequence[Span]], heights: Sequence[float]
) -> tuple[list[list[Span]], int]:
    """Each page's spans without its running header and footer, and how many lines (a
    line: spans on one baseline) were left out."""
    keys = [
        {_key(span) for span in spans if _in_band(span, height)}
        for spans, height in zip(pages, heights, strict=True)
    ]
    counts = Counter(key for page_keys in keys for key in page_keys)
    enough = max(2.0, _MOST * len(pages))
    repeated = {key for key, count in counts.items() if count >= enough}
    kept: list[list[Span]] = []
    left_out = 0
    for spans, height in zip(pages, heights, strict=True):
        dropped = [s for s in spans if _in_band(s, height) and _is_running(s, repeated)]
        kept.append([span for span in spans if span not in dropped])
        left_out += len({round(span.baseline) for span in dropped})
    return kept, left_out


def _in_band(span: Span, height: float) -> bool:
    """True when a span reaches into the top or bottom band (the second line of a header
    of two may start below the band)."""
    return span.top >= (1 - BAND) * height or span.bottom <= BAND * height


def _key(span: Span) -> str:
    return _DIGITS.sub("#", span.text).casefold()


def _is_running(span: Span, repeated: set[str]) -> bool:
    return _key(span) in repeated or bool(_PAGE_NUMBER.fullmatch(span.text))
