"""The tests run without the user's cache unless a test gives its own (tests/test_cache.py):
a result kept by one test must not stand in for another test's, whose patches differ."""

from __future__ import annotations

import os

os.environ["ALIGN_CHECK_NO_CACHE"] = "1"
