"""Running a batch: the same result whatever the number of jobs, pairs undone when unrelated."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from align_check.batch import HANDFUL, compare_pair, run_batch
from align_check.model import Report
from align_check.output.json_report import format_json
from align_check.output.options import OutputOptions
from align_check.pairing import Pair, Pairing, pair_documents
from align_check.settings import Settings
from paths import ENGLISH, FRENCH, UNRELATED_EN, UNRELATED_FR

LEXICAL = Settings(similarity="lexical")
"""Fast, for tests about the batch rather than the alignment."""
SEMANTIC = Settings(similarity="semantic")
"""For tests that need the aligner to tell unrelated documents apart."""

SHORT_FR = "Les ministres se sont rencontrés à Paris le 30 août 2016.\n\nIls ont signé 3 accords.\n"
SHORT_EN = "The ministers met in Paris on 30 August 2016.\n\nThey signed 3 agreements.\n"


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def short_pairs(folder: Path, count: int) -> Pairing:
    """count pairs of two-sentence documents named name.fr.txt / name.en.txt."""
    for index in range(count):
        (folder / f"s{index:02}.fr.txt").write_text(SHORT_FR.replace("3", str(index + 3)), "utf-8")
        (folder / f"s{index:02}.en.txt").write_text(SHORT_EN.replace("3", str(index + 3)), "utf-8")
    return pair_documents([str(folder)], "fr", None, None)


def test_two_jobs_give_the_same_output_as_one(tmp_path: Path) -> None:
    for name in ("a", "b"):
        shutil.copy(FRENCH, tmp_path / f"{name}.fr.txt")
        shutil.copy(ENGLISH, tmp_path / f"{name}.en.txt")
    (tmp_path / "c.fr.txt").write_bytes(b"\x00binary")
    (tmp_path / "c.en.txt").write_text(SHORT_EN, encoding="utf-8")
    pairing = pair_documents([str(tmp_path)], "fr", None, None)
    one = format_json(run_batch(pairing, LEXICAL, jobs=1), OutputOptions())
    two = format_json(run_batch(pairing, LEXICAL, jobs=2), OutputOptions())
    assert one == two
    assert one.count('"signature"') == 2
    assert [(Path(u["path"]).name, u["code"]) for u in json.loads(one)["unpaired"]] == [
        ("c.en.txt", "AC701"),
        ("c.fr.txt", "AC702"),
    ]


def test_a_pair_made_by_content_is_undone_when_the_aligner_finds_it_unrelated() -> None:
    pair = Pair(str(UNRELATED_FR), str(UNRELATED_EN), "fr", "en", "content")
    outcome = compare_pair(pair, SEMANTIC)
    assert not isinstance(outcome, Report)
    assert [(u.path, u.lang, u.finding.code) for u in outcome] == [
        (str(UNRELATED_FR), "fr", "AC701"),
        (str(UNRELATED_EN), "en", "AC701"),
    ]
    assert f"its closest candidate, {UNRELATED_EN}" in outcome[0].finding.message


def test_a_pair_the_user_named_stays_a_pair_and_says_unrelated() -> None:
    pair = Pair(str(UNRELATED_FR), str(UNRELATED_EN), "fr", "en", "name")
    outcome = compare_pair(pair, SEMANTIC)
    assert isinstance(outcome, Report)
    assert [f.code for f in outcome.findings] == ["AC104"]


def test_an_unreadable_document_of_a_pair_is_ac702_and_its_partner_ac701(tmp_path: Path) -> None:
    (tmp_path / "a.fr.txt").write_text("", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(SHORT_EN, encoding="utf-8")
    run = run_batch(pair_documents([str(tmp_path)], "fr", None, None), LEXICAL)
    assert run.reports == ()
    assert [(Path(u.path).name, u.finding.code) for u in run.unpaired] == [
        ("a.en.txt", "AC701"),
        ("a.fr.txt", "AC702"),
    ]
    assert "empty" in run.unpaired[1].finding.message


def test_the_policy_applies_to_unpaired_documents(tmp_path: Path) -> None:
    shutil.copy(UNRELATED_EN, tmp_path / "alone.txt")
    pairing = pair_documents([str(tmp_path)], "fr", None, None)
    quiet = Settings(similarity="lexical", ignore=("AC701",))
    loud = Settings(similarity="lexical", severities=(("unpaired", "warning"),))
    assert run_batch(pairing, quiet).unpaired == ()
    assert [u.finding.severity for u in run_batch(pairing, loud).unpaired] == ["warning"]


BARS = {
    "terminal-many-pairs": (Terminal(), HANDFUL + 1, True),
    "terminal-a-handful": (Terminal(), HANDFUL, False),
    "not-a-terminal": (io.StringIO(), HANDFUL + 1, False),
}


@pytest.mark.parametrize(("stream", "count", "shown"), list(BARS.values()), ids=list(BARS))
def test_a_progress_bar_only_on_a_terminal_and_beyond_a_handful(
    tmp_path: Path, stream: io.StringIO, count: int, shown: bool
) -> None:
    run = run_batch(short_pairs(tmp_path, count), LEXICAL, progress=stream)
    assert len(run.reports) == count
    drawn = stream.getvalue()
    assert (f"{count}/{count} pairs" in drawn) is shown
    assert drawn.endswith("\n") if shown else drawn == ""
