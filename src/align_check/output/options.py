"""How a report is rendered, independent of what it says."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutputOptions:
    """Rendering choices that formatters share."""

    color: bool = False
    fail_on: str = "error"
    """The gate's severity (``--fail-on``): JUnit fails the cases whose findings reach it."""
