"""The HTML report: both versions side by side, findings marked and linked, text escaped."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from pathlib import Path

import pytest
from lxml import html

from align_check.cli import EXIT_FINDINGS, main
from align_check.codes import category_of
from align_check.model import Bead, Document, Finding, Report, Run, Sentence, Unpaired
from align_check.output import FORMATS, OutputOptions
from align_check.output.html import format_html
from align_check.reading import read_document
from paths import ENGLISH as ENGLISH_SEED
from paths import FRENCH as FRENCH_SEED

FRENCH = Document(
    "fr.txt",
    "fr",
    (
        Sentence("Le ministre arrive à Paris le 30 août.", 1),
        Sentence("Il rencontre 1.000 policiers et 1.000 gendarmes.", 3),
        Sentence("Cette phrase manque en anglais.", 5),
    ),
)
ENGLISH = Document(
    "en.txt",
    "en",
    (
        Sentence("The minister arrives in Paris on 30 August.", 1),
        Sentence("He meets 2,000 police officers and 1,000 gendarmes.", 3),
        Sentence("Work will be taken forward rapidly on priorities.", 5),
    ),
)
BEADS = (Bead((0,), (0,), 0.93), Bead((1,), (1,), 0.41), Bead((2,), (), 0.0), Bead((), (2,), 0.0))
NUMBER = Finding(
    "AC201",
    "error",
    "1.000 in French, 2,000 in English",
    (1,),
    (1,),
    source_marks=("1.000",),
    target_marks=("2,000",),
)
OMISSION = Finding(
    "AC101", "error", "French sentence has no English counterpart", (2,), (), target_after=1
)
ADDITION = Finding(
    "AC102", "error", "English sentence has no French counterpart", (), (2,), source_after=2
)
REPORT = Report(FRENCH, ENGLISH, BEADS, (NUMBER, OMISSION, ADDITION), "align-check:test")

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def render(run: Run) -> html.HtmlElement:
    """The page of a run, parsed back."""
    return html.document_fromstring(format_html(run, OutputOptions()))


def hostile_report(where: str) -> Report:
    """The test report with hostile text in one place a document or finding can put it."""
    source, target, findings = FRENCH, ENGLISH, REPORT.findings
    if where in ("sentence", "mark"):
        lines = (FRENCH.sentences[0], Sentence(HOSTILE, 3), FRENCH.sentences[2])
        source = Document("fr.txt", "fr", lines)
    elif where == "path":
        target = Document(HOSTILE, "en", ENGLISH.sentences)
    elif where == "message":
        findings = (NUMBER, OMISSION, Finding("AC102", "error", HOSTILE, (), (2,)))
    elif where == "mark":
        findings = (Finding("AC201", "error", "m", (1,), (1,), source_marks=("<b>bold</b>",)),)
    return Report(source, target, BEADS, findings, HOSTILE if where == "signature" else "sig")


@pytest.mark.parametrize("where", ["sentence", "path", "message", "mark", "signature"])
def test_document_text_is_shown_as_text_never_run(where: str) -> None:
    page = render(Run((hostile_report(where),)))
    assert len(page.findall(".//script")) == 1
    assert page.findall(".//b") == []
    assert HOSTILE in page.text_content()


def test_characters_html_cannot_carry_are_dropped_not_fatal() -> None:
    lines = (Sentence("Un\x0btab\x00 vertical.", 1), *FRENCH.sentences[1:])
    report = Report(Document("fr.txt", "fr", lines), ENGLISH, BEADS, (), "sig")
    assert "Untab vertical." in render(Run((report,))).text_content()


def test_every_bead_has_one_row_with_both_sides_in_their_language() -> None:
    rows = render(Run((REPORT,))).findall(".//table[@class='alignment']/tbody/tr")
    assert len(rows) == len(BEADS)
    first = rows[0].findall("td")
    assert (first[0].get("lang"), first[0].text_content()) == ("fr", FRENCH.sentences[0].text)
    assert (first[1].get("lang"), first[1].text_content()) == ("en", ENGLISH.sentences[0].text)


def test_the_table_says_what_its_columns_and_rows_hold() -> None:
    table = render(Run((REPORT,))).find(".//table[@class='alignment']")
    assert table.find("caption").text_content()
    assert [th.get("scope") for th in table.findall("thead/tr/th")] == ["col"] * 5
    assert {th.get("scope") for th in table.findall("tbody/tr/th")} == {"row"}


ONE_SIDED = [
    pytest.param(2, 0, 1, "Only in French", id="omission: French sentence, empty English cell"),
    pytest.param(3, 1, 0, "Only in English", id="addition: English sentence, empty French cell"),
]


@pytest.mark.parametrize(("row", "full", "empty", "tag"), ONE_SIDED)
def test_a_one_sided_sentence_is_highlighted_against_an_empty_cell(
    row: int, full: int, empty: int, tag: str
) -> None:
    cells = render(Run((REPORT,))).findall(".//table[@class='alignment']/tbody/tr")[row][1:3]
    assert "lone" in cells[full].classes
    assert cells[full].text_content().startswith(tag)
    assert "gap" in cells[empty].classes
    assert cells[empty].find("p") is None


MARKS = [
    pytest.param(0, ["1.000", "1.000"], id="French: both occurrences of the figure"),
    pytest.param(1, ["2,000"], id="English: the differing figure only"),
]


@pytest.mark.parametrize(("side", "marked"), MARKS)
def test_what_differs_within_a_pair_is_marked_in_its_sentence(side: int, marked: list[str]) -> None:
    row = render(Run((REPORT,))).findall(".//table[@class='alignment']/tbody/tr")[1]
    cell = row.findall("td")[side]
    assert [m.text for m in cell.iter("mark")] == marked


def test_overlapping_marks_keep_the_longest() -> None:
    finding = Finding("AC201", "error", "m", (1,), (), source_marks=("1.000", "1.000 policiers"))
    report = Report(FRENCH, ENGLISH, BEADS, (finding,), "sig")
    row = render(Run((report,))).findall(".//table[@class='alignment']/tbody/tr")[1]
    assert [m.text for m in row.iter("mark")] == ["1.000 policiers", "1.000"]


def test_each_finding_links_to_the_row_of_its_sentences() -> None:
    page = render(Run((REPORT,)))
    links = [a.get("href") for a in page.findall(".//ol[@class='findings']/li/a")]
    assert links == ["#pair-1-row-2", "#pair-1-row-3", "#pair-1-row-4"]
    assert all(page.get_element_by_id(href[1:]) is not None for href in links)


def test_a_document_level_finding_links_to_its_comparison() -> None:
    unrelated = Finding("AC104", "error", "fr.txt and en.txt are not translations of each other")
    page = render(Run((Report(FRENCH, ENGLISH, BEADS, (unrelated,), "sig"),)))
    assert page.find(".//ol[@class='findings']/li/a").get("href") == "#pair-1"


def test_the_summary_counts_findings_by_category_and_severity() -> None:
    table = render(Run((REPORT,))).find(".//table[@class='counts']")
    rows = {
        tr.find("th").text: [td.text for td in tr.findall("td")] for tr in table.findall("tbody/tr")
    }
    expected = Counter(category_of(f.code) for f in REPORT.findings)
    assert rows == {category: [str(n), "0", "0", str(n)] for category, n in expected.items()}


def test_filters_offer_the_severities_and_the_categories_found() -> None:
    form = render(Run((REPORT,))).get_element_by_id("filters")
    values = {(box.get("name"), box.get("value")) for box in form.iter("input")}
    assert values == {
        ("severity", "error"),
        ("severity", "warning"),
        ("severity", "info"),
        ("category", "number"),
        ("category", "omission"),
        ("category", "addition"),
        ("rows", None),
    }
    assert all(box.getparent().tag == "label" for box in form.iter("input"))


SCORES = [
    pytest.param(0, "0.93", False, id="a confident pair"),
    pytest.param(1, "0.41doubtful", True, id="a doubtful pair"),
    pytest.param(2, "0.00", False, id="a one-sided sentence is not a doubtful pair"),
]


@pytest.mark.parametrize(("row", "shown", "doubtful"), SCORES)
def test_the_score_is_shown_and_doubtful_pairs_stand_out(
    row: int, shown: str, doubtful: bool
) -> None:
    cell = render(Run((REPORT,))).findall(".//table[@class='alignment']/tbody/tr")[row][-1]
    assert cell.text_content() == shown
    assert ("doubtful" in cell.classes) is doubtful


def test_the_page_needs_nothing_from_outside() -> None:
    page = render(Run((REPORT,)))
    assert page.findall(".//link") == []
    assert [e for e in page.iter() if e.get("src")] == []
    assert all(a.get("href").startswith("#") for a in page.iter("a"))


def test_the_page_allows_exactly_its_own_style_and_script() -> None:
    page = render(Run((REPORT,)))
    policy = page.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    for element in (page.find(".//style"), page.find(".//script")):
        digest = hashlib.sha256(element.text.encode("utf-8")).digest()
        assert f"'sha256-{base64.b64encode(digest).decode()}'" in policy
    assert "default-src 'none'" in policy


BATCH = Run(
    (REPORT, Report(FRENCH, ENGLISH, BEADS[:2], (NUMBER,), "sig")),
    (Unpaired("orphan.fr.txt", "fr", Finding("AC701", "error", "no English counterpart")),),
    batch=True,
)


def test_a_batch_lists_its_pairs_then_the_unpaired_documents() -> None:
    page = render(BATCH)
    pairs, unpaired = page.findall(".//table[@class='pairs']")
    assert [a.get("href") for a in pairs.iter("a")] == ["#pair-1", "#pair-2"]
    assert "orphan.fr.txt" in unpaired.text_content()
    assert len(page.findall(".//table[@class='alignment']")) == 2


def test_ids_are_unique_across_the_pairs_of_a_batch() -> None:
    ids = [e.get("id") for e in render(BATCH).iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_a_run_without_findings_says_so() -> None:
    page = render(Run((Report(FRENCH, ENGLISH, BEADS[:2], (), "sig"),)))
    assert "No findings" in page.text_content()
    assert page.find(".//form") is None


def test_html_is_offered_as_an_output_format() -> None:
    assert FORMATS["html"] is format_html


def test_compare_writes_every_sentence_of_the_seed_pair_once_in_order(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    args = [
        "compare",
        str(FRENCH_SEED),
        str(ENGLISH_SEED),
        "--similarity",
        "lexical",
        "--format",
        "html",
        "-o",
        str(out),
    ]
    assert main(args) == EXIT_FINDINGS
    page = html.document_fromstring(out.read_text(encoding="utf-8"))
    for path, lang in ((FRENCH_SEED, "fr"), (ENGLISH_SEED, "en")):
        shown = [p.text_content() for p in page.findall(f".//td[@lang='{lang}']/p")]
        assert shown == [s.text for s in read_document(str(path), lang, False).sentences]
