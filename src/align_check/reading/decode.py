"""Turn a file's bytes into text: BOMs, UTF-8, UTF-16, a Windows-1252 fallback."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from align_check.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f", "\v"}


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str
    fallback: bool = False


def decode(data: bytes, name: str) -> Decoded:
    """Decode a document, refusing binary files and empty text."""
    decoded = _decode_bytes(data, name)
    if _looks_binary(decoded.text):
        raise InputError(f"{name}: looks like a binary file, not a text document")
    if not decoded.text.strip():
        raise InputError(f"{name}: the document is empty")
    return decoded


def _decode_bytes(data: bytes, name: str) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: not valid {encoding}: {error.reason}") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not a text document")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", fallback=True)


def _looks_binary(text: str) -> bool:
    """True when control characters make up more than a trace of the text."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in _CONTROL_ALLOWED)
    return controls > max(8, len(sample) // 200)
