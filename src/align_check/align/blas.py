"""BLAS threads: the home of ``threadpoolctl``.

OpenBLAS gives products that differ in their last bits with the number of threads it
uses. A comparison computes every product on one thread, so that its scores are the
same in any process (``check --jobs``), and two processes use two cores without
four threads competing for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def one_thread() -> Iterator[None]:
    """Meanwhile, numpy's BLAS computes on one thread (as it is, without threadpoolctl)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def signature() -> str:
    """The BLAS numpy computes with, and for which processor: products, and so features kept
    on disk, are the same to the bit only on the same library built for the same kernels."""
    import platform

    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return platform.machine()
    pools = [
        f"{info.get('internal_api')} {info.get('version')} {info.get('architecture')}"
        for info in threadpool_info()
        if info.get("user_api") == "blas"
    ]
    return " ".join([platform.machine(), *sorted(pools)])
