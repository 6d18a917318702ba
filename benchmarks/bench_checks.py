"""Planted-divergence benchmark: plant one divergence at a time in one side of a real pair and
measure how many the report finds at the right place with the right category, and how many new
warnings or errors appear elsewhere.

    .venv/bin/python benchmarks/bench_checks.py [--similarity lexical|semantic|auto] [--verbose]

A hit is a warning- or error-severity finding of the planted kind's category whose source or
target holds the changed sentence (for a deleted sentence: its counterpart left on the other
side). A false alarm is a warning or error not in the report of the untouched pair and not on
the changed sentence. Target (issue 4): at least 95% found, at most one false alarm per ten
plants.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from align_check.align import CONFIDENT
from align_check.checks.dates import find_dates
from align_check.checks.figures import find_figures
from align_check.checks.languages import lexicon_for
from align_check.checks.name import LIST_GAP
from align_check.checks.mentions import find_names
from align_check.checks.pairs import fold
from align_check.codes import category_of
from align_check.model import Document, Finding, Report, Sentence
from align_check.pipeline import compare
from align_check.reading import read_document
from align_check.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [(ROOT / "seeds" / "001_0914d0d8a993cbae.txt", ROOT / "seeds" / "002_ea29fe95a65aa779.txt")]
ELSEWHERE = {
    "fr": ROOT / "seeds" / "004_58cd97f2a4b1d87c.txt",
    "en": ROOT / "seeds" / "003_a8d4ac3ded94727c.txt",
}
STRANGERS = {"fr": ("Valls", "Dunkerque", "Madrid"), "en": ("Johnson", "Dover", "Madrid")}
COUNTRY = {"fr": "l'Allemagne", "en": "Germany"}
EXPECTED = {
    "figure": {"number"},
    "month": {"date"},
    "day": {"date"},
    "delete": {"omission", "addition"},
    "insert": {"omission", "addition"},
    "name": {"name"},
    "list": {"name"},
}


@dataclass(frozen=True)
class Plant:
    """One planted divergence: which side, which sentence, what changed."""

    kind: str
    side: str
    sentence: int
    before: str
    after: str
    document: Document
    watch: tuple[int, ...]
    watch_side: str


def _with(document: Document, index: int, text: str) -> Document:
    """Return a document with one sentence's text replaced."""
    sentences = list(document.sentences)
    sentences[index] = replace(sentences[index], text=text)
    return replace(document, sentences=tuple(sentences))


def _plant(kind: str, role: str, document: Document, index: int, new: str) -> Plant:
    """Return a plant that rewrites one sentence."""
    old = document.sentences[index].text
    return Plant(kind, role, index, old, new, _with(document, index, new), (index,), role)


def _figures(role: str, document: Document, paired: set[int]) -> Iterator[Plant]:
    """Change a figure written in digits: add a zero, or raise its first digit."""
    for n, index in enumerate(sorted(paired)):
        text = document.sentences[index].text
        figures = [
            f
            for f in find_figures(text, document.lang)
            if f.hard and not f.yearlike and f.unit != "time" and f.text[:1].isdigit()
        ]
        if figures:
            figure = figures[0]
            digits = figure.text.split()[0]
            grow = n % 2 and digits.isdigit()
            new = digits + "0" if grow else str((int(digits[0]) % 9) + 1) + digits[1:]
            changed = text[: figure.start] + new + text[figure.start + len(digits) :]
            yield _plant("figure", role, document, index, changed)


def _dates(role: str, document: Document, paired: set[int]) -> Iterator[Plant]:
    """Move a written date to the next month, or to another day."""
    months = lexicon_for(document.language).months
    names = {number: word for word, number in months.items() if not word.endswith(".")}
    for index in sorted(paired):
        text = document.sentences[index].text
        for date in find_dates(fold(text), document.lang):
            written = text[date.start : date.end]
            if date.month is not None:
                word = next(w for w in written.split() if w.lower() in months)
                month = names[date.month % 12 + 1]
                month = month.capitalize() if word[0].isupper() else month
                yield _plant("month", role, document, index, text.replace(word, month, 1))
            if date.day is not None:
                day = str(date.day % 28 + 3)
                yield _plant(
                    "day",
                    role,
                    document,
                    index,
                    text.replace(written, written.replace(str(date.day), day, 1), 1),
                )


def _names(role: str, document: Document, paired: set[int]) -> Iterator[Plant]:
    """Replace a proper name with one the pair never mentions."""
    strangers = STRANGERS[document.language]
    for n, index in enumerate(sorted(paired)):
        text = document.sentences[index].text
        mentions = [m for m in find_names(text, document.lang) if m.text[:1].isupper()]
        if mentions:
            mention = mentions[n % len(mentions)]
            new = COUNTRY[document.language] if mention.entity else strangers[n % 3]
            yield _plant(
                "name", role, document, index, text[: mention.start] + new + text[mention.end :]
            )


def _lists(role: str, document: Document, paired: set[int]) -> Iterator[Plant]:
    """Drop the last name of a list of two or more ("la France et du Royaume-Uni")."""
    for index in sorted(paired):
        text = document.sentences[index].text
        entities = [m for m in find_names(text, document.lang) if m.entity]
        for first, second in zip(entities, entities[1:], strict=False):
            if LIST_GAP.fullmatch(fold(text[first.end : second.start])):
                yield _plant("list", role, document, index, text[: first.end] + text[second.end :])
                break


def _deletions(
    role: str, document: Document, counterparts: dict[int, tuple[int, ...]], other: str
) -> Iterator[Plant]:
    """Delete every third sentence that has a counterpart of its own."""
    for index in sorted(counterparts)[1::2]:
        sentences = document.sentences[:index] + document.sentences[index + 1 :]
        yield Plant(
            "delete",
            role,
            index,
            document.sentences[index].text,
            "",
            replace(document, sentences=sentences),
            counterparts[index],
            other,
        )


def _insertions(role: str, document: Document, paired: set[int]) -> Iterator[Plant]:
    """Insert a sentence of another statement after every fifth paired sentence."""
    stranger = read_document(str(ELSEWHERE[document.language]), document.lang, False)
    pool = [s.text for s in stranger.sentences if len(s.text) > 60]
    for n, index in enumerate(sorted(paired)[2::3]):
        host = document.sentences[index]
        new = Sentence(pool[n % len(pool)], host.line, host.column, host.block, host.kind)
        sentences = document.sentences[: index + 1] + (new,) + document.sentences[index + 1 :]
        yield Plant(
            "insert",
            role,
            index + 1,
            "",
            new.text,
            replace(document, sentences=sentences),
            (index + 1,),
            role,
        )


def _one_to_one(report: Report, source_side: bool) -> dict[int, tuple[int, ...]]:
    """Return, for each sentence alone on its side of a confident bead, its counterparts."""
    pairs = {}
    for bead in report.beads:
        mine, theirs = (bead.source, bead.target) if source_side else (bead.target, bead.source)
        if bead.two_sided and len(mine) == 1 and bead.score >= CONFIDENT:
            pairs[mine[0]] = theirs
    return pairs


def _spread(found: list[Plant], most: int) -> list[Plant]:
    """Return at most so many plants, taken evenly from the list."""
    step = max(1, -(-len(found) // most))
    return found[::step]


def plants(report: Report, most: int, kinds: set[str]) -> Iterator[Plant]:
    """Yield the plants of both sides of a pair, one divergence each, so many of each kind."""
    return (plant for plant in _every_plant(report, most) if plant.kind in kinds)


def _every_plant(report: Report, most: int) -> Iterator[Plant]:
    """Yield the plants of every kind."""
    for role, document, other in (
        ("source", report.source, "target"),
        ("target", report.target, "source"),
    ):
        counterparts = _one_to_one(report, role == "source")
        paired = set(counterparts)
        for make in (_figures, _dates, _names, _lists, _insertions):
            yield from _spread(list(make(role, document, paired)), most)
        yield from _spread(list(_deletions(role, document, counterparts, other)), most)


def _texts(document: Document, ids: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(document.sentences[i].text for i in ids)


def fingerprint(report: Report, finding: Finding) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Return what identifies a finding across edits elsewhere: its code and its sentences."""
    return (
        finding.code,
        _texts(report.source, finding.source),
        _texts(report.target, finding.target),
    )


def serious(report: Report) -> list[Finding]:
    """Return the warning- and error-severity findings of a report."""
    return [f for f in report.findings if f.severity in ("warning", "error")]


@dataclass(frozen=True)
class Outcome:
    """What the report said about one plant."""

    plant: Plant
    hit: bool
    placed: bool
    false_alarms: tuple[str, ...]


def judge(
    plant: Plant, report: Report, baseline: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> Outcome:
    """Return whether a plant was found, and the new findings elsewhere."""

    def at_plant(finding: Finding) -> bool:
        ids = finding.source if plant.watch_side == "source" else finding.target
        return bool(set(ids) & set(plant.watch))

    found = serious(report)
    hit = any(at_plant(f) and category_of(f.code) in EXPECTED[plant.kind] for f in found)
    alarms = tuple(
        f"{f.code} {f.message}"
        for f in found
        if not at_plant(f) and fingerprint(report, f) not in baseline
    )
    return Outcome(plant, hit, any(at_plant(f) for f in found), alarms)


def run(similarity: str, verbose: bool, most: int, kinds: set[str]) -> list[Outcome]:
    """Plant and judge every divergence of every pair."""
    settings = Settings(similarity=similarity)
    outcomes = []
    for french, english in PAIRS:
        source = read_document(str(french), "fr", False)
        target = read_document(str(english), "en", False)
        untouched = compare(source, target, settings)
        baseline = {fingerprint(untouched, f) for f in serious(untouched)}
        for plant in plants(untouched, most, kinds):
            pair = (plant.document, target) if plant.side == "source" else (source, plant.document)
            outcome = judge(plant, compare(*pair, settings), baseline)
            outcomes.append(outcome)
            if verbose:
                _show(outcome)
    return outcomes


def _show(outcome: Outcome) -> None:
    plant = outcome.plant
    mark = "hit " if outcome.hit else "MISS" if not outcome.placed else "MISS (placed)"
    change = plant.before if plant.kind == "delete" else plant.after
    print(f"{mark} {plant.kind:6} {plant.side:6} #{plant.sentence}: {change[:90]}")
    for alarm in outcome.false_alarms:
        print(f"     false alarm: {alarm[:120]}")


def summary(outcomes: list[Outcome]) -> str:
    """Return the table of plants, hits and false alarms by kind."""
    lines = [
        "| kind | planted | found | at the place, any category | false alarms |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in EXPECTED:
        mine = [o for o in outcomes if o.plant.kind == kind]
        if mine:
            found, placed = sum(o.hit for o in mine), sum(o.placed for o in mine)
            alarms = sum(len(o.false_alarms) for o in mine)
            lines.append(f"| {kind} | {len(mine)} | {found} | {placed} | {alarms} |")
    total = len(outcomes)
    hits, placed = sum(o.hit for o in outcomes), sum(o.placed for o in outcomes)
    alarms = sum(len(o.false_alarms) for o in outcomes)
    lines.append(
        f"| **all** | {total} | {hits} ({100 * hits / total:.1f}%) | "
        f"{placed} ({100 * placed / total:.1f}%) | "
        f"{alarms} ({10 * alarms / total:.2f} per 10 plants) |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--similarity", default="auto", choices=("auto", "semantic", "lexical"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--most", type=int, default=6, help="plants of each kind on each side")
    parser.add_argument("--kinds", default=",".join(EXPECTED), help="kinds of plant to run")
    options = parser.parse_args(argv)
    start = time.perf_counter()
    kinds = set(options.kinds.split(","))
    outcomes = run(options.similarity, options.verbose, options.most, kinds)
    print(summary(outcomes))
    print(f"similarity {options.similarity}, {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
