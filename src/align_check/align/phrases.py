"""Whether a text says a short sentence or a heading in so many words, by its runs of words.

A sentence's vector stands for all it says, so a short one ("The result?") is far from any
long sentence, even one that opens with its translation ("Résultat : chaque jour..."). The
runs of about as many words as the short one, taken along the long text, are each compared
with it instead: the best cosine says whether the long text holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

Embed = Callable[[Sequence[str]], NDArray[np.float32]]
"""Unit vectors of texts, one row a text."""

Rough = Callable[
    [Sequence[tuple[Sequence[str], Sequence[tuple[int, int]]]]], list[NDArray[np.float32]]
]
"""Rough unit vectors of runs of texts' words: for each text, given as its words and spans
[start, stop) of them, the spans' vectors, all from one encoding of the text: good enough to
rank the runs, not to score them."""

SAID = 0.6
"""Cosine from which a run of words says the short text (translations of a few words score
0.65 to 0.9 with the multilingual encoder, unrelated words under 0.35)."""

SLACK = (-1, 0, 1, 2)
"""Run lengths tried, in words more or fewer than the short text has."""

SHORTLIST = 16
"""Runs encoded one by one, of those the rough vectors rank closest (the best run was among
the first eight on every one of 74 long texts of the novels of the speed benchmark)."""


def best_run(
    short: str, text: str, embed: Embed, opening: bool = False, rough: Rough | None = None
) -> float:
    """The highest cosine between ``short`` and a run of about as many words of ``text``
    (only the runs it opens with, if ``opening``). With ``rough``, only the SHORTLIST runs it
    ranks closest are encoded: a long text has hundreds of runs, and each costs an encoding."""
    return best_runs([(short, text)], embed, opening, rough)[0]


def best_runs(
    queries: Sequence[tuple[str, str]],
    embed: Embed,
    opening: bool = False,
    rough: Rough | None = None,
) -> list[float]:
    """``best_run`` of each (short, text), every text encoded in one go."""
    if not queries:
        return []
    plans = [_runs(short, text, opening) for short, text in queries]
    if rough is not None:
        plans = _shortlisted(queries, plans, rough)
    texts: list[str] = []
    bounds = []
    for (short, _), (words, spans) in zip(queries, plans, strict=True):
        first = len(texts)
        texts += [short, *(" ".join(words[a:b]) for a, b in spans)]
        bounds.append((first, len(texts)))
    vectors = embed(texts)
    return [float(np.max(vectors[a + 1 : b] @ vectors[a])) for a, b in bounds]


Plan = tuple[list[str], list[tuple[int, int]]]
"""A text's words and the runs of them [start, stop) to compare."""


def _runs(short: str, text: str, opening: bool) -> Plan:
    """The runs of about as many words of ``text`` as ``short`` has."""
    words, size = text.split(), len(short.split())
    lengths = sorted({max(size + d, 1) for d in SLACK})
    spans = [
        (start, min(start + length, len(words)))
        for length in lengths
        for start in (range(1) if opening else range(max(len(words) - length + 1, 1)))
    ]
    return words, spans


def _shortlisted(queries: Sequence[tuple[str, str]], plans: list[Plan], rough: Rough) -> list[Plan]:
    """Each plan's SHORTLIST runs that the rough vectors rank closest to its short text."""
    long = [n for n, (_, spans) in enumerate(plans) if len(spans) > SHORTLIST]
    if not long:
        return plans
    items: list[tuple[Sequence[str], Sequence[tuple[int, int]]]] = []
    for n in long:
        alone = queries[n][0].split()
        items += [plans[n], (alone, [(0, len(alone))])]
    vectors = rough(items)
    out = list(plans)
    for k, n in enumerate(long):
        closeness = vectors[2 * k] @ vectors[2 * k + 1][0]
        keep = sorted(np.argsort(-closeness, kind="stable")[:SHORTLIST])
        out[n] = (plans[n][0], [plans[n][1][i] for i in keep])
    return out
