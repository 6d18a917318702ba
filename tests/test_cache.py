"""The cache on disk: the same reports to the byte, unchanged pairs not compared again,
edited documents' unchanged sentences not encoded again, a broken cache left aside."""

from __future__ import annotations

import multiprocessing
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

from align_check import batch, cache
from align_check.align import semantic
from align_check.cli import main
from paths import ENGLISH, FRENCH


@pytest.fixture(autouse=True)
def cache_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache on, and the sums of the last texts encoded in this process forgotten."""
    monkeypatch.delenv("ALIGN_CHECK_NO_CACHE", raising=False)
    semantic._encode.cache_clear()


def seed_pair(folder: Path) -> tuple[Path, Path]:
    """The seed pair, copied where a test may edit it."""
    folder.mkdir(parents=True, exist_ok=True)
    french, english = folder / "statement.fr.txt", folder / "statement.en.txt"
    shutil.copy(FRENCH, french)
    shutil.copy(ENGLISH, english)
    return french, english


def report(tmp_path: Path, name: str, *argv: str) -> bytes:
    """The JSON report of one run, as a new process would make it (nothing encoded yet)."""
    semantic._encode.cache_clear()
    out = tmp_path / name
    assert main([*argv, "--format", "json", "-o", str(out), "--fail-on", "never"]) == 0
    return out.read_bytes()


def entries(folder: Path) -> dict[str, int]:
    with sqlite3.connect(folder / cache.FILE) as connection:
        return {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("features", "results")
        }


def test_a_second_compare_reads_the_result_and_writes_the_same_bytes(tmp_path: Path) -> None:
    french, english = seed_pair(tmp_path / "docs")
    folder = tmp_path / "cache"
    plain = report(tmp_path, "plain.json", "compare", str(french), str(english), "--no-cache")
    assert not folder.exists()
    first = report(
        tmp_path, "a.json", "compare", str(french), str(english), "--cache-dir", str(folder)
    )
    kept = entries(folder)
    assert kept["results"] == 1 and kept["features"] > 50
    second = report(
        tmp_path, "b.json", "compare", str(french), str(english), "--cache-dir", str(folder)
    )
    assert plain == first == second
    assert entries(folder) == kept


def test_a_kept_result_is_used_instead_of_comparing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    french, english = seed_pair(tmp_path / "docs")
    folder = tmp_path / "cache"
    argv = ["check", str(french.parent), "--cache-dir", str(folder)]
    first = report(tmp_path, "a.json", *argv)

    def refuse(*args: object) -> None:
        raise AssertionError("compared again")

    monkeypatch.setattr(batch, "_compared", refuse)
    assert report(tmp_path, "b.json", *argv) == first


def test_an_edited_document_is_compared_again_its_unchanged_sentences_not_encoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not semantic.available():
        pytest.skip("the embedding packages are not installed")
    french, english = seed_pair(tmp_path / "docs")
    folder = tmp_path / "cache"
    argv = ["compare", str(french), str(english)]
    report(tmp_path, "a.json", *argv, "--cache-dir", str(folder))
    before = entries(folder)
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("security", "safety", 1), encoding="utf-8")
    encoded: list[int] = []
    real = semantic._encoded

    def counted(texts: tuple[str, ...]) -> object:
        encoded.append(len(texts))
        return real(texts)

    monkeypatch.setattr(semantic, "_encoded", counted)
    semantic._encode.cache_clear()
    edited = report(tmp_path, "b.json", *argv, "--cache-dir", str(folder))
    monkeypatch.undo()
    semantic._encode.cache_clear()
    assert encoded[0] == 1  # the one sentence edited; embed() calls of the checks follow
    assert entries(folder)["features"] == before["features"] + 1
    assert edited == report(tmp_path, "c.json", *argv, "--no-cache")


def test_a_corrupt_cache_is_left_aside_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french, english = seed_pair(tmp_path / "docs")
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / cache.FILE).write_bytes(b"not a database " * 100)
    argv = ["compare", str(french), str(english)]
    broken = report(tmp_path, "a.json", *argv, "--cache-dir", str(folder))
    assert "cache" in capsys.readouterr().err
    assert broken == report(tmp_path, "b.json", *argv, "--no-cache")


def test_keys_are_digests_and_hold_no_text(tmp_path: Path) -> None:
    french, english = seed_pair(tmp_path / "docs")
    folder = tmp_path / "cache"
    report(tmp_path, "a.json", "compare", str(french), str(english), "--cache-dir", str(folder))
    with sqlite3.connect(folder / cache.FILE) as connection:
        keys = [
            k
            for t in ("features", "results")
            for (k,) in connection.execute(f"SELECT key FROM {t}")
        ]
    assert keys and all(isinstance(k, bytes) and len(k) == 32 for k in keys)


def test_the_oldest_entries_go_when_the_cache_passes_its_bound(tmp_path: Path) -> None:
    store = cache.Store(cache.CacheOptions(tmp_path, limit_mb=1))
    blob = b"x" * 100_000
    for n in range(15):
        store.put("results", [(cache.digest(str(n)), blob)])
    kept = store.get("results", [cache.digest(str(n)) for n in range(15)])
    assert cache.digest("14") in kept and cache.digest("0") not in kept
    assert store.sizes()["results"][1] <= 1024 * 1024


def _writer(folder: Path, start: int) -> None:
    store = cache.Store(cache.CacheOptions(folder))
    for n in range(start, start + 200):
        store.put("features", [(cache.digest(str(n)), b"v" * 4100)])


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(tmp_path, k * 200)) for k in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    store = cache.Store(cache.CacheOptions(tmp_path))
    assert store.sizes()["features"][0] == 400


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("planted",))


def test_a_planted_entry_cannot_run_code() -> None:
    assert cache.loads(pickle.dumps(_Planted())) is None
    assert cache.loads(b"\x80\x05garbage") is None


def test_cache_clear_empties_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    french, english = seed_pair(tmp_path / "docs")
    folder = tmp_path / "cache"
    report(tmp_path, "a.json", "compare", str(french), str(english), "--cache-dir", str(folder))
    capsys.readouterr()
    assert main(["cache", "--cache-dir", str(folder), "--clear"]) == 0
    assert "pair results: 0" in capsys.readouterr().out
    assert entries(folder) == {"features": 0, "results": 0}
