"""A real CAT tool uses our TMX: OmegaT, headless, translates French with our pairs from tm/auto.

OmegaT splits the French with its own rules and never joins sentences, so each test checks every
1-1 unit whose French OmegaT segments the same way and reports how many units that covers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from align_check.model import Bead, Document, Report, Sentence
from align_check.output.tmx import TmxOptions, write_tmx
from omegat_harness import Translation, omegat_missing, translate
from test_tmx import compare_seeds

pytestmark = pytest.mark.skipif(omegat_missing() is not None, reason=str(omegat_missing()))

OPTIONS = TmxOptions(created=datetime(2016, 8, 30, tzinfo=UTC), tool_version="0", signature="")

STATEMENT = """\
Déclaration commune des ministres de l’intérieur

Mme\u00a0Rudd et M.\u00a0Cazeneuve se sont rencontrés à Paris le 30\u00a0août 2016. \
Ils ont parlé de sécurité. La coopération est cruciale : elle sera développée.

\u00a0Nous luttons contre le terrorisme

Cette phrase n’a pas d’équivalent anglais.
"""
"""A short French statement, laid out as the seed files are."""

FRENCH = (
    "Déclaration commune des ministres de l’intérieur",
    "Mme\u00a0Rudd et M.\u00a0Cazeneuve se sont rencontrés à Paris le 30\u00a0août 2016.",
    "Ils ont parlé de sécurité.",
    "La coopération est cruciale : elle sera développée.",
    "Nous luttons contre le terrorisme",
    "Cette phrase n’a pas d’équivalent anglais.",
)
"""The statement's sentences as align-check reads them."""

ENGLISH = (
    "Joint statement by the ministers",
    "Ms Rudd and Mr Cazeneuve met in Paris on 30 August 2016.",
    "They spoke about security.",
    "They spoke about migration.",
    "Cooperation is crucial and will be developed.",
    "We fight terrorism",
)

BEADS = (
    Bead((0,), (0,), 0.9),
    Bead((1,), (1,), 0.9),
    Bead((2,), (2, 3), 0.8),
    Bead((3,), (4,), 0.9),
    Bead((4,), (5,), 0.9),
    Bead((5,), (), 0.0),
)
"""1-1 beads, one 1-2 bead and one French-only sentence."""

LANGS = [(("fr", "en"), ("fr-FR", "en-GB"))]
"""The tags in our TMX and the languages of the OmegaT project: short tags, regional project."""


def statement(langs: tuple[str, str]) -> Report:
    """Return the report of the statement, with the given language tags."""
    french = tuple(Sentence(text, line) for line, text in enumerate(FRENCH, 1))
    english = tuple(Sentence(text, line) for line, text in enumerate(ENGLISH, 1))
    source, target = Document("fr.txt", langs[0], french), Document("en.txt", langs[1], english)
    return Report(source, target, BEADS, (), "")


@pytest.fixture
def seed_run() -> tuple[bytes, dict[str, Any]]:
    """The seed pair's TMX and JSON report, made by align-check compare once a session."""
    return compare_seeds()


def one_to_one(report: Report) -> list[tuple[str, str]]:
    """Return the French and English of every 1-1 bead."""
    beads = [b for b in report.beads if len(b.source) == 1 and len(b.target) == 1]
    return [
        (report.source.sentences[b.source[0]].text, report.target.sentences[b.target[0]].text)
        for b in beads
    ]


def covered(units: list[tuple[str, str]], translation: Translation) -> list[tuple[str, str]]:
    """Return the units whose French OmegaT made a segment of its own."""
    return [(fr, en) for fr, en in units if fr in translation.segments]


def inserted(unit: tuple[str, str], translation: Translation) -> bool:
    """True when OmegaT took the unit from our memory and its English is in the translated file."""
    return unit in translation.pairs and unit[1] in translation.text


def report_coverage(
    label: str, units: int, matched: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Print how many 1-1 units OmegaT segmented alike, whatever pytest captures."""
    with capsys.disabled():
        print(f"\nOmegaT {label}: our English inserted for {matched} of {units} 1-1 units")


@pytest.mark.parametrize(("tags", "project"), LANGS, ids=["fr-en-memory-in-fr-FR-en-GB-project"])
def test_omegat_inserts_our_english_for_every_unit_it_segments_alike(
    tags: tuple[str, str],
    project: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    record_property: Callable[[str, object], None],
) -> None:
    document = tmp_path / "statement.txt"
    document.write_text(STATEMENT, encoding="utf-8")
    report = statement(tags)
    translation = translate(tmp_path, document, write_tmx([report], OPTIONS), project)
    units = one_to_one(report)
    matched = covered(units, translation)
    assert matched, f"OmegaT segmented none of our French alike: {sorted(translation.segments)}"
    assert [unit for unit in matched if not inserted(unit, translation)] == []
    assert "Cette phrase n’a pas d’équivalent anglais." in translation.text
    record_property("omegat_units", f"{len(matched)}/{len(units)}")
    report_coverage("hand-written statement", len(units), len(matched), capsys)


def test_omegat_translates_the_seed_with_the_seed_memory(
    seed_run: tuple[bytes, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    record_property: Callable[[str, object], None],
) -> None:
    memory, report = seed_run
    beads = [b for b in report["beads"] if len(b["source"]) == 1 and len(b["target"]) == 1]
    units = [(b["source"][0], b["target"][0]) for b in beads]
    langs = (report["source"]["lang"], report["target"]["lang"])
    document = Path(__file__).resolve().parents[1] / report["source"]["path"]
    translation = translate(tmp_path, document, memory, langs)
    matched = covered(units, translation)
    assert matched, f"OmegaT segmented none of our French alike: {sorted(translation.segments)}"
    assert [unit for unit in matched if not inserted(unit, translation)] == []
    record_property("omegat_units", f"{len(matched)}/{len(units)}")
    report_coverage("seed pair", len(units), len(matched), capsys)
