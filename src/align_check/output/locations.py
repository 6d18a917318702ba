"""Where a finding sits in each document: ids, texts, lines and columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from align_check.codes import category_of
from align_check.model import Document, Finding, Place, Report, Sentence


@dataclass(frozen=True)
class Side:
    """One side of a finding: the sentences concerned, or the place of the gap."""

    path: str
    lang: str
    ids: tuple[int, ...]
    texts: tuple[str, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    at_start: bool = False
    """True for a gap before the document's first sentence (``lines`` then holds that line)."""
    places: tuple[Place | None, ...] = ()
    """Beside ``lines``, for a document without lines (PDF, Word): each one's page,
    paragraph and part (``lines`` then holds paragraph numbers)."""

    @property
    def place(self) -> Place | None:
        """The first place concerned, for a document without lines; else None."""
        return self.places[0] if self.places else None

    @property
    def where(self) -> str:
        """The first place concerned as a reviewer reads it: "line 12", "page 3, paragraph 4"."""
        return self.place.where if self.place else f"line {self.line}"

    @property
    def labels(self) -> tuple[str, ...]:
        """Each sentence's place in a quote: its line ("12"), or "page 3, paragraph 4"."""
        if not self.place:
            return tuple(str(line) for line in self.lines)
        return tuple(place.where if place else "" for place in self.places)

    @property
    def anchor(self) -> str:
        """Where a report line points: "fr.txt:12:3", or "fr.pdf (page 3, paragraph 4)"."""
        if self.place:
            return f"{self.path} ({self.place.where})"
        return f"{self.path}:{self.line}:{self.column}"

    @property
    def gap(self) -> str:
        """Where the gap of an empty side is: "the gap follows line 12"."""
        if self.at_start:
            return f"the gap is at the start, before {self.where}"
        return f"the gap follows {self.where}"

    @property
    def line(self) -> int:
        """The first line concerned (1 when the document has none)."""
        return self.lines[0] if self.lines else 1

    @property
    def column(self) -> int:
        """The first column concerned."""
        return self.columns[0] if self.columns else 1


def sides(report: Report, finding: Finding) -> tuple[Side, Side]:
    """The source and target sides of a finding."""
    return (
        _side(report.source, finding.source, finding.source_after),
        _side(report.target, finding.target, finding.target_after),
    )


def primary(report: Report, finding: Finding) -> tuple[Side, Side]:
    """The side a reviewer fixes first, then the other: the source for an omission (or a
    finding on the source alone), the target, which holds the translation, otherwise."""
    source, target = sides(report, finding)
    on_source = category_of(finding.code) == "omission" or (finding.source and not finding.target)
    return (source, target) if on_source else (target, source)


def _side(document: Document, ids: tuple[int, ...], after: int | None) -> Side:
    sentences = [document.sentences[i] for i in ids]
    if not sentences and after is not None:
        at_start = after < 0 or after >= len(document.sentences)
        nearest = document.sentences[:1] if at_start else [document.sentences[after]]
        lines = tuple(s.line for s in nearest) or (1,)
        places = sentence_places(nearest)
        return Side(document.path, document.lang, (), (), lines, (1,), at_start, places)
    return Side(
        path=document.path,
        lang=document.lang,
        ids=ids,
        texts=tuple(s.text for s in sentences),
        lines=tuple(s.line for s in sentences),
        columns=tuple(s.column for s in sentences),
        places=sentence_places(sentences),
    )


def sentence_places(sentences: Sequence[Sentence]) -> tuple[Place | None, ...]:
    """The sentences' places, or none for a document with lines."""
    if not any(s.place for s in sentences):
        return ()
    return tuple(s.place for s in sentences)


def place_properties(place: Place) -> dict[str, Any]:
    """A place as JSON: page (PDF only), paragraph, part and the place as words."""
    found: dict[str, Any] = {"page": place.page} if place.page is not None else {}
    return found | {"paragraph": place.paragraph, "part": place.part, "where": place.where}
