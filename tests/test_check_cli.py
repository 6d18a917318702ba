"""align-check check: a CI gate over folders, with several reports and a baseline."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from align_check.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, main
from paths import ENGLISH, FRENCH, SEEDS, UNRELATED_EN, UNRELATED_FR
from test_sarif import official_schema

ADDED = "Work will be taken forward rapidly on priorities identified"
FAST = ["--similarity", "lexical"]
"""For tests about the gate rather than the alignment."""


@dataclass(frozen=True)
class Outputs:
    """One run of check over the seeds, with every format written to a file."""

    code: int
    folder: Path

    def read(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    folder = tmp_path_factory.mktemp("reports")
    reports = [f"--report={name}:{folder / name}" for name in ("sarif", "junit", "github", "text")]
    code = main(["check", str(SEEDS), "--format", "json", "-o", str(folder / "json"), *reports])
    return Outputs(code, folder)


def test_the_seeds_fail_the_gate(seeds_run: Outputs) -> None:
    assert seeds_run.code == EXIT_FINDINGS


def test_the_seeds_pair_exactly_001_with_002(seeds_run: Outputs) -> None:
    report = json.loads(seeds_run.read("json"))
    schema = resources.files("align_check") / "data" / "report.schema.json"
    jsonschema.validate(report, json.loads(schema.read_text(encoding="utf-8")))
    assert [(p["source"]["path"], p["target"]["path"]) for p in report["pairs"]] == [
        (str(FRENCH), str(ENGLISH))
    ]
    assert [(u["path"], u["lang"], u["code"], u["severity"]) for u in report["unpaired"]] == [
        (str(UNRELATED_EN), "en", "AC701", "error"),
        (str(UNRELATED_FR), "fr", "AC701", "error"),
    ]


def test_the_added_sentence_is_an_error(seeds_run: Outputs) -> None:
    findings = json.loads(seeds_run.read("json"))["pairs"][0]["findings"]
    added = [f for f in findings if any(ADDED in text for text in f["target"])]
    assert [(f["code"], f["severity"]) for f in added] == [("AC102", "error")]


def test_every_report_is_written_from_one_run(seeds_run: Outputs) -> None:
    jsonschema.validate(json.loads(seeds_run.read("sarif")), official_schema())
    root = ElementTree.fromstring(seeds_run.read("junit"))
    assert [s.get("tests") for s in root.iter("testsuite")] == ["1", "2"]
    github = seeds_run.read("github").splitlines()
    assert sum(line.startswith("::error file=") for line in github) >= 3
    assert f"{UNRELATED_FR}: error AC701" in seeds_run.read("text")


def test_the_sarif_results_match_the_json_findings(seeds_run: Outputs) -> None:
    report = json.loads(seeds_run.read("json"))
    results = json.loads(seeds_run.read("sarif"))["runs"][0]["results"]
    codes = [f["code"] for f in report["pairs"][0]["findings"]] + ["AC701", "AC701"]
    assert [r["ruleId"] for r in results] == codes


def test_a_baseline_accepts_the_current_findings(tmp_path: Path) -> None:
    baseline = str(tmp_path / "baseline.json")
    assert main(["check", str(SEEDS), *FAST, "--baseline", baseline, "--update-baseline"]) == (
        EXIT_CLEAN
    )
    assert main(["check", str(SEEDS), *FAST, "--baseline", baseline]) == EXIT_CLEAN
    assert main(["check", str(SEEDS), *FAST]) == EXIT_FINDINGS


def test_a_new_finding_fails_despite_the_baseline(tmp_path: Path) -> None:
    shutil.copy(FRENCH, tmp_path / "a.fr.txt")
    shutil.copy(ENGLISH, tmp_path / "a.en.txt")
    baseline = str(tmp_path / "baseline.json")
    main(["check", str(tmp_path), *FAST, "--baseline", baseline, "--update-baseline"])
    (tmp_path / "b.fr.txt").write_text("Un document seul, en français.\n", encoding="utf-8")
    assert main(["check", str(tmp_path), *FAST, "--baseline", baseline, "-o", "-"]) == (
        EXIT_FINDINGS
    )


def test_compare_takes_reports_and_a_baseline(tmp_path: Path) -> None:
    pair = [str(FRENCH), str(ENGLISH), *FAST]
    baseline, sarif = str(tmp_path / "baseline.json"), tmp_path / "out.sarif"
    assert main(["compare", *pair, "--report", f"sarif:{sarif}"]) == EXIT_FINDINGS
    jsonschema.validate(json.loads(sarif.read_text(encoding="utf-8")), official_schema())
    assert main(["compare", *pair, "--baseline", baseline, "--update-baseline"]) == EXIT_CLEAN
    assert main(["compare", *pair, "--baseline", baseline]) == EXIT_CLEAN


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        shutil.copy(FRENCH, tmp_path / f"{name}_FR.txt")
        shutil.copy(ENGLISH, tmp_path / f"{name}_EN.txt")
    outputs = [tmp_path / "one.json", tmp_path / "two.json"]
    for jobs, output in zip(("1", "2"), outputs, strict=True):
        main(["check", str(tmp_path), *FAST, "--jobs", jobs, "--format", "json", "-o", str(output)])
    first, second = (path.read_bytes() for path in outputs)
    assert first == second and first.count(b'"signature"') == 3


USAGE_ERRORS = {
    "unknown-format": (["--report", "pdf:out.pdf"], "expected FORMAT:PATH"),
    "no-path": (["--report", "sarif"], "expected FORMAT:PATH"),
    "stdout-report": (["--report", "sarif:-"], "expected FORMAT:PATH"),
    "update-without-file": (["--update-baseline"], "--update-baseline needs --baseline"),
    "missing-baseline": (["--baseline", "nowhere.json"], "no such baseline"),
    "zero-jobs": (["--jobs", "0"], "--jobs"),
    "bad-manifest": (["--manifest", "nowhere.toml"], "cannot read the manifest"),
}


@pytest.mark.parametrize(("extra", "message"), list(USAGE_ERRORS.values()), ids=list(USAGE_ERRORS))
def test_bad_options_exit_2_with_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    sarif = tmp_path / "out.sarif"
    argv = ["check", str(tmp_path), *FAST, "--report", f"sarif:{sarif}", *extra]
    assert main(argv) == EXIT_ERROR
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not sarif.exists()


def test_a_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nowhere")]) == EXIT_ERROR
    assert "no such file or folder" in capsys.readouterr().err


def test_an_unreadable_file_is_reported_and_the_gate_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.fr.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "a.en.txt").write_text("A short English note.\n", encoding="utf-8")
    assert main(["check", str(tmp_path), *FAST, "--format", "github"]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "title=AC702 unpaired::" in out and "title=AC701 unpaired::" in out


def test_the_text_report_ends_with_what_was_checked(seeds_run: Outputs) -> None:
    last = seeds_run.read("text").rstrip("\n").splitlines()[-1]
    report = json.loads(seeds_run.read("json"))
    severities = [f["severity"] for pair in report["pairs"] for f in pair["findings"]]
    errors = (severities + [u["severity"] for u in report["unpaired"]]).count("error")
    assert last.startswith("checked: 1 pair, 2 documents without a pair; findings: ")
    assert f"{errors} error" in last


def test_an_empty_folder_says_so_and_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path)]) == EXIT_CLEAN
    assert capsys.readouterr().out == "checked: no documents found\n"
