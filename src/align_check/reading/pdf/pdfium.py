"""The PDF reader's one use of pypdfium2: open a file and take each page's characters."""

from __future__ import annotations

import ctypes
from typing import Any

from align_check.errors import InputError
from align_check.reading.pdf.glyphs import Glyph, Page, letters

_LINE_BREAKS = (10, 13)


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
    """One page's characters: each with its loose box, whose height stands for its size."""
    textpage = page.get_textpage()
    raw = textpage.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium.FS_RECTF()
    glyphs: list[Glyph] = []
    for index in range(pdfium.FPDFText_CountChars(raw)):
        code = pdfium.FPDFText_GetUnicode(raw, index)
        if code in _LINE_BREAKS or code == 0:
            continue
        pdfium.FPDFText_GetCharOrigin(raw, index, x, y)
        char = chr(code)
        if char.isspace() and char not in "\u00a0\u202f":
            glyphs.append(Glyph(" ", x.value, x.value, y.value, y.value, y.value))
            continue
        pdfium.FPDFText_GetLooseCharBox(raw, index, box)
        glyphs.append(Glyph(letters(char), box.left, box.right, box.bottom, box.top, y.value))
    textpage.close()
    height = page.get_height()
    page.close()
    return Page(number, height, tuple(glyphs))
