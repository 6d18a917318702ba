"""The JSON report: a contract that other tools read (schema in data/report.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from align_check import __version__
from align_check.codes import category_of
from align_check.model import Bead, Document, Finding, Place, Report, Run, Sentence, Unpaired
from align_check.output.locations import Side, place_properties, sentence_places, sides
from align_check.output.options import OutputOptions

SCHEMA_VERSION = 1


def format_json(run: Run, options: OutputOptions) -> str:
    """One report for ``compare``; pairs and unpaired documents for ``check``."""
    head = {"align_check": __version__, "schema": SCHEMA_VERSION}
    if run.batch:
        body: dict[str, Any] = {
            **head,
            "pairs": [report_dict(r) for r in run.reports],
            "unpaired": [_unpaired(u) for u in run.unpaired],
        }
    else:
        body = {**head, **report_dict(run.reports[0])}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _unpaired(unpaired: Unpaired) -> dict[str, Any]:
    finding = unpaired.finding
    return {
        "path": unpaired.path,
        "lang": unpaired.lang,
        "code": finding.code,
        "category": category_of(finding.code),
        "severity": finding.severity,
        "message": finding.message,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """One comparison as plain data."""
    return {
        "signature": report.signature,
        "source": _document(report.source),
        "target": _document(report.target),
        "beads": [_bead(report, bead) for bead in report.beads],
        "findings": [_finding(report, finding) for finding in report.findings],
    }


def _document(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "lang": document.lang,
        "sentences": len(document.sentences),
        "format": document.format,
        "notices": list(document.notices),
    }


def _bead(report: Report, bead: Bead) -> dict[str, Any]:
    source = [report.source.sentences[i] for i in bead.source]
    target = [report.target.sentences[j] for j in bead.target]
    return {
        "source": [s.text for s in source],
        "target": [t.text for t in target],
        "source_ids": list(bead.source),
        "target_ids": list(bead.target),
        "source_lines": [s.line for s in source],
        "target_lines": [t.line for t in target],
        **_bead_places("source", source),
        **_bead_places("target", target),
        "score": round(bead.score, 4),
    }


def _bead_places(name: str, sentences: list[Sentence]) -> dict[str, Any]:
    """The places of a bead's sentences, in a document without lines."""
    places = sentence_places(sentences)
    return {f"{name}_places": _as_json(places)} if places else {}


def _as_json(places: tuple[Place | None, ...]) -> list[dict[str, Any] | None]:
    return [place_properties(place) if place else None for place in places]


def _finding(report: Report, finding: Finding) -> dict[str, Any]:
    source, target = sides(report, finding)
    return {
        "code": finding.code,
        "category": category_of(finding.code),
        "severity": finding.severity,
        "message": finding.message,
        **_side("source", source),
        **_side("target", target),
        **_spans("source", finding.source_spans),
        **_spans("target", finding.target_spans),
    }


def _spans(name: str, spans: tuple[tuple[int, int, int], ...]) -> dict[str, Any]:
    """The exact characters a finding concerns, where its check knows them: the sentence's id,
    the first character and the one after the last (Python string offsets)."""
    if not spans:
        return {}
    return {f"{name}_spans": [{"id": i, "start": a, "end": b} for i, a, b in spans]}


def _side(name: str, side: Side) -> dict[str, Any]:
    return {
        name: list(side.texts),
        f"{name}_ids": list(side.ids),
        f"{name}_lines": list(side.lines),
        f"{name}_columns": list(side.columns),
        f"{name}_places": _places(side),
    }


def _places(side: Side) -> list[dict[str, Any] | None]:
    """Each place as an object: page, paragraph and part for a document without lines (PDF,
    Word), line and column for the others; with the place as words ("page 3, paragraph 4")."""
    if side.place:
        return _as_json(side.places)
    return [
        {"line": line, "column": column, "where": f"line {line}"}
        for line, column in zip(side.lines, side.columns, strict=True)
    ]
