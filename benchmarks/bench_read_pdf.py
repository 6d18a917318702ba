"""Benchmark of the PDF reader: a 100-page two-column PDF, file to units.

Run from the project root (the pdf extra installed):

    .venv/bin/python benchmarks/bench_read_pdf.py [--pages 100] [--runs 5]

The PDF is built in a temporary folder by the tests' small writer (tests/pdfmaker.py): each
page a title, two columns of 11-point text (about 52 lines each, some ending in a hyphen)
and a running footer "Page n of N". Reported: the median wall time of ``--runs`` reads
(``read_units``: the file's bytes, PDFium's characters, our layout pass), the units and
notices found, and the process's peak memory. Target: at most 5 s and under 500 MB on
two cores.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from align_check.reading import read_units  # noqa: E402
from pdfmaker import Text, column, pdf  # noqa: E402

WORDS = [
    "le",
    "ministre",
    "accord",
    "signé",
    "sécurité",
    "frontière",
    "coopération",
    "réseau",
    "passeurs",
    "démantèlement",
    "immigration",
    "rapport",
    "conjoint",
    "semaine",
    "suivante",
    "pays",
]
LINES_PER_COLUMN = 52


def column_lines(rng: random.Random) -> list[str]:
    """Lines of about 45 characters; one in seven ends with a broken word."""
    lines = []
    for index in range(LINES_PER_COLUMN):
        words = rng.choices(WORDS, k=6)
        if index % 7 == 6:
            words[-1] = "démantè-"
        elif index % 7 == 0 and index:
            words[0] = "lement"
        lines.append(" ".join(words) + ("." if index % 9 == 8 else ""))
    return lines


def build(pages: int, seed: int = 0) -> bytes:
    rng = random.Random(seed)
    built = []
    for number in range(1, pages + 1):
        items = [Text(50, 745, f"Chapitre {number} : rapport conjoint des deux pays", 16)]
        items += column(50, 715, column_lines(rng), 10)
        items += column(310, 715, column_lines(rng), 10)
        items.append(Text(480, 30, f"Page {number} of {pages}", 9))
        built.append(items)
    return pdf(built)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.pdf"
        path.write_bytes(build(args.pages))
        print(f"{args.pages} pages, {path.stat().st_size / 1e6:.1f} MB")
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            reading = read_units(str(path))
            times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"read_units: median {statistics.median(times):.2f} s of {args.runs} runs")
    print(f"{len(reading.blocks)} units; notices: {'; '.join(reading.notices)}")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
