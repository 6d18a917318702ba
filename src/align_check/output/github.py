"""GitHub Actions workflow commands: an annotation on the file and line of every finding.

GitHub reads ``::error file=F,line=L,col=C,title=T::MESSAGE``. In the message ``%``, CR and LF
must be escaped; in the properties ``:`` and ``,`` as well (French decimals hold commas).
"""

from __future__ import annotations

from align_check.model import Finding, Report, Run, Unpaired
from align_check.output.annotations import describe, title
from align_check.output.locations import primary
from align_check.output.options import OutputOptions

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
"""The workflow command of each severity."""


def format_github(run: Run, options: OutputOptions) -> str:
    """One workflow command a finding, pair by pair, then the unpaired documents."""
    lines = [_paired(r, f) for r in run.reports for f in r.findings]
    lines += [_unpaired(u) for u in run.unpaired]
    return "".join(line + "\n" for line in lines)


def escape_data(text: str) -> str:
    """Escape a command's message as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command's property value: the message escapes, then ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str], message: str) -> str:
    """A workflow command line from its name, properties and message."""
    fields = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {fields}::{escape_data(message)}"


def _paired(report: Report, finding: Finding) -> str:
    first, _ = primary(report, finding)
    properties = {"file": first.path}
    if first.place:
        properties["line"] = "1"
    elif first.lines:
        properties |= {"line": str(first.line), "col": str(first.column)}
    properties["title"] = title(finding.code)
    message = describe(report, finding)
    if first.place:
        message = f"{first.place.where}: {message}"
    return command(COMMANDS[finding.severity], properties, message)


def _unpaired(unpaired: Unpaired) -> str:
    finding = unpaired.finding
    properties = {"file": unpaired.path, "title": title(finding.code)}
    return command(COMMANDS[finding.severity], properties, finding.message)
