"""Places in every report: a line where the document has lines, else a page and paragraph."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from align_check.model import Bead, Document, Finding, Place, Report, Run, Sentence
from align_check.output import FORMATS, OutputOptions

FRENCH = Document(
    "avis.fr.pdf",
    "fr",
    (
        Sentence("Le ministre arrive.", 1, 1, 0, "paragraph", Place(1, page=1)),
        Sentence("Il rencontre 160 policiers.", 2, 1, 1, "paragraph", Place(2, page=3)),
        Sentence("Voir la note.", 3, 1, 2, "paragraph", Place(3, page=3, part="footnote")),
    ),
    format="pdf",
    notices=("2 running header and footer lines left out",),
)
ENGLISH = Document(
    "notice.en.txt",
    "en",
    (
        Sentence("The minister arrives.", 1),
        Sentence("He meets 150 police officers.", 4, 5),
    ),
)
FIGURE = Finding("AC201", "error", "figure 160 in the French has 150 in the English", (1,), (1,))
ALONE = Finding(
    "AC101", "error", "a French sentence is missing from the English", (2,), (), None, 1
)
REPORT = Report(
    FRENCH,
    ENGLISH,
    (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.8), Bead((2,), (), 0.0)),
    (FIGURE, ALONE),
    "align-check:test",
)
RUN = Run((REPORT,))


def output(name: str) -> str:
    return FORMATS[name](RUN, OutputOptions())


def test_a_place_reads_as_page_and_paragraph() -> None:
    assert Place(4, page=3).where == "page 3, paragraph 4"
    assert Place(57, part="footnote").where == "paragraph 57 (footnote)"


def test_json_gives_each_side_its_places_and_keeps_lines() -> None:
    body = json.loads(output("json"))
    schema = json.loads(
        resources.files("align_check").joinpath("data/report.schema.json").read_text("utf-8")
    )
    jsonschema.validate(body, schema)
    figure, alone = body["findings"]
    assert figure["source_places"] == [
        {"page": 3, "paragraph": 2, "part": "body", "where": "page 3, paragraph 2"}
    ]
    assert figure["target_places"] == [{"line": 4, "column": 5, "where": "line 4"}]
    assert figure["source_lines"] == [2]
    assert alone["target_places"] == [{"line": 4, "column": 1, "where": "line 4"}]
    assert body["source"]["format"] == "pdf"
    assert body["source"]["notices"] == ["2 running header and footer lines left out"]
    assert body["beads"][2]["source_places"][0]["part"] == "footnote"
    assert "target_places" not in body["beads"][0]


def test_the_text_report_points_at_the_page_and_says_what_was_left_out() -> None:
    text = output("text")
    assert "read avis.fr.pdf: 2 running header and footer lines left out" in text
    assert "notice.en.txt:4:5: error AC201" in text
    assert "    fr page 3, paragraph 2: Il rencontre 160 policiers." in text
    assert "avis.fr.pdf (page 3, paragraph 3 (footnote)): error AC101" in text


def test_sarif_keeps_a_real_line_only_where_there_is_one() -> None:
    sarif = json.loads(output("sarif"))
    results = sarif["runs"][0]["results"]
    alone = next(r for r in results if r["ruleId"] == "AC101")
    location = alone["locations"][0]
    assert location["physicalLocation"]["region"] == {"startLine": 1}
    assert location["logicalLocations"] == [
        {"fullyQualifiedName": "page 3, paragraph 3 (footnote)", "kind": "element"}
    ]
    assert location["properties"]["page"] == 3
    figure = next(r for r in results if r["ruleId"] == "AC201")
    assert figure["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 4,
        "startColumn": 5,
    }


def test_a_github_annotation_on_a_pdf_names_the_page_in_its_message() -> None:
    line = next(row for row in output("github").splitlines() if "AC101" in row)
    assert "file=avis.fr.pdf,line=1," in line
    assert (
        "::page 3, paragraph 3 (footnote)%3A " in line
        or "::page 3, paragraph 3 (footnote): " in line
    )


def test_the_html_report_shows_the_page_of_each_finding() -> None:
    page = output("html")
    assert "avis.fr.pdf, page 3, paragraph 3 (footnote)" in page
    assert 'title="page 3, paragraph 2"' in page
    assert "Read avis.fr.pdf: 2 running header and footer lines left out" in page
