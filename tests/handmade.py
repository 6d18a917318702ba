"""Reports made by hand, to test the output formats without aligning anything."""

from __future__ import annotations

from typing import Any

from align_check.codes import CODES
from align_check.model import Document, Finding, Report, Run, Sentence, Unpaired

FRENCH = Document(
    "docs/fr/déclaration commune.md",
    "fr",
    (
        Sentence("Les ministres se sont rencontrés à Paris le 30 août 2016.", 1, 1),
        Sentence("Le Royaume-Uni versera 31,4 millions d'euros.", 3, 1),
        Sentence("Nous renforcerons  la coopération.", 5, 3),
    ),
)
ENGLISH = Document(
    "docs/en/joint statement.md",
    "en",
    (
        Sentence("The ministers met in Paris on 30 August 2016.", 2, 1),
        Sentence("The UK will contribute €41.4 million.", 4, 5),
        Sentence("Work will be taken forward rapidly.", 6, 1),
    ),
)


def finding(code: str, message: str, **sides: Any) -> Finding:
    """A finding with its code's default severity."""
    return Finding(code, CODES[code].severity, message, **sides)


OMISSION = finding(
    "AC101", "French sentence has no English counterpart", source=(2,), target_after=1
)
ADDITION = finding(
    "AC102", "English sentence has no French counterpart", target=(2,), source_after=1
)
FIGURE = finding(
    "AC201", "figure 31,4 in the French has 41.4 in the English", source=(1,), target=(1,)
)
LENGTH = Finding("AC402", "warning", "length ratio 0.4, far from 1.1", source=(0,), target=(0,))
"""A warning (the team's policy may raise AC402 from info)."""
UNRELATED = finding("AC104", "not translations of each other")


def report(*findings: Finding, source: Document = FRENCH, target: Document = ENGLISH) -> Report:
    """A comparison of the two hand-made documents holding these findings."""
    return Report(source, target, (), tuple(findings), "align-check:test")


def unpaired(path: str, code: str = "AC701", lang: str = "en") -> Unpaired:
    """A document left unpaired (AC701) or unreadable (AC702)."""
    return Unpaired(path, lang, finding(code, f"{path} has no counterpart"))


def batch(*reports: Report, alone: tuple[Unpaired, ...] = ()) -> Run:
    """A check run of these reports and unpaired documents."""
    return Run(reports=reports, unpaired=alone, batch=True)
