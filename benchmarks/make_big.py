"""Build a long English–French pair from the six TransRead novels for the speed benchmark.

    .venv/bin/python benchmarks/make_big.py SIZE FOLDER

Writes ``FOLDER/big.en`` and ``FOLDER/big.fr``: one sentence a line, the novels read in
turn and repeated until each side holds SIZE sentences, every sentence followed by its copy
number ("... ce jour-là . (2)") so that no two sentences are the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import BOOKS, TRANSREAD  # noqa: E402


def side(lang: str, size: int) -> list[str]:
    """SIZE distinct sentences of one language."""
    books = [(TRANSREAD / f"{book}.{lang}").read_text(encoding="utf-8") for book in BOOKS]
    lines = [line for text in books for line in text.splitlines() if line.strip()]
    return [f"{lines[n % len(lines)]} ({n // len(lines) + 1})" for n in range(size)]


def build(size: int, folder: Path) -> tuple[Path, Path]:
    """Write the pair; its English and French paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for lang in ("en", "fr"):
        path = folder / f"big.{lang}"
        path.write_text("\n".join(side(lang, size)) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


if __name__ == "__main__":
    build(int(sys.argv[1]), Path(sys.argv[2]))
