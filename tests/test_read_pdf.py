"""The PDF reader: reading order, what it leaves out, what it joins, and its refusals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from align_check.errors import InputError
from align_check.reading import Reading, read_document, read_units
from align_check.reading.pdf import read_pdf
from align_check.reading.pdf.glyphs import letters
from paths import ROOT
from pdfmaker import Box, Text, bulleted, column, grid, pdf

FORMATS = ROOT / "tests" / "data" / "formats"
LEFT = ["Left column one,", "left column two,", "left column three,", "left column four."]
RIGHT = ["Right column one,", "right column two,", "right column three,", "right column four."]


def texts(reading: Reading) -> list[str]:
    return [block.text for block in reading.blocks]


def read(*pages: list[Text | Box]) -> Reading:
    return read_pdf(pdf(pages), "test.pdf")


def test_two_columns_are_read_one_after_the_other() -> None:
    reading = read(column(50, 700, LEFT) + column(320, 700, RIGHT))
    assert texts(reading) == [" ".join(LEFT), " ".join(RIGHT)]


def test_a_title_across_two_columns_comes_first_then_each_column() -> None:
    title = [Text(50, 760, "A title that runs across both of the columns below it", 16)]
    reading = read(title + column(50, 700, LEFT) + column(320, 700, RIGHT))
    assert texts(reading)[0].startswith("A title")
    assert texts(reading)[1:] == [" ".join(LEFT), " ".join(RIGHT)]


def test_a_running_footer_is_left_out_on_every_page_and_counted() -> None:
    pages = [
        column(50, 700, [f"Paragraph on page {n} ends here."]) + [Text(480, 30, f"Page {n} of 3")]
        for n in (1, 2, 3)
    ]
    reading = read(*pages)
    assert not any("Page" in text and "of 3" in text for text in texts(reading))
    assert reading.notices == ("3 running header and footer lines left out",)


def test_a_bare_page_number_is_left_out() -> None:
    reading = read(column(50, 700, ["Only one page of text here."]) + [Text(290, 30, "7")])
    assert texts(reading) == ["Only one page of text here."]


HYPHENS = [
    pytest.param(
        ["Les ministres ont salué le démantè-", "lement du réseau."],
        "Les ministres ont salué le démantèlement du réseau.",
        id="a word broken at a line end is joined",
    ),
    pytest.param(
        ["La coopération avec le Royaume-", "Uni se poursuit."],
        "La coopération avec le Royaume-Uni se poursuit.",
        id="a capital after the hyphen keeps it",
    ),
    pytest.param(
        ["Il faut agir, c'est-à-", "dire tout de suite."],
        "Il faut agir, c'est-à-dire tout de suite.",
        id="a compound keeps its hyphens",
    ),
    pytest.param(
        ["Le texte de la loi a-t-", "il été adopté ?"],
        "Le texte de la loi a-t-il été adopté ?",
        id="an inverted pronoun keeps its hyphens",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), HYPHENS)
def test_line_end_hyphens(lines: list[str], expected: str) -> None:
    assert texts(read(column(50, 700, lines))) == [expected]


def test_a_hyphenated_word_met_whole_elsewhere_is_joined_and_counted() -> None:
    lines = ["Le réseau de passeurs est visé par un démantè-", "lement rapide.", ""]
    page = column(50, 700, lines) + column(50, 600, ["Le démantèlement est achevé."])
    reading = read(page)
    assert texts(reading)[0] == "Le réseau de passeurs est visé par un démantèlement rapide."
    assert [piece.space for piece in reading.blocks[0].lines] == [True, False]
    assert "1 line-end hyphens joined" in reading.notices


def test_a_word_met_hyphenated_elsewhere_keeps_its_hyphen() -> None:
    page = column(50, 700, ["Une analyse coût-", "efficacité a été faite."])
    page += column(50, 600, ["Le rapport coût-efficacité est bon."])
    assert texts(read(page))[0] == "Une analyse coût-efficacité a été faite."


def test_ligatures_become_letters_and_no_break_spaces_stay() -> None:
    (text,) = texts(read(column(50, 700, ["Les \ufb01gures montrent 10\u00a0% de plus."])))
    assert text == "Les figures montrent 10\u00a0% de plus."


@pytest.mark.parametrize(
    ("char", "kept"),
    [("\ufb01", "fi"), ("\ufb03", "ffi"), ("\u00a0", "\u00a0"), ("\u202f", "\u202f")],
    ids=["fi", "ffi", "no-break space", "narrow no-break space"],
)
def test_only_ligatures_are_normalised(char: str, kept: str) -> None:
    assert letters(char) == kept


def test_a_footnote_in_smaller_type_at_the_foot_of_the_page_is_a_footnote() -> None:
    body = column(50, 700, ["The ministers met in Paris.1", "They signed the agreement."])
    note = [Text(50, 80, "1 See the joint report of 2016.", 8)]
    reading = read(body + note)
    parts = [
        (block.text, block.lines[0].place.part if block.lines[0].place else "")
        for block in reading.blocks
    ]
    assert parts[-1] == ("See the joint report of 2016.", "footnote")
    assert reading.blocks[-1].label == "1"
    assert all(part == "body" for _, part in parts[:-1])


def test_a_paragraph_running_onto_the_next_page_keeps_each_sentences_page(
    tmp_path: Path,
) -> None:
    first = column(50, 100, ["The first sentence starts on page one.", "The second one starts"])
    second = column(50, 780, ["just before the page ends. A third sentence follows."])
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf([first, second]))
    document = read_document(str(path), "en", segmented=False)
    pages = [(s.text[:12], s.place.page if s.place else None) for s in document.sentences]
    assert pages == [("The first se", 1), ("The second o", 1), ("A third sent", 2)]
    assert len({sentence.block for sentence in document.sentences}) == 1


def test_a_bullet_with_a_hanging_indent_keeps_its_second_line() -> None:
    items = [Text(60, 700, "\u2022"), Text(80, 700, "Ask for the tool by filling out the")]
    items += [Text(80, 686.8, "request form and opening a ticket.")]
    items += [Text(60, 673.6, "\u2022"), Text(80, 673.6, "Check the colour contrast.")]
    reading = read(column(50, 730, ["Tools and resources:"]) + items)
    blocks = [(block.kind, block.label, block.text) for block in reading.blocks]
    assert blocks[1:] == [
        (
            "item",
            "\u2022",
            "Ask for the tool by filling out the request form and opening a ticket.",
        ),
        ("item", "\u2022", "Check the colour contrast."),
    ]


def test_a_table_row_number_beside_the_second_line_stays_with_its_row() -> None:
    row = column(100, 700, ["The title is clearly specified and", "entered in the title", "entry."])
    row.append(Text(70, 700 - 13.2, "1"))
    second = column(100, 640, ["The language is set."]) + [Text(70, 640, "2")]
    reading = read(row + second)
    assert [(block.label, block.text) for block in reading.blocks] == [
        ("1", "The title is clearly specified and entered in the title entry."),
        ("2", "The language is set."),
    ]


def test_a_larger_line_is_a_heading() -> None:
    page = [Text(50, 760, "Introduction", 16)] + column(50, 730, ["Body text of the page."])
    assert [block.kind for block in read(page).blocks] == ["heading", "paragraph"]


def test_a_page_without_text_is_named_in_a_notice() -> None:
    reading = read(column(50, 700, ["Some text."]), [Box(50, 50, 400, 600)])
    assert reading.notices == ("page 2 has no text",)


@pytest.mark.parametrize(
    "pages",
    [[[]], [[Box(50, 50, 400, 600)], []]],
    ids=["an empty page", "a drawing and an empty page"],
)
def test_a_pdf_without_text_is_refused(pages: list[list[Text | Box]]) -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf: pages? 1 .*no text: a scan\? run OCR"):
        read_pdf(pdf(pages), "scan.pdf")


def test_an_encrypted_pdf_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match=r"^locked\.pdf: is encrypted: [^\n]*$"):
        read_pdf(pdf([column(50, 700, ["Secret."])], password="secret"), "locked.pdf")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nnot really a pdf", pdf([column(50, 700, ["Cut short."])])[:200]],
    ids=["garbage after the header", "a truncated file"],
)
def test_a_corrupt_pdf_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^bad\.pdf: not a readable PDF [^\n]*$"):
        read_pdf(data, "bad.pdf")


def test_without_the_pdf_extra_the_reader_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(InputError, match=r"pip install 'align-check\[pdf\]'"):
        read_pdf(pdf([column(50, 700, ["Text."])]), "doc.pdf")


def test_pages_are_physical_and_paragraphs_count_the_units() -> None:
    reading = read(column(50, 700, ["One."]), column(50, 700, ["Two."]))
    places = [block.lines[0].place for block in reading.blocks]
    assert [(p.page, p.paragraph) for p in places if p] == [(1, 1), (2, 2)]
    assert [block.lines[0].line for block in reading.blocks] == [1, 2]


# The real files (skipped where the shared folder is absent)


def real(name: str) -> Reading:
    path = FORMATS / name
    return read_pdf(path.read_bytes(), name)


@pytest.mark.parametrize(
    ("name", "footer"),
    [("pdf-checklist.en.pdf", "Page 2 of 4"), ("pdf-checklist.fr.pdf", "Page 2 de 6")],
    ids=["en", "fr"],
)
def test_the_checklist_footers_are_left_out(name: str, footer: str) -> None:
    reading = real(name)
    assert not any(footer in text for text in texts(reading))
    pages = 4 if name.endswith("en.pdf") else 6
    assert f"{pages} running header and footer lines left out" in reading.notices


def test_the_checklist_bullet_keeps_its_hanging_indent_line() -> None:
    item = next(b for b in real("pdf-checklist.en.pdf").blocks if b.text.startswith("Foxit Ph"))
    assert item.kind == "item" and item.label == "\uf0b7"
    assert item.text.endswith("Request Form and opening a ticket with the National Service Desk.")


@pytest.mark.parametrize(
    ("name", "start"),
    [("pdf-checklist.en.pdf", "The PDF title"), ("pdf-checklist.fr.pdf", "Le titre du PDF")],
    ids=["en", "fr"],
)
def test_the_checklist_row_number_stays_with_its_criterion(name: str, start: str) -> None:
    row = next(block for block in real(name).blocks if block.text.startswith(start))
    assert row.label == "1"
    assert row.text.endswith(("internal directory.", "interne du PDF."))


@pytest.mark.parametrize(
    ("name", "order"),
    [
        ("poster-cognitive.en.pdf", ["DO", "Let users", "Use multi-modal", "DON’T", "Overload"]),
        ("poster-cognitive.fr.pdf", ["CHOSES À FAIRE", "Permettez", "CHOSE À NE PAS", "Surch"]),
        ("poster-autism.en.pdf", ["DO", "Use simple colours", "Build simple", "DON’T"]),
        ("poster-autism.fr.pdf", ["CHOSES À FAIRE", "Utiliser des couleurs simples", "CHOSE À NE"]),
    ],
    ids=["cognitive en", "cognitive fr", "autism en", "autism fr"],
)
def test_the_poster_columns_are_read_in_order(name: str, order: list[str]) -> None:
    found = texts(real(name))
    starts = [next(i for i, text in enumerate(found) if text.startswith(s)) for s in order]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", ["poster-cognitive.en.pdf", "poster-cognitive.fr.pdf"])
def test_the_poster_ligatures_are_letters(name: str) -> None:
    assert not any("\ufb01" in text for text in texts(real(name)))


def test_a_table_header_repeated_at_the_top_of_a_page_is_read_once() -> None:
    header = [Text(70, 760, "#"), Text(100, 760, "Criteria"), Text(400, 760, "Yes")]
    first = header + column(100, 730, ["The title is set."]) + [Text(70, 730, "1")]
    second = header + column(100, 730, ["The language is set."]) + [Text(70, 730, "2")]
    reading = read(first, second)
    assert [block.text for block in reading.blocks] == [
        "Criteria",
        "Yes",
        "The title is set.",
        "The language is set.",
    ]
    assert reading.notices == ("2 repeated table headers left out",)


# Tables: cell by cell, row by row

RESULTS = ["Pass: Check 1 is true", "Fail: Check 1 is false", "Not applicable: Pre-condition 1"]


def result_row(top: float) -> list[Text]:
    """A row of a conformance table: the label cell 'Result' and a cell of three result
    lines without final punctuation, set apart by half a line as in a Word table."""
    cell = [Text(200, top - index * 19.8, line) for index, line in enumerate(RESULTS)]
    return [Text(50, top, "Result"), *cell]


def next_row(top: float) -> list[Text]:
    cells = [Text(50, top, "C.5.1.3.8 Masked entry"), Text(200, top, "Type of assessment")]
    return cells + [Text(200, top - 19.8, "Testing")]


INTRO = column(
    50,
    790,
    [
        "The table gives for each clause its type of assessment, the conditions",
        "before the test, the procedure and the result. Each row is one clause and",
        "each cell holds one or more paragraphs, set apart by half a line.",
    ],
)


def test_a_ruled_table_is_read_cell_by_cell_row_by_row() -> None:
    rules = grid([40, 190, 450], [720, 630, 570])
    reading = read(INTRO + rules + result_row(700) + next_row(610))
    assert texts(reading)[1:] == [
        "Result",
        *RESULTS,
        "C.5.1.3.8 Masked entry",
        "Type of assessment",
        "Testing",
    ]


def test_a_ruled_tables_columns_are_read_row_by_row() -> None:
    rules = grid([40, 300, 560], [760, 700, 640])
    left = column(50, 740, ["The first row, left.", "It has two lines."])
    left += column(50, 680, ["The second row, left.", "It has two lines too."])
    right = column(310, 740, ["The first row, right.", "Two lines here."])
    right += column(310, 680, ["The second row, right.", "Two lines again."])
    assert [text[:18] for text in texts(read(rules + left + right))] == [
        "The first row, lef",
        "The first row, rig",
        "The second row, le",
        "The second row, ri",
    ]


def test_the_lines_of_an_unruled_cell_set_apart_from_each_other_are_units() -> None:
    reading = read(INTRO + result_row(700) + next_row(610))
    assert "Result" not in texts(reading)[1][6:]
    assert all(result in texts(reading) for result in RESULTS)
    assert not any(
        text.endswith("Pre-condition 1 C.5.1.3.8 Masked entry") for text in texts(reading)
    )


def test_a_short_line_whose_next_word_would_have_fitted_ends_its_unit() -> None:
    lines = ["The tools we used to compile this guide are listed below with", "their sources:"]
    lines += [
        "Understanding WCAG 2.1",
        "How to Meet WCAG 2.1 (Quick Reference)",
        "ITI VPAT version",
    ]
    assert texts(read(column(50, 700, lines)))[1:] == lines[2:]


def test_a_running_header_of_two_lines_is_left_out_whole() -> None:
    header = [Text(420, 820, "Unclassified | Non"), Text(420, 806, "classifié")]
    pages = [header + column(50, 700, [f"Page {n} has one sentence."]) for n in (1, 2, 3)]
    reading = read(*pages)
    assert texts(reading) == [f"Page {n} has one sentence." for n in (1, 2, 3)]
    assert reading.notices == ("6 running header and footer lines left out",)


def test_a_ruled_tables_header_row_repeated_on_the_next_page_is_read_once() -> None:
    rules = grid([40, 300, 560], [760, 740, 700])
    header = [Text(50, 746, "EN 301 549 clause"), Text(310, 746, "Determination of conformance")]
    first = rules + header + [Text(50, 720, "5.1.3 Non-visual access"), Text(310, 720, "C.5.1.3")]
    second = rules + header + [Text(50, 720, "5.1.4 Functionality"), Text(310, 720, "C.5.1.4")]
    reading = read(first, second)
    assert texts(reading) == [
        "EN 301 549 clause",
        "Determination of conformance",
        "5.1.3 Non-visual access",
        "C.5.1.3",
        "5.1.4 Functionality",
        "C.5.1.4",
    ]
    assert reading.notices == ("2 repeated table headers left out",)


def test_the_letters_of_a_ligature_glyph_stay_in_their_word() -> None:
    """LibreOffice draws "ffi" as one glyph whose three letters share one box."""
    path = ROOT / "tests" / "data" / "mixed" / "a11y-word.en.pdf"
    text = " ".join(block.text for block in read_pdf(path.read_bytes(), path.name).blocks)
    assert "Use sufficient contrast between text" in text
    assert "suficient" not in text


LIST = [
    ["Use sufficient contrast between", "text and background (ratio 4.5:1);"],
    ["Choose Sans serif fonts, such as", "Arial, Helvetica or Verdana;"],
    ["Modify paragraph style to add", "space; and"],
]


@pytest.mark.parametrize("ruled", [False, True])
def test_a_bullet_drawn_smaller_than_its_text_opens_its_item(ruled: bool) -> None:
    """LibreOffice draws Word's bullet U+F0B7 in 8 pt beside 11 pt words: the bullet stays
    the label of its own item, the items are not run together."""
    page: list[Text | Box] = [*column(60, 730, ["Text"]), *bulleted(60, 700, LIST)]
    if ruled:
        page += grid([50, 300], [740, 710, 620])
    blocks = [(block.kind, block.label, block.text) for block in read(page).blocks]
    assert blocks[1:] == [("item", "\u2022", " ".join(lines)) for lines in LIST]


def test_the_a11y_list_with_small_bullets_has_the_items_of_the_word_file() -> None:
    """Page 2's bullets are 8 pt beside 10.8 pt words: three items, as in the docx."""
    path = ROOT / "tests" / "data" / "mixed" / "a11y-word.en.pdf"
    blocks = read_pdf(path.read_bytes(), path.name).blocks
    items = [(block.label, block.text) for block in blocks if block.kind == "item"]
    start = items.index(("\uf0b7", "Use 12 points font size minimal for text;"))
    assert items[start + 1 : start + 4] == [
        ("\uf0b7", "Use sufficient contrast between text and background (ratio 4.5:1);"),
        ("\uf0b7", "Choose Sans serif fonts, such as Arial, Helvetica or Verdana;"),
        ("\uf0b7", "Modify paragraph style to add space; and"),
    ]
    word = read_units(str(FORMATS / "a11y-word.en.docx")).blocks
    expected = [block.text for block in word if block.kind == "item" and block.label]
    assert [text for _, text in items] == expected
    assert all(label for label, _ in items)
