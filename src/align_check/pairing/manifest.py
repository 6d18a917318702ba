"""Pairing by manifest: a small TOML or CSV file that lists the pairs of a repository.

TOML::

    [[pair]]
    source = "fr/statement.md"
    target = "en/statement.md"
    source_lang = "fr-FR"   # optional: otherwise read from the name or guessed
    target_lang = "en-GB"

CSV: one pair a row, ``source,target`` and optionally ``source_lang,target_lang``; a first row
that starts with ``source`` is a header. Paths are relative to the manifest's folder.
"""

from __future__ import annotations

import csv
import io
import os
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from align_check.errors import InputError
from align_check.lang import LanguageTagError, check_tag


@dataclass(frozen=True)
class Listed:
    """One pair a manifest lists: paths as the run names them, tags when the manifest gives them."""

    source: str
    target: str
    source_lang: str | None = None
    target_lang: str | None = None


def read_manifest(path: str) -> tuple[Listed, ...]:
    """The pairs a manifest lists, in its order."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the manifest ({_reason(error)})") from None
    rows = _toml_rows(text, path) if path.lower().endswith(".toml") else _csv_rows(text)
    folder = os.path.dirname(path)
    return tuple(_listed(row, folder, f"{path}: pair {n}") for n, row in enumerate(rows, 1))


def _toml_rows(text: str, path: str) -> list[Mapping[str, Any]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: not valid TOML ({error})") from None
    rows = data.get("pair", [])
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise InputError(f"{path}: expected [[pair]] tables with source and target")
    return rows


def _csv_rows(text: str) -> Iterator[Mapping[str, Any]]:
    names = ("source", "target", "source_lang", "target_lang")
    for number, cells in enumerate(csv.reader(io.StringIO(text))):
        cells = [cell.strip() for cell in cells]
        if not any(cells) or (number == 0 and cells[0].lower() == "source"):
            continue
        yield {name: cell for name, cell in zip(names, cells, strict=False) if cell}


def _listed(row: Mapping[str, Any], folder: str, where: str) -> Listed:
    source, target = row.get("source"), row.get("target")
    if not isinstance(source, str) or not isinstance(target, str) or not source or not target:
        raise InputError(f"{where}: needs a source and a target path")
    return Listed(
        source=os.path.normpath(os.path.join(folder, source)),
        target=os.path.normpath(os.path.join(folder, target)),
        source_lang=_tag(row.get("source_lang"), where),
        target_lang=_tag(row.get("target_lang"), where),
    )


def _tag(value: object, where: str) -> str | None:
    if value is None:
        return None
    try:
        return check_tag(str(value))
    except LanguageTagError as error:
        raise InputError(f"{where}: {error}") from None


def _reason(error: Exception) -> str:
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)
