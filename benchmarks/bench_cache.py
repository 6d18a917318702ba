"""Cache benchmark: ``check`` over ../shared/real-pairs with an empty cache, again unchanged,
and again after one paragraph of one document was edited.

    .venv/bin/python benchmarks/bench_cache.py [--rounds 3] [--jobs 2]

Each round copies the 41 pairs into a fresh folder, then times, one after the other, the
command a user runs (``align-check check --manifest M --jobs 2 --format json``):

1. with ``--no-cache`` (the reference);
2. with an empty ``--cache-dir`` (the first run: everything encoded and compared, then kept);
3. again, nothing changed (every pair's result read back);
4. after one paragraph of one English document was changed (that pair compared again, its
   unchanged sentences' features read back).

Prints the medians over the rounds, the ratios of runs 2 to 4 to run 1, and whether every
report is identical to the byte to the ``--no-cache`` report of the same documents.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_real import PAIRS, ROOT, manifest_rows  # noqa: E402

CLI = str(ROOT / ".venv" / "bin" / "align-check")
EDITED = "tbs-open-first-ch3-oss-use"
"""The pair whose English document gets its paragraph edited."""


def copy_pairs(folder: Path) -> Path:
    """The pairs copied into ``folder``, and their manifest."""
    lines = ["source,target,source_lang,target_lang"]
    for _, french, english in manifest_rows():
        for path in (french, english):
            target = folder / path.relative_to(PAIRS)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
        lines.append(
            f"{folder / french.relative_to(PAIRS)},{folder / english.relative_to(PAIRS)},fr,en"
        )
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def edit_one_paragraph(folder: Path) -> Path:
    """Change one word in a long paragraph of one English document; the path edited."""
    name, _, english = next(row for row in manifest_rows() if row[0] == EDITED)
    path = folder / english.relative_to(PAIRS)
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    longest = max(range(len(paragraphs)), key=lambda n: len(paragraphs[n]))
    paragraphs[longest] = paragraphs[longest].replace(" the ", " a ", 1)
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def timed(manifest: Path, out: Path, jobs: int, cache: list[str]) -> float:
    """Wall time of one check; its JSON report goes to ``out``."""
    command = [CLI, "check", str(manifest.parent), "--manifest", str(manifest)]
    command += ["--jobs", str(jobs), "--format", "json", "-o", str(out), "--fail-on", "never"]
    start = time.perf_counter()
    subprocess.run([*command, *cache], check=True, capture_output=True)
    return time.perf_counter() - start


def one_round(jobs: int) -> tuple[list[float], bool]:
    """The four timings of one round, and whether each report equals its reference."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        manifest = copy_pairs(folder / "pairs")
        store = ["--cache-dir", str(folder / "cache")]
        times = [
            timed(manifest, folder / "plain.json", jobs, ["--no-cache"]),
            timed(manifest, folder / "first.json", jobs, store),
            timed(manifest, folder / "second.json", jobs, store),
        ]
        edit_one_paragraph(folder / "pairs")
        times.append(timed(manifest, folder / "edited.json", jobs, store))
        timed(manifest, folder / "edited-plain.json", jobs, ["--no-cache"])
        read = {p.stem: p.read_bytes() for p in folder.glob("*.json")}
        same = read["plain"] == read["first"] == read["second"]
        same = same and read["edited"] == read["edited-plain"] and read["edited"] != read["plain"]
        return times, same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    rounds = [one_round(args.jobs) for _ in range(args.rounds)]
    medians = [statistics.median(r[0][k] for r in rounds) for k in range(4)]
    labels = ("--no-cache", "first, empty cache", "second, unchanged", "one paragraph edited")
    print(f"check over {len(manifest_rows())} real pairs, --jobs {args.jobs}, {args.rounds} rounds")
    print("| run | median s | / first |")
    print("|---|---|---|")
    for label, seconds in zip(labels, medians, strict=True):
        print(f"| {label} | {seconds:.2f} | {seconds / medians[1]:.2f} |")
    print(f"reports identical to --no-cache, to the byte: {all(r[1] for r in rounds)}")


if __name__ == "__main__":
    main()
