"""A baseline: the findings a team has accepted, so that a gate fails only on new ones.

A finding's fingerprint is made of its code, the paths of the documents and the text of the
sentences concerned with whitespace folded; never line numbers, so it survives edits elsewhere
in the documents. The baseline counts fingerprints: two identical findings need two entries.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from align_check import __version__
from align_check.errors import InputError
from align_check.model import Finding, Report, Run, Unpaired
from align_check.text import clip

BASELINE_VERSION = 1
"""The version of the baseline file's layout."""

_EXCERPT = 80


def apply_baseline(run: Run, path: str | None, update: bool) -> tuple[Run, dict[str, bytes]]:
    """The run less the findings the baseline file accepts, and that file's new bytes when
    updating it (it then accepts every finding of the run)."""
    if path is None:
        if update:
            raise InputError("--update-baseline needs --baseline FILE to know where to write")
        return run, {}
    if update:
        return _without_findings(run), {path: baseline_json(run).encode()}
    return accept(run, load_baseline(path)), {}


def fingerprint(report: Report, finding: Finding) -> str:
    """The fingerprint of a finding of a comparison."""
    source = _texts(report.source.sentences[i].text for i in finding.source)
    target = _texts(report.target.sentences[i].text for i in finding.target)
    paths = (_path(report.source.path), _path(report.target.path))
    return _digest(finding.code, *paths, source, target)


def unpaired_fingerprint(unpaired: Unpaired) -> str:
    """The fingerprint of a document left unpaired or unreadable."""
    return _digest(unpaired.finding.code, _path(unpaired.path))


def accept(run: Run, baseline: Counter[str]) -> Run:
    """The run without the findings the baseline accepts (each entry accepts one finding)."""
    left = Counter(baseline)
    reports = tuple(_accept_report(report, left) for report in run.reports)
    unpaired = tuple(u for u in run.unpaired if not _take(left, unpaired_fingerprint(u)))
    return replace(run, reports=reports, unpaired=unpaired)


def baseline_json(run: Run) -> str:
    """A baseline file accepting every finding of the run."""
    entries = sorted(_entries(run), key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    body = {"align_check": __version__, "baseline": BASELINE_VERSION, "findings": entries}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: str) -> Counter[str]:
    """The fingerprints a baseline file accepts, with their counts."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline; write one with --update-baseline") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot read the baseline ({error})") from None
    if not isinstance(data, dict) or data.get("baseline") != BASELINE_VERSION:
        raise InputError(f"{path}: not an align-check baseline (version {BASELINE_VERSION})")
    return Counter(str(entry.get("fingerprint")) for entry in data.get("findings", []))


def _accept_report(report: Report, left: Counter[str]) -> Report:
    kept = tuple(f for f in report.findings if not _take(left, fingerprint(report, f)))
    return replace(report, findings=kept)


def _take(left: Counter[str], key: str) -> bool:
    """Use up one acceptance of a fingerprint; False when none is left."""
    if left[key] <= 0:
        return False
    left[key] -= 1
    return True


def _without_findings(run: Run) -> Run:
    """The run once a baseline accepts all its findings: none is left."""
    return replace(run, reports=tuple(replace(r, findings=()) for r in run.reports), unpaired=())


def _entries(run: Run) -> Iterator[dict[str, Any]]:
    for report in run.reports:
        for finding in report.findings:
            texts = [report.source.sentences[i].text for i in finding.source]
            texts += [report.target.sentences[i].text for i in finding.target]
            path = report.target.path if finding.target else report.source.path
            yield _entry(fingerprint(report, finding), finding.code, path, _texts(texts))
    for unpaired in run.unpaired:
        yield _entry(unpaired_fingerprint(unpaired), unpaired.finding.code, unpaired.path, "")


def _entry(key: str, code: str, path: str, text: str) -> dict[str, Any]:
    """One accepted finding; code, path and text are there for the people who review the file."""
    return {"fingerprint": key, "code": code, "path": _path(path), "text": clip(text, _EXCERPT)}


def _texts(texts: Iterable[str]) -> str:
    """Sentences joined, with every run of whitespace (no-break spaces too) folded to one space."""
    return " ".join(" ".join(texts).split())


def _path(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
