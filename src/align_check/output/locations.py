"""Where a finding sits in each document: ids, texts, lines and columns."""

from __future__ import annotations

from dataclasses import dataclass

from align_check.codes import category_of
from align_check.model import Document, Finding, Report


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

    @property
    def gap(self) -> str:
        """Where the gap of an empty side is: "the gap follows line 12"."""
        if self.at_start:
            return f"the gap is at the start, before line {self.line}"
        return f"the gap follows line {self.line}"

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
        return Side(document.path, document.lang, (), (), lines, (1,), at_start)
    return Side(
        path=document.path,
        lang=document.lang,
        ids=ids,
        texts=tuple(s.text for s in sentences),
        lines=tuple(s.line for s in sentences),
        columns=tuple(s.column for s in sentences),
    )
