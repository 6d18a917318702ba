"""Turn a file's bytes into text: BOMs, UTF-8, UTF-16, a Windows-1252 fallback."""

from __future__ import annotations

import codecs
import re
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


@dataclass(frozen=True)
class Page:
    """A web page's text and what its reading noticed about the charset."""

    text: str
    notices: tuple[str, ...] = ()


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def decode_page(data: bytes, name: str) -> Page:
    """Decode a web page: a byte-order mark, else UTF-8 where the bytes are UTF-8 (whatever
    the page declares), else the charset it declares, else Windows-1252; a notice when
    the declaration is missing or wrong and the text is not plain ASCII."""
    declared = _declared(data)
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return Page(decode(data, name).text)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _not_utf8(data, name, declared)
    _refuse_binary(text, name)
    if text.isascii() or declared in _UTF8:
        return Page(text)
    if declared is None:
        return Page(text, ("no charset declared, read as UTF-8",))
    return Page(text, (f"declares charset {declared} but is UTF-8, read as UTF-8",))


_UTF8 = ("utf-8", "utf8")


def _not_utf8(data: bytes, name: str, declared: str | None) -> Page:
    if declared and declared not in _UTF8:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            _refuse_binary(text, name)
            return Page(text)
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not a web page")
    text = data.decode("cp1252", errors="replace")
    _refuse_binary(text, name)
    said = f"declares charset {declared}" if declared else "declares no charset"
    return Page(text, (f"{said} and is not UTF-8, read as Windows-1252",))


def _declared(data: bytes) -> str | None:
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _refuse_binary(text: str, name: str) -> None:
    if _looks_binary(text):
        raise InputError(f"{name}: looks like a binary file, not a web page")


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
