"""Run the comparisons of a batch, one process per job, with the same result whatever the count."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import replace
from multiprocessing.context import BaseContext
from typing import TextIO

from align_check import cache
from align_check.cache import NO_CACHE, CacheOptions
from align_check.errors import InputError
from align_check.lang import language_name
from align_check.model import Document, Report, Run, Unpaired
from align_check.pairing import Pair, Pairing, unpaired_finding, unreadable_finding
from align_check.pipeline import compare, result_key
from align_check.policy import apply_policy
from align_check.reading import read_document
from align_check.settings import Settings

HANDFUL = 5
"""Pairs up to which a batch runs without a progress bar."""

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
"""Thread counts of the numeric libraries: the workers share the cores as processes, so each
uses one thread; threads competing with processes for two cores made a batch slower, not faster."""

_BAR_WIDTH = 30

Outcome = Report | tuple[Unpaired, ...]
"""What comparing one pair gives: a report, or the documents it leaves unpaired."""


def run_batch(
    pairing: Pairing,
    settings: Settings,
    jobs: int = 1,
    progress: TextIO | None = None,
    cached: CacheOptions = NO_CACHE,
) -> Run:
    """Compare every pair of a batch, in jobs processes; a bar on progress when it is a terminal.

    With a cache, a pair whose documents, settings and program are unchanged is not compared
    again, and sentences encoded before are not encoded again."""
    pairs = pairing.pairs
    shown = progress is not None and len(pairs) > HANDFUL and progress.isatty()
    tick = _bar(len(pairs), progress) if shown and progress else _still
    outcomes = _outcomes(pairs, settings, jobs, tick, cached)
    reports = tuple(o for o in outcomes if isinstance(o, Report))
    dissolved = (u for o in outcomes if not isinstance(o, Report) for u in o)
    unpaired = sorted((*pairing.unpaired, *dissolved), key=lambda u: u.path)
    return Run(reports=reports, unpaired=tuple(_policed(unpaired, settings)), batch=True)


def compare_pair(pair: Pair, settings: Settings) -> Outcome:
    """Compare one pair; a pair made by content that the aligner finds unrelated is undone.
    From the current cache when the pair was compared before, unchanged."""
    key = result_key(
        (pair.source, pair.target), (pair.source_lang, pair.target_lang), settings, pair.method
    )
    return cache.remembered(key, lambda: _compared(pair, settings))


def _compared(pair: Pair, settings: Settings) -> Outcome:
    try:
        source = read_document(pair.source, pair.source_lang, settings.segmented, settings.reading)
    except InputError as error:
        return _unreadable(pair.source, error, pair.target, pair.target_lang)
    try:
        target = read_document(pair.target, pair.target_lang, settings.segmented, settings.reading)
    except InputError as error:
        return _unreadable(pair.target, error, pair.source, source.lang)
    report = compare(source, target, settings)
    if pair.method == "content" and not any(bead.two_sided for bead in report.beads):
        return (_undone(report.source, report.target), _undone(report.target, report.source))
    return report


def _outcomes(
    pairs: Sequence[Pair],
    settings: Settings,
    jobs: int,
    tick: Callable[[], None],
    cached: CacheOptions,
) -> list[Outcome]:
    """The outcome of every pair, in the pairs' order."""
    if jobs <= 1 or len(pairs) <= 1:
        with cache.using(cached):
            return [_after(compare_pair(pair, settings), tick) for pair in pairs]
    workers = min(jobs, len(pairs))
    with _one_thread_each(), ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        futures = [pool.submit(_compare_with, cached, pair, settings) for pair in pairs]
        for _ in as_completed(futures):
            tick()
        return [future.result() for future in futures]


def _compare_with(cached: CacheOptions, pair: Pair, settings: Settings) -> Outcome:
    """``compare_pair`` in a worker, with the batch's cache."""
    with cache.using(cached):
        return compare_pair(pair, settings)


@contextmanager
def _one_thread_each() -> Iterator[None]:
    """Workers started meanwhile compute with one thread each, unless the user chose otherwise."""
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _context() -> BaseContext:
    """Workers forked from a fresh server that has imported align-check once (a fork of this
    process could inherit its threads); where there is no fork server, fresh interpreters."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _after(outcome: Outcome, tick: Callable[[], None]) -> Outcome:
    tick()
    return outcome


def _still() -> None:
    """No progress bar."""


def _unreadable(path: str, error: InputError, other: str, other_lang: str | None) -> Outcome:
    """The unreadable document as AC702, its partner as AC701."""
    lang = other_lang or "und"
    alone = unpaired_finding(other, lang, f"its counterpart {path} could not be read")
    return (unreadable_finding(path, error), alone)


def _undone(document: Document, other: Document) -> Unpaired:
    reason = (
        f"{language_name(document.lang)} document with no counterpart: its closest "
        f"candidate, {other.path}, is not a translation of it"
    )
    return unpaired_finding(document.path, document.lang, reason)


def _policed(unpaired: Iterable[Unpaired], settings: Settings) -> Iterator[Unpaired]:
    """The unpaired findings the settings keep, with the severities they give."""
    for entry in unpaired:
        for finding in apply_policy((entry.finding,), settings):
            yield replace(entry, finding=finding)


def _bar(total: int, out: TextIO) -> Callable[[], None]:
    """A function that redraws a progress bar one step further each time it is called."""
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        filled = _BAR_WIDTH * done // total
        out.write(f"\r[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {done}/{total} pairs")
        out.write("\n" if done == total else "")
        out.flush()

    return tick
