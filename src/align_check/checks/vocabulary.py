"""How common a word is in a language: home of ``wordfreq``'s word lists.

wordfreq (Robyn Speer, data CC BY-SA 4.0) ranks each language's words by their frequency
across Wikipedia, subtitles, news, books and the web. The checks ask it one thing: is a
capitalised word an ordinary word of its language that the other language does not use
("Drawbacks", "Attendu", "Trésor", "Chambre": translated, so not a name to look for on the
other side), or a word both languages write alike ("Ottawa", "Canada", "Jekyll")?

Its "small" lists (the 30,000-odd most frequent words) are read straight from the package's
data files, so the tokenizer wordfreq imports for other uses is never loaded; the large lists
(300,000 words, 0.6 s to read) only to confirm that a rare word is a misspelling.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

COMMON = 2.5
"""Zipf frequency (log10 of uses per billion words) from which a word is an ordinary word."""

GAP = 1.5
"""How much more frequent in its own language than in the other a word must be to be
translated rather than carried over (a factor of 30)."""


KNOWN = 2.0
"""Zipf frequency in the large list from which a word is a word of the language, not a typo."""


@cache
def _zipf(language: str, size: str = "small") -> dict[str, float]:
    """Every word of a language's list ("small" or "large") with its Zipf frequency ({} without
    a list)."""
    import msgpack

    path = files("wordfreq") / "data" / f"{size}_{language}.msgpack.gz"
    try:
        with gzip.open(str(path)) as handle:
            header, *buckets = msgpack.load(handle, raw=False)
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    if header != {"format": "cB", "version": 1}:
        raise RuntimeError(f"wordfreq's word list format changed: {header}")
    return {word: 9 - rank / 100 for rank, bucket in enumerate(buckets) for word in bucket}


_ENDINGS = ("s", "e", "es", "x")
"""Inflections tried off a word the list does not hold ("abrogées" is looked up as "abrogé")."""


def frequency(word: str, language: str) -> float:
    """The Zipf frequency of a word in a language, 0 for one its list does not hold.

    A word the list lacks is looked up without a plural or feminine ending.
    """
    table, word = _zipf(language), word.lower()
    found = table.get(word)
    if found is None:
        bases = (word[: -len(end)] for end in _ENDINGS if word.endswith(end) and len(word) > 4)
        found = max((table.get(base, 0.0) for base in bases), default=0.0)
    return found


def _parts(word: str) -> list[str]:
    return [part for part in word.split("-") if len(part) > 1] or [word]


def translated(word: str, language: str, other: str) -> bool:
    """True for an ordinary word of its language that the other language hardly uses; for a
    compound, when one of its parts is ("Nouveau-Brunswick", "Canada-wide", "OSS-based")."""
    for part in _parts(word):
        own = frequency(part, language)
        if own >= COMMON and own - frequency(part, other) >= GAP:
            return True
    return False


def known(word: str, language: str) -> bool:
    """True for a word the language's large list attests (300,000 words: "abrogé"), so that it
    is no misspelling. The large list is read only when this is asked."""
    return _zipf(language, "large").get(word.lower(), 0.0) >= KNOWN


def everyday(word: str, language: str) -> bool:
    """True for a word its language uses commonly; for a compound, when every one of its parts
    is ("Nouveau-Brunswick", not "Merriam-Webster": a name built of names)."""
    return all(frequency(part, language) >= COMMON for part in _parts(word))


def ordinary(word: str, language: str) -> bool:
    """True for a word its language uses commonly (whatever the other language does); for a
    compound, when one of its parts is."""
    return any(frequency(part, language) >= COMMON for part in _parts(word))
