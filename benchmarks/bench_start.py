"""Benchmark of a short compare from a cold start, and of the encoder's throughput.

Run from the project root:

    .venv/bin/python benchmarks/bench_start.py [--runs 5]

Cold start: the seed pair compared by ``align-check`` in a fresh process, the median
wall time of ``--runs`` runs, then where one such run spends its time (each phase
timed in a fresh process after the phases before it). Throughput: sentences of the
gold sets encoded per second by one process and by the two processes ``align`` uses.
Pathological input: two documents of one 60,000-word sentence each (text with no full
stop), wall time and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [
    "compare",
    str(ROOT / "seeds" / "001_0914d0d8a993cbae.txt"),
    str(ROOT / "seeds" / "002_ea29fe95a65aa779.txt"),
    "--no-cache",
]
CLI = str(Path(sys.executable).parent / "align-check")
VOCABULARY = {
    "fr": "le ministre accord signé Paris sécurité frontière coopération et des",
    "en": "the minister agreement signed Paris security border cooperation and of",
}
"""Words of the long one-sentence documents."""


def wall(command: list[str]) -> float:
    """Seconds a command takes from launch to exit."""
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def phases() -> dict[str, float]:
    """Seconds of each phase of one short compare, in this (fresh) process."""
    times, start = {}, time.perf_counter()
    import align_check.cli

    times["imports"] = time.perf_counter() - start
    from align_check.align import encoder, semantic
    from align_check.align.sides import texts
    from align_check.reading import read_document

    start = time.perf_counter()
    encoder.load()
    times["model load"] = time.perf_counter() - start
    french, english = (read_document(COMMAND[k], lang, False) for k, lang in ((1, "fr"), (2, "en")))
    start = time.perf_counter()
    semantic.encode(texts(french) + texts(english))
    times["encoding the sentences"] = time.perf_counter() - start
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            align_check.cli.main(COMMAND)
        finally:
            sys.stdout = stdout
    times["the whole compare, model loaded"] = time.perf_counter() - start
    return times


def throughput() -> dict[str, float]:
    """Sentences a second encoded in one process and in ``align``'s two processes."""
    from gold_sets import gold_sets

    from align_check.align import encoder, semantic
    from align_check.align.sides import texts

    documents = [d for name in ("textberg-test", "transread") for d in gold_sets()[name]]
    sentences = [t for d in documents for t in texts(d.source) + texts(d.target)][:6000]
    encoder.load()
    start = time.perf_counter()
    encoder.token_sums(sentences)
    one = len(sentences) / (time.perf_counter() - start)
    start = time.perf_counter()
    semantic.encode(sentences)
    two = len(sentences) / (time.perf_counter() - start)
    return {"sentences": len(sentences), "one process": one, "two processes": two}


def one_sentence(words: int) -> dict[str, float]:
    """Wall time and peak memory of comparing two documents of one long sentence each."""
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for lang, vocabulary in VOCABULARY.items():
            path = Path(folder) / f"long.{lang}.txt"
            choices = vocabulary.split()
            text = " ".join(rng.choice(choices) for _ in range(words))
            path.write_text(text + ".\n", encoding="utf-8")
            paths.append(str(path))
        seconds = wall([CLI, "compare", *paths, "--no-cache"])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"words a side": words, "seconds": seconds, "peak MB": peak}


def main() -> None:
    """Time cold starts, then the phases and the throughput, each in a fresh process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    jobs = {"phases": phases, "throughput": throughput, "long": lambda: one_sentence(60_000)}
    parser.add_argument("--job", choices=sorted(jobs), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        print(json.dumps(jobs[args.job]()))
        return
    times = [wall([CLI, *COMMAND]) for _ in range(args.runs)]
    load = os.getloadavg()[0]
    print(
        f"cold start, seed pair: median {statistics.median(times):.2f} s of {args.runs} runs "
        f"(min {min(times):.2f}, max {max(times):.2f}; load {load:.1f})"
    )
    for job in ("phases", "throughput", "long"):
        command = [sys.executable, __file__, "--job", job]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        for name, value in json.loads(out.strip().splitlines()[-1]).items():
            print(
                f"  {job}: {name}: {value:.2f}"
                if isinstance(value, float)
                else f"  {job}: {name}: {value}"
            )


if __name__ == "__main__":
    main()
