"""A tiny PDF writer for the tests: pages of Helvetica text at given places, a drawn
rectangle, drawn lines (a ruled table's borders), and the standard 40-bit password lock;
enough to build the layouts the PDF reader must read, without a PDF library in the test
extra."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 595, 842
"""An A4 page, in points."""

_PADDING = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
_FILE_ID = bytes.fromhex("00112233445566778899aabbccddeeff")
_SPECIAL = {"\ufb01": b"\x1e", "\ufb02": b"\x1f", "\u00a0": b"\x1c", "\u202f": b"\x1d"}
"""Characters WinAnsi lacks (or maps to a plain space), by the codes the font's
/Differences give them."""
_FONT = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding"
    b" /BaseEncoding /WinAnsiEncoding /Differences [28 /nbspace /uni202F /fi /fl] >> >>"
)


@dataclass(frozen=True)
class Text:
    """A line of text whose baseline starts at (x, y), y counted up from the page's foot."""

    x: float
    y: float
    text: str
    size: float = 11


@dataclass(frozen=True)
class Box:
    """A stroked rectangle (a drawing, no text)."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Rule:
    """A drawn line from (x0, y0) to (x1, y1), half a point thick (a table's border)."""

    x0: float
    y0: float
    x1: float
    y1: float


Item = Text | Box | Rule


def grid(xs: Sequence[float], ys: Sequence[float]) -> list[Rule]:
    """The borders of a ruled table: a vertical rule at each x, a horizontal one at each y,
    each running the table's whole width or height."""
    verticals = [Rule(x, min(ys), x, max(ys)) for x in xs]
    return verticals + [Rule(min(xs), y, max(xs), y) for y in ys]


def column(x: float, top: float, lines: Sequence[str], size: float = 11) -> list[Text]:
    """Lines set one under the other at the usual pitch (1.2 times the size)."""
    return [Text(x, top - index * size * 1.2, line, size) for index, line in enumerate(lines)]


def bulleted(
    x: float,
    top: float,
    items: Sequence[Sequence[str]],
    size: float = 11,
    bullet_size: float = 7,
) -> list[Text]:
    """A bulleted list: each item's lines at the usual pitch, indented 18 points, and a
    bullet "•" on its first line drawn in ``bullet_size`` (LibreOffice draws Word's symbol
    bullet smaller than the item's text)."""
    texts: list[Text] = []
    y = top
    for lines in items:
        texts.append(Text(x, y, "\u2022", bullet_size))
        texts += column(x + 18, y, lines, size)
        y -= len(lines) * size * 1.2
    return texts


def pdf(pages: Sequence[Sequence[Item]], password: str | None = None) -> bytes:
    """The bytes of a PDF with these pages; locked with ``password`` when given."""
    key = _key(password) if password else None
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    kids = []
    for items in pages:
        stream = _content(items)
        number = len(objects) + 1
        if key:
            stream = _rc4(_object_key(key[0], number), stream)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(len(objects) + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (WIDTH, HEIGHT, number)
        )
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    trailer = b"/Root 1 0 R /ID [<%s> <%s>]" % (_FILE_ID.hex().encode(), _FILE_ID.hex().encode())
    if key:
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <%s> /U <%s> >>"
            % (key[1].hex().encode(), key[2].hex().encode())
        )
        trailer += b" /Encrypt %d 0 R" % len(objects)
    return _file(objects, trailer)


def _content(items: Sequence[Item]) -> bytes:
    parts = []
    for item in items:
        if isinstance(item, Box):
            parts.append(b"%.2f %.2f %.2f %.2f re S" % (item.x, item.y, item.width, item.height))
        elif isinstance(item, Rule):
            line = (item.x0, item.y0, item.x1, item.y1)
            parts.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % line)
        else:
            text = _literal(item.text)
            parts.append(
                b"BT /F1 %.2f Tf %.2f %.2f Td (%s) Tj ET" % (item.size, item.x, item.y, text)
            )
    return b"\n".join(parts)


def _literal(text: str) -> bytes:
    encoded = b"".join(_SPECIAL.get(char) or char.encode("cp1252") for char in text)
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _file(objects: list[bytes], trailer: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def _key(password: str) -> tuple[bytes, bytes, bytes]:
    """The file key, /O and /U of the standard security handler, revision 2 (PDF 1.4
    reference, algorithms 3.2 to 3.4), the owner password the same as the user's."""
    padded = (password.encode("latin-1") + _PADDING)[:32]
    owner = _rc4(hashlib.md5(padded).digest()[:5], padded)
    permissions = (-4).to_bytes(4, "little", signed=True)
    key = hashlib.md5(padded + owner + permissions + _FILE_ID).digest()[:5]
    return key, owner, _rc4(key, _PADDING)


def _object_key(key: bytes, number: int) -> bytes:
    return hashlib.md5(key + number.to_bytes(3, "little") + b"\x00\x00").digest()[:10]


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)
