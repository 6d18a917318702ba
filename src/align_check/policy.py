"""What a team has decided to see: selected and ignored codes, severities per category."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from align_check.codes import category_of
from align_check.model import Finding
from align_check.settings import Settings


def apply_policy(findings: Iterable[Finding], settings: Settings) -> tuple[Finding, ...]:
    """Keep the findings the settings select, with the severities they give."""
    overrides = dict(settings.severities)
    kept = (f for f in findings if _selected(f.code, settings))
    return tuple(_with_severity(f, overrides) for f in kept)


def _selected(code: str, settings: Settings) -> bool:
    """A code is kept when it matches a --select prefix (if any) and no --ignore prefix."""
    chosen = not settings.select or any(code.startswith(p) for p in settings.select)
    return chosen and not any(code.startswith(p) for p in settings.ignore)


def _with_severity(finding: Finding, overrides: dict[str, str]) -> Finding:
    severity = overrides.get(finding.code) or overrides.get(category_of(finding.code))
    return replace(finding, severity=severity) if severity else finding
