"""Word (.docx) files are read as Word shows them with every tracked change accepted.

The files are built here with zipfile (a document.xml and, when a case needs them,
styles.xml, numbering.xml, footnotes.xml, comments.xml); the real pairs in
/work/shared/formats are read at the end (those tests skip where the shared folder is
absent, as in CI).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from align_check.errors import InputError
from align_check.reading import read_units
from align_check.reading.blocks import Block
from align_check.reading.office.docx import read_docx
from paths import ROOT

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
FORMATS = ROOT / "tests" / "data" / "formats"
MARKUP = re.compile(r"</?[a-z0-9]+:[a-zA-Z]|\bw:[a-z]+\b|&amp;|&lt;|MERGEFORMAT|PAGEREF|HYPERLINK")
PAIRS = [
    "a11y-emails",
    "a11y-excel",
    "a11y-powerpoint",
    "a11y-word",
    "accessible-events",
    "ict-annex-x",
    "msdoc-checklist",
    "procurement-guide",
]


def docx(body: str, **parts: str) -> bytes:
    """A Word file whose body is ``body``; ``parts`` (styles, numbering, footnotes,
    comments...) are written as ``word/<name>.xml`` around their root element."""
    roots = {
        "styles": "styles",
        "numbering": "numbering",
        "footnotes": "footnotes",
        "endnotes": "endnotes",
        "comments": "comments",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>"
        )
        for part, content in parts.items():
            root = roots.get(part, "hdr")
            archive.writestr(f"word/{part}.xml", f"<w:{root} {NS}>{content}</w:{root}>")
    return buffer.getvalue()


def p(*runs: str, style: str = "", num: tuple[int, int] | None = None) -> str:
    """A paragraph of runs (plain strings are runs of text)."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        properties += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    inner = "".join(run if run.startswith("<") else r(run) for run in runs)
    return f"<w:p><w:pPr>{properties}</w:pPr>{inner}</w:p>"


def r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def read(body: str, **parts: str) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    reading = read_docx(docx(body, **parts), "case.docx")
    return reading.blocks, reading.notices


def texts(body: str, **parts: str) -> list[str]:
    return [block.text for block in read(body, **parts)[0]]


# --- tracked changes, comments, hidden text ---------------------------------------------


def test_a_tracked_insertion_is_kept_and_counted() -> None:
    body = p(
        "needs to include the audio of the ",
        '<w:ins w:id="1" w:author="A">' + r("speaker's") + "</w:ins>",
        " language.",
    )
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["needs to include the audio of the speaker's language."]
    assert notices == ("1 tracked insertion accepted",)


def test_a_tracked_deletion_is_left_out_and_counted() -> None:
    deleted = '<w:del w:id="2"><w:r><w:delText>old </w:delText></w:r></w:del>'
    blocks, notices = read(p("The ", deleted, "new text."))
    assert [b.text for b in blocks] == ["The new text."]
    assert notices == ("1 tracked deletion left out",)


def test_a_moved_passage_is_read_at_its_new_place_only() -> None:
    body = p("First.", '<w:moveFrom w:id="3">' + r(" Moved.") + "</w:moveFrom>") + p(
        "Second.", '<w:moveTo w:id="4">' + r(" Moved.") + "</w:moveTo>"
    )
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["First.", "Second. Moved."]
    assert notices == ("1 tracked move read at its new place",)


def test_a_comment_is_never_in_the_text_but_is_counted() -> None:
    body = p(
        '<w:commentRangeStart w:id="0"/>',
        "Keep this link.",
        '<w:commentRangeEnd w:id="0"/>',
        '<w:r><w:commentReference w:id="0"/></w:r>',
    )
    comment = (
        '<w:comment w:id="0"><w:p><w:r><w:t>Do we keep this link?</w:t></w:r></w:p></w:comment>'
    )
    blocks, notices = read(body, comments=comment)
    assert [b.text for b in blocks] == ["Keep this link."]
    assert notices == ("1 comment left out",)


def test_hidden_text_is_left_out_and_counted() -> None:
    body = p(
        "Shown.", r(" HIDDEN TEXT.", "<w:vanish/>"), r(" Also shown.", '<w:vanish w:val="0"/>')
    )
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["Shown. Also shown."]
    assert notices == ("1 hidden run left out",)


def test_text_hidden_by_its_character_style_is_left_out() -> None:
    styles = (
        '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
        "<w:rPr><w:vanish/></w:rPr></w:style>"
    )
    body = p("Shown.", r(" Secret.", '<w:rStyle w:val="Secret"/>'))
    assert texts(body, styles=styles) == ["Shown."]


# --- content controls, fields, table of contents ----------------------------------------


def test_the_body_of_a_content_control_is_kept() -> None:
    control = p("Inside a control.")
    properties = "<w:sdtPr><w:alias w:val='Body'/></w:sdtPr>"
    body = f"<w:sdt>{properties}<w:sdtContent>{control}</w:sdtContent></w:sdt>"
    inline = p("Name: ", f"<w:sdt><w:sdtContent>{r('Jane Doe')}</w:sdtContent></w:sdt>", ".")
    assert texts(body + inline) == ["Inside a control.", "Name: Jane Doe."]


def test_a_table_of_contents_control_is_left_out_and_counted() -> None:
    gallery = '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
    toc = p("Contents") + p("Change log") + p("About the Guide")
    body = f"<w:sdt><w:sdtPr>{gallery}</w:sdtPr><w:sdtContent>{toc}</w:sdtContent></w:sdt>" + p(
        "Change log", style="Heading1"
    )
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["Change log"]
    assert notices == ("table of contents left out (3 paragraphs)",)


def _field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_toc_field_is_left_out_with_its_page_numbers() -> None:
    opening = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    page = _field("PAGEREF _Toc1 \\h", "2")
    entry = (
        f'<w:hyperlink w:anchor="_Toc1">{r("Change log")}<w:r><w:tab/></w:r>{page}</w:hyperlink>'
    )
    closing = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    body = p(opening, entry) + p(entry, closing) + p("Change log", style="Heading1")
    blocks, notices = read(body)
    assert [b.text for b in blocks] == ["Change log"]
    assert notices == ("table of contents left out (2 paragraphs)",)


def test_a_toc_style_paragraph_is_left_out() -> None:
    styles = '<w:style w:type="paragraph" w:styleId="TM1"><w:name w:val="toc 1"/></w:style>'
    body = p("Change log\t2", style="TM1") + p("The text.")
    assert texts(body, styles=styles) == ["The text."]


def test_a_field_gives_its_result_not_its_code() -> None:
    body = p("Updated ", _field("DATE \\@ yyyy", "2023"), ".")
    link = p("See ", _field('HYPERLINK "https://example.org" \\* MERGEFORMAT', "the site"), ".")
    simple = p(
        "Page ", '<w:fldSimple w:instr=" PAGE ">' + r("4") + "</w:fldSimple>", " of the guide."
    )
    assert texts(body + link + simple) == ["Updated 2023.", "See the site.", "Page 4 of the guide."]


# --- headings and lists ------------------------------------------------------------------

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Sous-titre2"><w:name w:val="Mon titre"/>'
    '<w:basedOn w:val="Titre1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Niveau"><w:name w:val="Niveau"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
)


@pytest.mark.parametrize(
    "style",
    ["Titre1", "Sous-titre2", "Niveau"],
    ids=["a localised id named heading 1", "based on a heading", "an outline level"],
)
def test_a_heading_is_known_by_its_style_name_chain_or_outline_level(style: str) -> None:
    blocks, _ = read(p("Tableaux", style=style) + p("Du texte."), styles=STYLES)
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def _level(ilvl: int, fmt: str, text: str, start: int = 1, restart: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{restart}</w:lvl>'
    )


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + _level(0, "decimal", "%1)")
    + _level(1, "lowerLetter", "%2)")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">'
    + _level(0, "bullet", "\uf0b7")
    + _level(1, "bullet", "o")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2">'
    + _level(0, "upperRoman", "%1.")
    + _level(1, "decimal", "%1.%2", restart='<w:lvlRestart w:val="0"/>')
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
)


def labels(*items: tuple[int, int]) -> list[str]:
    body = "".join(p(f"Item {n}.", num=num) for n, num in enumerate(items))
    return [b.label for b in read(body, numbering=NUMBERING)[0]]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([(1, 0), (1, 0)], ["1)", "2)"]),
        ([(1, 0), (1, 1), (1, 1), (1, 0), (1, 1)], ["1)", "a)", "b)", "2)", "a)"]),
        ([(1, 0), (5, 0), (5, 0)], ["1)", "2)", "3)"]),
        ([(1, 0), (1, 0), (2, 0), (2, 0)], ["1)", "2)", "1)", "2)"]),
        ([(3, 0), (3, 1), (3, 0)], ["•", "◦", "•"]),
        ([(4, 0), (4, 1), (4, 0), (4, 1)], ["I.", "I.1", "II.", "II.2"]),
    ],
    ids=[
        "counted",
        "a level restarts after its parent",
        "another instance of the list continues it",
        "startOverride restarts a new instance",
        "symbol-font bullets as they look",
        "lvlRestart 0: never restarts",
    ],
)
def test_automatic_list_labels_are_computed_beside_the_text(
    items: list[tuple[int, int]], expected: list[str]
) -> None:
    assert labels(*items) == expected


def test_a_list_item_keeps_its_label_out_of_its_text() -> None:
    blocks, _ = read(p("The ICT has closed functionality.", num=(1, 0)), numbering=NUMBERING)
    assert (blocks[0].kind, blocks[0].label, blocks[0].text) == (
        "item",
        "1)",
        "The ICT has closed functionality.",
    )


def test_an_empty_numbered_paragraph_still_takes_a_number() -> None:
    body = p("First.", num=(1, 0)) + p(num=(1, 0)) + p("Third.", num=(1, 0))
    assert [b.label for b in read(body, numbering=NUMBERING)[0]] == ["1)", "3)"]


# --- notes, tables, text boxes, characters -----------------------------------------------


def test_a_footnote_is_a_block_of_its_own_after_its_paragraph() -> None:
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" Projet ADOD [en anglais seulement]")
        + "</w:p></w:footnote>"
    )
    body = p("Tableaux", '<w:r><w:footnoteReference w:id="1"/></w:r>') + p("Suite.")
    blocks, _ = read(body, footnotes=notes)
    assert [(b.text, b.lines[0].place) for b in blocks] == [
        ("Tableaux", _place(1, "body")),
        ("Projet ADOD [en anglais seulement]", _place(2, "footnote")),
        ("Suite.", _place(3, "body")),
    ]


def _place(paragraph: int, part: str) -> object:
    from align_check.model import Place

    return Place(paragraph, part=part)


def test_a_table_cell_paragraph_is_a_paragraph_of_the_table_part() -> None:
    row = "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>"
    table = (
        "<w:tbl>"
        + row.format(p("Subject"), p("Do"))
        + row.format(p("Tables"), p("Use a header row.") + p("Add alt text."))
        + "</w:tbl>"
    )
    blocks, _ = read(table + p("After."))
    assert [(b.text, b.lines[0].place.part if b.lines[0].place else "") for b in blocks] == [
        ("Subject", "table"),
        ("Do", "table"),
        ("Tables", "table"),
        ("Use a header row.", "table"),
        ("Add alt text.", "table"),
        ("After.", "body"),
    ]


def test_a_text_box_is_read_after_its_paragraph_once() -> None:
    box = f"<w:txbxContent>{p('In the box.')}</w:txbxContent>"
    drawing = (
        "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><x>"
        f"{box}</x></w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    blocks, _ = read(p("Anchor.", drawing) + p("Next."))
    assert [(b.text, b.lines[0].place.part if b.lines[0].place else "") for b in blocks] == [
        ("Anchor.", "body"),
        ("In the box.", "textbox"),
        ("Next.", "body"),
    ]


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        (["e", "<w:r><w:noBreakHyphen/></w:r>", "mail"], "e\u2011mail"),
        (["accessi", "<w:r><w:softHyphen/></w:r>", "bilité"], "accessibilité"),
        (["article\u00a05 : la règle"], "article\u00a05 : la règle"),
        (["Figure 1:", "<w:r><w:tab/></w:r>", "Caption"], "Figure 1: Caption"),
        (["One line", "<w:r><w:br/></w:r>", "another"], "One line another"),
    ],
    ids=["no-break hyphen", "soft hyphen dropped", "no-break space kept", "tab", "break"],
)
def test_the_document_characters_are_kept(runs: list[str], expected: str) -> None:
    assert texts(p(*runs)) == [expected]


def test_paragraphs_are_numbered_in_reading_order() -> None:
    blocks, _ = read(p("One.") + p("") + p("Two."))
    assert [(b.lines[0].line, b.lines[0].column) for b in blocks] == [(1, 1), (2, 1)]


# --- bad input ---------------------------------------------------------------------------


def _zip(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w") as part,
    ):
        part.write(f"<w:document {NS}><w:body>".encode())
        block = b" " * (1024 * 1024)
        for _ in range(210):
            part.write(block)
        part.write(b"</w:body></w:document>")
    return buffer.getvalue()


DTD = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">]>'
    + f"<w:document {NS}><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p>".encode()
    + b"</w:body></w:document>"
)

BAD = [
    (b"plain text, not a zip", "not a Word file (not a zip archive)"),
    (docx(p("Cut short."))[:60], "not a Word file (not a zip archive)"),
    (_zip("word/other.xml", b"<x/>"), "not a Word file (word/document.xml is missing)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "is encrypted or not a .docx"),
    (_zip("word/document.xml", DTD), "declares a DTD or entities, refused"),
    (_zip("word/document.xml", b"<w:document><w:body>"), "is not well-formed XML"),
]


@pytest.mark.parametrize(
    ("data", "message"),
    BAD,
    ids=["not a zip", "truncated zip", "no document part", "encrypted", "DTD", "broken XML"],
)
def test_bad_input_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        read_docx(data, "bad.docx")
    assert str(error.value).startswith("bad.docx: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_zip_bomb_is_refused_as_it_unpacks() -> None:
    """A part that unpacks past 200 MB: counted while read, whatever the zip declares."""
    with pytest.raises(InputError, match=r"bomb.docx: unpacks to more than 200 MB"):
        read_docx(_bomb(), "bomb.docx")


# --- the real pairs (skipped where /work/shared is absent, as in CI) --------------------


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_real_file_reads_without_markup(pair: str, lang: str) -> None:
    path = FORMATS / f"{pair}.{lang}.docx"
    reading = read_units(str(path))
    assert reading.format == "docx" and len(reading.blocks) > 10
    for block in reading.blocks:
        assert not MARKUP.search(block.text), block.text


def footnotes(path: Path) -> list[str]:
    blocks = read_units(str(path)).blocks
    return [b.text for b in blocks if b.lines[0].place and b.lines[0].place.part == "footnote"]


def test_the_french_word_guide_has_one_footnote_the_english_has_none() -> None:
    assert footnotes(FORMATS / "a11y-word.fr.docx") == [
        "Projet Document de bureau numérique accessible (ADOD) [en anglais seulement]"
    ]
    assert footnotes(FORMATS / "a11y-word.en.docx") == []


def test_the_excel_guide_has_two_footnotes_in_english_one_in_french() -> None:
    """The first note holds two paragraphs on each side: each is a block."""
    assert footnotes(FORMATS / "a11y-excel.en.docx") == [
        "Creating Accessible Excel - Algonquin College",
        "Make your Excel documents accessible by Microsoft",
        "Colour Contrast Analyser is available in the department. To obtain the tool, issue a "
        "ticket with the National ServiceDesk",
    ]
    assert len(footnotes(FORMATS / "a11y-excel.fr.docx")) == 2


def _after(path: Path, start: str, count: int) -> list[Block]:
    blocks = read_units(str(path)).blocks
    first = next(n for n, b in enumerate(blocks) if b.text.startswith(start))
    return list(blocks[first : first + count])


def test_annex_x_types_its_labels_in_english_and_numbers_them_in_french() -> None:
    """The survey's case: "a)" to "d)" typed in the English text, Word's numbering in
    the French (its list says "%1.", so "1." to "4.")."""
    english = _after(FORMATS / "ict-annex-x.en.docx", "a) ICT interoperating", 4)
    french = _after(FORMATS / "ict-annex-x.fr.docx", "l’interopérabilité des TIC avec", 4)
    assert [(b.label, b.text[:2]) for b in english] == [
        ("", "a)"),
        ("", "b)"),
        ("", "c)"),
        ("", "d)"),
    ]
    assert [(b.kind, b.label) for b in french] == [("item", f"{n}.") for n in range(1, 5)]


def test_the_procurement_guide_leaves_out_its_table_of_contents_and_running_header() -> None:
    reading = read_units(str(FORMATS / "procurement-guide.en.docx"))
    assert "table of contents left out (28 paragraphs)" in reading.notices
    assert not any("Unclassified" in b.text for b in reading.blocks)
    assert not any(b.text.startswith("Change log") and b.text[-1].isdigit() for b in reading.blocks)


def test_a_real_pair_is_compared_with_most_sentences_in_two_sided_beads() -> None:
    french = FORMATS / "a11y-word.fr.docx"
    english = FORMATS / "a11y-word.en.docx"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "align_check",
            "compare",
            str(french),
            str(english),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    beads = json.loads(run.stdout)["beads"]
    two_sided = sum(
        len(b["source"]) + len(b["target"]) for b in beads if b["source"] and b["target"]
    )
    every = sum(len(b["source"]) + len(b["target"]) for b in beads)
    assert two_sided / every >= 0.8
