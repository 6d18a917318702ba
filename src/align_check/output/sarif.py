"""SARIF 2.1.0, for code-scanning dashboards: one result per finding, one rule per code.

The primary location is the side that holds the text concerned (the source for an omission,
the target otherwise); the other side is a related location, so a viewer can jump to both.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from align_check import __version__
from align_check.baseline import fingerprint, unpaired_fingerprint
from align_check.codes import CODES
from align_check.model import Finding, Report, Run, Unpaired
from align_check.output.annotations import describe, where
from align_check.output.locations import Side, place_properties, primary
from align_check.output.options import OutputOptions

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
"""SARIF levels of align-check's severities."""

FINGERPRINT_KEY = "alignCheck/v1"
"""The partialFingerprints key: the baseline's fingerprint, stable across unrelated edits."""

_RULES = tuple(CODES)


def format_sarif(run: Run, options: OutputOptions) -> str:
    """A SARIF log of one run of align-check."""
    results = [_result(r, f) for r in run.reports for f in r.findings]
    results += [_unpaired(u) for u in run.unpaired]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{"tool": _tool(), "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def artifact_uri(path: str) -> str:
    """A URI for a path: relative paths stay relative (GitHub resolves them from the checkout)."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(Path(path).as_posix(), safe="/")


def _tool() -> dict[str, Any]:
    rules = [
        {
            "id": code.code,
            "name": code.category,
            "shortDescription": {"text": code.title},
            "defaultConfiguration": {"level": LEVELS[code.severity]},
            "properties": {"tags": ["translation", code.category]},
        }
        for code in CODES.values()
    ]
    return {
        "driver": {
            "name": "align-check",
            "version": __version__,
            "rules": rules,
        }
    }


def _result(report: Report, finding: Finding) -> dict[str, Any]:
    first, other = primary(report, finding)
    related = _location(other) | {"id": 1, "message": {"text": where(other)}}
    return {
        **_head(finding),
        "message": {"text": describe(report, finding)},
        "locations": [_location(first)],
        "relatedLocations": [related],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(report, finding)},
    }


def _unpaired(unpaired: Unpaired) -> dict[str, Any]:
    return {
        **_head(unpaired.finding),
        "message": {"text": unpaired.finding.message},
        "locations": [_file_location(unpaired.path, {"startLine": 1})],
        "partialFingerprints": {FINGERPRINT_KEY: unpaired_fingerprint(unpaired)},
    }


def _head(finding: Finding) -> dict[str, Any]:
    return {
        "ruleId": finding.code,
        "ruleIndex": _RULES.index(finding.code),
        "level": LEVELS[finding.severity],
    }


def _location(side: Side) -> dict[str, Any]:
    """A side's place: its first line and column, line 1 when it concerns the whole document.
    A document without lines (PDF, Word) gets line 1, which code scanning needs to show a
    result, and its real place as a logical location and in the location's properties."""
    if side.place:
        location = _file_location(side.path, {"startLine": 1})
        place = side.place
        location["logicalLocations"] = [{"fullyQualifiedName": place.where, "kind": "element"}]
        location["message"] = {"text": place.where}
        location["properties"] = place_properties(place)
        return location
    region = {"startLine": side.line, "startColumn": side.column} if side.lines else None
    return _file_location(side.path, region or {"startLine": 1})


def _file_location(path: str, region: dict[str, int]) -> dict[str, Any]:
    """A location in a file; code scanning places a result only when it has a start line."""
    artifact = {"uri": artifact_uri(path)}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}
