"""Writing outputs all at once: every file complete, or none touched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from align_check.errors import InputError


def write_all(outputs: Mapping[str, bytes]) -> None:
    """Write every file atomically; on any failure leave no file changed or half-written."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in outputs.items():
            staged.append((_stage(path, data), Path(path)))
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)


def _stage(path: str, data: bytes) -> str:
    """Write data to a temporary file beside its destination and return its name."""
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{path}: is a directory; give a file name to write")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    except OSError as error:
        raise InputError(f"{path}: cannot write there ({error.strerror})") from None
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.chmod(temporary, _mode(target))
    return temporary


def _mode(target: Path) -> int:
    """The mode the file would get if written in place: its own, or the umask's."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
