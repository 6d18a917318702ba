"""Documents as users have them, end to end: a French Word file checked against its English
PDF, files found by suffix or by their first bytes, limits on what is read."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from align_check.cli import EXIT_ERROR, main
from align_check.errors import InputError
from align_check.reading import MAX_BYTES, read_document
from paths import ROOT

MIXED = ROOT / "tests" / "data" / "mixed"
FORMATS = ROOT / "tests" / "data" / "formats"


def schema() -> dict[str, object]:
    text = resources.files("align_check").joinpath("data/report.schema.json").read_text("utf-8")
    loaded: dict[str, object] = json.loads(text)
    return loaded


def test_check_pairs_a_french_word_file_with_its_english_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a11y-word.fr.docx", "a11y-word.en.pdf"):
        shutil.copy(MIXED / name, tmp_path / name)
    report = tmp_path / "report.json"
    main(["check", str(tmp_path), "--format", "json", "-o", str(report), "--fail-on", "never"])
    body = json.loads(report.read_text("utf-8"))
    jsonschema.validate(body, schema())
    (pair,) = body["pairs"]
    assert (pair["source"]["format"], pair["target"]["format"]) == ("docx", "pdf")
    assert body["unpaired"] == []
    placed = [f for f in pair["findings"] if f["target_ids"]]
    assert placed and all(f["target_places"][0]["page"] >= 1 for f in placed)
    assert all("paragraph" in f["source_places"][0] for f in pair["findings"] if f["source_ids"])


def test_a_word_file_without_a_suffix_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "statement"
    shutil.copy(FORMATS / "a11y-emails.en.docx", path)
    document = read_document(str(path), "en", False)
    assert document.format == "docx" and len(document.sentences) > 50


def test_a_pdf_without_a_suffix_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "poster"
    shutil.copy(FORMATS / "poster-cognitive.en.pdf", path)
    assert read_document(str(path), "en", False).format == "pdf"


def test_a_file_larger_than_the_limit_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "huge.fr.txt"
    with big.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="larger than 100 MB"):
        read_document(str(big), "fr", False)
    code = main(["compare", str(big), str(FORMATS / "a11y-emails.en.docx")])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR and err.count("\n") == 1 and "larger than 100 MB" in err
