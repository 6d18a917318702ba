"""A team's standing choices, read from align-check.toml or [tool.align-check] in pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from align_check.codes import CATEGORIES, CODES
from align_check.errors import InputError
from align_check.model import FAIL_ON, SEVERITIES
from align_check.namelist import Row, names_from_config

FILES = ("align-check.toml", "pyproject.toml")
KEYS = ("select", "ignore", "severity", "fail-on", "names", "main", "exclude")


@dataclass(frozen=True)
class Config:
    """Defaults for the command line; an option given on the command line wins."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    names: tuple[Row, ...] = ()
    main: str | None = None
    """The CSS selector of the element that holds a web page's document."""
    exclude: tuple[str, ...] = ()
    """CSS selectors of elements of web pages to leave out."""


def load_config(directory: Path) -> Config:
    """The configuration of the first file found in ``directory``, or the defaults."""
    for name in FILES:
        path = directory / name
        if path.is_file():
            table = _table(path)
            if table is not None:
                return _config(table, str(path))
    return Config()


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path}: cannot read the configuration ({error})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("align-check")
        return table if isinstance(table, dict) else None
    return data


def _config(table: dict[str, Any], path: str) -> Config:
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise InputError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(KEYS)})")
    return Config(
        select=_codes(table.get("select", []), path),
        ignore=_codes(table.get("ignore", []), path),
        severities=_severities(table.get("severity", {}), path),
        fail_on=_fail_on(table.get("fail-on"), path),
        names=names_from_config(table.get("names", []), path),
        main=_selector(table.get("main"), path),
        exclude=_selectors(table.get("exclude", []), path),
    )


def _selector(value: Any, path: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InputError(f'{path}: main takes a CSS selector, such as "#wb-main"')
    return value


def _selectors(value: Any, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f'{path}: exclude takes a list of CSS selectors, such as [".alert"]')
    return tuple(value)


def _codes(value: Any, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f'{path}: select and ignore take a list of codes, such as ["AC3"]')
    return tuple(v.upper() for v in value)


def _severities(value: Any, path: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise InputError(f'{path}: severity takes a table, such as {{ name = "error" }}')
    for key, severity in value.items():
        if key not in CATEGORIES and key.upper() not in CODES:
            raise InputError(f"{path}: severity for {key!r}: not a category or a code")
        if severity not in SEVERITIES:
            raise InputError(f"{path}: severity {severity!r} for {key}: use info, warning or error")
    return tuple(sorted((k if k in CATEGORIES else k.upper(), v) for k, v in value.items()))


def _fail_on(value: Any, path: str) -> str | None:
    if value is not None and value not in FAIL_ON:
        raise InputError(f"{path}: fail-on {value!r}: use error, warning, info or never")
    return value if isinstance(value, str) else None
