"""Output formats by name: each turns a run into text."""

from __future__ import annotations

from collections.abc import Callable

from align_check.model import Run
from align_check.output.json_report import format_json
from align_check.output.options import OutputOptions
from align_check.output.text import format_text

Formatter = Callable[[Run, OutputOptions], str]

FORMATS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
}
"""Every output format by the name the CLI offers."""

__all__ = ["FORMATS", "Formatter", "OutputOptions"]
