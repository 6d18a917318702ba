"""The terminal view in colour: severities and what differs stand out; plain text is unchanged."""

from __future__ import annotations

import re

import pytest

from align_check.model import Bead, Document, Finding, Report, Run, Sentence, Unpaired
from align_check.output import OutputOptions
from align_check.output.text import format_text

FRENCH = Document(
    "fr.txt",
    "fr",
    (
        Sentence("Il rencontre 1.000 policiers.", 1),
        Sentence("Une phrase de plus.", 3),
    ),
)
ENGLISH = Document("en.txt", "en", (Sentence("He meets 2,000 police officers.", 1),))
NUMBER = Finding(
    "AC201",
    "error",
    "1.000 in French, 2,000 in English",
    (0,),
    (0,),
    source_marks=("1.000",),
    target_marks=("2,000",),
)
OMISSION = Finding(
    "AC101", "warning", "French sentence has no English counterpart", (1,), (), target_after=0
)
REPORT = Report(
    FRENCH, ENGLISH, (Bead((0,), (0,), 0.8), Bead((1,), (), 0.0)), (NUMBER, OMISSION), "sig"
)
RUN = Run(
    (REPORT,), (Unpaired("lone.fr.txt", "fr", Finding("AC701", "error", "no pair")),), batch=True
)
SGR = re.compile(r"\x1b\[[0-9;]*m")


def painted(text: str) -> list[str]:
    """The texts wrapped in an SGR sequence, in order."""
    return re.findall(r"\x1b\[[0-9;]+m([^\x1b]*)\x1b\[0m", text)


def test_without_colour_there_is_no_escape_sequence() -> None:
    assert "\x1b" not in format_text(RUN, OutputOptions(color=False))


def test_colour_only_adds_styles_to_the_plain_text() -> None:
    coloured = format_text(RUN, OutputOptions(color=True))
    assert SGR.sub("", coloured) == format_text(RUN, OutputOptions(color=False))


STANDING_OUT = [
    pytest.param("error", id="an error severity"),
    pytest.param("warning", id="a warning severity"),
    pytest.param("1.000", id="the French figure that differs"),
    pytest.param("2,000", id="the English figure that differs"),
    pytest.param("en.txt:1:1:", id="the place of a finding"),
    pytest.param("lone.fr.txt", id="an unpaired document"),
    pytest.param("(nothing in English; the gap follows line 1)", id="the gap of a one-sided one"),
]


@pytest.mark.parametrize("text", STANDING_OUT)
def test_in_colour_these_stand_out(text: str) -> None:
    assert text in painted(format_text(RUN, OutputOptions(color=True)))


def test_a_severity_with_no_finding_is_not_painted() -> None:
    assert "0 info" not in painted(format_text(RUN, OutputOptions(color=True)))
