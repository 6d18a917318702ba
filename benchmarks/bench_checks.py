"""Planted-divergence benchmark: how many planted divergences the report finds, and at what cost.

One divergence at a time is planted in one side of a pair (the seed pair, the real pairs of
../shared/real-pairs, or both); the benchmark measures how many the report finds at the right
place with the right category, and how many new warnings or errors appear elsewhere.

    .venv/bin/python benchmarks/bench_checks.py [--corpus seed|real|all] [--per-pair 2]
        [--seed 0] [--jobs 2] [--kinds figure,month,...] [--similarity auto]
        [--keep plants.json] [--quiet | --verbose]

The plants (benchmarks/plants.py): a figure the sentence states as a number changed, a date's
month or day changed, a name both versions write replaced by one neither mentions, a member of a
list of names dropped, a whole sentence of content deleted, or one from another document added.
Each pair gets at most ``--per-pair`` plants of each kind, drawn reproducibly (``--seed``) from
both sides' sentences that carry one, in confident one-to-one beads the untouched pair reports
nothing on. The untouched pair is compared once; each plant then costs one comparison.

A hit is a warning- or error-severity finding of the planted kind's category whose source or
target holds the changed sentence (for a deleted sentence: its counterpart left on the other
side). A false alarm is a warning or error not in the report of the untouched pair and not on
the changed sentence. Target (issue 4): at least 95% found, at most one false alarm per ten
plants, on the seed pair and on the real pairs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from bench_real import manifest_rows
from plants import EXPECTED, Plant, apply, donated, plants

from align_check.codes import category_of
from align_check.model import Document, Finding, Report
from align_check.pipeline import compare
from align_check.reading import read_document
from align_check.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPORA = ("seed", "real")
THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

Fingerprint = tuple[str, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Pair:
    """A pair to plant in, and the documents its added sentences come from."""

    corpus: str
    name: str
    french: Path
    english: Path
    donor_french: Path
    donor_english: Path


def corpus_pairs(corpus: str) -> list[Pair]:
    """The pairs of a corpus; a real pair's added sentences come from the next pair's texts."""
    if corpus == "seed":
        return [
            Pair(
                "seed",
                "seed-001-002",
                SEEDS / "001_0914d0d8a993cbae.txt",
                SEEDS / "002_ea29fe95a65aa779.txt",
                SEEDS / "004_58cd97f2a4b1d87c.txt",
                SEEDS / "003_a8d4ac3ded94727c.txt",
            )
        ]
    rows = manifest_rows()
    donors = rows[1:] + rows[:1]
    return [
        Pair("real", name, fr, en, donor[1], donor[2])
        for (name, fr, en), donor in zip(rows, donors, strict=True)
    ]


@cache
def _read(path: Path, lang: str) -> Document:
    return read_document(str(path), lang, False)


def _texts(document: Document, ids: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(document.sentences[i].text for i in ids)


def fingerprint(report: Report, finding: Finding) -> Fingerprint:
    """What identifies a finding across edits elsewhere: its code and its sentences."""
    return (
        finding.code,
        _texts(report.source, finding.source),
        _texts(report.target, finding.target),
    )


def serious(report: Report) -> list[Finding]:
    """The warning- and error-severity findings of a report."""
    return [f for f in report.findings if f.severity in ("warning", "error")]


@dataclass(frozen=True)
class Prepared:
    """A pair compared untouched: what it reports, and the plants drawn from it."""

    pair: Pair
    baseline: frozenset[Fingerprint]
    plants: tuple[Plant, ...]


def prepare(pair: Pair, kinds: frozenset[str], most: int, seed: int, similarity: str) -> Prepared:
    """Compare a pair untouched and draw its plants."""
    settings = Settings(similarity=similarity)
    untouched = compare(_read(pair.french, "fr"), _read(pair.english, "en"), settings)
    baseline = frozenset(fingerprint(untouched, f) for f in serious(untouched))
    pool = {
        "source": donated(_read(pair.donor_french, "fr")),
        "target": donated(_read(pair.donor_english, "en")),
    }
    drawn = plants(untouched, pool, set(kinds), most, f"{seed}:{pair.name}")
    return Prepared(pair, baseline, tuple(drawn))


@dataclass(frozen=True)
class Outcome:
    """What the report said about one plant."""

    corpus: str
    pair: str
    plant: Plant
    hit: bool
    at_place: tuple[str, ...]
    """The findings at the plant's place, as ``code severity``, info ones too."""
    false_alarms: tuple[str, ...]

    @property
    def placed(self) -> bool:
        """A warning or an error at the place, whatever its category."""
        return any(not entry.endswith(" info") for entry in self.at_place)


def judge(pair: Pair, plant: Plant, report: Report, baseline: frozenset[Fingerprint]) -> Outcome:
    """Whether a plant was found, and the new warnings and errors elsewhere."""

    def at_plant(finding: Finding) -> bool:
        ids = finding.source if plant.watch_side == "source" else finding.target
        return bool(set(ids) & set(plant.watch))

    found = serious(report)
    hit = any(at_plant(f) and category_of(f.code) in EXPECTED[plant.kind] for f in found)
    place = tuple(f"{f.code} {f.severity}" for f in report.findings if at_plant(f))
    alarms = tuple(
        f"{f.code} {f.message}"
        for f in found
        if not at_plant(f) and fingerprint(report, f) not in baseline
    )
    return Outcome(pair.corpus, pair.name, plant, hit, place, alarms)


def measure(pair: Pair, plant: Plant, baseline: frozenset[Fingerprint], similarity: str) -> Outcome:
    """Compare the pair with one plant made, and judge the report."""
    source, target = _read(pair.french, "fr"), _read(pair.english, "en")
    if plant.side == "source":
        source = apply(plant, source)
    else:
        target = apply(plant, target)
    return judge(pair, plant, compare(source, target, Settings(similarity=similarity)), baseline)


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes with one numeric thread each, forked from a server that imported the
    checks once."""
    for name in THREADS:
        os.environ.setdefault(name, "1")
    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["align_check.pipeline", "plants", "bench_real"])
    return ProcessPoolExecutor(jobs, mp_context=context)


def run(options: argparse.Namespace, pairs: list[Pair]) -> list[Outcome]:
    """Plant and judge every divergence of every pair, in options.jobs processes; the outcomes
    in the pairs' order, then by kind, side and sentence, whatever the number of processes."""
    show = _show if options.verbose else _silent
    progress = _silent if options.quiet else _progress
    kinds = frozenset(options.kinds.split(","))
    settings = (kinds, options.per_pair, options.seed, options.similarity)
    outcomes: list[Outcome] = []
    if options.jobs <= 1:
        for pair in pairs:
            ready = prepare(pair, *settings)
            progress(ready)
            outcomes += [measure(pair, p, ready.baseline, options.similarity) for p in ready.plants]
    else:
        biggest = sorted(pairs, key=lambda p: -(p.french.stat().st_size + p.english.stat().st_size))
        with _pool(options.jobs) as pool:
            waiting: list[Future[Outcome]] = []
            for future in as_completed([pool.submit(prepare, p, *settings) for p in biggest]):
                ready = future.result()
                progress(ready)
                waiting += [
                    pool.submit(measure, ready.pair, plant, ready.baseline, options.similarity)
                    for plant in ready.plants
                ]
            outcomes = [future.result() for future in waiting]
    order = {pair.name: n for n, pair in enumerate(pairs)}
    kinds_order = list(EXPECTED)
    outcomes.sort(
        key=lambda o: (
            order[o.pair],
            kinds_order.index(o.plant.kind),
            o.plant.side,
            o.plant.sentence,
            o.plant.after,
        )
    )
    for outcome in outcomes:
        show(outcome)
    return outcomes


def _silent(_: object) -> None:
    """Say nothing."""


def _progress(ready: Prepared) -> None:
    print(f"{ready.pair.name}: {len(ready.plants)} plants", file=sys.stderr, flush=True)


def _show(outcome: Outcome) -> None:
    """Print a plant missed or raising false alarms."""
    plant = outcome.plant
    if outcome.hit and not outcome.false_alarms:
        return
    mark = "hit " if outcome.hit else "MISS (placed)" if outcome.placed else "MISS"
    change = plant.before if plant.kind == "delete" else plant.after
    print(f"{mark} {outcome.pair} {plant.kind} {plant.side} #{plant.sentence}: {change[:100]}")
    if not outcome.hit:
        print(f"     at the place: {', '.join(outcome.at_place) or 'nothing'}")
    for alarm in outcome.false_alarms:
        print(f"     false alarm: {alarm[:140]}")


def _row(label: str, outcomes: list[Outcome]) -> str:
    total = len(outcomes)
    hits = sum(o.hit for o in outcomes)
    placed = sum(o.placed for o in outcomes)
    alarms = sum(len(o.false_alarms) for o in outcomes)
    share = f"{100 * hits / total:.1f}%" if total else "-"
    rate = f"{10 * alarms / total:.2f}" if total else "-"
    return f"| {label} | {total} | {hits} | {share} | {placed} | {alarms} | {rate} |"


def summary(outcomes: list[Outcome], corpora: Iterable[str]) -> str:
    """The table of plants, hits and false alarms by corpus and kind."""
    lines = []
    for corpus in corpora:
        mine = [o for o in outcomes if o.corpus == corpus]
        pairs = len({o.pair for o in mine})
        lines += [
            f"{corpus}: {len(mine)} plants in {pairs} pairs",
            "| kind | planted | found | share found | at the place, any category "
            "| new false alarms | per 10 plants |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        kinds = [k for k in EXPECTED if any(o.plant.kind == k for o in mine)]
        lines += [_row(k, [o for o in mine if o.plant.kind == k]) for k in kinds]
        lines += [_row("**all**", mine), "", misses(mine), ""]
    return "\n".join(lines)


def misses(outcomes: list[Outcome]) -> str:
    """What the place of each missed plant got instead: nothing, or warnings and errors of
    another category (the codes, most frequent first)."""
    missed = [o for o in outcomes if not o.hit]
    empty = sum(not o.placed for o in missed)
    codes = Counter(
        code
        for o in missed
        for code in {e.split()[0] for e in o.at_place if not e.endswith("info")}
    )
    other = ", ".join(f"{code} {n}" for code, n in codes.most_common())
    return f"missed {len(missed)}: nothing at the place {empty}; reported otherwise: {other or '-'}"


def keep(outcomes: list[Outcome], path: str) -> None:
    """Write every plant and its outcome as JSON."""
    rows = [asdict(o) | {"placed": o.placed} for o in outcomes]
    Path(path).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="all", choices=("seed", "real", "all"))
    parser.add_argument(
        "--per-pair", "--most", type=int, default=2, help="plants of each kind a pair"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the plants' draw")
    parser.add_argument("--jobs", type=int, default=2, help="processes comparing the plants")
    parser.add_argument("--kinds", default=",".join(EXPECTED), help="kinds of plant to run")
    parser.add_argument("--similarity", default="auto", choices=("auto", "semantic", "lexical"))
    parser.add_argument("--keep", help="write every plant and its outcome to this JSON file")
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument("--quiet", action="store_true", help="print the tables only")
    loud.add_argument("--verbose", action="store_true", help="print every miss and false alarm")
    options = parser.parse_args(argv)
    start = time.perf_counter()
    corpora = CORPORA if options.corpus == "all" else (options.corpus,)
    pairs = [pair for corpus in corpora for pair in corpus_pairs(corpus)]
    outcomes = run(options, pairs)
    if options.keep:
        keep(outcomes, options.keep)
    print(summary(outcomes, corpora))
    elapsed = time.perf_counter() - start
    print(f"similarity {options.similarity}, {options.jobs} jobs, {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
