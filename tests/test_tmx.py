"""TMX 1.4b memories: conformance, the pairs written, metadata, merging and real readers."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from translate.storage import tmx as toolkit_tmx

from align_check.errors import InputError
from align_check.model import Bead, Document, Finding, Report, Sentence
from align_check.output.tmx import TmxOptions, clean_text, merge_tmx, read_tmx, tuid_of, write_tmx

ROOT = Path(__file__).resolve().parents[1]
DTD_PATH = ROOT / "tests" / "data" / "tmx14.dtd"
SEEDS = ("seeds/001_0914d0d8a993cbae.txt", "seeds/002_ea29fe95a65aa779.txt")
OPTIONS = TmxOptions(
    created=datetime(2016, 8, 30, 14, 5, 9, tzinfo=UTC),
    tool_version="9.8.7",
    signature="align-check:9.8.7|langs:fr>en",
)

FRENCH = (
    "Les ministres se sont rencontrés à Paris le 30\u00a0août 2016.",
    "Mme\u00a0Rudd a réaffirmé l’engagement du Royaume-Uni.",
    "La coopération est cruciale.",
    "Elle sera développée.",
    "Nous luttons contre le terrorisme.",
    "Cette phrase n’a pas d’équivalent.",
    "Le budget est de 31,4 millions d’euros.",
)
ENGLISH = (
    "The ministers met in Paris on 30 August 2016.",
    "Ms Rudd reaffirmed the commitment of the United Kingdom.",
    "Cooperation is crucial and will be developed.",
    "We fight terrorism.",
    "We fight extremism.",
    "Share this page",
    "The budget is 41.3 million euros.",
)
BEADS = (
    Bead((0,), (0,), 0.93),
    Bead((1,), (1,), 0.88),
    Bead((2, 3), (2,), 0.71),
    Bead((4,), (3, 4), 0.64),
    Bead((5,), (), 0.0),
    Bead((), (5,), 0.0),
    Bead((6,), (6,), 0.52),
)
FINDINGS = (
    Finding("AC101", "error", "no counterpart", source=(5,), target_after=4),
    Finding("AC103", "info", "page furniture", source_after=5, target=(5,)),
    Finding("AC301", "warning", "name on one side", source=(1,), target=(1,)),
    Finding("AC201", "error", "figure differs", source=(6,), target=(6,)),
    Finding("AC402", "warning", "length", source=(4,), target=(4,)),
)

TRICKY_FRENCH = (
    "Contrôle\x00\x01\x08\x0b\x0c\x1b\x7f fin\ufffe\uffff.",
    "A < B && C > D ; « guillemets » et \"doubles\" et 'simples'.",
    "Espaces\u00a0insécables\u202fétroites,\ttabulation  doubles   espaces.",
    "Émoji 🇫🇷 🎉 et ligne\r\nbrisée et \ud800 seul.",
    "]]> <![CDATA[ x ]]> &amp; &#233; <seg>pas une balise</seg>",
)
TRICKY_ENGLISH = (
    "Control\x02\x03\x1f end.",
    "A < B && C > D; “quotes” and \"doubles\" and 'singles'.",
    "No-break\u00a0spaces\u202fnarrow,\ttab  double   spaces.",
    "Emoji 🇬🇧 🎉 and broken\nline and \udfff alone.",
    "]]> <![CDATA[ x ]]> &amp; &#233; <seg>not a tag</seg>",
)


def document(path: str, lang: str, texts: tuple[str, ...]) -> Document:
    """Return a document of one sentence a line."""
    return Document(path, lang, tuple(Sentence(text, line) for line, text in enumerate(texts, 1)))


def statement(langs: tuple[str, str] = ("fr", "en")) -> Report:
    """Return a report of a short statement with beads of every shape and some findings."""
    return Report(
        document("statement.fr.txt", langs[0], FRENCH),
        document("statement.en.txt", langs[1], ENGLISH),
        BEADS,
        FINDINGS,
        "align-check:9.8.7|langs:fr>en",
    )


def tricky() -> Report:
    """Return a report whose sentences hold every character XML makes hard."""
    beads = tuple(Bead((i,), (i,), 0.5) for i in range(len(TRICKY_FRENCH)))
    return Report(
        document("tricky.fr.txt", "fr-CA", TRICKY_FRENCH),
        document("tricky.en.txt", "en-US", TRICKY_ENGLISH),
        beads,
        (),
        "sig",
    )


def unrelated() -> Report:
    """Return a report of two documents that are not translations: every bead one-sided."""
    one_sided = (Bead((0,), (), 0.0), Bead((1,), (), 0.0), Bead((), (0,), 0.0))
    finding = Finding("AC104", "error", "not translations of each other")
    return Report(
        document("a.txt", "fr", FRENCH[:2]),
        document("b.txt", "en", ENGLISH[:1]),
        one_sided,
        (finding,),
        "sig",
    )


def pairs(data: bytes) -> list[tuple[str, str]]:
    """Return the (source, target) texts of a memory, read by our reader."""
    return [(unit.source, unit.target) for unit in read_tmx(data)]


def toolkit_pairs(data: bytes) -> list[tuple[str, str]]:
    """Return the (source, target) texts of a memory, read by translate-toolkit."""
    store = toolkit_tmx.tmxfile.parsestring(data)  # type: ignore[no-untyped-call]
    return [(unit.source, unit.target) for unit in store.units]


def dtd_errors(data: bytes) -> str:
    """Return what the TMX 1.4 DTD finds wrong with a memory ("" when it is valid)."""
    dtd = etree.DTD(str(DTD_PATH))
    return "" if dtd.validate(etree.fromstring(data)) else str(dtd.error_log.filter_from_errors())


def header(data: bytes) -> dict[str, str]:
    """Return the attributes of a memory's header."""
    return dict(etree.fromstring(data).find("header").attrib)


def props(data: bytes, source: str) -> dict[str, str]:
    """Return the props of the unit whose source text is given."""
    units = [unit for unit in read_tmx(data) if unit.source == source]
    assert len(units) == 1, units
    return dict(units[0].props)


MEMORIES = {
    "statement": lambda: write_tmx([statement()], OPTIONS),
    "region-tags": lambda: write_tmx([statement(("fr-FR", "en-GB"))], OPTIONS),
    "tricky-characters": lambda: write_tmx([tricky()], OPTIONS),
    "unrelated-empty-body": lambda: write_tmx([unrelated()], OPTIONS),
    "no-report": lambda: write_tmx([], OPTIONS),
    "two-reports": lambda: write_tmx([statement(), tricky()], OPTIONS),
    "skip-flagged": lambda: write_tmx([statement()], replace(OPTIONS, skip_flagged=True)),
    "merged": lambda: merge_tmx(write_tmx([tricky()], OPTIONS), [statement()], OPTIONS),
}


@pytest.mark.parametrize("make", MEMORIES.values(), ids=MEMORIES.keys())
def test_memory_is_valid_against_the_tmx14_dtd(make: Callable[[], bytes]) -> None:
    assert dtd_errors(make()) == ""


HEADER = [
    ("creationtool", "align-check"),
    ("creationtoolversion", "9.8.7"),
    ("segtype", "sentence"),
    ("o-tmf", "align-check"),
    ("adminlang", "en"),
    ("srclang", "fr-FR"),
    ("datatype", "plaintext"),
    ("creationdate", "20160830T140509Z"),
]


@pytest.mark.parametrize(("attribute", "value"), HEADER, ids=[name for name, _ in HEADER])
def test_header_says_what_tmx_14b_asks(attribute: str, value: str) -> None:
    assert header(write_tmx([statement(("fr-FR", "en-GB"))], OPTIONS))[attribute] == value


def test_root_is_version_1_4_and_header_carries_the_signature() -> None:
    root = etree.fromstring(write_tmx([statement()], OPTIONS))
    assert (root.tag, root.get("version")) == ("tmx", "1.4")
    assert root.find("header/prop[@type='x-signature']").text == OPTIONS.signature


DATES = [
    (datetime(2016, 8, 30, 14, 5, 9, tzinfo=UTC), "20160830T140509Z"),
    (datetime(2016, 8, 30, 16, 5, 9, tzinfo=timezone(timedelta(hours=2))), "20160830T140509Z"),
    (datetime(1999, 12, 31, 23, 59, 59), "19991231T235959Z"),
]


@pytest.mark.parametrize(("created", "expected"), DATES, ids=["utc", "paris-summer", "naive"])
def test_creationdate_is_utc_in_tmx_form(created: datetime, expected: str) -> None:
    data = write_tmx([statement()], replace(OPTIONS, created=created))
    assert header(data)["creationdate"] == expected


SHAPES = [
    ("1-1 keeps no-break spaces", FRENCH[0], ENGLISH[0]),
    ("2-1 joined with one space", "La coopération est cruciale. Elle sera développée.", ENGLISH[2]),
    ("1-2 joined with one space", FRENCH[4], "We fight terrorism. We fight extremism."),
]


@pytest.mark.parametrize(("shape", "source", "target"), SHAPES, ids=[s for s, _, _ in SHAPES])
def test_two_sided_bead_is_one_unit_with_one_seg_a_side(
    shape: str, source: str, target: str
) -> None:
    assert (source, target) in pairs(write_tmx([statement()], OPTIONS))


def test_units_are_exactly_the_two_sided_beads_in_order() -> None:
    expected = [
        (FRENCH[0], ENGLISH[0]),
        (FRENCH[1], ENGLISH[1]),
        (f"{FRENCH[2]} {FRENCH[3]}", ENGLISH[2]),
        (FRENCH[4], f"{ENGLISH[3]} {ENGLISH[4]}"),
        (FRENCH[6], ENGLISH[6]),
    ]
    assert pairs(write_tmx([statement()], OPTIONS)) == expected


def test_unrelated_documents_give_an_empty_body() -> None:
    assert pairs(write_tmx([unrelated()], OPTIONS)) == []


LANGS = [("fr", "en"), ("fr-FR", "en-GB"), ("fr-CA", "en-US")]


@pytest.mark.parametrize("langs", LANGS, ids=["-".join(pair) for pair in LANGS])
def test_every_tuv_carries_the_tag_the_user_gave(langs: tuple[str, str]) -> None:
    root = etree.fromstring(write_tmx([statement(langs)], OPTIONS))
    tags = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in root.iter("tuv")]
    assert tags == list(langs) * 5
    assert header(etree.tostring(root))["srclang"] == langs[0]


PROPS = [
    ("clean pair", FRENCH[0], {"x-score": "0.930"}),
    ("warning pair", FRENCH[1], {"x-findings": "AC301", "x-severity": "warning"}),
    ("error pair", FRENCH[6], {"x-findings": "AC201", "x-severity": "error"}),
    ("finding on one sentence of a 1-2", FRENCH[4], {"x-findings": "AC402"}),
]


@pytest.mark.parametrize(("case", "source", "expected"), PROPS, ids=[c for c, _, _ in PROPS])
def test_props_give_score_files_and_findings_of_that_pair(
    case: str, source: str, expected: dict[str, str]
) -> None:
    found = props(write_tmx([statement()], OPTIONS), source)
    assert found["x-source-file"] == "statement.fr.txt"
    assert found["x-target-file"] == "statement.en.txt"
    assert expected.items() <= found.items()


def test_a_clean_pair_has_no_findings_prop() -> None:
    assert "x-findings" not in props(write_tmx([statement()], OPTIONS), FRENCH[0])


FLAGGED = [
    ("kept and marked by default", False, True),
    ("left out when skipping flagged pairs", True, False),
]


@pytest.mark.parametrize(("case", "skip", "kept"), FLAGGED, ids=[c for c, _, _ in FLAGGED])
def test_error_flagged_pair_follows_skip_flagged(case: str, skip: bool, kept: bool) -> None:
    written = pairs(write_tmx([statement()], replace(OPTIONS, skip_flagged=skip)))
    assert ((FRENCH[6], ENGLISH[6]) in written) is kept
    assert (FRENCH[1], ENGLISH[1]) in written  # a warning never leaves a pair out


def test_tuid_is_a_hash_of_the_two_texts_stable_across_runs() -> None:
    units = read_tmx(write_tmx([statement()], OPTIONS))
    later = read_tmx(write_tmx([statement()], replace(OPTIONS, created=datetime.now(UTC))))
    assert [unit.tuid for unit in units] == [unit.tuid for unit in later]
    assert [unit.tuid for unit in units] == [tuid_of(u.source, u.target) for u in units]
    assert len({unit.tuid for unit in units}) == len(units)


def test_tuid_changes_with_either_text() -> None:
    base = tuid_of("Bonjour.", "Hello.")
    assert base not in {tuid_of("Bonjour !", "Hello."), tuid_of("Bonjour.", "Hello!")}


def test_same_inputs_and_options_give_the_same_bytes() -> None:
    assert write_tmx([statement(), tricky()], OPTIONS) == write_tmx(
        [statement(), tricky()], OPTIONS
    )


def test_a_pair_repeated_in_a_batch_is_written_once() -> None:
    assert len(read_tmx(write_tmx([statement(), statement()], OPTIONS))) == 5


def test_xml_forbidden_characters_are_removed_and_nothing_else() -> None:
    expected = [
        (clean_text(fr), clean_text(en))
        for fr, en in zip(TRICKY_FRENCH, TRICKY_ENGLISH, strict=True)
    ]
    assert pairs(write_tmx([tricky()], OPTIONS)) == expected
    assert expected[0] == ("Contrôle\x7f fin.", "Control end.")
    assert "\r\n" in expected[3][0] and "\u202f" in expected[2][0]


Reader = Callable[[bytes], list[tuple[str, str]]]
READERS: dict[str, Reader] = {"align-check": pairs, "translate-toolkit": toolkit_pairs}
SeedRun = tuple[bytes, dict[str, Any]]


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize("make", [statement, tricky], ids=["statement", "tricky-characters"])
def test_readers_find_exactly_the_pairs_written(reader: Reader, make: Callable[[], Report]) -> None:
    report = make()
    written = [
        (
            " ".join(clean_text(report.source.sentences[i].text) for i in bead.source),
            " ".join(clean_text(report.target.sentences[j].text) for j in bead.target),
        )
        for bead in report.beads
        if bead.two_sided
    ]
    assert reader(write_tmx([report], OPTIONS)) == written


FOREIGN = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
    creationtoolversion="3.6.0" segtype="sentence" srclang="FR-FR"/>
  <body>
    <tu>
      <tuv lang="EN-GB"><seg>The ministers met in Paris on 30\xc2\xa0August 2016.</seg></tuv>
      <tuv lang="FR-FR">
        <seg>Les ministres se sont rencontr\xc3\xa9s <ph>&lt;br/&gt;</ph>\xc3\xa0 Paris.</seg>
      </tuv>
    </tu>
  </body>
</tmx>
"""


FOREIGN_ENCODINGS = {
    "utf-8": FOREIGN,
    "utf-16": FOREIGN.decode().replace('"UTF-8"', '"UTF-16"').encode("utf-16"),
}


def test_reader_takes_the_source_tuv_by_srclang_and_skips_inline_codes() -> None:
    (unit,) = read_tmx(FOREIGN)
    assert (unit.source_lang, unit.target_lang) == ("FR-FR", "EN-GB")
    assert unit.source == "Les ministres se sont rencontrés à Paris."


def restated(transform: Callable[[str], str]) -> Report:
    """Return the statement with every French sentence transformed."""
    french = tuple(transform(text) for text in FRENCH)
    return replace(statement(), source=document("restated.fr.txt", "fr", french))


MERGES = [
    ("nothing new", [statement()], 5),
    ("new pairs added", [statement(), tricky()], 10),
    ("layout whitespace folded", [restated(lambda t: f" {t.replace(' ', chr(10))}\t")], 5),
    ("no-break space is another segment", [restated(lambda t: t.replace("\u00a0", " "))], 7),
]


@pytest.mark.parametrize(("case", "reports", "units"), MERGES, ids=[c for c, _, _ in MERGES])
def test_merge_adds_only_pairs_not_already_there(
    case: str, reports: list[Report], units: int
) -> None:
    existing = write_tmx([statement()], OPTIONS)
    merged = merge_tmx(existing, reports, OPTIONS)
    assert len(read_tmx(merged)) == units
    assert pairs(merged)[:5] == pairs(existing)
    assert dtd_errors(merged) == ""


@pytest.mark.parametrize("foreign", FOREIGN_ENCODINGS.values(), ids=FOREIGN_ENCODINGS.keys())
def test_merge_with_nothing_new_leaves_the_bytes_as_they_were(foreign: bytes) -> None:
    existing = merge_tmx(write_tmx([statement()], OPTIONS), [unrelated()], OPTIONS)
    later = replace(OPTIONS, created=datetime(2020, 1, 1, tzinfo=UTC))
    assert merge_tmx(existing, [statement()], later) == existing
    assert merge_tmx(foreign, [unrelated()], later) == foreign


@pytest.mark.parametrize("foreign", FOREIGN_ENCODINGS.values(), ids=FOREIGN_ENCODINGS.keys())
def test_merge_keeps_a_foreign_memory_and_marks_the_change(foreign: bytes) -> None:
    merged = merge_tmx(foreign, [statement()], OPTIONS)
    assert read_tmx(merged)[0] == read_tmx(FOREIGN)[0]
    assert b"<ph>&lt;br/&gt;</ph>" in merged and b'<!DOCTYPE tmx SYSTEM "tmx11.dtd">' in merged
    assert header(merged)["changedate"] == "20160830T140509Z"
    assert [unit.source_lang for unit in read_tmx(merged)[1:]] == ["fr"] * 5


def test_merge_into_an_empty_file_writes_a_new_memory() -> None:
    assert merge_tmx(b"", [statement()], OPTIONS) == write_tmx([statement()], OPTIONS)


def test_merged_memory_reads_the_same_in_translate_toolkit() -> None:
    merged = merge_tmx(write_tmx([tricky()], OPTIONS), [statement()], OPTIONS)
    assert toolkit_pairs(merged) == pairs(merged)


SECRET = "align-check-secret-line"
BAD_MEMORIES = [
    ("not xml", b"source\ttarget\nBonjour\tHello\n", "not well-formed"),
    ("truncated", write_tmx([statement()], OPTIONS)[:-40], "not well-formed"),
    ("html", b"<html><body><p>Bonjour</p></body></html>", "not a TMX"),
    ("no body", b'<tmx version="1.4"><header srclang="fr"/></tmx>', "not a TMX"),
    (
        "external entity",
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file://{secret}">]>'
        b'<tmx version="1.4"><header/><body><tu><tuv xml:lang="fr"><seg>&x;</seg></tuv>'
        b'<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>',
        "entities",
    ),
    (
        "entity expansion",
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<tmx version="1.4"><header/><body/></tmx>',
        "entities",
    ),
]


@pytest.mark.parametrize(
    ("case", "data", "says"), BAD_MEMORIES, ids=[c for c, _, _ in BAD_MEMORIES]
)
def test_unreadable_memory_is_a_one_line_input_error(
    case: str, data: bytes, says: str, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    data = data.replace(b"{secret}", str(secret).encode())
    with pytest.raises(InputError) as raised:
        merge_tmx(data, [statement()], OPTIONS)
    message = str(raised.value)
    assert says in message and "\n" not in message and SECRET not in message


OUTSIDE = [
    ("external DTD", '<!DOCTYPE tmx SYSTEM "{dtd}">'),
    ("parameter entity", '<!DOCTYPE tmx [<!ENTITY % p SYSTEM "{dtd}">%p;]>'),
]


@pytest.mark.parametrize(("case", "doctype"), OUTSIDE, ids=[c for c, _ in OUTSIDE])
def test_reading_a_memory_never_loads_what_its_doctype_points_to(
    case: str, doctype: str, tmp_path: Path
) -> None:
    dtd = tmp_path / "outside.dtd"
    dtd.write_text(f'<!ENTITY x "{SECRET}">', encoding="utf-8")
    body = '<tu><tuv xml:lang="fr"><seg>a&x;</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>'
    data = (
        doctype.format(dtd=dtd.as_uri()) + f'<tmx version="1.4"><header/><body>{body}</body></tmx>'
    )
    try:
        units = read_tmx(data.encode())
    except InputError:
        units = ()
    assert SECRET not in repr(units)


@functools.cache
def compare_seeds() -> tuple[bytes, dict[str, Any]]:
    """Run align-check compare on the seed pair once; return the TMX and the JSON report."""
    try:
        import align_check.cli  # noqa: F401
    except ImportError as error:
        pytest.skip(f"align-check compare cannot run yet: {error}")
    with tempfile.TemporaryDirectory() as folder:
        memory, report = Path(folder) / "seed.tmx", Path(folder) / "seed.json"
        command = [str(Path(sys.executable).with_name("align-check")), "compare", *SEEDS]
        command += ["--format", "json", "--output", str(report), "--tmx", str(memory)]
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1472565600"}
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
        assert done.returncode in (0, 1), done.stderr
        return memory.read_bytes(), json.loads(report.read_text(encoding="utf-8"))


def aligned_pairs(report: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the two-sided beads of a JSON report as (source, target) segment texts."""
    beads = [bead for bead in report["beads"] if bead["source"] and bead["target"]]
    return [(" ".join(bead["source"]), " ".join(bead["target"])) for bead in beads]


@pytest.fixture
def seed_run() -> SeedRun:
    """The seed pair's TMX and JSON report, made by the CLI once for the whole session."""
    return compare_seeds()


def test_seed_memory_is_valid_against_the_tmx14_dtd(seed_run: SeedRun) -> None:
    assert dtd_errors(seed_run[0]) == ""


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_seed_memory_holds_exactly_the_aligned_pairs_of_the_report(
    seed_run: SeedRun, reader: Reader
) -> None:
    memory, report = seed_run
    expected = list(dict.fromkeys(aligned_pairs(report)))
    assert expected and reader(memory) == expected
