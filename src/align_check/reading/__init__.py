"""Read documents: bytes at the edge, then units, then sentences."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from align_check.errors import InputError
from align_check.lang import base_language, guess_language
from align_check.model import Document, Sentence
from align_check.reading.blocks import Block, Line, text_blocks
from align_check.reading.decode import decode
from align_check.reading.sentences import split_spans


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Units of a Markdown document (its parser is imported only when one is read)."""
    from align_check.reading.markdown import markdown_blocks as read

    return read(text)


READERS: dict[str, Callable[[str], tuple[Block, ...]]] = {
    ".txt": text_blocks,
    ".text": text_blocks,
    ".md": markdown_blocks,
    ".markdown": markdown_blocks,
}
"""Readers by file suffix; any other suffix is read as plain text unless listed below."""

UNSUPPORTED = (".html", ".htm", ".docx", ".doc", ".odt", ".pdf", ".rtf", ".xlsx")

STDIN = "-"


def read_document(path: str, lang: str | None, segmented: bool) -> Document:
    """Read one document from a file (or standard input for "-") and split it into sentences."""
    text = _load(path)
    blocks = segmented_blocks(text) if segmented else _reader(path)(text)
    language = base_language(lang or guess_language(text, path))
    sentences = tuple(_sentences(blocks, language, split=not segmented))
    return Document(path=path, lang=lang or language, sentences=sentences)


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


def _reader(path: str) -> Callable[[str], tuple[Block, ...]]:
    suffix = Path(path).suffix.lower()
    if suffix in UNSUPPORTED:
        raise InputError(f"{path}: reading {suffix} files is not supported yet (use .txt or .md)")
    return READERS.get(suffix, text_blocks)


def _load(path: str) -> str:
    name = "standard input" if path == STDIN else path
    decoded = decode(read_bytes(path), name)
    if decoded.fallback:
        print(f"align-check: {name}: not valid UTF-8, read as Windows-1252", file=sys.stderr)
    return decoded.text


def read_bytes(path: str) -> bytes:
    """The bytes of a document ("-" for standard input), or an InputError saying why not."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None


def _sentences(blocks: tuple[Block, ...], language: str, split: bool) -> Iterator[Sentence]:
    block_ids = _block_ids(blocks)
    for index, block in enumerate(blocks):
        kind = block.kind.split(":")[0]
        text = block.text
        spans = split_spans(text, language) if split else [(0, len(text))]
        for start, end in spans:
            line, column = _position(block, start)
            yield Sentence(text[start:end], line, column, block_ids[index], kind)


def _block_ids(blocks: tuple[Block, ...]) -> list[int]:
    """Block ids; in segmented input, lines of one paragraph share an id."""
    ids: list[int] = []
    for index, block in enumerate(blocks):
        if ":" in block.kind:
            ids.append(int(block.kind.split(":")[1]))
        else:
            ids.append(index)
    return ids


def _position(block: Block, offset: int) -> tuple[int, int]:
    """File line and column of a character offset in a block's joined text."""
    position = 0
    for index, line in enumerate(block.lines):
        position += 1 if index and line.space else 0
        if offset < position + len(line.text):
            return line.line, line.column + max(offset - position, 0)
        position += len(line.text)
    last = block.lines[-1]
    return last.line, last.column
