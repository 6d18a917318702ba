"""The PDF reader's one use of pypdfium2: open a file and take each page's characters."""

from __future__ import annotations

import ctypes
from typing import Any

from align_check.errors import InputError
from align_check.reading.pdf.glyphs import Glyph, Page, Rule, letters


def load_pages(data: bytes, name: str) -> tuple[Page, ...]:
    """The pages of a PDF with their characters, or a one-line InputError (the extra not
    installed, an encrypted or corrupt file)."""
    try:
        import pypdfium2
        import pypdfium2.raw as pdfium
    except ImportError:
        raise InputError(
            f"{name}: reading PDF needs the pdf extra: pip install 'align-check[pdf]'"
        ) from None
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(_refusal(name, str(error))) from None
    try:
        return tuple(_page(pdfium, document[index], index + 1) for index in range(len(document)))
    finally:
        document.close()


def _refusal(name: str, error: str) -> str:
    """Why PDFium would not open a file, in one line."""
    if "password" in error.lower():
        return f"{name}: is encrypted: a password is needed to read it; save a copy without one"
    return f"{name}: not a readable PDF (damaged or not a PDF: {error.rstrip('.')})"


def _page(pdfium: Any, page: Any, number: int) -> Page:
    """One page's characters: each with its loose box, whose height stands for its size
    and whose foot for its baseline (one call a character: a page has thousands)."""
    textpage = page.get_textpage()
    raw = textpage.raw
    count = pdfium.FPDFText_CountChars(raw)
    chars = _chars(pdfium, raw, count)
    loose, box = pdfium.FPDFText_GetLooseCharBox, pdfium.FS_RECTF()
    glyphs: list[Glyph] = []
    for index, char in enumerate(chars):
        if char in _SKIPPED:
            continue
        if char.isspace() and char not in _KEPT_SPACES:
            glyphs.append(_SPACE)
            continue
        loose(raw, index, box)
        bottom, top = box.bottom, box.top
        glyphs.append(Glyph(letters(char), box.left, box.right, bottom, top, bottom, top - bottom))
    textpage.close()
    height = page.get_height()
    rules = _rules(pdfium, page)
    page.close()
    return Page(number, height, tuple(glyphs), rules)


_THIN = 2.5
"""A path at most this thick (in points) and longer than it is thick is a drawn line."""


def _rules(pdfium: Any, page: Any) -> tuple[Rule, ...]:
    """The thin paths drawn on a page (cell borders, underlines), by their boxes."""
    found: list[Rule] = []
    for item in page.get_objects(filter=(pdfium.FPDF_PAGEOBJ_PATH,), max_depth=3):
        x0, bottom, x1, top = item.get_bounds()
        thin, long = sorted((x1 - x0, top - bottom))
        if thin <= _THIN and long > 2 * _THIN:
            found.append(Rule(x0, bottom, x1, top))
    return tuple(found)


_SPACE = Glyph(" ", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
"""A space: it only parts two words, so its place is not asked for."""
_SKIPPED = frozenset("\r\n\x00")
_KEPT_SPACES = frozenset("\u00a0\u202f")


def _chars(pdfium: Any, raw: Any, count: int) -> str:
    """A page's characters, one per index of PDFium's character list (read in one call,
    or one by one when the text PDFium gives does not match the list)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium.FPDFText_GetText(raw, 0, count, buffer)
    text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    return "".join(chr(pdfium.FPDFText_GetUnicode(raw, index)) for index in range(count))
