"""A team's own list of names and their translations, for what no maintained source knows:
"Bureau de la traduction" is the "Translation Bureau", "Notification GC" is "GC Notify".

A file given with ``--names FILE``: CSV or tab-separated, UTF-8, a first row of language tags
(``fr,en``), then one name a row in each language; ``#`` starts a comment line. Or in
align-check.toml, one table a name::

    [[names]]
    fr = "Bureau de la traduction"
    en = "Translation Bureau"

The name check holds a listed name for its translation, and reports the translation missing
where one version writes the name and the other does not write its listed translation.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from align_check.errors import InputError
from align_check.lang import LanguageTagError, base_language, check_tag

Row = tuple[tuple[str, str], ...]
"""One name in each language: (language, name) pairs, languages as ISO 639-1 codes."""


def read_names(path: str) -> tuple[Row, ...]:
    """The rows of a names file."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8"
        raise InputError(f"{path}: cannot read the names ({reason})") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        raise InputError(f"{path}: no names (expected a first row of language tags: fr,en)")
    delimiter = "\t" if "\t" in lines[0] else ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    languages = [_language(tag.strip(), path) for tag in rows[0]]
    if len(languages) < 2:
        raise InputError(f"{path}: the first row names at least two languages, such as fr,en")
    found = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(languages):
            raise InputError(f"{path}: row {number} has {len(row)} names for {len(languages)}")
        found.append(tuple((lang, name.strip()) for lang, name in zip(languages, row, strict=True)))
    return tuple(row for row in found if all(name for _, name in row))


def names_from_config(value: Any, path: str) -> tuple[Row, ...]:
    """The rows of a configuration's ``[[names]]`` tables."""
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        raise InputError(f'{path}: names takes tables, such as [[names]] fr = "…" en = "…"')
    rows = []
    for row in value:
        if len(row) < 2 or not all(isinstance(name, str) and name for name in row.values()):
            raise InputError(f"{path}: each [[names]] table gives a name in two languages at least")
        rows.append(tuple((_language(tag, path), name) for tag, name in row.items()))
    return tuple(rows)


def _language(tag: str, path: str) -> str:
    try:
        return base_language(check_tag(tag))
    except LanguageTagError as error:
        raise InputError(f"{path}: {error}") from None


def oriented(rows: Iterable[Row], source: str, target: str) -> tuple[tuple[str, str], ...]:
    """The (source name, target name) pairs of the rows that give both languages."""
    pairs = []
    for row in rows:
        names: Mapping[str, str] = dict(row)
        if source in names and target in names:
            pairs.append((names[source], names[target]))
    return tuple(pairs)
