"""The baseline: fingerprints that survive unrelated edits; a gate that sees only new findings."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from align_check.baseline import (
    accept,
    apply_baseline,
    baseline_json,
    fingerprint,
    load_baseline,
    unpaired_fingerprint,
)
from align_check.errors import InputError
from align_check.model import Document, Finding, Report, Sentence
from handmade import ADDITION, ENGLISH, FIGURE, FRENCH, OMISSION, batch, report, unpaired


def moved(document: Document, lines: int) -> Document:
    """The document with every sentence pushed down, as when a paragraph is added above."""
    sentences = tuple(
        replace(s, line=s.line + lines, column=s.column + 2) for s in document.sentences
    )
    return replace(document, sentences=sentences)


def edited(document: Document, index: int, text: str) -> Document:
    """The document with one sentence rewritten."""
    sentences = list(document.sentences)
    sentences[index] = replace(sentences[index], text=text)
    return replace(document, sentences=tuple(sentences))


def inserted(document: Document, text: str) -> Document:
    """The document with a sentence added at its start: every id moves by one."""
    return replace(document, sentences=(Sentence(text, 1), *document.sentences))


SAME = {
    "lines-moved": (report(FIGURE, source=moved(FRENCH, 7), target=moved(ENGLISH, 3))),
    "whitespace-refolded": report(
        FIGURE, source=edited(FRENCH, 1, "Le\u00a0Royaume-Uni  versera\n31,4 millions d'euros.")
    ),
    "sentence-added-before": report(
        replace(FIGURE, source=(2,), target=(2,)),
        source=inserted(FRENCH, "Une phrase nouvelle."),
        target=inserted(ENGLISH, "A new sentence."),
    ),
    "another-sentence-edited": report(FIGURE, source=edited(FRENCH, 0, "Autre texte.")),
    "other-message": report(replace(FIGURE, message="figures differ")),
}

DIFFERENT = {
    "text-concerned-edited": report(FIGURE, source=edited(FRENCH, 1, "Il versera 32 millions.")),
    "other-code": report(replace(FIGURE, code="AC202")),
    "other-file": report(FIGURE, target=replace(ENGLISH, path="docs/en/other.md")),
    "other-sentence": report(replace(FIGURE, source=(0,), target=(0,))),
}

ORIGINAL = report(FIGURE)


def print_of(a_report: Report) -> str:
    return fingerprint(a_report, a_report.findings[0])


@pytest.mark.parametrize("changed", list(SAME.values()), ids=list(SAME))
def test_the_fingerprint_survives_edits_that_leave_the_sentences_alone(changed: Report) -> None:
    assert print_of(changed) == print_of(ORIGINAL)


@pytest.mark.parametrize("changed", list(DIFFERENT.values()), ids=list(DIFFERENT))
def test_the_fingerprint_changes_with_the_finding(changed: Report) -> None:
    assert print_of(changed) != print_of(ORIGINAL)


def test_one_sided_findings_on_the_two_sides_differ() -> None:
    assert fingerprint(ORIGINAL, OMISSION) != fingerprint(ORIGINAL, ADDITION)


def test_an_unpaired_fingerprint_depends_on_code_and_path_not_message() -> None:
    first = unpaired("docs/en/x.md")
    assert unpaired_fingerprint(first) == unpaired_fingerprint(
        replace(first, finding=replace(first.finding, message="other words"))
    )
    assert unpaired_fingerprint(first) != unpaired_fingerprint(unpaired("docs/en/y.md"))
    assert unpaired_fingerprint(first) != unpaired_fingerprint(unpaired("docs/en/x.md", "AC702"))


def test_accepted_findings_are_left_out_and_new_ones_kept() -> None:
    old = batch(report(OMISSION), alone=(unpaired("a.md"),))
    new = batch(report(OMISSION, FIGURE), alone=(unpaired("a.md"), unpaired("b.md")))
    left = accept(new, Counter(json_prints(baseline_json(old))))
    assert [f.code for f in left.findings] == ["AC201", "AC701"]
    assert [u.path for u in left.unpaired] == ["b.md"]


def test_each_entry_accepts_one_finding() -> None:
    twice = Finding("AC103", "info", "page furniture", target=(2,))
    run = batch(report(twice), report(twice))
    once = Counter({fingerprint(run.reports[0], twice): 1})
    assert len(accept(run, once).findings) == 1


def json_prints(text: str) -> list[str]:
    return [entry["fingerprint"] for entry in json.loads(text)["findings"]]


def test_the_baseline_file_is_stable_and_readable(tmp_path: Path) -> None:
    run = batch(report(FIGURE, ADDITION), alone=(unpaired("a.md"),))
    text = baseline_json(run)
    assert text == baseline_json(batch(run.reports[0], alone=run.unpaired))
    entries = json.loads(text)["findings"]
    assert [(e["code"], e["path"]) for e in entries] == [
        ("AC701", "a.md"),
        ("AC102", "docs/en/joint statement.md"),
        ("AC201", "docs/en/joint statement.md"),
    ]
    assert entries[1]["text"] == "Work will be taken forward rapidly."
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    assert load_baseline(str(path)) == Counter(json_prints(text))


def test_updating_writes_the_file_and_reports_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "baseline.json")
    run = batch(report(FIGURE, ADDITION))
    gated, files = apply_baseline(run, path, update=True)
    assert gated.findings == ()
    assert list(files) == [path]
    assert len(json.loads(files[path])["findings"]) == 2


def test_without_a_baseline_the_run_is_untouched() -> None:
    run = batch(report(FIGURE))
    assert apply_baseline(run, None, update=False) == (run, {})


BAD_FILES = {
    "missing": (None, "no such baseline"),
    "not-json": ("{", "cannot read the baseline"),
    "other-tool": ('{"version": "2.1.0"}', "not an align-check baseline"),
}


@pytest.mark.parametrize(("content", "message"), list(BAD_FILES.values()), ids=list(BAD_FILES))
def test_a_bad_baseline_is_an_input_error(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_baseline(str(path))


def test_updating_needs_a_file() -> None:
    with pytest.raises(InputError, match="--update-baseline needs --baseline"):
        apply_baseline(batch(report(FIGURE)), None, update=True)
