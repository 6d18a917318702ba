"""From two documents to a report: align, check, apply the team's policy."""

from __future__ import annotations

import hashlib
from contextlib import nullcontext

from align_check import __version__, cache
from align_check.align import align, one_sided, related, resolve, semantic
from align_check.checks import run_checks
from align_check.checks.language import without_explained
from align_check.checks.onesided import unrelated_finding
from align_check.checks.structure import without_reported_items
from align_check.errors import InputError
from align_check.model import Bead, Document, Finding, Report
from align_check.policy import apply_policy
from align_check.settings import Settings


def compare(source: Document, target: Document, settings: Settings) -> Report:
    """Align two versions of a document and report how they diverge."""
    try:
        similarity = resolve(settings.similarity)
    except ValueError as error:
        raise InputError(str(error)) from None
    beads = align(source, target, similarity)
    if related(source, target, beads):
        with semantic.withheld() if similarity == "lexical" else nullcontext():
            findings = tuple(run_checks(source, target, beads, settings.names))
    else:
        beads = one_sided(source, target)
        findings = (unrelated_finding(source, target),)
    return Report(
        source=source,
        target=target,
        beads=beads,
        findings=in_document_order(
            without_reported_items(without_explained(apply_policy(findings, settings))), beads
        ),
        signature=signature(source, target, settings, similarity),
    )


def in_document_order(
    findings: tuple[Finding, ...], beads: tuple[Bead, ...]
) -> tuple[Finding, ...]:
    """Findings sorted by the place of the first bead they concern; document-level ones first."""
    place = {("s", i): n for n, bead in enumerate(beads) for i in bead.source}
    place.update({("t", j): n for n, bead in enumerate(beads) for j in bead.target})

    def key(finding: Finding) -> int:
        keys = [("s", i) for i in finding.source] + [("t", j) for j in finding.target]
        return min((place[k] for k in keys if k in place), default=-1)

    return tuple(sorted(findings, key=key))


def signature(source: Document, target: Document, settings: Settings, similarity: str) -> str:
    """Version and settings, printed beside every result so it can be reproduced."""
    parts = [
        f"align-check:{__version__}",
        f"langs:{source.lang}>{target.lang}",
        f"seg:{'lines' if settings.segmented else 'punkt'}",
        f"sim:{similarity}",
    ]
    if settings.select:
        parts.append("select:" + ",".join(settings.select))
    if settings.ignore:
        parts.append("ignore:" + ",".join(settings.ignore))
    parts.extend(f"severity:{key}={value}" for key, value in settings.severities)
    if settings.names:
        listed = repr(settings.names).encode("utf-8")
        parts.append(f"names:{hashlib.sha256(listed).hexdigest()[:12]}")
    if settings.reading.main:
        parts.append(f"main:{settings.reading.main}")
    parts.extend(f"exclude:{selector}" for selector in settings.reading.exclude)
    return "|".join(parts)


def result_key(
    paths: tuple[str, str],
    langs: tuple[str | None, str | None],
    settings: Settings,
    method: str = "",
) -> bytes | None:
    """The cache key of a pair's whole result (``cache.result_key``), with what the result
    depends on besides its documents, settings and program: how the pair was made, the signal
    ``auto`` resolves to here and, for the semantic one, the BLAS and processor."""
    try:
        similarity = resolve(settings.similarity)
    except ValueError as error:
        signal = f"unavailable: {error}"
    else:
        signal = (
            f"sim:{similarity} {semantic.signature()}" if similarity == "semantic" else similarity
        )
    return cache.result_key(paths, langs, (settings, method), signal)
