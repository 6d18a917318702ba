"""The cache on disk: each sentence's encoder features, and whole results of unchanged pairs.

Home of ``sqlite3`` and ``platformdirs``. One SQLite file in the cache folder (by default the
user's cache folder as the platform names it: ``~/.cache/align-check`` on Linux,
``~/Library/Caches/align-check`` on macOS, ``%LOCALAPPDATA%\\align-check\\Cache`` on Windows).
SQLite lets several processes (``check --jobs``, two CI jobs on one runner) read and write at
once. Keys are SHA-256 digests: no document text stands in a key. When the folder's total
passes its bound, the entries used longest ago are dropped. A cache that cannot be opened,
read or written is left aside for the rest of the run with one notice on standard error:
the comparison goes on and gives what it gives without a cache.

A result is stored pickled, and read back by an unpickler that builds only align-check's own
records and Python's plain containers (as the ``pickle`` documentation's "Restricting
Globals" shows): a file planted in the folder cannot run code.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, is_dataclass
from enum import Enum
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

FILE = "align-check.sqlite"
"""The cache's file in its folder."""

LIMIT_MB = 1024
"""The default bound on the cache file, in MB."""

_TIMEOUT = 60.0
"""Seconds a process waits for another's write to end."""

_TABLES = ("features", "results")


@dataclass(frozen=True)
class CacheOptions:
    """Where the cache is (None: no cache) and how large it may grow."""

    folder: Path | None
    limit_mb: int = LIMIT_MB


NO_CACHE = CacheOptions(None)
"""No cache: every sentence encoded, every pair compared."""


def default_folder() -> Path:
    """The user's cache folder for align-check, as the platform names it."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("align-check", appauthor=False))


def digest(*parts: bytes | str) -> bytes:
    """A key: the SHA-256 of the parts, each length-prefixed (no two lists give one key)."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(len(data).to_bytes(8, "big"))
        sha.update(data)
    return sha.digest()


class Store:
    """One process's connection to the cache; a failure turns it off with one notice."""

    def __init__(self, options: CacheOptions) -> None:
        self.limit = options.limit_mb * 1024 * 1024
        self.path = options.folder / FILE if options.folder else None
        self._connection: sqlite3.Connection | None = None
        self._off = self.path is None

    def get(self, table: str, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The values stored under some keys, by key (absent keys left out)."""
        found: dict[bytes, bytes] = {}
        connection = self._connect()
        if connection is None or not keys:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, value FROM {table} WHERE key IN ({marks})", chunk
                )
                found.update((bytes(k), bytes(v)) for k, v in rows)
            if found:
                with connection:
                    connection.executemany(
                        f"UPDATE {table} SET used = ? WHERE key = ?",
                        [(time.time(), k) for k in found],
                    )
        except (sqlite3.Error, OSError) as error:
            self._fail(error)
            return {}
        return found

    def put(self, table: str, items: Sequence[tuple[bytes, bytes]]) -> None:
        """Store values under their keys, then drop the oldest entries past the bound."""
        connection = self._connect()
        if connection is None or not items:
            return
        now = time.time()
        try:
            with connection:
                connection.executemany(
                    f"INSERT OR REPLACE INTO {table} (key, value, used, size) VALUES (?, ?, ?, ?)",
                    [(k, v, now, len(k) + len(v)) for k, v in items],
                )
            self._bound(connection)
        except (sqlite3.Error, OSError) as error:
            self._fail(error)

    def clear(self) -> None:
        """Drop every entry (the file stays, empty)."""
        connection = self._connect()
        if connection is None:
            return
        try:
            with connection:
                for table in _TABLES:
                    connection.execute(f"DELETE FROM {table}")
            connection.execute("VACUUM")
        except (sqlite3.Error, OSError) as error:
            self._fail(error)

    def sizes(self) -> dict[str, tuple[int, int]]:
        """Entries and bytes in each table."""
        connection = self._connect()
        if connection is None:
            return {}
        try:
            return {
                table: tuple(
                    connection.execute(
                        f"SELECT COUNT(*), COALESCE(SUM(size), 0) FROM {table}"
                    ).fetchone()
                )
                for table in _TABLES
            }
        except (sqlite3.Error, OSError) as error:
            self._fail(error)
            return {}

    def _bound(self, connection: sqlite3.Connection) -> None:
        """Drop the entries used longest ago until the cache holds nine tenths of its bound."""
        total = sum(self.sizes().get(t, (0, 0))[1] for t in _TABLES)
        if total <= self.limit:
            return
        excess = total - self.limit * 9 // 10
        rows = connection.execute(
            " UNION ALL ".join(f"SELECT '{t}', key, size, used FROM {t}" for t in _TABLES)
            + " ORDER BY used"
        )
        doomed: list[tuple[str, bytes]] = []
        for table, key, size, _ in rows:
            if excess <= 0:
                break
            doomed.append((table, key))
            excess -= size
        with connection:
            for table in _TABLES:
                connection.executemany(
                    f"DELETE FROM {table} WHERE key = ?", [(k,) for t, k in doomed if t == table]
                )

    def _connect(self) -> sqlite3.Connection | None:
        if self._off or self.path is None:
            return None
        if self._connection is not None:
            return self._connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=_TIMEOUT)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            for table in _TABLES:
                connection.execute(
                    f"CREATE TABLE IF NOT EXISTS {table} "
                    "(key BLOB PRIMARY KEY, value BLOB NOT NULL, used REAL, size INTEGER)"
                )
            connection.execute("SELECT COUNT(*) FROM features").fetchone()
        except (sqlite3.Error, OSError) as error:
            self._fail(error)
            return None
        self._connection = connection
        return connection

    def _fail(self, error: Exception) -> None:
        """Leave the cache aside for the rest of the run, saying so once."""
        if not self._off:
            print(
                f"align-check: notice: cache {self.path} left aside ({error}); running without it",
                file=sys.stderr,
            )
        self._off = True
        if self._connection is not None:
            with suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None


_CURRENT: ContextVar[Store | None] = ContextVar("cache", default=None)
_STORES: dict[tuple[Path | None, int, int], Store] = {}


def current() -> Store | None:
    """The cache of the comparison running now, if it has one."""
    return _CURRENT.get()


@contextmanager
def using(options: CacheOptions) -> Iterator[Store | None]:
    """Run a comparison with this cache (one connection a process, reused)."""
    store = None
    if options.folder is not None:
        key = (options.folder, options.limit_mb, os.getpid())
        store = _STORES.setdefault(key, Store(options))
    token = _CURRENT.set(store)
    try:
        yield store
    finally:
        _CURRENT.reset(token)


def dumps(value: object) -> bytes:
    """A result as the cache stores it."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


_PLAIN = {("builtins", name) for name in ("tuple", "frozenset", "set", "list", "dict")}


class _OwnRecords(pickle.Unpickler):
    """Builds align-check's own records and plain containers, nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _PLAIN:
            return super().find_class(module, name)
        if module.split(".")[0] == "align_check":
            found = super().find_class(module, name)
            if isinstance(found, type) and (is_dataclass(found) or issubclass(found, Enum)):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a record of align-check")


def loads(data: bytes) -> object:
    """A stored result, or None when it cannot be read back."""
    try:
        return _OwnRecords(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - any unreadable entry is a miss, never a failure
        return None


@lru_cache(maxsize=1)
def code_digest() -> bytes:
    """The digest of align-check's own code and data: a result is reused only from the same
    program, to the byte (a development checkout changes without its version number)."""
    package = files("align_check")
    sha = hashlib.sha256()
    for path in sorted(_package_files(package)):
        sha.update(path.encode("utf-8"))
        sha.update(digest((package / path).read_bytes()))
    return sha.digest()


def _package_files(root: Traversable, prefix: str = "") -> Iterator[str]:
    for entry in root.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _package_files(entry, f"{name}/")
        elif entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
            yield name


def result_key(
    paths: tuple[str, str], langs: tuple[str | None, str | None], settings: object, extra: str
) -> bytes | None:
    """The key of a pair's whole result: both documents' bytes and paths, the languages asked
    for, the settings, the program and ``extra`` (the signal, the BLAS); None for a document
    read from standard input or that cannot be read now (its error is not kept)."""
    parts: list[bytes | str] = ["result", code_digest(), repr(settings), extra]
    for path, lang in zip(paths, langs, strict=True):
        if path == "-":
            return None
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        parts += [path, lang or "", digest(data)]
    return digest(*parts)


def remembered(key: bytes | None, compute: Callable[[], T]) -> T:
    """The result stored under ``key`` in the current cache, else ``compute()``, then kept."""
    store = current()
    if store is None or key is None:
        return compute()
    stored = store.get("results", [key]).get(key)
    if stored is not None:
        value = loads(stored)
        if value is not None:
            return cast(T, value)
    value = compute()
    store.put("results", [(key, dumps(value))])
    return value
