"""Web pages: the main region read as a browser shows it, chrome left out and counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_check.cli import EXIT_ERROR, main
from align_check.errors import InputError
from align_check.reading import ReadOptions, read_document, read_units, sniff
from paths import ROOT

FORMATS = ROOT / "tests" / "data" / "formats"

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Titre de l'onglet</title>
<script>var menu = "Menu principal";</script></head>
<body>
<header><nav><ul><li><a href="/">Accueil</a></li><li>Nouvelles</li></ul></nav></header>
<main>
<h1>Le ministre annonce un plan</h1>
<p>Le plan coûte 1&nbsp;000 dollars. Il entre en vigueur le 1<sup>er</sup> avril.</p>
<p hidden>Texte caché.</p>
<p class="wb-inv">Texte pour lecteur d'écran.</p>
<div style="display: none">Encore caché.</div>
<ul><li>Premier point</li><li>Second point</li></ul>
<div class="alert">Avis archivé.</div>
<h2>Donnez votre avis</h2>
<div class="form-group"><label for="q">Votre nom</label><input id="q"></div>
<details><summary>Ajouter un commentaire</summary></details>
<dl id="wb-dtmd"><dt>Date de modification :</dt><dd>2024-01-05</dd></dl>
</main>
<footer><p>Avis importants</p></footer>
</body></html>
"""


def write(tmp_path: Path, content: str | bytes, name: str = "page.fr.html") -> str:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


PLAIN = ReadOptions()


def texts(path: str, options: ReadOptions = PLAIN) -> list[str]:
    return [s.text for s in read_document(path, "fr", False, options).sentences]


def test_only_the_main_region_is_read(tmp_path: Path) -> None:
    assert texts(write(tmp_path, PAGE)) == [
        "Le ministre annonce un plan",
        "Le plan coûte 1\u00a0000 dollars.",
        "Il entre en vigueur le 1er avril.",
        "Premier point",
        "Second point",
        "Avis archivé.",
    ]


def test_what_was_left_out_is_told(tmp_path: Path) -> None:
    notices = read_units(write(tmp_path, PAGE)).notices
    assert notices == (
        "main region: main",
        "1 page-template element left out",
        "3 hidden elements left out",
        "3 form controls left out",
    )


def test_each_word_keeps_its_line_and_column(tmp_path: Path) -> None:
    sentences = read_document(write(tmp_path, PAGE), "fr", False).sentences
    second = sentences[2]
    assert second.line == 9
    assert PAGE.splitlines()[second.line - 1][second.column - 1 :].startswith("Il entre")
    assert [s.place for s in sentences] == [None] * len(sentences)


def test_exclude_and_main_choose_what_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, PAGE)
    assert "Avis archivé." not in texts(path, ReadOptions(exclude=(".alert",)))
    assert texts(path, ReadOptions(main="main ul")) == ["Premier point", "Second point"]


def test_a_selector_that_matches_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--main '#contenu' matches no element"):
        read_units(write(tmp_path, PAGE), options=ReadOptions(main="#contenu"))
    with pytest.raises(InputError, match="is not a CSS selector"):
        read_units(write(tmp_path, PAGE), options=ReadOptions(exclude=("p[",)))


def test_a_page_without_a_landmark_is_read_whole(tmp_path: Path) -> None:
    path = write(
        tmp_path, "<html><body><p>Bonjour à tous. La séance est ouverte.</p></body></html>"
    )
    assert texts(path) == ["Bonjour à tous.", "La séance est ouverte."]
    assert "main region: the whole page (no main region marked)" in read_units(path).notices


def test_a_page_empty_once_its_chrome_is_left_out_is_an_error(tmp_path: Path) -> None:
    page = "<html><body><nav>Menu</nav><main><p hidden>Rien.</p></main></body></html>"
    with pytest.raises(InputError, match="nothing left to read once the page's chrome"):
        read_units(write(tmp_path, page))


def test_a_wrong_charset_is_a_notice_not_an_error(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Élève prêt.</p></body></html>'
    reading = read_units(write(tmp_path, page))
    assert reading.blocks[0].text == "Élève prêt."
    assert "declares charset iso-8859-1 but is UTF-8, read as UTF-8" in reading.notices


def test_a_declared_charset_reads_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Élève prêt.</p></body></html>'
    reading = read_units(write(tmp_path, page.encode("latin-1")))
    assert reading.blocks[0].text == "Élève prêt."
    assert not any("charset" in notice for notice in reading.notices)


def test_no_charset_and_not_utf8_falls_back_with_a_notice(tmp_path: Path) -> None:
    page = "<html><body><p>Élève prêt.</p></body></html>".encode("cp1252")
    reading = read_units(write(tmp_path, page))
    assert reading.blocks[0].text == "Élève prêt."
    assert "declares no charset and is not UTF-8, read as Windows-1252" in reading.notices


def test_a_binary_file_named_html_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="looks like a binary file"):
        read_units(write(tmp_path, bytes(range(256)) * 10))


@pytest.mark.parametrize(
    ("start", "format"),
    [
        (b"<!DOCTYPE html><html><body>", "html"),
        (b"\xef\xbb\xbf  <html lang='fr'>", "html"),
        (b"<!-- saved --><html>", "html"),
        (b"%PDF-1.7\n", "pdf"),
        (b"PK\x03\x04\x14\x00\x00\x00word/document.xml", "docx"),
        (
            b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
            "odt",
        ),
        (b"<p>Une ligne de Markdown avec du HTML</p>", "text"),
        (b"Le ministre arrive.", "text"),
    ],
)
def test_a_file_without_a_known_suffix_is_sniffed(start: bytes, format: str) -> None:
    assert sniff(start) == format


def test_an_html_page_without_a_suffix_is_read_as_a_page(tmp_path: Path) -> None:
    path = write(tmp_path, PAGE, name="page")
    assert texts(path)[0] == "Le ministre annonce un plan"


def test_the_command_line_names_a_bad_selector_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, PAGE)
    code = main(["compare", path, path, "--main", "#nowhere", "-o", str(tmp_path / "r.txt")])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR
    assert err.count("\n") == 1 and "--main '#nowhere' matches no element" in err
    assert not (tmp_path / "r.txt").exists()


GAZETTE = [("wet4", "en"), ("wet4", "fr"), ("regulation", "en"), ("regulation", "fr")]


def gazette(kind: str, lang: str) -> list[str]:
    path = FORMATS / f"gazette-sor-2012-129-{kind}.{lang}.html"
    return [s.text for s in read_document(str(path), lang, False).sentences]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_gazette_page_gives_the_regulation_as_its_bare_fragment_does(lang: str) -> None:
    page, fragment = gazette("wet4", lang), gazette("regulation", lang)
    runs = [i for i in range(len(page)) if page[i : i + len(fragment)] == fragment]
    assert len(fragment) > 200 and len(runs) == 1


CHROME = [
    "Skip to main content",
    "Passer au contenu principal",
    "Date modified",
    "Date de modification",
    "Provide your comments",
    "Donnez vos commentaires",
    "-- Select --",
    "Sélectionner",
    "Your privacy",
    "Contact us",
    "Add your comments on",
    "Ajouter vos commentaires",
    "Submit your comments",
]


@pytest.mark.parametrize(("kind", "lang"), GAZETTE)
def test_no_gazette_sentence_holds_page_chrome_or_markup(kind: str, lang: str) -> None:
    for text in gazette(kind, lang):
        assert not any(chrome in text for chrome in CHROME), text
        assert not any(mark in text for mark in ("<", ">", "&amp;", "&nbsp;", "&#")), text
