"""What the two office readers (Word, OpenDocument) do last: number the blocks in reading
order and say what they left out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from align_check.reading.blocks import Block

Phrases = tuple[tuple[str, str, str], ...]
"""(count's key, said of one, said of several)."""


def numbered(blocks: Iterable[Block]) -> tuple[Block, ...]:
    """Blocks with their ordinal (1-based, in reading order) as their pieces' line and
    paragraph (column 1)."""
    done = []
    for ordinal, block in enumerate(blocks, start=1):
        lines = tuple(
            replace(line, line=ordinal, column=1, place=replace(line.place, paragraph=ordinal))
            for line in block.lines
            if line.place is not None
        )
        done.append(replace(block, lines=lines))
    return tuple(done)


def notices(counts: Counter[str], phrases: Phrases) -> tuple[str, ...]:
    """What a reader left out or decided, for a reviewer to audit (non-zero counts only;
    "toc" is the table of contents' paragraphs)."""
    said = [
        f"{counts[key]} {one if counts[key] == 1 else many}"
        for key, one, many in phrases
        if counts[key]
    ]
    if counts["toc"]:
        paragraphs = "paragraph" if counts["toc"] == 1 else "paragraphs"
        said.append(f"table of contents left out ({counts['toc']} {paragraphs})")
    return tuple(said)
