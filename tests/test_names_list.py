"""The team's list of names and their translations: --names FILE and [[names]] in
align-check.toml, for names no maintained source knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_check.checks import run_checks
from align_check.cli import EXIT_ERROR, main
from align_check.config import load_config
from align_check.errors import InputError
from align_check.namelist import oriented, read_names
from checkpairs import one_bead

BUREAU = (("fr", "Bureau de la traduction"), ("en", "Translation Bureau"))


def names_found(fr: str, en: str, rows: tuple = (BUREAU,)) -> list[str]:
    found = run_checks(*one_bead(fr, en), rows)
    return [f.message for f in found if f.code.startswith("AC3")]


README = (("fr", "Lisez-moi"), ("en", "Readme"))


def test_a_listed_name_with_its_listed_translation_is_not_reported() -> None:
    fr = "Consultez le fichier Lisez-moi du projet."
    en = "See the project's Readme file."
    assert names_found(fr, en, ()) == ["name Readme in the English is missing from the French"]
    assert names_found(fr, en, (README,)) == []


def test_a_listed_name_whose_translation_is_missing_is_reported_with_it() -> None:
    found = names_found("Le Bureau de la traduction publie Termium.", "Termium is published.")
    assert found == [
        "name Bureau de la traduction in the French is missing from the English"
        " (the names list gives Translation Bureau)"
    ]


def test_a_names_file_gives_its_rows_by_language(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text(
        "# our names\nfr,en\nBureau de la traduction,Translation Bureau\n", encoding="utf-8"
    )
    rows = read_names(str(path))
    assert rows == (BUREAU,)
    assert oriented(rows, "en", "fr") == (("Translation Bureau", "Bureau de la traduction"),)


def test_a_tab_separated_names_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("fr-CA\ten-CA\nCléGC\tGCKey\n", encoding="utf-8")
    assert read_names(str(path)) == ((("fr", "CléGC"), ("en", "GCKey")),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no names"),
        ("fr\nBureau\n", "at least two languages"),
        ("fr,xx-nonsense!\na,b\n", "invalid language tag"),
        ("fr,fe\na,b\n", "'fe' is not an ISO 639-1 language code"),
        ("fr,en\na,b,c\n", "row 2 has 3 names for 2"),
    ],
)
def test_a_bad_names_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = tmp_path / "names.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_names(str(path))
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    argv = ["compare", str(seeds / "001_0914d0d8a993cbae.txt")]
    argv += [str(seeds / "002_ea29fe95a65aa779.txt"), "--names", str(path)]
    assert main(argv) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_the_configuration_holds_names(tmp_path: Path) -> None:
    (tmp_path / "align-check.toml").write_text(
        '[[names]]\nfr = "Bureau de la traduction"\nen = "Translation Bureau"\n', encoding="utf-8"
    )
    assert load_config(tmp_path).names == (BUREAU,)


def test_names_in_the_configuration_must_give_two_languages(tmp_path: Path) -> None:
    (tmp_path / "align-check.toml").write_text('[[names]]\nfr = "Bureau"\n', encoding="utf-8")
    with pytest.raises(InputError, match="two languages"):
        load_config(tmp_path)
