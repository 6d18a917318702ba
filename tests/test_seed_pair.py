"""The seed statement: what a reviewer must see, and what must stay quiet."""

from __future__ import annotations

import contextlib
import io
import json
from functools import cache
from typing import Any

import pytest

from align_check.cli import EXIT_FINDINGS, main
from paths import ENGLISH, FRENCH, UNRELATED_EN, UNRELATED_FR

ADDED = "Work will be taken forward rapidly on priorities identified in the regular joint UK France"
FURNITURE = ["Share this page", "Share on Facebook", "Share on Twitter", "First published"]


@cache
def report(source: str, target: str) -> dict[str, Any]:
    """The JSON report of one comparison, computed once per module."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["compare", source, target, "--format", "json"])
    assert code == EXIT_FINDINGS
    return dict(json.loads(out.getvalue()))


def seed_report() -> dict[str, Any]:
    return report(str(FRENCH), str(ENGLISH))


def test_the_added_english_sentence_is_an_addition_at_error_severity() -> None:
    added = [f for f in seed_report()["findings"] if any(ADDED in t for t in f["target"])]
    assert [(f["code"], f["category"], f["severity"]) for f in added] == [
        ("AC102", "addition", "error")
    ]
    assert added[0]["source"] == [] and added[0]["source_lines"] == [28]


@pytest.mark.parametrize("text", FURNITURE)
def test_page_furniture_is_never_paired_and_is_reported_as_boilerplate(text: str) -> None:
    beads = [b for b in seed_report()["beads"] if any(text in t for t in b["target"])]
    assert len(beads) == 1 and beads[0]["source"] == []
    findings = [f for f in seed_report()["findings"] if any(text in t for t in f["target"])]
    assert [(f["code"], f["severity"]) for f in findings] == [("AC103", "info")]


def test_figures_that_agree_across_formats_give_no_number_finding() -> None:
    assert [f for f in seed_report()["findings"] if f["category"] == "number"] == []


def test_the_only_error_is_the_added_sentence() -> None:
    errors = [f["target"] for f in seed_report()["findings"] if f["severity"] == "error"]
    assert len(errors) == 1 and ADDED in errors[0][0]


def test_the_english_headline_without_french_counterpart_is_a_heading_warning() -> None:
    headline = [f for f in seed_report()["findings"] if f["target_ids"] == [0]]
    assert [(f["code"], f["category"], f["severity"]) for f in headline] == [
        ("AC106", "addition", "warning")
    ]


def test_documents_that_are_not_translations_give_one_unrelated_finding() -> None:
    unrelated = report(str(UNRELATED_FR), str(UNRELATED_EN))
    assert [
        (f["code"], f["severity"], f["source"], f["target"]) for f in unrelated["findings"]
    ] == [("AC104", "error", [], [])]
    assert all(not (b["source"] and b["target"]) for b in unrelated["beads"])
