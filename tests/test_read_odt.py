"""OpenDocument text (.odt) files are read as a word processor shows them.

Each case is a small file built here with zipfile: the ``mimetype`` entry first and
stored, then ``content.xml`` (and ``META-INF/manifest.xml`` when a case needs it), as
LibreOffice writes them. Two real ODT files, made by LibreOffice from the Word files of
tests/data/formats (tests/data/odt/SOURCE.md gives the command), are read at the end.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from align_check.errors import InputError
from align_check.model import Place
from align_check.reading import format_of, read_document
from align_check.reading.blocks import Block
from align_check.reading.office.odt import read_odt
from paths import ROOT

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
LISTS = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=")"/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    "</text:list-style>"
    '<text:list-style style:name="L2">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
    "</text:list-style>"
)


def odt(body: str, manifest: str = "") -> bytes:
    """An OpenDocument text whose office:text is ``body``."""
    content = (
        f"<office:document-content {NS}><office:automatic-styles>{LISTS}"
        f"</office:automatic-styles><office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        if manifest:
            archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def read(body: str) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    reading = read_odt(odt(body), "case.odt")
    return reading.blocks, reading.notices


def texts(body: str) -> list[str]:
    return [block.text for block in read(body)[0]]


def test_an_odt_is_known_by_its_first_bytes() -> None:
    assert format_of("statement", odt("<text:p>Un.</text:p>")) == "odt"


def test_headings_paragraphs_and_their_places() -> None:
    heading = '<text:h text:outline-level="1">Déclaration conjointe</text:h>'
    blocks, _ = read(heading + "<text:p>Les ministres.</text:p>")
    assert [(b.kind, b.text, b.lines[0].place) for b in blocks] == [
        ("heading", "Déclaration conjointe", Place(1)),
        ("paragraph", "Les ministres.", Place(2)),
    ]


def test_a_note_is_not_run_into_its_paragraph_but_follows_it() -> None:
    """Pitfall 33: odfpy and odfdo put the note's body inside the paragraph's text."""
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body><text:p>Voir le rapport de 2016.</text:p>"
        "</text:note-body></text:note>"
    )
    blocks, _ = read(f"<text:p>Ils ont pris 28 mesures{note}.</text:p><text:p>Suite.</text:p>")
    assert [(b.text, b.lines[0].place) for b in blocks] == [
        ("Ils ont pris 28 mesures.", Place(1)),
        ("Voir le rapport de 2016.", Place(2, part="footnote")),
        ("Suite.", Place(3)),
    ]


def test_list_items_carry_their_labels_from_the_list_style() -> None:
    body = (
        '<text:list text:style-name="L1"><text:list-item><text:p>Premier.</text:p>'
        "<text:list><text:list-item><text:p>Sous-point.</text:p></text:list-item>"
        "<text:list-item><text:p>Autre.</text:p></text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p>Second.</text:p></text:list-item></text:list>"
        '<text:list text:style-name="L2"><text:list-item><text:p>Puce.</text:p>'
        "</text:list-item></text:list>"
    )
    blocks, _ = read(body)
    assert [(b.kind, b.label, b.text) for b in blocks] == [
        ("item", "1)", "Premier."),
        ("item", "a)", "Sous-point."),
        ("item", "b)", "Autre."),
        ("item", "2)", "Second."),
        ("item", "•", "Puce."),
    ]


def test_a_table_cell_paragraph_is_a_paragraph_of_the_table_part() -> None:
    table = (
        "<table:table><table:table-row><table:table-cell><text:p>Objet</text:p>"
        "</table:table-cell><table:table-cell><text:p>À faire</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    blocks, _ = read(table)
    assert [(b.text, b.lines[0].place) for b in blocks] == [
        ("Objet", Place(1, part="table")),
        ("À faire", Place(2, part="table")),
    ]


@pytest.mark.parametrize(
    ("inline", "expected"),
    [
        ('Trois<text:s text:c="3"/>espaces', "Trois espaces"),
        ("Un<text:tab/>deux", "Un deux"),
        ("Ligne<text:line-break/>suivante", "Ligne suivante"),
        ("Sans<text:soft-page-break/> coupure", "Sans coupure"),
        ("article\u00a05", "article\u00a05"),
        ('<text:span text:style-name="T1">En</text:span> gras', "En gras"),
    ],
    ids=["spaces", "tab", "line break", "soft page break", "no-break space", "span"],
)
def test_the_document_characters_are_kept(inline: str, expected: str) -> None:
    assert texts(f"<text:p>{inline}</text:p>") == [expected]


def test_tracked_deletions_are_left_out_and_insertions_kept() -> None:
    changes = (
        "<text:tracked-changes>"
        '<text:changed-region text:id="c1"><text:deletion><office:change-info/>'
        "<text:p>ancien </text:p></text:deletion></text:changed-region>"
        '<text:changed-region text:id="c2"><text:insertion><office:change-info/>'
        "</text:insertion></text:changed-region></text:tracked-changes>"
    )
    body = (
        changes + '<text:p>Le <text:change text:change-id="c1"/><text:change-start '
        'text:change-id="c2"/>nouveau<text:change-end text:change-id="c2"/> texte.</text:p>'
    )
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["Le nouveau texte."]
    assert notices == ("1 tracked insertion accepted", "1 tracked deletion left out")


def test_comments_and_hidden_text_are_left_out_and_counted() -> None:
    comment = (
        "<office:annotation><dc:creator>A</dc:creator><text:p>On garde ce lien ?</text:p>"
        "</office:annotation>"
    )
    body = (
        f"<text:p>Garder{comment} ce lien.</text:p>"
        '<text:p>Vu<text:hidden-text text:string-value=" caché" text:is-hidden="true"/>.</text:p>'
        '<text:hidden-paragraph text:is-hidden="true"/>'
    )
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["Garder ce lien.", "Vu."]
    assert notices == ("1 comment left out", "2 hidden paragraphs and texts left out")


def test_the_table_of_contents_is_left_out_and_counted() -> None:
    toc = (
        "<text:table-of-content><text:index-body><text:index-title><text:p>Sommaire</text:p>"
        "</text:index-title><text:p>Introduction\t2</text:p></text:index-body>"
        "</text:table-of-content>"
    )
    blocks, notices = read(toc + '<text:h text:outline-level="1">Introduction</text:h>')
    assert [b.text for b in blocks] == ["Introduction"]
    assert notices == ("table of contents left out (2 paragraphs)",)


def test_a_text_box_is_read_after_its_paragraph() -> None:
    frame = (
        "<draw:frame><draw:text-box><text:p>Dans la boîte.</text:p></draw:text-box></draw:frame>"
    )
    blocks, _ = read(f"<text:p>Ancre.{frame}</text:p>")
    assert [(b.text, b.lines[0].place) for b in blocks] == [
        ("Ancre.", Place(1)),
        ("Dans la boîte.", Place(2, part="textbox")),
    ]


def _zip(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


BAD = [
    (b"not a zip", "not an OpenDocument file (not a zip archive)"),
    (_zip("styles.xml", b"<x/>"), "not an OpenDocument file (content.xml is missing)"),
    (
        odt("<text:p>x</text:p>", manifest="<manifest><encryption-data/></manifest>"),
        "is encrypted",
    ),
    (_zip("content.xml", b'<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>'), "declares a DTD"),
]


@pytest.mark.parametrize(
    ("data", "message"), BAD, ids=["not a zip", "no content", "encrypted", "entities"]
)
def test_bad_input_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        read_odt(data, "bad.odt")
    assert str(error.value).startswith("bad.odt: ") and message in str(error.value)


@pytest.mark.parametrize(("name", "lang"), [("a11y-word.fr", "fr"), ("a11y-emails.en", "en")])
def test_an_odt_made_by_libreoffice_reads_as_its_word_original(name: str, lang: str) -> None:
    data = ROOT / "tests" / "data"
    odt = read_document(str(data / "odt" / f"{name}.odt"), lang, False)
    docx = read_document(str(data / "formats" / f"{name}.docx"), lang, False)
    assert odt.format == "odt"
    assert [s.text for s in odt.sentences] == [s.text for s in docx.sentences]
    assert len(odt.sentences) > 80
