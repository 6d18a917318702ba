"""The gold sets the benchmark scores: documents read from one-sentence-per-line files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from align_check.evaluation import Pair, read_gold_beads
from align_check.model import Document, Sentence
from align_check.reading import read_document

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TEXTBERG = SHARED / "eval" / "textberg-de-fr"
TRANSREAD = SHARED / "eval" / "transread-en-fr"
BOOKS = (
    "AlicesAdventuresInWonderland",
    "DuCoteDeChezSwann",
    "JaneEyre",
    "LaFauteDeLAbbeMouret",
    "LesTravailleursDeLaMer",
    "VoyageAuCentreDeLaTerre",
)


@dataclass(frozen=True)
class GoldDocument:
    """Two documents of a gold set and their gold beads."""

    name: str
    source: Document
    target: Document
    gold: tuple[Pair, ...]


def gold_document(folder: Path, name: str, source: str, target: str) -> GoldDocument:
    """Read one document pair of a gold set and its beads."""
    gold = read_gold_beads((folder / f"{name}.{source}{target}").read_text(encoding="utf-8"))
    return GoldDocument(
        name,
        read_document(str(folder / f"{name}.{source}"), source, True),
        read_document(str(folder / f"{name}.{target}"), target, True),
        gold,
    )


def repeated(documents: list[GoldDocument], size: int) -> tuple[Document, Document]:
    """Build ``size`` distinct sentences a side by repeating documents with a copy number."""
    sides = []
    for side in (0, 1):
        sentences: list[Sentence] = []
        copy = 0
        while len(sentences) < size:
            copy += 1
            for d in documents:
                texts = [s.text for s in (d.source, d.target)[side].sentences]
                sentences += [
                    Sentence(f"{t} ({copy})", len(sentences) + k + 1) for k, t in enumerate(texts)
                ]
        sides.append(Document(f"repeated-{side}", ("en", "fr")[side], tuple(sentences[:size])))
    return sides[0], sides[1]


def gold_sets() -> dict[str, list[GoldDocument]]:
    """The gold sets of issue 3 by name (Text+Berg dev is for tuning only)."""
    return {
        "textberg-dev": [gold_document(TEXTBERG, "dev", "de", "fr")],
        "textberg-test": [gold_document(TEXTBERG, f"test{k}", "de", "fr") for k in range(7)],
        "transread": [gold_document(TRANSREAD, book, "en", "fr") for book in BOOKS],
    }
