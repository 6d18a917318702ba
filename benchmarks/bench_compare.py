"""Speed benchmark of the whole ``compare`` a user runs, and of its parts within one run.

    .venv/bin/python benchmarks/bench_compare.py [--sizes 5000,50000]
        [--similarity semantic,lexical] [--runs 3] [--hunalign PATH]

For each size, ``make_big.py`` builds the pair (the six TransRead novels repeated with a copy
number in every sentence), then the command timed is

    align-check compare big.en big.fr --segmented --source-lang en --target-lang fr
        --format json -o out.json --fail-on never --no-cache --similarity S

Whole: the median wall time and peak memory of ``--runs`` runs of that command. Parts: one more
run of the same command in a process that times, as it goes, reading and splitting, the
documents' encoding, the alignment (less that encoding), the checks (what they encode
themselves included) and the output. "Not the aligner" is reading + checks + output, and its
share of the aligner's time (encoding included) is what issue 14 bounds. With ``--hunalign``,
hunalign aligns the same two files (an empty dictionary, ``-realign`` off): the aligner alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_big import build  # noqa: E402

CLI = str(Path(sys.executable).parent / "align-check")


def command(folder: Path, similarity: str) -> list[str]:
    """The command a user runs."""
    return [
        "compare",
        str(folder / "big.en"),
        str(folder / "big.fr"),
        "--segmented",
        "--source-lang",
        "en",
        "--target-lang",
        "fr",
        "--format",
        "json",
        "-o",
        str(folder / "out.json"),
        "--fail-on",
        "never",
        "--no-cache",
        "--similarity",
        similarity,
    ]


def whole(folder: Path, similarity: str) -> tuple[float, float]:
    """Wall seconds and peak MB of one run of the command, in a fresh process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--peak-of", *command(folder, similarity)],
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, float(done.stdout.strip().splitlines()[-1])


def parts(folder: Path, similarity: str) -> dict[str, float]:
    """The parts' seconds within one run, in a fresh process."""
    done = subprocess.run(
        [sys.executable, __file__, "--parts-of", *command(folder, similarity)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_peak(argv: list[str]) -> None:
    """Run the command here and print this process's peak memory in MB (children included)."""
    subprocess.run([CLI, *argv], check=True)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def run_parts(argv: list[str]) -> None:
    """Run the command in this process with the parts timed; print their seconds as JSON."""
    start = time.perf_counter()
    import align_check.cli as cli
    import align_check.pipeline as pipeline
    from align_check.align import semantic

    spent: dict[str, float] = {"start-up": time.perf_counter() - start}
    inside: list[str] = []

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            inside.append(name)
            began = time.perf_counter()
            try:
                result = function(*args, **kwargs)
                return iter(list(result)) if name == "checks" else result
            finally:
                seconds = time.perf_counter() - began
                inside.pop()
                spent[name] = spent.get(name, 0.0) + seconds
                if name == "encoding" and inside:
                    spent[f"encoding in {inside[-1]}"] = (
                        spent.get(f"encoding in {inside[-1]}", 0.0) + seconds
                    )

        return wrapper

    cli.read_document = timed("reading", cli.read_document)  # type: ignore[assignment]
    semantic._encode = timed("encoding", semantic._encode)  # type: ignore[assignment]
    pipeline.align = timed("alignment", pipeline.align)  # type: ignore[assignment]
    pipeline.run_checks = timed("checks", pipeline.run_checks)  # type: ignore[assignment]
    cli._write = timed("output", cli._write)  # type: ignore[assignment]
    began = time.perf_counter()
    cli.main(argv)
    spent["whole"] = time.perf_counter() - began + spent["start-up"]
    print(json.dumps(spent))


def hunalign(path: str, folder: Path) -> float:
    """Wall seconds of hunalign aligning the pair (no dictionary)."""
    empty = folder / "empty.dic"
    empty.write_text("", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(
        [path, str(empty), str(folder / "big.en"), str(folder / "big.fr"), "-text"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def row(size: int, similarity: str, runs: int, folder: Path) -> str:
    """One table row: whole median and peak, the parts, the share that is not the aligner."""
    times = [whole(folder, similarity) for _ in range(runs)]
    seconds = statistics.median(t for t, _ in times)
    peak = max(p for _, p in times)
    part = parts(folder, similarity)
    encoding = part.get("encoding in alignment", 0.0)
    aligner = part.get("alignment", 0.0)
    rest = part.get("reading", 0.0) + part.get("checks", 0.0) + part.get("output", 0.0)
    cells = [
        f"{size:,}",
        similarity,
        f"{seconds:.1f}",
        f"{peak:.0f}",
        f"{part['start-up']:.2f}",
        f"{part.get('reading', 0.0):.2f}",
        f"{encoding:.1f}",
        f"{aligner - encoding:.1f}",
        f"{part.get('checks', 0.0):.1f}",
        f"{part.get('output', 0.0):.2f}",
        f"{rest / aligner:.0%}" if aligner else "",
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--peak-of":
        run_peak(sys.argv[2:])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--parts-of":
        run_parts(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,50000")
    parser.add_argument("--similarity", default="semantic,lexical")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hunalign", help="a hunalign binary, timed on the same files")
    args = parser.parse_args()
    print(
        "| sentences a side | similarity | whole s (median) | peak MB | start-up s | reading s "
        "| encoding s | alignment s | checks s | output s | not the aligner / aligner |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            build(size, folder)
            for similarity in args.similarity.split(","):
                print(row(size, similarity, args.runs, folder), flush=True)
            if args.hunalign:
                print(f"hunalign, {size:,} a side: {hunalign(args.hunalign, folder):.1f} s")


if __name__ == "__main__":
    main()
