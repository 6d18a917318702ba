"""Find the documents of a batch and pair each with its other-language version.

In this order: the pairs a manifest lists, then names that differ only by a language mark,
then language identification and shared content. A document left without a counterpart,
or that cannot be read, becomes an unpaired finding; it is never paired at random.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from align_check.codes import CODES
from align_check.errors import InputError
from align_check.lang import base_language, guess_language, language_name
from align_check.model import Finding, Unpaired
from align_check.pairing.content import Profile, match, profile
from align_check.pairing.manifest import read_manifest
from align_check.pairing.naming import group_names, read_name
from align_check.reading import SUFFIXES, document_text

UNKNOWN = "und"
"""The BCP 47 tag of a document whose language could not be told."""


@dataclass(frozen=True)
class Pair:
    """Two documents to compare, their tags when known, and how they were paired."""

    source: str
    target: str
    source_lang: str | None
    target_lang: str | None
    method: str


@dataclass(frozen=True)
class Languages:
    """The tags asked for: the sources' and, optionally, the targets'."""

    source: str
    target: str | None = None

    def role(self, tag: str) -> str | None:
        """Whether a document of this tag is a source, a target, or neither (None)."""
        language = base_language(tag)
        if language == base_language(self.source):
            return "source"
        wanted = base_language(self.target) if self.target else None
        return "target" if language == wanted or (wanted is None and language != UNKNOWN) else None

    def tag(self, found: str) -> str:
        """The tag a document gets: the one asked for when it is of that language and says more."""
        for asked in (self.source, self.target):
            if asked and base_language(asked) == base_language(found) and len(asked) > len(found):
                return asked
        return found


@dataclass(frozen=True)
class Pairing:
    """The pairs of a batch, and the documents left over."""

    pairs: tuple[Pair, ...]
    unpaired: tuple[Unpaired, ...]


def pair_documents(
    paths: Sequence[str], source_lang: str, target_lang: str | None, manifest: str | None
) -> Pairing:
    """Pair the documents under the paths: sources in source_lang, targets in any other."""
    listed = read_manifest(manifest) if manifest else ()
    pairs = [Pair(i.source, i.target, i.source_lang, i.target_lang, "manifest") for i in listed]
    taken = {path for pair in pairs for path in (pair.source, pair.target)}
    ignored = {os.path.normpath(manifest)} if manifest else set()
    skipped = taken | ignored
    rest = [path for path in discover(paths) if path not in skipped]
    langs = Languages(source_lang, target_lang)
    named = pair_by_name(rest, langs)
    taken = {path for pair in named for path in (pair.source, pair.target)}
    by_content, unpaired = pair_by_content([p for p in rest if p not in taken], langs)
    ordered = sorted((*pairs, *named, *by_content), key=lambda p: (p.source, p.target))
    return Pairing(tuple(ordered), tuple(sorted(unpaired, key=lambda u: u.path)))


def discover(paths: Sequence[str]) -> tuple[str, ...]:
    """The files given, and the documents align-check reads inside the folders given."""
    found: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            found.update(_walk(path))
        elif os.path.lexists(path):
            found.add(os.path.normpath(path))
        else:
            raise InputError(f"{path}: no such file or folder")
    return tuple(sorted(found))


def pair_by_name(paths: Sequence[str], langs: Languages) -> list[Pair]:
    """Pairs of documents named alike but for their language marks, one per target language."""
    pairs: list[Pair] = []
    for group in group_names(n for n in map(read_name, paths) if n):
        sources = [d for d in group if langs.role(d.tag) == "source"]
        targets = [d for d in group if langs.role(d.tag) == "target"]
        distinct = len({d.language for d in targets}) == len(targets)
        if len(sources) == 1 and targets and distinct:
            source = sources[0]
            pairs.extend(
                Pair(source.path, t.path, langs.tag(source.tag), langs.tag(t.tag), "name")
                for t in targets
            )
    return pairs


def pair_by_content(paths: Sequence[str], langs: Languages) -> tuple[list[Pair], list[Unpaired]]:
    """Pairs of a source and a target document that share their content."""
    profiles, unpaired = _profiles(paths)
    sources = [p for p in profiles if langs.role(p.lang) == "source"]
    targets = [p for p in profiles if langs.role(p.lang) == "target"]
    matched = match(sources, targets)
    pairs = [
        Pair(s.path, t.path, langs.tag(s.lang), langs.tag(t.lang), "content") for s, t in matched
    ]
    paired = {p.path for duo in matched for p in duo}
    unpaired.extend(_alone(p) for p in profiles if p.path not in paired)
    return pairs, unpaired


def unpaired_finding(path: str, lang: str, reason: str) -> Unpaired:
    """An AC701 finding: a document with no counterpart, and why."""
    return Unpaired(path, lang, Finding("AC701", CODES["AC701"].severity, reason))


def unreadable_finding(path: str, error: InputError) -> Unpaired:
    """An AC702 finding: a document that could not be read, with the reader's message."""
    return Unpaired(path, UNKNOWN, Finding("AC702", CODES["AC702"].severity, str(error)))


def _walk(folder: str) -> Iterator[str]:
    """Documents under a folder, hidden files and folders left out."""
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield os.path.normpath(os.path.join(parent, name))


def _profiles(paths: Sequence[str]) -> tuple[list[Profile], list[Unpaired]]:
    """The content profile of each readable document; an unreadable one is a finding."""
    profiles, unpaired = [], []
    for path in paths:
        try:
            text = document_text(path)
        except InputError as error:
            unpaired.append(unreadable_finding(path, error))
            continue
        profiles.append(profile(path, _tag(path, text), text))
    return profiles, unpaired


def _tag(path: str, text: str) -> str:
    """The tag a document's name gives, else its guessed language, else UNKNOWN."""
    named = read_name(path)
    if named:
        return named.tag
    try:
        return guess_language(text, path)
    except InputError:
        return UNKNOWN


def _alone(document: Profile) -> Unpaired:
    if document.lang == UNKNOWN:
        reason = "cannot tell its language; mark it in its name (name.fr.md) or use a manifest"
    else:
        reason = (
            f"{language_name(document.lang)} document with no counterpart in another "
            "language among the documents checked"
        )
    return unpaired_finding(document.path, document.lang, reason)
