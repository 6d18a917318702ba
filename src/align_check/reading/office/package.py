"""A zipped XML package (Word .docx, OpenDocument .odt) opened safely: its parts parsed
with lxml, what a hostile file could do refused in one line.

Refused: a file that is not a zip (or is cut short), an encrypted Word file (an OLE
compound file under a .docx name) or OpenDocument (its manifest says so), a package
without its main part, a part that decompresses past ``MAX_UNPACKED`` bytes in all (a
zip bomb: the bytes are counted as they are read, not taken from the zip's own figures),
a part that declares a DTD or entities (never expanded), a part that is not well-formed
XML. This module is the office readers' home of lxml.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from typing import Any

from lxml import etree

from align_check.errors import InputError

MAX_UNPACKED = 200 * 1024 * 1024
"""The most bytes read out of one package (200 MB): a 1,000-page report's parts are a few
tens of megabytes."""

_CHUNK = 1024 * 1024
_MANIFEST = "META-INF/manifest.xml"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)

Element = Any
"""An lxml element (lxml has no type hints)."""


def open_parts(
    data: bytes, name: str, what: str, main: str, wanted: Iterable[str] = ()
) -> dict[str, Element]:
    """The root elements of a package's parts: ``main`` (an InputError when absent) and
    those of ``wanted`` that it holds (a name ending in "*" is a prefix: "word/header*").
    ``what`` names the format in messages ("a Word", "an OpenDocument")."""
    if data.startswith(_OLE):
        raise InputError(f"{name}: is encrypted or not a .docx (an OLE compound file)")
    archive = _archive(data, name, what)
    names = set(archive.namelist())
    if main not in names:
        raise InputError(f"{name}: not {what} file ({main} is missing)")
    chosen = [main, *sorted(_matching(names, wanted) - {main})]
    budget = _Budget(name)
    if _MANIFEST in names and b"encryption-data" in _unpacked(archive, _MANIFEST, budget, name):
        raise InputError(f"{name}: is encrypted (save it without a password)")
    return {
        part: parse(_unpacked(archive, part, budget, name), f"{name}: {part}") for part in chosen
    }


def _archive(data: bytes, name: str, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{name}: not {what} file (not a zip archive)") from None


def _matching(names: set[str], wanted: Iterable[str]) -> set[str]:
    chosen: set[str] = set()
    for pattern in wanted:
        if pattern.endswith("*"):
            chosen |= {n for n in names if n.startswith(pattern[:-1]) and n.endswith(".xml")}
        elif pattern in names:
            chosen.add(pattern)
    return chosen


class _Budget:
    """The bytes still allowed out of one package."""

    def __init__(self, name: str) -> None:
        self.left = MAX_UNPACKED
        self.name = name

    def take(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            limit = MAX_UNPACKED // (1024 * 1024)
            raise InputError(f"{self.name}: unpacks to more than {limit} MB (a zip bomb?)")


def _unpacked(archive: zipfile.ZipFile, part: str, budget: _Budget, name: str) -> bytes:
    """A part's bytes, read in chunks and counted against the package's budget."""
    chunks: list[bytes] = []
    try:
        with archive.open(part) as stream:
            while chunk := stream.read(_CHUNK):
                budget.take(len(chunk))
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as error:
        raise InputError(f"{name}: {part} cannot be unpacked ({_reason(error)})") from None
    return b"".join(chunks)


def _reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return "it is encrypted" if "encrypted" in text.lower() else text


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
)


def parse(data: bytes, where: str) -> Element:
    """The root element of an XML part; a part that declares a DTD or entities is refused
    (before parsing: nothing is expanded)."""
    if _DECLARATION.search(data):
        raise InputError(f"{where} declares a DTD or entities, refused")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise InputError(f"{where} is not well-formed XML ({error.msg})") from None
    if root is None:
        raise InputError(f"{where} is empty")
    return root


def local(element: Element) -> str:
    """An element's name without its namespace ("" for a processing instruction)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
