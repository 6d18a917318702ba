"""Benchmark of reading Word and PDF files, and of the whole compare of a Word file with a PDF.

Run from the project root (the pdf extra installed; LibreOffice's ``soffice`` on the PATH
for the PDF made from the Word file, else a PDF drawn by the tests' writer is used):

    .venv/bin/python benchmarks/bench_read.py [--paragraphs 900] [--runs 5]

What it builds in a temporary folder (nothing is kept):

- a Word report of ``--paragraphs`` paragraphs of about 60 words (``bench_read_office``:
  headings, lists on two levels, footnotes, tables, tracked changes, a table of contents);
- its PDF, made by LibreOffice (``soffice --headless --convert-to pdf``), about 100 pages
  for the default 900 paragraphs; without LibreOffice, a 100-page two-column PDF drawn by
  ``tests/pdfmaker.py`` (``bench_read_pdf``).

What it times, each run in a new process so that memory is the process's own: file to
sentences (``read_document``: bytes, the reader, sentence splitting) for each file, median of
``--runs``, with the peak resident memory; then the whole command a user runs,
``align-check compare REPORT.docx REPORT.pdf --format json``, median of 3, with its peak
memory, beside the two reads it contains. Targets (issue 13): a 100-page file read in at most
5 s on two cores, under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

import bench_read_office  # noqa: E402
import bench_read_pdf  # noqa: E402

READ = (
    "import json, sys, time\n"
    "from align_check.reading import read_document\n"
    "start = time.perf_counter()\n"
    "document = read_document(sys.argv[1], sys.argv[2], False)\n"
    "print(json.dumps([time.perf_counter() - start, len(document.sentences)]))\n"
)


def measured(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and standard output of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    output = process.stdout.read().decode() if process.stdout else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024, output


def read_runs(path: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds of file to sentences (inside the process), peak MB, sentences."""
    results = [measured([sys.executable, "-c", READ, str(path), "en"]) for _ in range(runs)]
    inside = [json.loads(output) for _, _, output in results]
    return (
        statistics.median(seconds for seconds, _ in inside),
        max(peak for _, peak, _ in results),
        inside[0][1],
    )


def pdf_of(docx: Path, folder: Path) -> tuple[Path, str]:
    """The Word file's PDF by LibreOffice, or a drawn 100-page PDF without it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
        subprocess.run([*command, str(docx)], check=True, capture_output=True)
        return docx.with_suffix(".pdf"), "LibreOffice's PDF of the Word file"
    path = folder / "drawn.pdf"
    path.write_bytes(bench_read_pdf.build(100))
    return path, "a drawn two-column PDF (no LibreOffice here)"


def pages(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=900)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        docx = bench_read_office.generated(folder / "report.docx", args.paragraphs)
        pdf, made = pdf_of(docx, folder)
        print(f"Word: {args.paragraphs} paragraphs; PDF: {made}, {pages(pdf)} pages")
        print("| file | sentences | file to sentences (median) | peak MB |")
        print("|---|---:|---:|---:|")
        reads = {}
        for path in (docx, pdf):
            seconds, peak, sentences = read_runs(path, args.runs)
            reads[path.suffix] = seconds
            print(f"| {path.name} | {sentences} | {seconds:.2f} s | {peak:.0f} |")
        command = [sys.executable, "-m", "align_check", "compare", str(docx), str(pdf)]
        command += ["--source-lang", "en", "--target-lang", "en", "--format", "json"]
        command += ["-o", str(folder / "report.json"), "--no-cache"]
        whole = [measured(command) for _ in range(3)]
        seconds = statistics.median(run[0] for run in whole)
        peak = max(run[1] for run in whole)
        read = reads[".docx"] + reads[".pdf"]
        print(
            f"whole compare (median of 3): {seconds:.1f} s, peak {peak:.0f} MB; of which "
            f"reading both files {read:.1f} s ({read / seconds:.0%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
