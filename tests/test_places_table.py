"""The table of place, language and currency names is what scripts/export_places.py writes
from CLDR (Babel) and ISO 3166-2 (pycountry): regenerate it with that script, never by hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_table_is_what_the_export_script_writes() -> None:
    pytest.importorskip("babel", reason="Babel exports the table (the test extra installs it)")
    pytest.importorskip("pycountry", reason="pycountry exports the table (the test extra)")
    script = ROOT / "scripts" / "export_places.py"
    done = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert done.returncode == 0, "run scripts/export_places.py and commit the table"


def test_the_shipped_language_codes_are_what_the_export_script_writes() -> None:
    pytest.importorskip("pycountry", reason="pycountry exports the codes (the test extra)")
    script = ROOT / "scripts" / "export_languages.py"
    done = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert done.returncode == 0, "run scripts/export_languages.py and commit the codes"
