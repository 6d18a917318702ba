"""What the checks remember of the texts they read: a sentence, or a pair's joined side, is
read for figures, dates and names once, however many beads, checks and candidates look at it.

Enough for every sentence of two documents of 50,000 sentences and their pairs' sides; a
reading is a few small tuples, so this holds well under the memory the aligner needs.
"""

from __future__ import annotations

from functools import lru_cache

TEXTS = 1 << 18
"""Texts whose readings each reader remembers."""

per_text = lru_cache(maxsize=TEXTS)
"""The decorator of a reader of one text (and its language): pure, remembered."""
