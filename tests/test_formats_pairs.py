"""The real pairs of tests/data/formats as a reviewer gets them (Canada Gazette pages, Word
guides, PDF checklists and posters): each compares, most sentences find their counterpart,
and no sentence holds page chrome or markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from align_check.cli import main
from align_check.reading import read_document
from paths import ROOT

FORMATS = ROOT / "tests" / "data" / "formats"
PAIRS = sorted(
    (path, path.with_name(path.name.replace(".fr.", ".en."))) for path in FORMATS.glob("*.fr.*")
)
LARGE = {"ict-annex-x.fr.docx"}
"""Compared by the benchmark rather than here (5,400 sentences a side)."""

CHROME = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|td|tr|th|table|img|strong|em|sup|h\d)\b[^>]*>|<!--|"
    r"&[a-z]+;|&#\d|\bw:[a-z]|MERGEFORMAT|PAGEREF|HYPERLINK|\bTOC \\|"
    r"Page \d+ (?:of|de|sur) \d+|Date modified|Date de modification|-- ?Select ?--"
)


def name(pair: tuple[Path, Path]) -> str:
    return pair[0].name.split(".")[0]


@pytest.mark.parametrize("path", sorted(FORMATS.glob("*.*.*")), ids=lambda p: p.name)
def test_no_sentence_holds_page_chrome_or_markup(path: Path) -> None:
    lang = path.name.split(".")[-2]
    sentences = read_document(str(path), lang, False).sentences
    assert len(sentences) >= 10
    assert not [s.text for s in sentences if CHROME.search(s.text)]


@pytest.mark.parametrize(
    "pair",
    [p for p in PAIRS if p[0].name not in LARGE],
    ids=[name(p) for p in PAIRS if p[0].name not in LARGE],
)
def test_each_pair_compares_with_most_sentences_paired(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    argv = ["compare", str(pair[0]), str(pair[1]), "--format", "json", "-o", str(report)]
    assert main([*argv, "--similarity", "lexical"]) in (0, 1)
    body = json.loads(report.read_text("utf-8"))
    sides = [(len(b["source_ids"]), len(b["target_ids"])) for b in body["beads"]]
    paired = sum(s + t for s, t in sides if s and t)
    assert paired / sum(s + t for s, t in sides) >= 0.8
    assert not [f for f in body["findings"] if f["code"] == "AC104"]
