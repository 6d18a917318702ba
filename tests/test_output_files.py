"""Outputs are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from align_check.errors import InputError
from align_check.output.files import write_all


def test_every_file_is_written(tmp_path: Path) -> None:
    outputs = {str(tmp_path / "a.json"): b"{}", str(tmp_path / "b.tmx"): b"<tmx/>"}
    write_all(outputs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.tmx"]


def test_a_failure_leaves_nothing_written_and_nothing_behind(tmp_path: Path) -> None:
    good = tmp_path / "report.json"
    good.write_bytes(b"old")
    with pytest.raises(InputError, match="cannot write there"):
        write_all({str(good): b"new", str(tmp_path / "missing" / "x.tmx"): b"<tmx/>"})
    assert good.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    kept = tmp_path / "kept.json"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    try:
        write_all({str(kept): b"new", str(fresh): b"{}"})
    finally:
        os.umask(umask)
    assert (kept.stat().st_mode & 0o777, fresh.stat().st_mode & 0o777) == (0o640, 0o644)
