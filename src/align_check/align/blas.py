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
