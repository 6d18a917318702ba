"""Pairing by name: the language marks of file and folder names.

Three conventions are read: a language before the suffix (``statement.fr.md``), a language
after an underscore or hyphen (``statement_FR.txt``, ``statement-fr.txt``) and a folder named
after a language (``fr/statement.md``). Only the languages align-check reads count as marks,
so that ``notes_ok.txt`` or ``v1.no.md`` stay plain names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from align_check.lang import STOPWORDS, base_language

LANGUAGES = frozenset(STOPWORDS)
"""Languages whose two-letter codes are read as marks in names."""

_TAG = re.compile(r"^([A-Za-z]{2})(?:[-_]([A-Za-z]{2}))?$")
_DOTTED = re.compile(r"^(?P<name>.+)\.(?P<tag>[A-Za-z]{2}(?:[-_][A-Za-z]{2})?)$")
_JOINED = re.compile(r"^(?P<name>.+)[_-](?P<tag>[A-Za-z]{2})$")


@dataclass(frozen=True)
class Named:
    """A document whose name gives its language: the tag, and its name with the mark taken out."""

    path: str
    tag: str
    key: str

    @property
    def language(self) -> str:
        """The ISO 639-1 part of the tag."""
        return base_language(self.tag)


def read_name(path: str) -> Named | None:
    """The language a path's name gives, or None when it gives none or two different ones."""
    pure = PurePath(path)
    stem, stem_tag = _strip_stem(pure.stem)
    folders, folder_tag = _strip_folder(pure.parent.parts)
    tags = [tag for tag in (stem_tag, folder_tag) if tag]
    if not tags or len({base_language(tag) for tag in tags}) > 1:
        return None
    best = max(tags, key=len)
    return Named(path, best, "/".join((*folders, stem)))


def name_tag(path: str) -> str | None:
    """The language tag a document's name gives ("fr" for ``statement.fr.md`` or
    ``fr/statement.md``), or None. Only the folder the file is in counts: a language
    code further up a path (``/home/de/...``) says nothing of the document."""
    pure = PurePath(path)
    named = read_name(str(PurePath(pure.parent.name, pure.name)))
    return named.tag if named else None


def group_names(named: Iterable[Named]) -> list[list[Named]]:
    """Documents whose names differ only by their language mark, grouped, in name order."""
    groups: dict[str, list[Named]] = defaultdict(list)
    for document in named:
        groups[document.key].append(document)
    return [sorted(groups[key], key=lambda d: d.path) for key in sorted(groups)]


def normal_tag(text: str) -> str | None:
    """A BCP 47 tag from a name's mark ("FR" -> "fr", "en_gb" -> "en-GB"), None if not a mark."""
    found = _TAG.match(text)
    if not found or found.group(1).lower() not in LANGUAGES:
        return None
    language, region = found.group(1).lower(), found.group(2)
    return f"{language}-{region.upper()}" if region else language


def _strip_stem(stem: str) -> tuple[str, str | None]:
    """The stem without its language mark, and the mark's tag."""
    for pattern in (_DOTTED, _JOINED):
        found = pattern.match(stem)
        tag = normal_tag(found.group("tag")) if found else None
        if found and tag:
            return found.group("name"), tag
    return stem, None


def _strip_folder(parts: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The folders with the innermost one named after a language replaced by a placeholder."""
    for index in range(len(parts) - 1, -1, -1):
        tag = normal_tag(parts[index])
        if tag:
            return (*parts[:index], "{lang}", *parts[index + 1 :]), tag
    return parts, None
