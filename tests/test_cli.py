"""The command line: exit codes, one-line errors, outputs written whole."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from align_check.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, main
from paths import ENGLISH, FRENCH

SEEDS = [str(FRENCH), str(ENGLISH)]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_seed_pair_fails_on_its_added_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["compare", *SEEDS], capsys)
    assert (code, err) == (EXIT_FINDINGS, "")
    assert "sentences: 36 fr, 40 en" in out
    assert "AC102 [addition]" in out
    assert "Work will be taken forward rapidly on priorities identified" in out


def test_the_text_report_says_where_each_missing_sentence_belongs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(["compare", *SEEDS], capsys)[1]
    headline, added = (
        out.split(marker, 1)[1].split("\n\n", 1)[0]
        for marker in ("English heading has no", "English sentence has no")
    )
    assert "(nothing in French; the gap is at the start, before line 1)" in headline
    assert "(nothing in French; the gap follows line 28)" in added


def write_pair(folder: Path, names: tuple[str, str], texts: tuple[str, str]) -> list[str]:
    """Write two documents into a folder and return their paths."""
    for name, text in zip(names, texts, strict=True):
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in names]


HEADLINES = ("Communiqué conjoint.\n", "Joint communiqué.\n")


@pytest.mark.parametrize(
    ("names", "options", "signature"),
    [
        (("headline.fr.txt", "headline_EN.txt"), [], "langs:fr>en"),
        (("fr/headline.txt", "en/headline.txt"), [], "langs:fr>en"),
        (("headline.fr.txt", "headline.en.txt"), ["--source-lang", "fr-CA"], "langs:fr-CA>en"),
    ],
    ids=["marks-in-names", "language-folders", "a-given-tag-wins"],
)
def test_a_language_mark_in_the_file_name_gives_the_language(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    names: tuple[str, str],
    options: list[str],
    signature: str,
) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "en").mkdir()
    code, out, err = run(["compare", *write_pair(tmp_path, names, HEADLINES), *options], capsys)
    assert (code, err) == (EXIT_CLEAN, "")
    assert signature in out


def test_ignoring_ac501_brings_back_what_it_explained(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    left = "Le ministre a rencontré son homologue à Paris.\n\nLa réunion aura lieu le 12 juin.\n"
    right = "The minister met his counterpart in Paris.\n\nLa réunion aura lieu le 12 juin.\n"
    paths = write_pair(tmp_path, ("a.fr.txt", "a.en.txt"), (left, right))
    untranslated = run(["compare", *paths, "--format", "json"], capsys)[1]
    assert [f["code"] for f in json.loads(untranslated)["findings"]] == ["AC501"]
    ignored = run(["compare", *paths, "--format", "json", "--ignore", "AC501"], capsys)[1]
    assert "AC211" in [f["code"] for f in json.loads(ignored)["findings"]]


@pytest.mark.parametrize(("fail_on", "expected"), [("error", EXIT_FINDINGS), ("never", EXIT_CLEAN)])
def test_fail_on_sets_the_threshold(
    capsys: pytest.CaptureFixture[str], fail_on: str, expected: int
) -> None:
    assert run(["compare", *SEEDS, "--fail-on", fail_on], capsys)[0] == expected


def test_ignoring_the_findings_exits_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["compare", *SEEDS, "--ignore", "AC1"], capsys)[0] == EXIT_CLEAN


def test_the_json_report_follows_its_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["compare", *SEEDS, "--format", "json"], capsys)
    report = json.loads(out)
    schema = json.loads(
        (resources.files("align_check") / "data" / "report.schema.json").read_text()
    )
    jsonschema.validate(report, schema)
    assert (report["schema"], report["source"]["lang"], report["target"]["lang"]) == (1, "fr", "en")


def test_beads_cover_every_sentence_once_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    report = json.loads(run(["compare", *SEEDS, "--format", "json"], capsys)[1])
    for side, count in (("source", 36), ("target", 40)):
        ids = [i for bead in report["beads"] for i in bead[f"{side}_ids"]]
        assert ids == list(range(count))


def test_language_tags_are_kept_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "compare",
        *SEEDS,
        "--format",
        "json",
        "--source-lang",
        "fr-FR",
        "--target-lang",
        "en-GB",
    ]
    report = json.loads(run(argv, capsys)[1])
    assert (report["source"]["lang"], report["target"]["lang"]) == ("fr-FR", "en-GB")


def test_the_report_goes_to_a_file_with_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.json"
    code, out, _ = run(["compare", *SEEDS, "--format", "json", "--output", str(path)], capsys)
    assert (code, out) == (EXIT_FINDINGS, "")
    assert json.loads(path.read_text(encoding="utf-8"))["target"]["sentences"] == 40


def write(tmp_path: Path, name: str, data: bytes | None) -> str:
    path = tmp_path / name
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    return str(path)


BAD_INPUTS = [
    ("missing", lambda tmp: [str(FRENCH), str(tmp / "nope.txt")], "nope.txt: no such file"),
    (
        "empty",
        lambda tmp: [str(FRENCH), write(tmp, "e.txt", b" \n")],
        "e.txt: the document is empty",
    ),
    (
        "binary",
        lambda tmp: [str(FRENCH), write(tmp, "b.txt", bytes(range(256)) * 8)],
        "binary file",
    ),
    ("directory", lambda tmp: [str(FRENCH), write(tmp, "d", None)], "is a directory"),
    ("tag", lambda tmp: [*SEEDS, "--source-lang", "french"], "invalid language tag 'french'"),
    ("option", lambda tmp: [*SEEDS, "--frobnicate"], "No such option '--frobnicate'"),
    ("two-stdin", lambda tmp: ["-", "-"], "only one of SOURCE and TARGET"),
    ("tmx-dir", lambda tmp: [*SEEDS, "--tmx", str(tmp / "no" / "x.tmx")], "cannot write there"),
]


@pytest.mark.parametrize(("name", "argv", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, argv: object, message: str
) -> None:
    code, out, err = run(["compare", *argv(tmp_path)], capsys)  # type: ignore[operator]
    assert (code, out) == (EXIT_ERROR, "")
    assert err.count("\n") == 1 and err.startswith("align-check: error: ")
    assert message in err


def test_a_failed_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report, tmx = tmp_path / "r.json", tmp_path / "m.tmx"
    argv = [
        "compare",
        str(FRENCH),
        str(tmp_path / "nope.txt"),
        "-o",
        str(report),
        "--tmx",
        str(tmx),
    ]
    assert run(argv, capsys)[0] == EXIT_ERROR
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_tmx_leaves_the_report_unwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "r.json"
    argv = ["compare", *SEEDS, "-o", str(report), "--tmx", str(tmp_path / "no" / "m.tmx")]
    assert run(argv, capsys)[0] == EXIT_ERROR
    assert not report.exists()


@pytest.mark.parametrize("tag", ["xx", "fe", "xx-nonsense"])
def test_a_language_tag_outside_iso_639_1_exits_2_in_one_line(
    tag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["compare", *SEEDS, "--source-lang", tag], capsys)
    assert (code, out) == (EXIT_ERROR, "")
    assert err.count("\n") == 1 and "not an ISO 639-1 language code" in err
    assert "fr-CA" in err
