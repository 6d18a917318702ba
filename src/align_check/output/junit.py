"""JUnit XML, for CI test reports: one test case per document pair.

A case fails when its pair has a finding that reaches the gate (``--fail-on``, error by
default; ``never`` fails none); its failure lists every finding of the pair. The findings of
a passing pair go to its ``system-out``. A document left unpaired or unreadable is a case of
its own in a second suite.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence

from align_check.model import Finding, Report, Run, Unpaired, reaches
from align_check.output.annotations import describe
from align_check.output.locations import primary
from align_check.output.options import OutputOptions
from align_check.output.tmx import clean_text


def format_junit(run: Run, options: OutputOptions) -> str:
    """A JUnit XML report: a suite of pairs, and a suite of unpaired documents."""
    root = ElementTree.Element("testsuites", name="align-check")
    gate = options.fail_on
    _suite(root, "pairs", [_pair_case(report, gate) for report in run.reports])
    _suite(root, "unpaired documents", [_unpaired_case(u, gate) for u in run.unpaired])
    _count(root, root.findall("testsuite"))
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _suite(root: ElementTree.Element, name: str, cases: Sequence[ElementTree.Element]) -> None:
    suite = ElementTree.SubElement(root, "testsuite", name=name)
    suite.extend(cases)
    _count(suite, cases)


def _count(element: ElementTree.Element, children: Sequence[ElementTree.Element]) -> None:
    """Set the tests and failures counts of a suite from its cases (or of the root from suites)."""
    if element.tag == "testsuites":
        tests = sum(int(s.get("tests", "0")) for s in children)
        failures = sum(int(s.get("failures", "0")) for s in children)
    else:
        tests, failures = len(children), sum(1 for c in children if c.find("failure") is not None)
    element.set("tests", str(tests))
    element.set("failures", str(failures))
    element.set("errors", "0")
    element.set("skipped", "0")


def _pair_case(report: Report, gate: str) -> ElementTree.Element:
    name = f"{report.source.path} -> {report.target.path}"
    case = ElementTree.Element("testcase", classname="align-check.pair", name=clean_text(name))
    failing = [f for f in report.findings if reaches(f.severity, gate)]
    text = "\n\n".join(_entry(report, f) for f in report.findings)
    if failing:
        message = f"{len(failing)} finding(s) at or above {gate}: {failing[0].message}"
        _add(case, "failure", text, message=clean_text(message), type=failing[0].code)
    elif text:
        _add(case, "system-out", text)
    return case


def _unpaired_case(unpaired: Unpaired, gate: str) -> ElementTree.Element:
    finding = unpaired.finding
    case = ElementTree.Element(
        "testcase", classname="align-check.unpaired", name=clean_text(unpaired.path)
    )
    text = f"{unpaired.path}: {finding.severity} {finding.code} {finding.message}"
    if reaches(finding.severity, gate):
        _add(case, "failure", text, message=clean_text(finding.message), type=finding.code)
    else:
        _add(case, "system-out", text)
    return case


def _entry(report: Report, finding: Finding) -> str:
    first, _ = primary(report, finding)
    head = f"{first.anchor}: {finding.severity} {finding.code}"
    return f"{head} {describe(report, finding)}"


def _add(case: ElementTree.Element, tag: str, text: str, **attributes: str) -> None:
    ElementTree.SubElement(case, tag, attributes).text = clean_text(text)
