"""The committed TMX of the seed pair is exactly what the README command makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_check.cli import main
from paths import ENGLISH, FRENCH, ROOT

GOLDEN = ROOT / "tmx" / "2016-08-30-joint-statement.fr-en.tmx"
EPOCH = "1472515200"  # 2016-08-30T00:00:00Z, the date of the statement
REGENERATE = (
    f"SOURCE_DATE_EPOCH={EPOCH} align-check compare seeds/{FRENCH.name} seeds/{ENGLISH.name} "
    f"--tmx tmx/{GOLDEN.name}"
)


def test_the_seed_tmx_is_regenerated_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / GOLDEN.name
    main(["compare", f"seeds/{FRENCH.name}", f"seeds/{ENGLISH.name}", "--tmx", str(fresh)])
    capsys.readouterr()
    assert fresh.read_bytes() == GOLDEN.read_bytes(), f"regenerate on purpose with: {REGENERATE}"


def test_the_same_inputs_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    paths = [tmp_path / "a.tmx", tmp_path / "b.tmx"]
    for path in paths:
        main(["compare", str(FRENCH), str(ENGLISH), "--tmx", str(path)])
    capsys.readouterr()
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert b'creationdate="20231114T221320Z"' in paths[0].read_bytes()
