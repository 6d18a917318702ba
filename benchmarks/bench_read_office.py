"""Benchmark of reading Word files: a generated ~100-page .docx and the largest real one.

Run from the project root:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_read_office.py [--runs 5] [--paragraphs 3000]

The generated file (built in a temporary folder, never kept) has ``--paragraphs`` body
paragraphs of about 60 words, as a 100-page report has: headings every 20 paragraphs,
numbered and bulleted lists on two levels, a footnote every 10 paragraphs, a three-column
table every 50, tracked insertions and deletions, hyperlink fields and a table of
contents. Reported: the median wall time of ``read_units`` over ``--runs`` runs, the
blocks read, and the process's peak resident memory (``resource.getrusage``, lxml's C
allocations included). Target: at most 5 s and under 500 MB. The real file is
tests/data/formats/ict-annex-x.en.docx (5,275 paragraphs).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from align_check.reading import read_units

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "formats" / "ict-annex-x.en.docx"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PHRASE = (
    "the department shall publish its accessibility plan and report on progress each year "
    "with the measures taken under the act in consultation with persons with disabilities"
)
WORDS = PHRASE.split()
STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="TM1"><w:name w:val="toc 1"/></w:style>'
)
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1">'
    '<w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
    '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
)


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 25))).capitalize() + "."


def paragraph(rng: random.Random, n: int, notes: list[str]) -> str:
    """One body paragraph of about 60 words, with what a real report mixes in."""
    runs = [f'<w:r><w:t xml:space="preserve">{sentence(rng)} </w:t></w:r>' for _ in range(3)]
    runs.insert(
        1, f'<w:ins w:id="{n}"><w:r><w:t xml:space="preserve">added {n} </w:t></w:r></w:ins>'
    )
    runs.insert(2, '<w:del w:id="0"><w:r><w:delText>removed </w:delText></w:r></w:del>')
    if n % 7 == 0:
        runs.append(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK '
            '"https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
            '</w:r><w:r><w:t>the site</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    if n % 10 == 0:
        notes.append(
            f'<w:footnote w:id="{len(notes) + 1}"><w:p><w:r><w:t>{sentence(rng)}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
        runs.append(f'<w:r><w:footnoteReference w:id="{len(notes)}"/></w:r>')
    properties = ""
    if n % 20 == 0:
        properties = '<w:pStyle w:val="Titre1"/>'
    elif n % 5 in (1, 2):
        level = n % 5 - 1
        properties = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{1 + n % 2}"/></w:numPr>'
    return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def table(rng: random.Random) -> str:
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    rows = "".join(
        "<w:tr>" + "".join(cell.format(sentence(rng)) for _ in range(3)) + "</w:tr>"
        for _ in range(5)
    )
    return f"<w:tbl>{rows}</w:tbl>"


def generated(path: Path, paragraphs: int) -> Path:
    """Write the generated report to ``path``."""
    rng = random.Random(7)
    notes: list[str] = []
    toc = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="TM1"/></w:pPr><w:r><w:t>Part {n}\t{n}</w:t></w:r></w:p>'
        for n in range(40)
    )
    body = [toc]
    for n in range(paragraphs):
        body.append(paragraph(rng, n, notes))
        if n % 50 == 49:
            body.append(table(rng))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", f"<w:document {NS}><w:body>{''.join(body)}</w:body></w:document>"
        )
        archive.writestr("word/styles.xml", f"<w:styles {NS}>{STYLES}</w:styles>")
        archive.writestr("word/numbering.xml", f"<w:numbering {NS}>{NUMBERING}</w:numbering>")
        archive.writestr("word/footnotes.xml", f"<w:footnotes {NS}>{''.join(notes)}</w:footnotes>")
        for part, content in PACKAGE.items():
            archive.writestr(part, content)
    return path


_OPC = "http://schemas.openxmlformats.org"
_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_RELATION = f"{_OPC}/officeDocument/2006/relationships"
PACKAGE = {
    "[Content_Types].xml": (
        f'<Types xmlns="{_OPC}/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_TYPE}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{_TYPE}.styles+xml"/>'
        f'<Override PartName="/word/numbering.xml" ContentType="{_TYPE}.numbering+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{_TYPE}.footnotes+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_OPC}/package/2006/relationships">'
        f'<Relationship Id="r1" Type="{_RELATION}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
    "word/_rels/document.xml.rels": (
        f'<Relationships xmlns="{_OPC}/package/2006/relationships">'
        f'<Relationship Id="r1" Type="{_RELATION}/styles" Target="styles.xml"/>'
        f'<Relationship Id="r2" Type="{_RELATION}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="r3" Type="{_RELATION}/footnotes" Target="footnotes.xml"/>'
        "</Relationships>"
    ),
}
"""The parts that make the generated file a Word package other programs open (LibreOffice
turns it into a PDF)."""


def timed(path: Path, runs: int) -> tuple[float, int]:
    """The median seconds of reading a file, and the blocks read."""
    times = []
    blocks = 0
    for _ in range(runs):
        start = time.perf_counter()
        blocks = len(read_units(str(path)).blocks)
        times.append(time.perf_counter() - start)
    return statistics.median(times), blocks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--paragraphs", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = generated(Path(folder) / "report.docx", args.paragraphs)
        size = path.stat().st_size
        seconds, blocks = timed(path, args.runs)
    print(
        f"generated: {args.paragraphs} paragraphs, {size / 1e6:.1f} MB zipped, {blocks} blocks: "
        f"median {seconds:.2f} s of {args.runs}"
    )
    if REAL.exists():
        seconds, blocks = timed(REAL, args.runs)
        print(f"{REAL.name}: {blocks} blocks: median {seconds:.2f} s of {args.runs}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
