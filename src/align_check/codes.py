"""Every finding code align-check can report, kept as data.

The hundreds name the family: AC1xx one-sided and document level, AC2xx figures
and dates, AC3xx names, AC4xx meaning and length, AC5xx language, AC6xx
structure, AC7xx pairing of documents. README.md documents each code; a test
keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = (
    "omission",
    "addition",
    "boilerplate",
    "unrelated",
    "number",
    "date",
    "name",
    "meaning",
    "length",
    "untranslated",
    "structure",
    "unpaired",
)


@dataclass(frozen=True)
class Code:
    """A finding code: its category, default severity and a one-line description."""

    code: str
    category: str
    severity: str
    title: str


_TABLE = (
    Code("AC101", "omission", "error", "A source sentence has no counterpart in the target"),
    Code("AC102", "addition", "error", "A target sentence has no counterpart in the source"),
    Code("AC103", "boilerplate", "info", "Page furniture on one side only"),
    Code("AC104", "unrelated", "error", "The two documents are not translations of each other"),
    Code("AC105", "omission", "warning", "A source heading has no counterpart in the target"),
    Code("AC106", "addition", "warning", "A target heading has no counterpart in the source"),
    Code("AC107", "omission", "warning", "A clause of a source sentence is missing in its target"),
    Code("AC108", "addition", "warning", "A clause of a target sentence is missing in its source"),
    Code("AC201", "number", "error", "A figure differs, or is given on one side only, in a pair"),
    Code("AC202", "number", "error", "An amount differs and so does its currency"),
    Code("AC211", "date", "error", "A date differs between the two sentences of a pair"),
    Code("AC212", "date", "info", "A year is given on one side only"),
    Code("AC301", "name", "warning", "A proper name appears on one side only"),
    Code("AC302", "name", "warning", "A proper name is spelled differently"),
    Code("AC303", "name", "warning", "An item of a list of names is missing on one side"),
    Code("AC401", "meaning", "warning", "An aligned pair whose content differs"),
    Code("AC402", "length", "info", "A length ratio far outside what translation gives"),
    Code("AC403", "meaning", "error", "A clause is negated on one side only of a pair"),
    Code("AC501", "untranslated", "warning", "A sentence in the other document's language"),
    Code("AC502", "untranslated", "error", "A document is not in its declared language"),
    Code("AC601", "structure", "warning", "A bullet or numbered item is missing on one side"),
    Code("AC602", "structure", "warning", "Numbering skips or differs"),
    Code("AC603", "structure", "warning", "A passage stands at another place in the target"),
    Code("AC701", "unpaired", "error", "A document has no counterpart in the other language"),
    Code("AC702", "unpaired", "error", "A document could not be read"),
)

CODES: dict[str, Code] = {entry.code: entry for entry in _TABLE}
"""Every code, by its name."""


def category_of(code: str) -> str:
    """Return the category of a finding code."""
    return CODES[code].category
