"""GitHub workflow commands: one annotation per finding, escaped as GitHub's toolkit escapes."""

from __future__ import annotations

import re

import pytest

from align_check.model import Finding
from align_check.output.github import command, escape_data, escape_property, format_github
from align_check.output.options import OutputOptions
from handmade import ADDITION, FIGURE, LENGTH, OMISSION, batch, report, unpaired

DATA_ESCAPES = [
    ("plain", "plain"),
    ("41 %", "41 %25"),
    ("line one\nline two", "line one%0Aline two"),
    ("carriage\r\nreturn", "carriage%0D%0Areturn"),
    ("31,4 : déjà", "31,4 : déjà"),
    ("%0A literally", "%250A literally"),
]

PROPERTY_ESCAPES = [
    ("docs/fr/a.md", "docs/fr/a.md"),
    ("31,4", "31%2C4"),
    ("AC201: number", "AC201%3A number"),
    ("100 %, 2:1\n", "100 %25%2C 2%3A1%0A"),
]

_COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    """What the runner reads back from an escaped value."""
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command split as the runner splits it: name, properties, message."""
    found = _COMMAND.match(line)
    assert found, line
    props = dict(item.split("=", 1) for item in found.group("props").split(","))
    return found.group(1), {k: unescape(v) for k, v in props.items()}, unescape(found["message"])


@pytest.mark.parametrize(("text", "escaped"), DATA_ESCAPES, ids=[e[0] for e in DATA_ESCAPES])
def test_messages_escape_percent_and_line_breaks_only(text: str, escaped: str) -> None:
    assert escape_data(text) == escaped


@pytest.mark.parametrize(
    ("text", "escaped"), PROPERTY_ESCAPES, ids=[e[0] for e in PROPERTY_ESCAPES]
)
def test_properties_also_escape_colons_and_commas(text: str, escaped: str) -> None:
    assert escape_property(text) == escaped


def test_a_message_with_commas_colons_percent_and_newlines_comes_back_whole() -> None:
    message = "chiffre 31,4 % : l'anglais dit 41.4%\nsecond line\r\nthird"
    line = command("error", {"file": "a,b:c.md", "line": "3", "title": "AC201 number"}, message)
    assert "\n" not in line and "\r" not in line
    assert parse(line) == (
        "error",
        {"file": "a,b:c.md", "line": "3", "title": "AC201 number"},
        message,
    )


SEVERITY_COMMANDS = [(ADDITION, "error"), (LENGTH, "warning")]


@pytest.mark.parametrize(("finding", "name"), SEVERITY_COMMANDS, ids=["error", "warning"])
def test_each_severity_has_its_command(finding: Finding, name: str) -> None:
    line = format_github(batch(report(finding)), OutputOptions())
    assert parse(line.strip())[0] == name


PLACES = [
    (OMISSION, "docs/fr/déclaration commune.md", "5", "3"),
    (ADDITION, "docs/en/joint statement.md", "6", "1"),
    (FIGURE, "docs/en/joint statement.md", "4", "5"),
]


@pytest.mark.parametrize(
    ("finding", "path", "line", "col"),
    PLACES,
    ids=["omission-in-source", "addition-in-target", "figure-in-target"],
)
def test_an_annotation_lands_on_the_file_and_line_of_the_text_concerned(
    finding: Finding, path: str, line: str, col: str
) -> None:
    output = format_github(batch(report(finding)), OutputOptions())
    _, props, message = parse(output.strip())
    assert (props["file"], props["line"], props["col"]) == (path, line, col)
    assert props["title"].startswith(finding.code)
    assert message.startswith(finding.message)


def test_the_message_quotes_the_sentence_and_the_other_side() -> None:
    _, _, message = parse(format_github(batch(report(FIGURE)), OutputOptions()).strip())
    assert message.splitlines() == [
        FIGURE.message,
        "en 4: The UK will contribute €41.4 million.",
        "fr 3: Le Royaume-Uni versera 31,4 millions d'euros.",
    ]


def test_an_unpaired_document_is_an_annotation_on_the_file() -> None:
    output = format_github(batch(alone=(unpaired("docs/en/lonely,one.md"),)), OutputOptions())
    name, props, message = parse(output.strip())
    assert (name, props) == ("error", {"file": "docs/en/lonely,one.md", "title": "AC701 unpaired"})
    assert message == "docs/en/lonely,one.md has no counterpart"


def test_one_line_per_finding_and_nothing_for_a_clean_run() -> None:
    run = batch(report(OMISSION, FIGURE), report(), alone=(unpaired("x.md"),))
    assert len(format_github(run, OutputOptions()).splitlines()) == 3
    assert format_github(batch(report()), OutputOptions()) == ""
