"""Time `align-check check --jobs 1` against `--jobs 2` on a folder of distinct document pairs.

The pairs are made from the seed pair: each copy changes figures, a city and a closing line in
both languages alike, so every pair is a distinct translation. The script runs both settings
alternately, reports the median wall time of each and checks that their outputs are identical.

    .venv/bin/python benchmarks/bench_jobs.py --pairs 200 --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "seeds" / "001_0914d0d8a993cbae.txt"
ENGLISH = ROOT / "seeds" / "002_ea29fe95a65aa779.txt"
CITIES = ("Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes", "Dijon", "Nice")
FIGURES = ("160", "28", "700")


def variant(french: str, english: str, index: int) -> tuple[str, str]:
    """The seed pair with figures, city and closing line made unique to this index."""
    for figure in FIGURES:
        changed = str(int(figure) + index)
        french, english = french.replace(figure, changed), english.replace(figure, changed)
    city = CITIES[index % len(CITIES)]
    french, english = french.replace("Paris", city), english.replace("Paris", city)
    french += f"\nLe présent relevé porte le numéro {index + 1}.\n"
    english += f"\nThis record bears the number {index + 1}.\n"
    return french, english


def make_folder(folder: Path, pairs: int) -> None:
    """Write pairs of name.fr.txt / name.en.txt documents into a folder."""
    french, english = FRENCH.read_text("utf-8"), ENGLISH.read_text("utf-8")
    for index in range(pairs):
        fr, en = variant(french, english, index)
        (folder / f"statement_{index:03}.fr.txt").write_text(fr, encoding="utf-8")
        (folder / f"statement_{index:03}.en.txt").write_text(en, encoding="utf-8")


ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
"""The environment of --one-thread: numpy's BLAS on one thread in every process, the parent too."""


def timed_run(folder: Path, jobs: int, output: Path, options: argparse.Namespace) -> float:
    """Wall time of one check of the folder; the JSON report goes to output."""
    command = [str(Path(sys.executable).parent / "align-check"), "check", str(folder)]
    command += ["--jobs", str(jobs), "--similarity", options.similarity, "--format", "json"]
    command += ["-o", str(output), "--fail-on", "never", "--no-cache"]
    environment = os.environ | ONE_THREAD if options.one_thread else None
    start = time.perf_counter()
    done = subprocess.run(command, stderr=subprocess.PIPE, text=True, env=environment)
    if done.returncode != 0:
        sys.exit(f"align-check failed with exit code {done.returncode}:\n{done.stderr}")
    return time.perf_counter() - start


def measure(folder: Path, outputs: Path, options: argparse.Namespace) -> dict[int, list[float]]:
    """Wall times of each --jobs setting, run alternately so that load on the machine is shared."""
    times: dict[int, list[float]] = {1: [], 2: []}
    for run in range(options.runs):
        for jobs in times:
            seconds = timed_run(folder, jobs, outputs / f"jobs{jobs}-{run}.json", options)
            times[jobs].append(seconds)
            print(f"run {run + 1}, --jobs {jobs}: {seconds:.1f} s", flush=True)
    return times


def main() -> None:
    """Build the folder, time each setting, print the medians and check the outputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--similarity", default="lexical", choices=("lexical", "semantic"))
    parser.add_argument("--one-thread", action="store_true", help="BLAS on one thread everywhere")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder, outputs = Path(temporary) / "docs", Path(temporary)
        folder.mkdir()
        make_folder(folder, args.pairs)
        times = measure(folder, outputs, args)
        reports = {path.read_bytes() for path in outputs.glob("jobs*.json")}
    one, two = (statistics.median(times[jobs]) for jobs in (1, 2))
    threads = "one BLAS thread per process" if args.one_thread else "BLAS threads as installed"
    print(f"{args.pairs} pairs, --similarity {args.similarity}, {threads}, {args.runs} runs each")
    print(f"median --jobs 1: {one:.1f} s; --jobs 2: {two:.1f} s; speed-up {one / two:.2f}x")
    print(f"outputs identical across all {2 * args.runs} runs: {len(reports) == 1}")


if __name__ == "__main__":
    main()
