"""Paths of the documents the tests read, and a guard for the shared material."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
FRENCH = SEEDS / "001_0914d0d8a993cbae.txt"
ENGLISH = SEEDS / "002_ea29fe95a65aa779.txt"
UNRELATED_EN = SEEDS / "003_a8d4ac3ded94727c.txt"
UNRELATED_FR = SEEDS / "004_58cd97f2a4b1d87c.txt"


def needs_shared(path: Path) -> Path:
    """Skip the test when the shared material beside the checkout is absent."""
    if not path.exists():
        pytest.skip(f"{path} is not there (the shared/ folder beside the project checkout)")
    return path
