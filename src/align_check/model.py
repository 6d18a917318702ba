"""The values that flow through align-check: documents, beads, findings and reports."""

from __future__ import annotations

from dataclasses import dataclass

from align_check.lang import base_language

SEVERITIES = ("info", "warning", "error")
"""Severities from least to most serious."""

KINDS = ("paragraph", "heading", "item")
"""Kinds of unit a sentence can belong to."""


def severity_rank(severity: str) -> int:
    """Return the position of a severity in SEVERITIES (higher is more serious)."""
    return SEVERITIES.index(severity)


FAIL_ON = (*reversed(SEVERITIES), "never")
"""The gates a run can be held to, strictest last but one: ``--fail-on``."""


def reaches(severity: str, fail_on: str) -> bool:
    """True when a finding of this severity fails a gate set at ``fail_on`` ("never": none)."""
    return fail_on != "never" and severity_rank(severity) >= severity_rank(fail_on)


PARTS = ("body", "table", "footnote", "endnote", "textbox")
"""Parts of a document a unit can come from (Word, OpenDocument, PDF)."""


@dataclass(frozen=True)
class Place:
    """Where a sentence is in a document that has no lines to point at (PDF, Word,
    OpenDocument): ``paragraph`` counts the units in reading order, after what the
    reader left out (page headers, tables of contents); ``page`` is the physical page
    (1 = the file's first), for PDF only."""

    paragraph: int
    page: int | None = None
    part: str = "body"

    @property
    def where(self) -> str:
        """The place as a reviewer reads it: "page 3, paragraph 4", "paragraph 12 (footnote)"."""
        where = f"paragraph {self.paragraph}"
        if self.page is not None:
            where = f"page {self.page}, {where}"
        return where if self.part == "body" else f"{where} ({self.part})"


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: its own text and where it starts.

    ``text`` keeps the document's characters (no-break spaces included); a line
    break inside a sentence is joined with one space.
    """

    text: str
    line: int
    column: int = 1
    block: int = 0
    kind: str = "paragraph"
    place: Place | None = None
    """Set for documents without lines (``line`` then holds the paragraph's number)."""

    @property
    def where(self) -> str:
        """Its place as a reviewer reads it: "line 12" or "page 3, paragraph 4"."""
        return self.place.where if self.place else f"line {self.line}"


@dataclass(frozen=True)
class Document:
    """A document read and split into sentences, in document order.

    ``format``: the reader that read it ("text", "markdown", "html", "docx", "odt",
    "pdf"); ``notices``: what the reader left out or decided, for a reviewer to audit
    ("main region: #wb-main", "3 tracked insertions accepted").
    """

    path: str
    lang: str
    sentences: tuple[Sentence, ...]
    format: str = "text"
    notices: tuple[str, ...] = ()

    @property
    def language(self) -> str:
        """The ISO 639-1 part of the BCP 47 tag (``fr`` for ``fr-FR``)."""
        return base_language(self.lang)


@dataclass(frozen=True)
class Bead:
    """A unit of the alignment: source and target sentence ids, one side may be empty."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float
    reordered: bool = False
    """Paired by content inside a block that each version orders its own way (definitions
    sorted alphabetically in each language): its place in the target's order says nothing."""

    @property
    def two_sided(self) -> bool:
        """True when both sides hold sentences."""
        return bool(self.source) and bool(self.target)


@dataclass(frozen=True)
class Finding:
    """One divergence between the two documents.

    ``source`` / ``target`` are the ids of the sentences concerned. On the empty
    side of a one-sided finding, ``*_after`` is the id of the nearest sentence
    before the gap (-1 when the gap is at the start), so a reader knows where the
    missing text belongs. ``*_marks`` are substrings of those sentences that
    differ, for highlighting; ``*_spans`` give, where a check knows them, the exact
    characters concerned as (sentence id, start, end), end excluded.
    """

    code: str
    severity: str
    message: str
    source: tuple[int, ...] = ()
    target: tuple[int, ...] = ()
    source_after: int | None = None
    target_after: int | None = None
    source_marks: tuple[str, ...] = ()
    target_marks: tuple[str, ...] = ()
    source_spans: tuple[tuple[int, int, int], ...] = ()
    target_spans: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class Report:
    """The result of comparing two documents."""

    source: Document
    target: Document
    beads: tuple[Bead, ...]
    findings: tuple[Finding, ...]
    signature: str


@dataclass(frozen=True)
class Unpaired:
    """A document left without a counterpart (or unreadable) in a batch run."""

    path: str
    lang: str
    finding: Finding


@dataclass(frozen=True)
class Run:
    """What one invocation produced: one report for ``compare``, several for ``check``."""

    reports: tuple[Report, ...]
    unpaired: tuple[Unpaired, ...] = ()
    batch: bool = False

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the run, pair by pair, then the unpaired documents'."""
        paired = tuple(f for report in self.reports for f in report.findings)
        return paired + tuple(u.finding for u in self.unpaired)
