"""Reading whole documents: sentences with their lines, ids and units."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from align_check.errors import InputError
from align_check.reading import read_document
from paths import ENGLISH, FRENCH


def test_the_french_seed_reads_as_sentences_with_their_lines() -> None:
    document = read_document(str(FRENCH), None, segmented=False)
    assert document.lang == "fr"
    second = document.sentences[1]
    assert second.text.startswith(
        "Les ministres de l’intérieur du Royaume-Uni, Mme\u00a0Amber Rudd"
    )
    assert second.text.endswith("se sont rencontrés à Paris le 30 août 2016.")
    assert (second.line, second.column, second.kind) == (3, 1, "paragraph")
    heading = next(s for s in document.sentences if s.text.startswith("1. "))
    assert (heading.text, heading.kind) == (
        "1. Renforcement de la lutte contre le terrorisme",
        "heading",
    )


def test_a_sentence_broken_across_a_blank_line_is_one_sentence_starting_on_its_first_line() -> None:
    document = read_document(str(ENGLISH), None, segmented=False)
    joined = next(s for s in document.sentences if s.text.startswith("Effective UK/France"))
    assert "terrorism and extremism, as well as" in joined.text
    assert (joined.line, joined.column) == (13, 267)


def test_sentences_after_the_first_in_a_line_get_their_column() -> None:
    document = read_document(str(ENGLISH), None, segmented=False)
    added = next(s for s in document.sentences if s.text.startswith("Work will be taken forward"))
    line = ENGLISH.read_text(encoding="utf-8").splitlines()[added.line - 1]
    assert line[added.column - 1 :].startswith("Work will be taken forward")


def test_segmented_input_keeps_one_sentence_per_line(tmp_path: Path) -> None:
    path = tmp_path / "doc.fr"
    path.write_text(
        "Première phrase. Encore.\nDeuxième\n\nTroisième après un paragraphe\n", "utf-8"
    )
    document = read_document(str(path), "fr-FR", segmented=True)
    texts = [(s.text, s.line, s.block) for s in document.sentences]
    assert texts == [
        ("Première phrase. Encore.", 1, 0),
        ("Deuxième", 2, 0),
        ("Troisième après un paragraphe", 4, 1),
    ]
    assert document.lang == "fr-FR"


def test_a_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Hello there. The meeting is over.\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    document = read_document("-", None, segmented=False)
    assert (document.path, document.lang, len(document.sentences)) == ("-", "en", 2)


def test_a_windows_1252_file_is_read_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Le café est prêt. Les élèves arrivent.".encode("cp1252"))
    document = read_document(str(path), None, segmented=False)
    assert document.sentences[0].text == "Le café est prêt."
    assert "not valid UTF-8, read as Windows-1252" in capsys.readouterr().err


UNREADABLE = [
    ("missing.txt", None, "no such file"),
    ("folder", "dir", "is a directory"),
    ("old.doc", b"\xd0\xcf\x11\xe0", ".doc files are not read (save it as .docx)"),
]


@pytest.mark.parametrize(
    ("name", "content", "message"), UNREADABLE, ids=["missing", "directory", "doc"]
)
def test_unreadable_inputs_are_input_errors(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)):
        read_document(str(path), None, segmented=False)
