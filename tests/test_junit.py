"""JUnit XML: parses, one test case per document pair, failing where the gate (--fail-on) does."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import replace

import pytest

from align_check.model import Document, Finding, Run, Sentence
from align_check.output.junit import format_junit
from align_check.output.options import OutputOptions
from handmade import ENGLISH, FIGURE, FRENCH, LENGTH, OMISSION, batch, report, unpaired


def junit(run: Run, fail_on: str = "error") -> ElementTree.Element:
    options = OutputOptions(fail_on=fail_on)
    return ElementTree.fromstring(format_junit(run, options).encode("utf-8"))


def cases(root: ElementTree.Element, suite: str) -> list[ElementTree.Element]:
    (found,) = [s for s in root.iter("testsuite") if s.get("name") == suite]
    return found.findall("testcase")


OTHER_FR = replace(FRENCH, path="docs/fr/autre.md")
OTHER_EN = replace(ENGLISH, path="docs/en/other.md")
RUNS = {
    "no-pair": batch(),
    "one-clean-pair": batch(report()),
    "three-pairs": batch(
        report(OMISSION),
        report(LENGTH, source=OTHER_FR, target=OTHER_EN),
        report(),
        alone=(unpaired("docs/en/x.md"),),
    ),
}


@pytest.mark.parametrize(
    ("run", "pairs"), [(RUNS[k], len(RUNS[k].reports)) for k in RUNS], ids=list(RUNS)
)
def test_one_case_per_pair(run: Run, pairs: int) -> None:
    root = junit(run)
    pair_cases = cases(root, "pairs")
    assert len(pair_cases) == pairs
    names = [c.get("name") for c in pair_cases]
    assert names == [f"{r.source.path} -> {r.target.path}" for r in run.reports]


def test_counts_add_up() -> None:
    root = junit(RUNS["three-pairs"])
    assert (root.get("tests"), root.get("failures")) == ("4", "2")
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")


def test_a_pair_with_an_error_fails_and_lists_every_finding() -> None:
    (case,) = cases(junit(batch(report(FIGURE, LENGTH))), "pairs")
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("type") == "AC201"
    assert failure.get("message") == f"1 finding(s) at or above error: {FIGURE.message}"
    assert "AC201" in (failure.text or "") and "AC402" in (failure.text or "")


def test_warnings_alone_pass_and_show_in_the_output() -> None:
    (case,) = cases(junit(batch(report(LENGTH))), "pairs")
    assert case.find("failure") is None
    out = case.find("system-out")
    assert out is not None and "AC402" in (out.text or "")


@pytest.mark.parametrize(
    ("fail_on", "fails"),
    [("info", True), ("warning", True), ("error", False), ("never", False)],
)
def test_a_case_fails_where_the_gate_does(fail_on: str, fails: bool) -> None:
    (case,) = cases(junit(batch(report(LENGTH)), fail_on), "pairs")
    assert (case.find("failure") is not None) == fails


def test_a_gate_of_never_fails_no_case_even_an_error() -> None:
    root = junit(RUNS["three-pairs"], "never")
    assert root.get("failures") == "0"


def test_a_clean_pair_is_a_bare_passing_case() -> None:
    (case,) = cases(junit(batch(report())), "pairs")
    assert list(case) == []


def test_unpaired_documents_are_failing_cases_of_their_own_suite() -> None:
    alone = (unpaired("docs/en/x.md"), unpaired("bin.md", "AC702", "und"))
    unpaired_cases = cases(junit(batch(alone=alone)), "unpaired documents")
    assert [c.get("name") for c in unpaired_cases] == ["docs/en/x.md", "bin.md"]
    assert [c.find("failure[@type]") is not None for c in unpaired_cases] == [True, True]
    assert [c.findall("failure")[0].get("type") for c in unpaired_cases] == ["AC701", "AC702"]


def test_characters_xml_cannot_hold_are_dropped() -> None:
    french = Document("a.md", "fr", (Sentence("Texte\x0b avec\x01 contrôle & <balise>.", 1, 1),))
    omission = Finding("AC101", "error", "omission\x02", source=(0,))
    text = format_junit(batch(report(omission, source=french)), OutputOptions())
    failure = ElementTree.fromstring(text.encode("utf-8")).find(".//failure")
    assert failure is not None
    assert "Texte avec contrôle & <balise>." in (failure.text or "")
