"""The settings of a comparison, built once by the CLI and passed down as a value."""

from __future__ import annotations

from dataclasses import dataclass

from align_check.namelist import Row
from align_check.reading import ReadOptions

SIMILARITIES = ("auto", "semantic", "lexical")
"""Signals for aligning: ``auto`` is ``semantic`` when the embedding package is installed."""


@dataclass(frozen=True)
class Settings:
    """What changes the result of a comparison; printed in every report's signature."""

    source_lang: str | None = None
    target_lang: str | None = None
    segmented: bool = False
    similarity: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: tuple[tuple[str, str], ...] = ()
    names: tuple[Row, ...] = ()
    """The team's list of names and their translations (``--names``, ``[[names]]``)."""
    reading: ReadOptions = ReadOptions()
    """How web pages are read (``--main``, ``--exclude``)."""
