"""Reading bytes: encodings, byte-order marks, binary and empty files."""

from __future__ import annotations

import codecs

import pytest

from align_check.errors import InputError
from align_check.reading.decode import decode

TEXT = "Mme\u00a0Rudd a rencontré M. Cazeneuve à Paris."

DECODED = [
    (TEXT.encode("utf-8"), "utf-8", False),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", False),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", False),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", False),
    (TEXT.encode("cp1252"), "cp1252", True),
]


@pytest.mark.parametrize(
    ("data", "encoding", "fallback"),
    DECODED,
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "cp1252"],
)
def test_text_is_read_in_its_encoding(data: bytes, encoding: str, fallback: bool) -> None:
    decoded = decode(data, "doc.txt")
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.fallback) == (encoding, fallback)


REFUSED = [
    (b"", "empty"),
    (b"  \n\t\n\r\n", "empty"),
    (codecs.BOM_UTF8 + b"\n \n", "empty"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4, "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
]


@pytest.mark.parametrize(
    ("data", "reason"), REFUSED, ids=["empty", "blank", "bom-only", "zip", "controls"]
)
def test_empty_and_binary_files_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data, "doc.txt")
