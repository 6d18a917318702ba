"""Read documents: bytes at the edge, then units, then sentences."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from align_check.errors import InputError
from align_check.lang import base_language, guess_language
from align_check.model import Document, Sentence
from align_check.reading.blocks import Block, Line, text_blocks
from align_check.reading.decode import decode
from align_check.reading.sentences import split_spans


@dataclass(frozen=True)
class Reading:
    """What a reader makes of a file: its units, and what it left out or decided."""

    blocks: tuple[Block, ...]
    format: str
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadOptions:
    """How web pages are read: the element that holds the document (a CSS selector; by
    default the page's main landmark) and elements to leave out."""

    main: str | None = None
    exclude: tuple[str, ...] = ()


Reader = Callable[[bytes, str, ReadOptions], Reading]
"""A reader: a file's bytes, its name (for messages) and the options, to units, or an
InputError."""


def read_text(data: bytes, name: str, options: ReadOptions) -> Reading:
    """Plain text."""
    text, notices = _decoded(data, name)
    return Reading(text_blocks(text), "text", notices)


def read_markdown(data: bytes, name: str, options: ReadOptions) -> Reading:
    """Markdown (its parser is imported only when one is read)."""
    from align_check.reading.markdown import markdown_blocks

    text, notices = _decoded(data, name)
    return Reading(markdown_blocks(text), "markdown", notices)


def _lazy(module: str, function: str, options: bool = False) -> Reader:
    """A reader whose module (and the libraries it needs) is imported when a file is read;
    ``options``: it takes the reading options (the others do not need them)."""

    def read(data: bytes, name: str, given: ReadOptions) -> Reading:
        reader = getattr(importlib.import_module(module), function)
        reading: Reading = reader(data, name, given) if options else reader(data, name)
        return reading

    return read


READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": _lazy("align_check.reading.webpage", "read_html", options=True),
    "docx": _lazy("align_check.reading.office.docx", "read_docx"),
    "odt": _lazy("align_check.reading.office.odt", "read_odt"),
    "pdf": _lazy("align_check.reading.pdf", "read_pdf"),
}
"""Readers by format."""

SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
}
"""Formats by file suffix; a file with another suffix, or none, is sniffed."""

UNSUPPORTED = {
    ".doc": "save it as .docx",
    ".rtf": "save it as .docx",
    ".xlsx": "a spreadsheet is not a document",
    ".pptx": "save it as .pdf",
}
"""Suffixes refused, and what to do instead."""

STDIN = "-"


def read_document(
    path: str, lang: str | None, segmented: bool, options: ReadOptions = ReadOptions()
) -> Document:
    """Read one document from a file (or standard input for "-") and split it into sentences."""
    reading = read_units(path, segmented, options)
    text = "\n".join(block.text for block in reading.blocks)
    language = base_language(lang or guess_language(text, path))
    sentences = tuple(_sentences(reading.blocks, language, split=not segmented))
    return Document(path, lang or language, sentences, reading.format, reading.notices)


def read_units(path: str, segmented: bool = False, options: ReadOptions = ReadOptions()) -> Reading:
    """The units of a document, read by the reader of its format."""
    data = read_bytes(path)
    name = "standard input" if path == STDIN else path
    if segmented:
        text, notices = _decoded(data, name)
        reading = Reading(segmented_blocks(text), "text", notices)
    else:
        reading = READERS[format_of(path, data)](data, name, options)
    if not any(block.text.strip() for block in reading.blocks):
        raise InputError(f"{name}: the document is empty")
    return reading


def document_text(path: str, options: ReadOptions = ReadOptions()) -> str:
    """A document's text: a text file's as it is, another's as its reader reads it (units
    apart by line breaks)."""
    data = read_bytes(path)
    format = format_of(path, data)
    if format in ("text", "markdown"):
        return decode(data, path).text
    return "\n".join(block.text for block in READERS[format](data, path, options).blocks)


def format_of(path: str, data: bytes) -> str:
    """The format a file is read as: by its suffix, else by its first bytes."""
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    if suffix in UNSUPPORTED:
        raise InputError(f"{path}: {suffix} files are not read ({UNSUPPORTED[suffix]})")
    return SUFFIXES.get(suffix) or sniff(data)


_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def sniff(data: bytes) -> str:
    """The format of a file without a known suffix: a PDF, a Word or OpenDocument text (a
    zip holding its part), an HTML page (it opens with a doctype or ``<html>``), else text."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zipped(data)
    if _HTML_START.match(data[:4096]):
        return "html"
    return "text"


def _zipped(data: bytes) -> str:
    """A zip's format by the part it holds (an OpenDocument names its type first)."""
    if b"mimetypeapplication/vnd.oasis.opendocument.text" in data[:200]:
        return "odt"
    return "docx"


def segmented_blocks(text: str) -> tuple[Block, ...]:
    """One sentence per line; a blank line starts a new paragraph."""
    blocks: list[Block] = []
    paragraph = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            paragraph += 1
            continue
        blocks.append(Block(f"paragraph:{paragraph}", (Line(raw.strip(), number, 1),)))
    return tuple(blocks)


def _decoded(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The text of a text file, and a notice when it was not UTF-8."""
    decoded = decode(data, name)
    if not decoded.fallback:
        return decoded.text, ()
    print(f"align-check: {name}: not valid UTF-8, read as Windows-1252", file=sys.stderr)
    return decoded.text, ("not valid UTF-8, read as Windows-1252",)


def read_bytes(path: str) -> bytes:
    """The bytes of a document ("-" for standard input), or an InputError saying why not."""
    if path == STDIN:
        return _bounded(sys.stdin.buffer, "standard input")
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InputError(_too_large(path))
        with file.open("rb") as stream:
            return _bounded(stream, path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None


MAX_BYTES = 100 * 1024 * 1024
"""The largest document read (100 MB): a statement is a few hundred kilobytes, a 1,000-page
PDF tens of megabytes."""


def _bounded(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(name))
    return data


def _too_large(name: str) -> str:
    return f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB, the most a document may be"


def _sentences(blocks: tuple[Block, ...], language: str, split: bool) -> Iterator[Sentence]:
    block_ids = _block_ids(blocks)
    for index, block in enumerate(blocks):
        kind = block.kind.split(":")[0]
        text = block.text
        spans = split_spans(text, language) if split else [(0, len(text))]
        for start, end in spans:
            piece, column = _position(block, start)
            yield Sentence(text[start:end], piece.line, column, block_ids[index], kind, piece.place)


def _block_ids(blocks: tuple[Block, ...]) -> list[int]:
    """Block ids; in segmented input, lines of one paragraph share an id."""
    ids: list[int] = []
    for index, block in enumerate(blocks):
        if ":" in block.kind:
            ids.append(int(block.kind.split(":")[1]))
        else:
            ids.append(index)
    return ids


def _position(block: Block, offset: int) -> tuple[Line, int]:
    """The piece of a block's joined text that holds a character offset, and the file
    column of that character."""
    position = 0
    for index, line in enumerate(block.lines):
        position += 1 if index and line.space else 0
        if offset < position + len(line.text):
            return line, line.column + max(offset - position, 0)
        position += len(line.text)
    return block.lines[-1], block.lines[-1].column
