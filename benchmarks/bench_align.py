"""Benchmark of the sentence aligner: accuracy on the gold sets, time and memory, scaling.

Run from the project root:

    .venv/bin/python benchmarks/bench_align.py [--similarity semantic|lexical] [--jobs ...]

Each job runs in a fresh process so that its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import SHARED, gold_sets, repeated  # noqa: E402

from align_check.align import align  # noqa: E402
from align_check.evaluation import (  # noqa: E402
    as_pairs,
    bead_scores,
    link_scores,
    read_key_gold,
)

JOBS = ("textberg-dev", "textberg-test", "transread", "seed", "5000", "50000")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run_gold(name: str, similarity: str) -> dict[str, object]:
    """Align every document of a gold set and score the beads pooled over them."""
    documents = gold_sets()[name]
    start = time.perf_counter()
    results = [(d.gold, as_pairs(align(d.source, d.target, similarity))) for d in documents]
    seconds = time.perf_counter() - start
    scores = bead_scores(results)
    return {"set": name, "seconds": seconds, "peak_mb": peak_mb(), **vars(scores)}


def run_seed(similarity: str) -> dict[str, object]:
    """Align the seed pair and score it against its key-based gold."""
    from align_check.reading import read_document

    start = time.perf_counter()
    french = read_document(str(SEEDS / "001_0914d0d8a993cbae.txt"), "fr", False)
    english = read_document(str(SEEDS / "002_ea29fe95a65aa779.txt"), "en", False)
    beads = align(french, english, similarity)
    seconds = time.perf_counter() - start
    gold = read_key_gold((SHARED / "gold" / "seed-2016.tsv").read_text(encoding="utf-8"))
    links = link_scores(french, english, beads, gold)
    return {
        "set": "seed",
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "link_f1": links.f1,
        "paired_one_sided": list(links.paired_one_sided),
    }


def run_size(size: int, similarity: str) -> dict[str, object]:
    """Align ``size`` distinct sentences a side built from the gold texts."""
    documents = [d for name in ("transread", "textberg-test") for d in gold_sets()[name]]
    source, target = repeated(documents, size)
    start = time.perf_counter()
    beads = align(source, target, similarity)
    seconds = time.perf_counter() - start
    return {"set": f"{size}", "seconds": seconds, "peak_mb": peak_mb(), "beads": len(beads)}


def run_job(job: str, similarity: str) -> dict[str, object]:
    """Run one job in this process."""
    if job == "seed":
        return run_seed(similarity)
    if job.isdigit():
        return run_size(int(job), similarity)
    return run_gold(job, similarity)


def row(result: dict[str, object]) -> str:
    """Format one result as a Markdown table row."""
    if "f1_strict" in result:
        figures = " | ".join(
            f"{result[k]:.3f}"
            for k in (
                "precision_strict",
                "recall_strict",
                "f1_strict",
                "precision_lax",
                "recall_lax",
                "f1_lax",
            )
        )
    elif "link_f1" in result:
        figures = f"link F1 {result['link_f1']:.3f} | | | | |"
    else:
        figures = " | | | | |"
    return f"| {result['set']} | {figures} | {result['seconds']:.1f} | {result['peak_mb']:.0f} |"


def main() -> None:
    """Run the chosen jobs, each in a fresh process, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--similarity", default="semantic", choices=("semantic", "lexical"))
    parser.add_argument("--jobs", default=",".join(JOBS))
    parser.add_argument("--job", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        print(json.dumps(run_job(args.job, args.similarity)))
        return
    print(f"similarity: {args.similarity}")
    print("| set | P strict | R strict | F1 strict | P lax | R lax | F1 lax | seconds | peak MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    times = {}
    for job in args.jobs.split(","):
        command = [sys.executable, __file__, "--job", job, "--similarity", args.similarity]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        times[job] = float(result["seconds"])
        print(row(result), flush=True)
    if "5000" in times and "50000" in times:
        print(f"\nscaling: 50,000 a side costs {times['50000'] / times['5000']:.1f} x 5,000 a side")


if __name__ == "__main__":
    main()
