"""Pairing documents: manifest first, then names, then language and shared content."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from align_check.errors import InputError
from align_check.pairing import Pair, discover, pair_documents
from align_check.pairing.content import profile, similarity
from align_check.pairing.manifest import read_manifest
from align_check.pairing.naming import name_tag, read_name
from paths import ENGLISH, FRENCH, SEEDS, UNRELATED_EN, UNRELATED_FR

NAMES = [
    ("statement.fr.md", ("fr", "statement")),
    ("statement.en-GB.md", ("en-GB", "statement")),
    ("statement.en_gb.txt", ("en-GB", "statement")),
    ("statement_FR.txt", ("fr", "statement")),
    ("statement-en.txt", ("en", "statement")),
    ("docs/fr/statement.md", ("fr", "docs/{lang}/statement")),
    ("docs/en-GB/2016/statement.md", ("en-GB", "docs/{lang}/2016/statement")),
    ("fr/statement.fr.md", ("fr", "{lang}/statement")),
    ("notes_ok.txt", None),
    ("release.v2.md", None),
    ("statement.md", None),
    ("fr/statement.en.md", None),
    ("fr.md", None),
]


@pytest.mark.parametrize(("path", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_names_give_the_language_and_a_key(path: str, expected: tuple[str, str] | None) -> None:
    named = read_name(path)
    assert (named.tag, named.key) == expected if named else expected is None


def make(folder: Path, *names: str, text: str = "Texte du document.\n") -> list[str]:
    """Files under a folder, all with the same text (pairing by name does not read them)."""
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [os.path.join(str(folder), name) for name in names]


def pairs_of(
    folder: Path,
    source_lang: str = "fr",
    target_lang: str | None = None,
    manifest: str | None = None,
) -> list[tuple[str, str, str]]:
    pairing = pair_documents([str(folder)], source_lang, target_lang, manifest)
    return [(_rel(p.source, folder), _rel(p.target, folder), p.method) for p in pairing.pairs]


def _rel(path: str, folder: Path) -> str:
    return Path(path).relative_to(folder).as_posix()


CONVENTIONS = {
    "suffix": (["a.fr.md", "a.en.md"], [("a.fr.md", "a.en.md", "name")]),
    "folder": (["fr/a.md", "en/a.md"], [("fr/a.md", "en/a.md", "name")]),
    "underscore": (["a_FR.txt", "a_EN.txt"], [("a_FR.txt", "a_EN.txt", "name")]),
    "nested-folders": (
        ["fr/x/a.md", "en/x/a.md", "en/y/a.md"],
        [("fr/x/a.md", "en/x/a.md", "name")],
    ),
    "two-targets": (
        ["a.fr.md", "a.en.md", "a.de.md"],
        [("a.fr.md", "a.de.md", "name"), ("a.fr.md", "a.en.md", "name")],
    ),
    "no-source": (["a.en.md", "a.de.md"], []),
    "two-english": (["a.fr.md", "a.en.md", "a.en.txt"], []),
}


@pytest.mark.parametrize(
    ("path", "tag"),
    [
        ("statement.fr.md", "fr"),
        ("docs/fr/statement.md", "fr"),
        ("/home/de/docs/report.txt", None),
        ("/srv/en/fr/statement_EN.txt", None),  # the name and its folder disagree
    ],
)
def test_a_document_s_own_name_and_folder_give_its_language(path: str, tag: str | None) -> None:
    assert name_tag(path) == tag


@pytest.mark.parametrize(("files", "expected"), list(CONVENTIONS.values()), ids=list(CONVENTIONS))
def test_naming_conventions_pair_documents(
    tmp_path: Path, files: list[str], expected: list[tuple[str, str, str]]
) -> None:
    make(tmp_path, *files)
    assert pairs_of(tmp_path) == expected


def test_the_source_is_the_source_lang_side(tmp_path: Path) -> None:
    make(tmp_path, "a.fr.md", "a.en.md")
    assert pairs_of(tmp_path, source_lang="en") == [("a.en.md", "a.fr.md", "name")]


def test_target_lang_restricts_the_targets(tmp_path: Path) -> None:
    make(tmp_path, "a.fr.md", "a.en.md", "a.de.md")
    assert pairs_of(tmp_path, target_lang="de") == [("a.fr.md", "a.de.md", "name")]


def test_a_more_precise_tag_asked_for_is_kept(tmp_path: Path) -> None:
    make(tmp_path, "a.fr.md", "a.en.md")
    (pair,) = pair_documents([str(tmp_path)], "fr-CA", None, None).pairs
    assert (pair.source_lang, pair.target_lang) == ("fr-CA", "en")


MANIFESTS = {
    "pairs.toml": '[[pair]]\nsource = "en/b.md"\ntarget = "fr/a.md"\ntarget_lang = "fr-FR"\n',
    "pairs.csv": "source,target,source_lang,target_lang\nen/b.md,fr/a.md,,fr-FR\n",
}


@pytest.mark.parametrize(("name", "content"), list(MANIFESTS.items()), ids=list(MANIFESTS))
def test_a_manifest_comes_first_and_its_first_column_is_the_source(
    tmp_path: Path, name: str, content: str
) -> None:
    make(tmp_path, "fr/a.md", "en/a.md", "en/b.md")
    (tmp_path / name).write_text(content, encoding="utf-8")
    pairing = pair_documents([str(tmp_path)], "fr", None, str(tmp_path / name))
    assert pairing.pairs[0] == Pair(
        str(tmp_path / "en/b.md"), str(tmp_path / "fr/a.md"), None, "fr-FR", "manifest"
    )
    assert [u.path for u in pairing.unpaired] == [str(tmp_path / "en/a.md")]


BAD_MANIFESTS = {
    "bad.toml": ("[[pair]\n", "not valid TOML"),
    "missing.toml": ('[[pair]]\nsource = "a.md"\n', "pair 1: needs a source and a target"),
    "tag.csv": ("a.md,b.md,french\n", "invalid language tag"),
    "not-a-language.csv": ("a.md,b.md,xx\n", "'xx' is not an ISO 639-1 language code"),
    "short.csv": ("a.md\n", "pair 1: needs a source and a target"),
}


@pytest.mark.parametrize(("name", "case"), list(BAD_MANIFESTS.items()), ids=list(BAD_MANIFESTS))
def test_a_bad_manifest_is_an_input_error(tmp_path: Path, name: str, case: tuple[str, str]) -> None:
    (tmp_path / name).write_text(case[0], encoding="utf-8")
    with pytest.raises(InputError, match=case[1]):
        read_manifest(str(tmp_path / name))


def test_the_seeds_pair_001_with_002_and_leave_003_and_004_unpaired() -> None:
    pairing = pair_documents([str(SEEDS)], "fr", None, None)
    assert [(p.source, p.target, p.method) for p in pairing.pairs] == [
        (str(FRENCH), str(ENGLISH), "content")
    ]
    assert [(u.path, u.lang, u.finding.code) for u in pairing.unpaired] == [
        (str(UNRELATED_EN), "en", "AC701"),
        (str(UNRELATED_FR), "fr", "AC701"),
    ]


def test_statements_on_one_subject_are_not_translations() -> None:
    """003 and 004 are French-British statements on security and migration, like the pair."""
    profiles = [
        profile(str(p), "", p.read_text(encoding="utf-8"))
        for p in (FRENCH, ENGLISH, UNRELATED_EN, UNRELATED_FR)
    ]
    pair, *unrelated = [
        similarity(profiles[a], profiles[b]) for a, b in ((0, 1), (0, 2), (3, 1), (3, 2))
    ]
    assert pair > 0.5 and max(unrelated) < 0.3


def test_each_document_is_paired_once_with_its_best_match(tmp_path: Path) -> None:
    shutil.copy(FRENCH, tmp_path / "one.txt")
    shutil.copy(ENGLISH, tmp_path / "two.txt")
    text = ENGLISH.read_text(encoding="utf-8")
    (tmp_path / "three.txt").write_text(text[: len(text) // 2], encoding="utf-8")
    pairing = pair_documents([str(tmp_path)], "fr", None, None)
    assert [(Path(p.source).name, Path(p.target).name) for p in pairing.pairs] == [
        ("one.txt", "two.txt")
    ]
    assert [Path(u.path).name for u in pairing.unpaired] == ["three.txt"]


def test_an_unreadable_file_is_a_finding_and_the_run_goes_on(tmp_path: Path) -> None:
    shutil.copy(FRENCH, tmp_path / "a.txt")
    shutil.copy(ENGLISH, tmp_path / "b.txt")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")
    pairing = pair_documents([str(tmp_path)], "fr", None, None)
    assert len(pairing.pairs) == 1
    assert [(Path(u.path).name, u.finding.code) for u in pairing.unpaired] == [
        ("broken.txt", "AC702"),
        ("empty.md", "AC702"),
    ]
    assert "binary" in pairing.unpaired[0].finding.message


def test_a_document_without_words_is_unpaired_with_a_reason(tmp_path: Path) -> None:
    make(tmp_path, "figures.txt", text="2016 2017 2018\n")
    (alone,) = pair_documents([str(tmp_path)], "fr", None, None).unpaired
    assert (alone.lang, alone.finding.code) == ("und", "AC701")
    assert "cannot tell its language" in alone.finding.message


def test_discovery_reads_folders_and_files_given(tmp_path: Path) -> None:
    make(tmp_path, "a.md", "b.txt", "c.json", ".hidden.md", ".git/d.md", "sub/e.markdown")
    extra = make(tmp_path / "other", "notes.rst")
    found = discover([str(tmp_path), *extra, str(tmp_path / "a.md")])
    assert [_rel(p, tmp_path) for p in found] == [
        "a.md",
        "b.txt",
        "other/notes.rst",
        "sub/e.markdown",
    ]


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        discover([str(tmp_path / "nowhere")])
