"""Selecting, ignoring and re-grading findings by code and category."""

from __future__ import annotations

import pytest

from align_check.model import Finding
from align_check.policy import apply_policy
from align_check.settings import Settings

FINDINGS = (
    Finding("AC101", "error", "omission"),
    Finding("AC201", "error", "figure"),
    Finding("AC212", "info", "year"),
    Finding("AC301", "warning", "name"),
)

CASES = [
    (Settings(), ["AC101", "AC201", "AC212", "AC301"]),
    (Settings(select=("AC2",)), ["AC201", "AC212"]),
    (Settings(ignore=("AC3", "AC101")), ["AC201", "AC212"]),
    (Settings(select=("AC2",), ignore=("AC212",)), ["AC201"]),
]


@pytest.mark.parametrize(("settings", "codes"), CASES, ids=["all", "select", "ignore", "both"])
def test_codes_are_selected_and_ignored_by_prefix(settings: Settings, codes: list[str]) -> None:
    assert [f.code for f in apply_policy(FINDINGS, settings)] == codes


def test_severity_is_set_per_category_or_per_code() -> None:
    settings = Settings(severities=(("name", "error"), ("AC212", "warning")))
    assert [f.severity for f in apply_policy(FINDINGS, settings)] == [
        "error",
        "error",
        "warning",
        "error",
    ]
