"""Real-pairs benchmark: run ``check`` over ../shared/real-pairs and score its findings against a
bilingual reviewer's labels (../shared/real-pairs/labels, rules in its README.md).

    .venv/bin/python benchmarks/bench_real.py [--similarity auto] [--jobs 2] [--report out.json]
                                              [--uncovered uncovered.tsv] [--quiet]
                                              [--list error,warning]

Writes a manifest of the 41 pairs (French source, English target; the Markdown files, the
statutes' ``.txt``), runs ``align-check check --manifest M --jobs 2 --format json --fail-on
never``, leaves AC7xx out, and matches each finding to a label row of the same pair, the same code
family (AC1, AC2, AC3, AC4, AC5, AC6) and the same place (its French or English sentence starts
like the row's excerpt, markup and spacing aside), one row a finding, preferring a row whose key
the message names. Findings no reviewer row covers are matched the same way against our own
verdicts in ``benchmarks/data/real-labels-extra.tsv`` (never the reviewer's rows).

Prints error and warning precision twice (uncovered findings counted FALSE: a lower bound; and
with our verdicts), recall of facts and of meaning changes (TRUE rows that a warning or error
reports at their place in their family), errors a pair, warnings per 100 sentences, the gate
criteria of issue 12, and every finding no row covers.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "real-pairs"
EXTRA = ROOT / "benchmarks" / "data" / "real-labels-extra.tsv"
EXTRA_COLUMNS = ("pair", "code", "verdict", "severity", "fr", "en", "key", "reason")
SHORT = 12
"""Folded excerpts shorter than this place a finding only together with the other side's."""


def manifest_rows() -> list[tuple[str, Path, Path]]:
    """The pairs: name, French file, English file (a statute's text version)."""
    with open(PAIRS / "MANIFEST.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        (r["name"], PAIRS / (r["fr_txt"] or r["fr_file"]), PAIRS / (r["en_txt"] or r["en_file"]))
        for r in rows
    ]


def write_manifest(folder: Path) -> Path:
    """A CSV manifest of the pairs, French source and English target."""
    path = folder / "real-pairs.csv"
    lines = ["source,target,source_lang,target_lang"]
    lines += [f"{fr},{en},fr,en" for _, fr, en in manifest_rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_check(manifest: Path, out: Path, jobs: int, similarity: str) -> float:
    """Run the command a user runs; return its wall time."""
    command = [
        str(ROOT / ".venv" / "bin" / "align-check"),
        "check",
        "--no-cache",
        str(PAIRS),
        "--manifest",
        str(manifest),
        "--jobs",
        str(jobs),
        "--format",
        "json",
        "--fail-on",
        "never",
        "--similarity",
        similarity,
        "-o",
        str(out),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"align-check failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


_TAG = re.compile(r"<[/!]?[A-Za-z][^>]*>?")
_MARK = re.compile(r"[*_`#>|\[\]]+")
_SPACE = re.compile(r"\s+")


def folded(text: str) -> str:
    """Text as compared for places: markup, emphasis, quotes and spacing made plain."""
    text = html.unescape(_TAG.sub(" ", html.unescape(text)))
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = _MARK.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " "))
    return _SPACE.sub(" ", text).strip().lower()


def starts_like(excerpt: str, sentences: Iterable[str]) -> bool:
    """True when one of the sentences starts like a row's excerpt (or holds it, when splitting
    moved the sentence's start)."""
    wanted = folded(excerpt)
    if not wanted or excerpt == "-":
        return False
    for sentence in sentences:
        have = folded(sentence)
        if have.startswith(wanted) or (len(have) >= SHORT and wanted.startswith(have)):
            return True
        if len(wanted) >= 20 and wanted in have:
            return True
    return False


@dataclass
class Row:
    """One label row (the reviewer's, or one of our own verdicts)."""

    pair: str
    row: str
    code: str
    verdict: str
    severity: str
    fr: str
    en: str
    key: str
    reason: str
    ours: bool = False
    used: bool = False

    @property
    def family(self) -> str:
        return self.code[:3]

    def places(self, finding: dict) -> bool:
        """True when a finding stands at this row's place; a row whose excerpts are nothing but
        markup (a link's opening tag cut at 80 characters) is placed by its key instead."""
        if not any(folded(side) for side in (self.fr, self.en) if side != "-"):
            return self.keyed(finding["message"])
        fr = self.fr != "-" and starts_like(self.fr, finding["source"])
        en = self.en != "-" and starts_like(self.en, finding["target"])
        short = [side for side in (self.fr, self.en) if side != "-" and len(folded(side)) < SHORT]
        if short and len(short) == sum(side != "-" for side in (self.fr, self.en)):
            return fr and en if self.fr != "-" and self.en != "-" else fr or en
        return fr or en

    def keyed(self, message: str) -> bool:
        parts = [p.strip() for p in re.split(r"[/;]", self.key) if len(p.strip()) >= 2]
        return any(folded(p) in folded(message) for p in parts)


def read_labels() -> dict[str, list[Row]]:
    """The reviewer's rows, by pair."""
    rows: dict[str, list[Row]] = defaultdict(list)
    for path in sorted((PAIRS / "labels").glob("*.tsv")):
        with open(path, encoding="utf-8") as handle:
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                rows[path.stem].append(
                    Row(
                        path.stem,
                        r["row"],
                        r["code"],
                        r["verdict"],
                        r["severity"],
                        r["fr"],
                        r["en"],
                        r["key"],
                        r["reason"],
                    )
                )
    return rows


def read_extra() -> dict[str, list[Row]]:
    """Our own verdicts on findings no reviewer row covers, by pair."""
    rows: dict[str, list[Row]] = defaultdict(list)
    if not EXTRA.exists():
        return rows
    with open(EXTRA, encoding="utf-8") as handle:
        for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows[r["pair"]].append(
                Row(
                    r["pair"],
                    "FINDING",
                    r["code"],
                    r["verdict"],
                    r["severity"],
                    r["fr"],
                    r["en"],
                    r["key"],
                    r["reason"],
                    ours=True,
                )
            )
    return rows


def pair_name(report: dict) -> str:
    name = Path(report["source"]["path"]).name
    return re.sub(r"\.fr\.(md|txt)$", "", name)


@dataclass
class Scored:
    """A finding and the row that judged it (None: no row covers it)."""

    pair: str
    finding: dict
    row: Row | None = None


@dataclass
class Tally:
    judged: Counter = field(default_factory=Counter)  # (severity, verdict, lower|ours)

    def precision(self, severity: str, ours: bool) -> tuple[float, int, int]:
        mode = "ours" if ours else "lower"
        true = self.judged[(severity, "TRUE", mode)]
        false = self.judged[(severity, "FALSE", mode)]
        return (true / (true + false) if true + false else float("nan")), true, false


def assign(findings: list[Scored], rows: list[Row]) -> None:
    """Give each finding at most one row of the same family and place, a row once."""
    for scored in findings:
        f = scored.finding
        candidates = [r for r in rows if not r.used and r.family == f["code"][:3] and r.places(f)]
        if not candidates:
            continue
        candidates.sort(
            key=lambda r: (not r.keyed(f["message"]), r.code != f["code"], r.row != "FINDING")
        )
        candidates[0].used = True
        scored.row = candidates[0]


def score(report_path: Path, show: bool) -> dict[str, float]:  # noqa: C901
    data = json.loads(report_path.read_text(encoding="utf-8"))
    labels, extra = read_labels(), read_extra()
    tally = Tally()
    sentences = 0
    errors_by_pair: Counter = Counter()
    warnings = 0
    scored_all: list[Scored] = []
    pairs_seen = []
    for report in data["pairs"]:
        pair = pair_name(report)
        pairs_seen.append(pair)
        sentences += report["source"]["sentences"] + report["target"]["sentences"]
        findings = [Scored(pair, f) for f in report["findings"] if not f["code"].startswith("AC7")]
        for row in labels.get(pair, []) + extra.get(pair, []):
            row.used = False
        assign(findings, labels.get(pair, []))
        assign([s for s in findings if s.row is None], extra.get(pair, []))
        scored_all += findings
        for s in findings:
            severity = s.finding["severity"]
            if severity == "error":
                errors_by_pair[pair] += 1
            if severity == "warning":
                warnings += 1
            if severity == "info":
                continue
            # Unjudged findings count FALSE in both; ours counts our verdicts too.
            ours = s.row.verdict if s.row else "FALSE"
            lower = ours if (s.row and not s.row.ours) else "FALSE"
            tally.judged[(severity, lower, "lower")] += 1
            tally.judged[(severity, ours, "ours")] += 1

    # Recall: TRUE rows that some warning or error reports at their place in their family.
    facts = meaning = facts_found = meaning_found = 0
    missed_rows = []
    error_rows_ok, error_rows = 0, 0
    for pair, rows in labels.items():
        findings = [s.finding for s in scored_all if s.pair == pair]
        for row in rows:
            if row.verdict != "TRUE":
                continue
            hits = [
                f
                for f in findings
                if f["severity"] != "info" and f["code"][:3] == row.family and row.places(f)
            ]
            if row.family == "AC4":
                meaning += 1
                meaning_found += bool(hits)
            else:
                facts += 1
                facts_found += bool(hits)
                if row.severity == "error":
                    error_rows += 1
                    error_rows_ok += any(f["severity"] == "error" for f in hits)
            if not hits:
                missed_rows.append(row)

    true_pairs = {p for p, rows in labels.items() if any(r.verdict == "TRUE" for r in rows)}
    error_pairs = {
        p
        for p, rows in labels.items()
        if any(r.verdict == "TRUE" and r.severity == "error" for r in rows)
    }
    clean_with_errors = sorted(p for p in pairs_seen if p not in true_pairs and errors_by_pair[p])
    unfailed = sorted(p for p in error_pairs if not errors_by_pair[p])

    results = {}
    print(f"pairs {len(pairs_seen)}, sentences {sentences}")
    for severity in ("error", "warning"):
        for ours in (False, True):
            p, t, f = tally.precision(severity, ours)
            label = "with our verdicts" if ours else "lower bound      "
            debatable = tally.judged[(severity, "DEBATABLE", "ours" if ours else "lower")]
            print(
                f"{severity:7} precision {label}: {p:.3f}  (TRUE {t}, FALSE {f}, "
                f"DEBATABLE {debatable})"
            )
            results[f"{severity}_precision_{'ours' if ours else 'lower'}"] = p
    total_errors = sum(errors_by_pair.values())
    print(
        f"errors: {total_errors} ({total_errors / len(pairs_seen):.2f} a pair); "
        f"warnings: {warnings} ({100 * warnings / sentences:.2f} per 100 sentences)"
    )
    print(
        f"recall of facts: {facts_found}/{facts} = {facts_found / facts:.3f}; "
        f"of meaning changes: {meaning_found}/{meaning} = {meaning_found / meaning:.3f}"
    )
    print(
        f"TRUE fact rows of reviewer severity error reported as errors: "
        f"{error_rows_ok}/{error_rows}"
    )
    print(
        f"pairs without a TRUE row that have an error: {len(clean_with_errors)} {clean_with_errors}"
    )
    print(f"pairs with a TRUE error row that pass the default gate: {len(unfailed)} {unfailed}")
    results.update(
        errors_a_pair=total_errors / len(pairs_seen),
        warnings_per_100=100 * warnings / sentences,
        fact_recall=facts_found / facts,
        meaning_recall=meaning_found / meaning,
    )
    if show:
        print("\nmissed TRUE rows:")
        for row in missed_rows:
            print(f"  {row.pair} {row.code} [{row.severity}] {row.key}: {row.reason}")
        uncovered = [s for s in scored_all if s.row is None and s.finding["severity"] != "info"]
        print(f"\nfindings no row covers ({len(uncovered)}):")
        for s in uncovered:
            f = s.finding
            print(f"  {s.pair} {f['code']} {f['severity']}: {f['message']}")
            print(f"     fr: {' '.join(f['source'])[:110]}")
            print(f"     en: {' '.join(f['target'])[:110]}")
    return results


def write_uncovered(report_path: Path, out: Path) -> None:
    """A TSV of the findings no row covers, in the extra file's columns, verdicts left empty."""
    lines = ["\t".join(EXTRA_COLUMNS)]
    for s in judged(report_path):
        if s.row is None and s.finding["severity"] != "info":
            f = s.finding
            fr = " ".join(f["source"])[:80] or "-"
            en = " ".join(f["target"])[:80] or "-"
            clean = [x.replace("\t", " ").replace("\n", " ") for x in (fr, en, f["message"])]
            lines.append(
                "\t".join([s.pair, f["code"], "", f["severity"], clean[0], clean[1], "", clean[2]])
            )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def judged(report_path: Path) -> list[Scored]:
    """Every finding of a report (AC7xx aside) with the row that judged it, pair by pair."""
    data = json.loads(report_path.read_text(encoding="utf-8"))
    labels, extra = read_labels(), read_extra()
    scored: list[Scored] = []
    for report in data["pairs"]:
        pair = pair_name(report)
        findings = [Scored(pair, f) for f in report["findings"] if not f["code"].startswith("AC7")]
        for row in labels.get(pair, []) + extra.get(pair, []):
            row.used = False
        assign(findings, labels.get(pair, []))
        assign([s for s in findings if s.row is None], extra.get(pair, []))
        scored += findings
    return scored


def print_findings(report_path: Path, severities: set[str]) -> None:
    """A line a finding of these severities: verdict, severity, code, pair, message, reason;
    then the reviewer's TRUE rows no warning or error covers (MISSED)."""
    found = judged(report_path)
    for s in found:
        f = s.finding
        if f["severity"] in severities:
            verdict = s.row.verdict if s.row else "UNCOVERED"
            reason = s.row.reason[:70] if s.row else ""
            print(
                f"{verdict:9} {f['severity']:7} {f['code']} {s.pair[:30]:30} "
                f"{f['message'][:110]} || {reason}"
            )
    for pair, rows in read_labels().items():
        reported = [s.finding for s in found if s.pair == pair and s.finding["severity"] != "info"]
        for r in rows:
            if r.verdict == "TRUE" and not any(
                f["code"][:3] == r.family and r.places(f) for f in reported
            ):
                print(
                    f"MISSED    {r.severity:7} {r.code} {pair[:30]:30} {r.key} | fr: {r.fr[:50]}"
                    f" | en: {r.en[:50]} || {r.reason[:60]}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--similarity", default="auto")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--report", type=Path, help="score this JSON report instead of running")
    parser.add_argument("--keep", type=Path, help="keep the JSON report at this path")
    parser.add_argument("--uncovered", type=Path, help="write the uncovered findings as a TSV")
    parser.add_argument("--quiet", action="store_true", help="no list of uncovered findings")
    parser.add_argument(
        "--list",
        metavar="SEVERITIES",
        help="print every finding of these severities (error,warning) with its verdict, "
        "then the TRUE rows missed",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = args.report
        if report is None:
            report = args.keep or folder / "report.json"
            elapsed = run_check(write_manifest(folder), report, args.jobs, args.similarity)
            print(f"check: {elapsed:.1f} s (--jobs {args.jobs}, --similarity {args.similarity})")
        score(report, not args.quiet)
        if args.uncovered:
            write_uncovered(report, args.uncovered)
        if args.list:
            print_findings(report, set(args.list.split(",")))


if __name__ == "__main__":
    main()
