"""Output formats by name: each turns a run into text."""

from __future__ import annotations

from collections.abc import Callable

from align_check.model import Run
from align_check.output.github import format_github
from align_check.output.html import format_html
from align_check.output.json_report import format_json
from align_check.output.junit import format_junit
from align_check.output.options import OutputOptions
from align_check.output.sarif import format_sarif
from align_check.output.text import format_text

Formatter = Callable[[Run, OutputOptions], str]

FORMATS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "sarif": format_sarif,
    "junit": format_junit,
    "github": format_github,
    "html": format_html,
}
"""Every output format by the name the CLI offers."""

__all__ = ["FORMATS", "Formatter", "OutputOptions"]
